package io.jobpilot.store;

/** A database failure, named by the store operation that hit it (the SQL cause is kept). */
public final class StoreException extends RuntimeException {
    StoreException(String operation, Throwable cause) {
        super("store operation '" + operation + "' failed: " + cause.getMessage(), cause);
    }
}

package io.jobpilot.api;

/** A request the API refuses: the status and, for a 400, the field at fault. */
final class ApiError extends RuntimeException {
    final int status;
    final String field;

    ApiError(int status, String field, String message) {
        super(message);
        this.status = status;
        this.field = field;
    }

    static ApiError bad(String field, String message) {
        return new ApiError(400, field, field + ": " + message);
    }

    static ApiError notFound(String what) {
        return new ApiError(404, null, what + " not found");
    }
}

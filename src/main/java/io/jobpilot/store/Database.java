package io.jobpilot.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.concurrent.locks.ReentrantLock;

/**
 * One SQLite connection, used by one thread at a time. SQLite allows a single writer, so serialising every access
 * through one lock costs little (a commit is ~0.1 ms) and removes SQLITE_BUSY inside this process; the busy timeout and
 * IMMEDIATE transactions cover other processes opening the same file.
 */
final class Database implements AutoCloseable {
    static final String FILE_NAME = "jobpilot.db";
    private static final int BUSY_TIMEOUT_MS = 10_000;

    private final ReentrantLock lock = new ReentrantLock();
    private final Connection connection;
    private boolean closed;

    private Database(Connection connection) {
        this.connection = connection;
    }

    /** Unit of work run on the connection; SQL failures are wrapped by the caller's operation name. */
    @FunctionalInterface
    interface Work<T> {
        T run(Connection c) throws SQLException;
    }

    static Database open(Path dataDir) {
        Path file = dataDir.resolve(FILE_NAME).toAbsolutePath();
        try {
            Files.createDirectories(dataDir);
        } catch (IOException e) {
            throw new StoreException("create data directory " + dataDir, e);
        }
        String url = url(file);
        Migrations.migrate(url);
        try {
            return new Database(DriverManager.getConnection(url));
        } catch (SQLException e) {
            throw new StoreException("open " + file, e);
        }
    }

    /** WAL + synchronous=NORMAL: a committed transaction survives the process being killed (not a power cut). */
    static String url(Path file) {
        return "jdbc:sqlite:" + file + "?journal_mode=WAL&synchronous=NORMAL&foreign_keys=true"
                + "&busy_timeout=" + BUSY_TIMEOUT_MS + "&transaction_mode=IMMEDIATE";
    }

    /** Runs work in one transaction: committed when it returns, rolled back when it throws. */
    <T> T write(String operation, Work<T> work) {
        return locked(operation, c -> {
            c.setAutoCommit(false);
            try {
                T result = work.run(c);
                c.commit();
                return result;
            } catch (SQLException | RuntimeException e) {
                rollback(c, e);
                throw e;
            } finally {
                c.setAutoCommit(true);
            }
        });
    }

    /** Runs read-only work outside a transaction (each statement sees a committed snapshot). */
    <T> T read(String operation, Work<T> work) {
        return locked(operation, work);
    }

    private <T> T locked(String operation, Work<T> work) {
        lock.lock();
        try {
            if (closed) {
                throw new IllegalStateException("store is closed; cannot " + operation);
            }
            return work.run(connection);
        } catch (SQLException e) {
            throw new StoreException(operation, e);
        } finally {
            lock.unlock();
        }
    }

    private static void rollback(Connection c, Exception cause) {
        try {
            c.rollback();
        } catch (SQLException e) {
            cause.addSuppressed(e);
        }
    }

    @Override
    public void close() {
        lock.lock();
        try {
            if (!closed) {
                closed = true;
                connection.close();
            }
        } catch (SQLException e) {
            throw new StoreException("close", e);
        } finally {
            lock.unlock();
        }
    }
}

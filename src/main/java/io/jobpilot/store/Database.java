package io.jobpilot.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.concurrent.locks.ReentrantLock;

/**
 * One writer connection, used by one thread at a time, and a few reader connections. SQLite allows a single writer,
 * so serialising writes through one lock costs little (a commit is ~0.1 ms) and removes SQLITE_BUSY inside this
 * process; in WAL mode readers run beside the writer, so reads do not queue behind commits. The busy timeout and
 * IMMEDIATE transactions cover other processes opening the same file.
 */
final class Database implements AutoCloseable {
    static final String FILE_NAME = "jobpilot.db";
    private static final int BUSY_TIMEOUT_MS = 10_000;

    private static final int READERS = 4;
    private final ReentrantLock lock = new ReentrantLock();
    private final Connection connection;
    private final java.util.concurrent.BlockingQueue<Connection> readers;
    private volatile boolean closed;

    private Database(Connection connection, java.util.concurrent.BlockingQueue<Connection> readers) {
        this.connection = connection;
        this.readers = readers;
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
            java.util.concurrent.BlockingQueue<Connection> readers = new java.util.concurrent.ArrayBlockingQueue<>(READERS);
            for (int i = 0; i < READERS; i++) {
                readers.add(DriverManager.getConnection(url));
            }
            return new Database(DriverManager.getConnection(url), readers);
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

    /** Runs read-only work on a reader connection, outside a transaction (each statement sees a committed snapshot). */
    <T> T read(String operation, Work<T> work) {
        Connection c;
        try {
            c = readers.take();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting to " + operation, e);
        }
        try {
            if (closed) {
                throw new IllegalStateException("store is closed; cannot " + operation);
            }
            return work.run(c);
        } catch (SQLException e) {
            throw new StoreException(operation, e);
        } finally {
            readers.add(c);
        }
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
                for (Connection r : readers) {
                    r.close();
                }
            }
        } catch (SQLException e) {
            throw new StoreException("close", e);
        } finally {
            lock.unlock();
        }
    }
}

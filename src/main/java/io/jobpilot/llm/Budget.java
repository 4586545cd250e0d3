package io.jobpilot.llm;

import dev.langchain4j.model.output.TokenUsage;
import dev.langchain4j.service.Result;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * The time a turn may spend on the model, shared by every call in the turn: a call runs on a worker and is abandoned
 * when the turn's budget runs out, so the offline answer always comes in time, whatever the server does. Logs tokens
 * and latency per call and per turn, with the pseudonymous user id only (never text).
 */
final class Budget {
    private static final Logger LOG = LoggerFactory.getLogger(Budget.class);
    /** Below this, a call is not started: it could not finish in time anyway. */
    private static final long MIN_NANOS = TimeUnit.MILLISECONDS.toNanos(50);
    private final ThreadLocal<Turn> current = new ThreadLocal<>();
    private final Duration perTurn;
    private final ExecutorService workers = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "llm-call");
        t.setDaemon(true);
        return t;
    });

    Budget(Duration perTurn) {
        this.perTurn = perTurn;
    }

    /** One turn's use of the model: counts for the log line at the end. */
    final class Turn implements AutoCloseable {
        private final String userId;
        private final long start = System.nanoTime();
        private final long deadline = start + perTurn.toNanos();
        private int calls;
        private int fallbacks;
        private long in;
        private long out;

        private Turn(String userId) {
            this.userId = userId;
        }

        @Override
        public void close() {
            if (current.get() == this) {
                current.remove();
            }
            if (calls > 0) {
                LOG.info("llm turn user={} calls={} fallbacks={} tokens_in={} tokens_out={} ms={}", userId, calls,
                        fallbacks, in, out, (System.nanoTime() - start) / 1_000_000);
            }
        }
    }

    /** Starts a turn on this thread; calls until it closes share its budget. */
    Turn begin(String userId) {
        Turn t = new Turn(userId);
        current.set(t);
        return t;
    }

    /**
     * Runs one model call within what is left of the turn's budget (a whole budget when no turn is open). Empty on a
     * timeout, an error or malformed output: the caller answers from the offline path.
     */
    <T> Optional<T> call(String task, Callable<Result<T>> work) {
        Turn open = current.get();
        Turn turn = open != null ? open : new Turn("-");
        long left = turn.deadline - System.nanoTime();
        turn.calls++;
        if (left < MIN_NANOS) {
            return fallback(turn, task, "no time left", 0);
        }
        long t0 = System.nanoTime();
        Future<Result<T>> f = workers.submit(work);
        try {
            Result<T> r = f.get(left, TimeUnit.NANOSECONDS);
            TokenUsage u = r.tokenUsage();
            long in = u == null || u.inputTokenCount() == null ? 0 : u.inputTokenCount();
            long out = u == null || u.outputTokenCount() == null ? 0 : u.outputTokenCount();
            turn.in += in;
            turn.out += out;
            LOG.info("llm call task={} user={} tokens_in={} tokens_out={} ms={} outcome=ok", task, turn.userId, in, out,
                    (System.nanoTime() - t0) / 1_000_000);
            if (r.content() == null) {
                return fallback(turn, task, "no usable answer", t0);
            }
            return Optional.of(r.content());
        } catch (TimeoutException e) {
            f.cancel(true);
            return fallback(turn, task, "timeout", t0);
        } catch (InterruptedException e) {
            f.cancel(true);
            Thread.currentThread().interrupt();
            return fallback(turn, task, "interrupted", t0);
        } catch (Exception e) {
            // the exception class only: messages of HTTP errors and parsers may quote the seeker's text
            Throwable cause = e.getCause() != null ? e.getCause() : e;
            return fallback(turn, task, cause.getClass().getSimpleName(), t0);
        } finally {
            if (open == null) {
                turn.close();
            }
        }
    }

    private <T> Optional<T> fallback(Turn turn, String task, String why, long t0) {
        turn.fallbacks++;
        LOG.warn("llm call task={} user={} outcome=fallback reason={} ms={}", task, turn.userId, why,
                t0 == 0 ? 0 : (System.nanoTime() - t0) / 1_000_000);
        return Optional.empty();
    }
}

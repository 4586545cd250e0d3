package io.jobpilot.store;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static io.jobpilot.store.Fixtures.fullProfile;
import static io.jobpilot.store.Fixtures.turn;
import static org.assertj.core.api.Assertions.assertThat;

class ConcurrentCommitTest {
    private static final int THREADS = 4;
    private static final int TURNS = 100;

    @TempDir
    Path dir;

    @Test
    void commitsFromFourThreadsForDifferentUsersAreAllStored() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        try (SqliteStore store = SqliteStore.open(dir)) {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<String>> users = new ArrayList<>();
            for (int t = 0; t < THREADS; t++) {
                String channelUser = "thread-" + t;
                users.add(pool.submit(() -> {
                    start.await();
                    String user = store.userFor("telegram", channelUser);
                    for (int i = 0; i < TURNS; i++) {
                        store.commit(turn(user, channelUser + "/" + i, "메시지 " + i, fullProfile(user)));
                    }
                    return user;
                }));
            }
            start.countDown();
            for (Future<String> f : users) {
                String user = f.get(60, TimeUnit.SECONDS);
                assertThat(store.transcript(user)).hasSize(2 * TURNS);
                assertThat(store.history(user)).extracting(v -> v.profile().version())
                        .containsExactlyElementsOf(range(TURNS));
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private static List<Long> range(int n) {
        List<Long> out = new ArrayList<>();
        for (long v = 1; v <= n; v++) {
            out.add(v);
        }
        return out;
    }
}

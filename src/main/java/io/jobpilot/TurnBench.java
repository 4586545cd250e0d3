package io.jobpilot;

import io.jobpilot.config.Config;
import io.jobpilot.conversation.Inbound;
import io.jobpilot.conversation.TurnPipeline;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * The turn pipeline under load, without a language model: N conversations at once, each a whole interview in Korean
 * or English (the last turn confirms the summary and matches openings), on a real SQLite file and the sample index.
 */
final class TurnBench {
    static final List<String> KOREAN = List.of("안녕하세요", "네", "백엔드 개발자", "3년차, 최근 웹 개발",
            "스프링 부트로 REST API 개발, Python으로 데이터 분석", "3", "서울 강남, 재택 가능", "연봉 4천", "정규직",
            "한국어, 영어", "정보처리기사", "네");
    static final List<String> ENGLISH = List.of("hello, I am looking for work", "yes", "data analyst",
            "5 years, last as a data analyst", "Python, SQL and Excel; dashboards in Tableau", "2", "New York or remote",
            "$60k", "full-time", "English", "none", "yes");

    private TurnBench() {
    }

    /**
     * @param thinkMs mean pause between a seeker's messages (people read and type); 0 sends back to back, a stress
     *                test whose latency is the queue of all conversations on two cores
     */
    static Map<String, Object> run(Config base, Path dir, List<Integer> concurrency, int thinkMs) throws Exception {
        Config config = new Config(dir, base.httpHost(), base.httpPort(), base.logLevel(), base.embeddings(), true, List.of());
        Map<String, Object> out = new LinkedHashMap<>();
        try (App app = new App(config)) {
            TurnPipeline pipeline = app.pipeline();
            app.index();
            runAll(pipeline, 4, "warmup", 0);
            out.put("think_ms", thinkMs);
            for (int n : concurrency) {
                out.put("conversations_" + n, runAll(pipeline, n, "c" + n, thinkMs));
            }
        }
        return out;
    }

    private static Map<String, Object> runAll(TurnPipeline pipeline, int n, String tag, int thinkMs) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(n);
        List<Future<long[]>> futures = new ArrayList<>();
        for (int c = 0; c < n; c++) {
            int user = c;
            futures.add(pool.submit(() -> {
                List<String> script = user % 2 == 0 ? KOREAN : ENGLISH;
                long[] t = new long[script.size()];
                java.util.Random pace = new java.util.Random(user);
                for (int i = 0; i < script.size(); i++) {
                    if (thinkMs > 0) {
                        Thread.sleep(thinkMs / 2 + pace.nextInt(thinkMs));
                    }
                    long s = System.nanoTime();
                    pipeline.handle(new Inbound("bench", tag + "-" + user, tag + "-" + user + "-" + i, script.get(i)));
                    t[i] = System.nanoTime() - s;
                }
                return t;
            }));
        }
        List<Long> all = new ArrayList<>();
        for (Future<long[]> f : futures) {
            for (long v : f.get()) {
                all.add(v);
            }
        }
        pool.shutdown();
        Collections.sort(all);
        long[] sorted = all.stream().mapToLong(Long::longValue).toArray();
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("turns", sorted.length);
        m.put("p50_ms", ms(sorted[sorted.length / 2]));
        m.put("p99_ms", ms(sorted[Math.min(sorted.length - 1, (int) (sorted.length * 0.99))]));
        m.put("max_ms", ms(Arrays.stream(sorted).max().orElse(0)));
        return m;
    }

    private static double ms(long nanos) {
        return Math.round(nanos / 1e4) / 100.0;
    }
}

package io.jobpilot;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.jobpilot.llm.MiniLmEmbedder;
import io.jobpilot.taxonomy.Taxonomy;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Consumer;

/** Speed and memory figures, measured here rather than asserted in tests. */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = {"Measure taxonomy load time, title lookup and skill extraction latency (p50/p95/p99) and heap;",
                "--postings N: the posting index and matcher; --turns N: the turn pipeline under N conversations."})
final class BenchCommand implements Callable<Integer> {
    @ParentCommand
    Main main;

    @Option(names = "--iterations", defaultValue = "2000", description = "Lookups per measured case (default: ${DEFAULT-VALUE}).")
    int iterations;

    @Option(names = "--json", description = "Print JSON.")
    boolean json;

    @Option(names = "--postings", split = ",", paramLabel = "N",
            description = "Benchmark the posting index and matcher with N synthetic postings (e.g. 10000,100000,1000000) instead.")
    List<Integer> postings;

    @Option(names = "--turns", split = ",", paramLabel = "N",
            description = "Benchmark the turn pipeline with N concurrent conversations (e.g. 1,50,200) instead.")
    List<Integer> turns;

    @Option(names = "--think-ms", defaultValue = "1000",
            description = "With --turns: mean pause between one seeker's messages (default: ${DEFAULT-VALUE}; 0 = stress, back to back).")
    int thinkMs;

    @Option(names = "--dir", description = "Where the benchmark indexes go (default: a temporary directory, deleted after).")
    java.nio.file.Path dir;

    @Option(names = "--reuse", description = "With --postings and --dir: measure queries on an index a previous run left "
            + "in --dir (same N), skipping the build and refresh.")
    boolean reuse;

    static final List<String> ENGLISH = List.of("Senior Java Developer", "prompt engineer", "registered nurse",
            "warehouse picker", "Head of Marketing", "data labeller", "office administrator", "truck driver");
    static final List<String> KOREAN = List.of("백엔드 개발자", "데이터 라벨러", "AI 트레이너", "간호사", "행정 사무원",
            "제빵사", "지게차 운전원", "사회복지사");
    static final String RESUME = "스프링 부트로 REST API 개발 3년, Python으로 데이터 분석. Docker and Kubernetes on AWS; "
            + "엑셀과 파워포인트로 보고서 작성, ChatGPT로 업무 자동화.";

    @Override
    public Integer call() throws Exception {
        if (postings != null) {
            return postingBench();
        }
        if (turns != null) {
            java.nio.file.Path target = dir != null ? dir.resolve("bench-turns") : java.nio.file.Files.createTempDirectory("jobpilot-turns-");
            Map<String, Object> r = TurnBench.run(main.config(), target, turns, thinkMs);
            System.out.println(json ? new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(r) : r);
            return 0;
        }
        Map<String, Object> out = new LinkedHashMap<>();
        long t0 = System.nanoTime();
        Taxonomy offline = Taxonomy.load(Taxonomy.Options.shipped(null));
        out.put("load_first_ms", ms(System.nanoTime() - t0));
        long[] loads = new long[3];
        for (int i = 0; i < loads.length; i++) {
            long s = System.nanoTime();
            Taxonomy.load(Taxonomy.Options.shipped(null));
            loads[i] = System.nanoTime() - s;
        }
        out.put("load_warm_ms", ms(Arrays.stream(loads).min().orElse(0)));
        MiniLmEmbedder embedder = new MiniLmEmbedder();
        long m0 = System.nanoTime();
        embedder.warmUp();
        out.put("embedding_model_load_ms", ms(System.nanoTime() - m0));
        Taxonomy full = Taxonomy.load(Taxonomy.Options.shipped(embedder));
        out.put("title_en_words_only", latency(ENGLISH, offline::normaliseTitle));
        out.put("title_en_with_embeddings_cached", latency(ENGLISH, full::normaliseTitle));
        List<String> fresh = new ArrayList<>();
        for (int i = 0; i < Math.min(iterations, 500); i++) {
            fresh.add(ENGLISH.get(i % ENGLISH.size()) + " " + i);
        }
        out.put("title_en_with_embeddings_cold", latency(fresh, full::normaliseTitle));
        out.put("title_ko", latency(KOREAN, full::normaliseTitle));
        out.put("extract_skills_mixed_resume", latency(List.of(RESUME), full::extractSkills));
        System.gc();
        Runtime rt = Runtime.getRuntime();
        out.put("heap_used_mb", (rt.totalMemory() - rt.freeMemory()) / (1024 * 1024));
        out.put("cores", rt.availableProcessors());
        if (json) {
            System.out.println(new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(out));
        } else {
            out.forEach((k, v) -> System.out.printf("%-34s %s%n", k, v));
        }
        return 0;
    }

    private int postingBench() throws Exception {
        if (reuse && dir == null) {
            throw new IllegalArgumentException("--reuse needs --dir (where a previous run left its indexes)");
        }
        for (int n : postings) {
            if (n < 100 || n > 5_000_000) {
                throw new IllegalArgumentException("--postings must be from 100 to 5000000, not " + n);
            }
        }
        MiniLmEmbedder embedder = new MiniLmEmbedder();
        Taxonomy taxonomy = Taxonomy.load(Taxonomy.Options.shipped(embedder));
        PostingBench bench = new PostingBench(taxonomy, embedder);
        List<Object> results = new ArrayList<>();
        for (int n : postings) {
            java.nio.file.Path target = dir != null ? dir.resolve("bench-" + n)
                    : java.nio.file.Files.createTempDirectory("jobpilot-bench-");
            try {
                Map<String, Object> r = bench.run(n, target, reuse);
                results.add(r);
                if (json) {
                    System.err.println(new ObjectMapper().writeValueAsString(r)); // each size as soon as it is measured
                } else {
                    r.forEach((k, v) -> System.out.printf("%-28s %s%n", k, v));
                    System.out.println();
                }
            } finally {
                if (dir == null) {
                    try (var files = java.nio.file.Files.walk(target)) {
                        files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
                    }
                }
            }
        }
        if (json) {
            System.out.println(new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(results));
        }
        return 0;
    }

    private Map<String, Object> latency(List<String> inputs, Consumer<String> op) {
        int warm = Math.min(200, iterations);
        for (int i = 0; i < warm; i++) {
            op.accept(inputs.get(i % inputs.size()));
        }
        int n = inputs.size() > 100 ? inputs.size() : iterations;
        long[] t = new long[n];
        for (int i = 0; i < n; i++) {
            String in = inputs.size() > 100 ? inputs.get(i) + "x" : inputs.get(i % inputs.size());
            long s = System.nanoTime();
            op.accept(in);
            t[i] = System.nanoTime() - s;
        }
        Arrays.sort(t);
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("n", n);
        m.put("p50_ms", ms(t[n / 2]));
        m.put("p95_ms", ms(t[(int) (n * 0.95)]));
        m.put("p99_ms", ms(t[(int) (n * 0.99)]));
        return m;
    }

    private static double ms(long nanos) {
        return Double.parseDouble(String.format(Locale.ROOT, "%.3f", nanos / 1e6));
    }
}

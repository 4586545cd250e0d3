package io.jobpilot;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** ingest and search as a user runs them, on a temp data directory. */
class PostingCommandsTest {
    @TempDir
    static Path dir;
    private static Path withSample;
    private static Path withoutSample;
    @RegisterExtension
    final CapturedOutput io = new CapturedOutput();

    @BeforeAll
    static void configs() throws Exception {
        withSample = dir.resolve("sample.yaml");
        Files.writeString(withSample, "data:\n  dir: " + dir.resolve("data-sample") + "\ntaxonomy:\n  embeddings: false\n");
        withoutSample = dir.resolve("empty.yaml");
        Files.writeString(withoutSample, "data:\n  dir: " + dir.resolve("data-empty")
                + "\ntaxonomy:\n  embeddings: false\npostings:\n  sample: false\n");
    }

    @Test
    void ingestKeepsGoodRowsReportsBadOnesAndSearchFindsThem() throws Exception {
        int code = Main.run("--config", withoutSample.toString(), "ingest", "--format", "jsonld", "--source", "hanbit",
                "src/test/resources/cli/openings.json");
        assertThat(code).isZero();
        assertThat(io.out()).contains("read 3 postings: 2 added", "1 expired", "1 rows rejected")
                .contains("rejected: hanbit index 2 field 'title'");
        io.reset();
        assertThat(Main.run("--config", withoutSample.toString(), "search", "--json", "Java backend developer")).isZero();
        JsonNode matches = new ObjectMapper().readTree(io.out());
        assertThat(matches.get(0).get("posting").get("posting").get("id").asText()).isEqualTo("hanbit:BK-1");
        assertThat(matches.get(0).get("provenance").asText()).contains("from hanbit, checked");
        io.reset();
        assertThat(Main.run("--config", withoutSample.toString(), "search", "데이터 라벨링", "--near", "대전")).isZero();
        assertThat(io.out()).contains("데이터 라벨링 검수자").doesNotContain("Backend Developer");
    }

    @Test
    void ingestFailsOnlyWhenNothingUsableWasRead() {
        assertThat(Main.run("--config", withoutSample.toString(), "ingest", "--format", "jsonld",
                "src/test/resources/cli/broken.json")).isEqualTo(1);
        assertThat(io.out()).contains("read 0 postings", "2 rows rejected");
    }

    @Test
    void ingestNamesWhatIsWrongWithItsArguments() {
        assertThat(Main.run("--config", withoutSample.toString(), "ingest", "nowhere.json")).isEqualTo(2);
        assertThat(io.err()).contains("cannot tell the format of nowhere.json");
        assertThat(Main.run("--config", withoutSample.toString(), "ingest", "--format", "jsonld", "nowhere.json")).isEqualTo(2);
        assertThat(io.err()).contains("source nowhere.json is not a file");
        assertThat(Main.run("--config", withoutSample.toString(), "ingest", "--format", "xml", "src/test/resources/cli/openings.json"))
                .isEqualTo(2);
        assertThat(io.err()).contains("xml");
    }

    @Test
    void theShippedSampleAnswersKoreanAndEnglishSearches() throws Exception {
        assertThat(Main.run("--config", withSample.toString(), "search", "행정 사무원", "--lang", "ko", "--json")).isZero();
        JsonNode ko = new ObjectMapper().readTree(io.out());
        assertThat(ko.size()).isGreaterThanOrEqualTo(5);
        assertThat(ko.get(0).get("posting").get("posting").get("language").asText()).isEqualTo("ko");
        assertThat(ko.get(0).get("provenance").asText()).contains("archived sample");
        io.reset();
        assertThat(Main.run("--config", withSample.toString(), "search", "Java backend developer", "--json")).isZero();
        JsonNode en = new ObjectMapper().readTree(io.out());
        assertThat(en.get(0).get("posting").get("posting").get("title").asText().toLowerCase()).containsAnyOf("developer", "engineer");
    }

    @Test
    void searchRejectsBadOptions() {
        assertThat(Main.run("--config", withoutSample.toString(), "search", "x", "--lang", "fr")).isEqualTo(2);
        assertThat(io.err()).contains("--lang must be ko or en, not 'fr'");
    }

    @Test
    void configuredFeedsAreIngestedByName() throws Exception {
        Path csv = dir.resolve("jobs.csv");
        Files.writeString(csv, "ref,job_title,company,closes\nJ-1,Bakery Assistant,Sunny Bakery,2099-01-31\n"
                + "J-2,,Nameless Co,2099-01-31\n");
        Path cfg = dir.resolve("feeds.yaml");
        Files.writeString(cfg, "data:\n  dir: " + dir.resolve("data-feeds") + "\ntaxonomy:\n  embeddings: false\n"
                + "postings:\n  sample: false\nfeeds:\n  - name: bakery\n    format: csv\n    path: " + csv + "\n"
                + "    mapping: {identifier: ref, title: job_title, hiringOrganization: company, validThrough: closes}\n");
        assertThat(Main.run("--config", cfg.toString(), "ingest")).isZero();
        assertThat(io.out()).contains("read 1 postings: 1 added", "rejected: bakery line 3");
        io.reset();
        assertThat(Main.run("--config", withoutSample.toString(), "ingest")).isEqualTo(2);
        assertThat(io.err()).contains("no feeds are configured");
    }

    @Test
    void aFeedUnchangedSinceTheLastIndexedDownloadIsAskedWithAConditionalGetAcrossRuns() throws Exception {
        byte[] body = Files.readAllBytes(Path.of("src/test/resources/cli/openings.json"));
        java.util.List<String> asked = new java.util.concurrent.CopyOnWriteArrayList<>();
        com.sun.net.httpserver.HttpServer server = com.sun.net.httpserver.HttpServer.create(
                new java.net.InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/jobs.json", exchange -> {
            String etag = exchange.getRequestHeaders().getFirst("If-None-Match");
            asked.add(String.valueOf(etag));
            if ("\"v1\"".equals(etag)) {
                exchange.sendResponseHeaders(304, -1);
            } else {
                exchange.getResponseHeaders().add("ETag", "\"v1\"");
                exchange.sendResponseHeaders(200, body.length);
                exchange.getResponseBody().write(body);
            }
            exchange.close();
        });
        server.start();
        try {
            Path data = dir.resolve("data-conditional");
            Path cfg = dir.resolve("conditional.yaml");
            String url = "http://127.0.0.1:" + server.getAddress().getPort() + "/jobs.json";
            Files.writeString(cfg, "data:\n  dir: " + data + "\ntaxonomy:\n  embeddings: false\npostings:\n  sample: false\n"
                    + "feeds:\n  - name: hanbit\n    format: jsonld\n    url: " + url + "\n");

            assertThat(Main.run("--config", cfg.toString(), "ingest")).isZero();
            assertThat(io.out()).contains("2 added");
            assertThat(Files.readString(data.resolve(IngestCommand.VALIDATORS))).contains("hanbit " + url, "v1");
            io.reset();
            assertThat(Main.run("--config", cfg.toString(), "ingest")).as("a 304 is not a failure").isZero();
            assertThat(io.out()).contains("not modified since the last download: hanbit", "0 removed");
            assertThat(asked).containsExactly("null", "\"v1\"");
            io.reset();
            assertThat(Main.run("--config", cfg.toString(), "search", "--json", "Java backend developer")).isZero();
            assertThat(io.out()).as("the unchanged feed's postings still serve").contains("hanbit:BK-1");

            // a wiped index must be refilled: no conditional GET when the index no longer holds the feed
            io.reset();
            try (var files = Files.walk(data.resolve("index"))) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
            }
            assertThat(Main.run("--config", cfg.toString(), "ingest")).isZero();
            assertThat(io.out()).contains("2 added");
            assertThat(asked).last().isEqualTo("null");
        } finally {
            server.stop(0);
        }
    }
}

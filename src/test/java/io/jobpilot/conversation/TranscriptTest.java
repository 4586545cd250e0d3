package io.jobpilot.conversation;

import io.jobpilot.interview.Interview;
import io.jobpilot.matching.Matcher;
import io.jobpilot.postings.FeedResult;
import io.jobpilot.postings.Fixtures;
import io.jobpilot.postings.Posting;
import io.jobpilot.postings.PostingEnricher;
import io.jobpilot.postings.PostingIndex;
import io.jobpilot.postings.PostingRefresher;
import io.jobpilot.profile.SeekerProfile;
import io.jobpilot.prompts.Templates;
import io.jobpilot.store.SqliteStore;
import io.jobpilot.taxonomy.Taxonomy;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.List;
import java.util.stream.Stream;

import static io.jobpilot.postings.Fixtures.NOW;
import static io.jobpilot.postings.Fixtures.TODAY;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Conversation tests as data: each file under src/test/resources/transcripts is a conversation in Korean or English
 * ({@code >} the seeker says, {@code <} the reply contains, {@code <!} it does not, {@code =} a check of the stored
 * state or profile, {@code ~ restart} reopens the store and the pipeline as after a crash). Real SQLite, a real index.
 */
class TranscriptTest {
    @TempDir
    static Path dir;
    private static Taxonomy taxonomy;
    private static PostingIndex index;
    private static Matcher matcher;
    private static io.jobpilot.certification.Catalogue catalogue;
    private static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);

    @BeforeAll
    static void world() {
        taxonomy = Taxonomy.load(Taxonomy.Options.shipped(null));
        index = PostingIndex.open(dir.resolve("index"), null);
        List<Posting> postings = List.of(
                Fixtures.ko("t", "k1", "백엔드 개발자 (스프링 부트)").hiringOrganization("한빛소프트")
                        .qualifications("자바, 스프링 부트, REST API 경험 3년 이상")
                        .location(new Posting.Location(null, "서울", "KR", "서울특별시 강남구"))
                        .validThrough(TODAY.plusDays(30)).build(NOW),
                Fixtures.en("t", "e1", "Data Analyst").hiringOrganization("City Data Office")
                        .qualifications("SQL, Python, Tableau. 3+ years.").remote(true)
                        .location(new Posting.Location("New York", "NY", "US", null))
                        .salary(65000.0, 80000.0, "USD", "YEAR").validThrough(TODAY.plusDays(30)).build(NOW),
                Fixtures.ko("t", "k2", "바리스타 (파트타임)").hiringOrganization("동네카페")
                        .qualifications("고객 응대, 커피 제조").location(new Posting.Location(null, "대전", "KR", "대전광역시"))
                        .build(NOW),
                Fixtures.en("t", "e2", "Registered Nurse").hiringOrganization("City Hospital")
                        .qualifications("Patient care, electronic health records").build(NOW),
                // certification paths: each requires a certificate the transcript seekers lack
                Fixtures.en("t", "e3", "Data Analyst, Azure").hiringOrganization("Harbor Analytics")
                        .qualifications("SQL, Python, Tableau. 3+ years.").remote(true).requiredCertificate("DP-100")
                        .location(new Posting.Location("New York", "NY", "US", null))
                        .salary(70000.0, 90000.0, "USD", "YEAR").validThrough(TODAY.plusDays(30)).build(NOW),
                Fixtures.ko("t", "k3", "백엔드 개발자 (SQLD 필수)").hiringOrganization("누리데이터")
                        .qualifications("자바, 스프링 부트, REST API 경험 3년 이상").requiredCertificate("SQLD")
                        .location(new Posting.Location(null, "서울", "KR", "서울특별시 강남구"))
                        .validThrough(TODAY.plusDays(30)).build(NOW));
        new PostingRefresher(index, new PostingEnricher(taxonomy), CLOCK).refresh(List.of(
                new PostingRefresher.SourceBatch("t", new FeedResult(postings, List.of()), true, false)));
        matcher = new Matcher(index, taxonomy, CLOCK, false);
        catalogue = io.jobpilot.certification.Catalogue.shipped(taxonomy);
    }

    @AfterAll
    static void close() {
        index.close();
    }

    @TestFactory
    Stream<DynamicTest> transcripts() throws IOException {
        Path root = Path.of("src/test/resources/transcripts");
        try (Stream<Path> files = Files.list(root)) {
            return files.filter(f -> f.toString().endsWith(".txt")).sorted()
                    .map(f -> DynamicTest.dynamicTest(f.getFileName().toString(), () -> run(f)))
                    .toList().stream();
        }
    }

    private void run(Path file) throws IOException {
        Path data = Files.createTempDirectory(dir, "chat-");
        Session s = new Session(data);
        int lineNo = 0;
        try {
            for (String line : Files.readAllLines(file)) {
                lineNo++;
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String where = file.getFileName() + ":" + lineNo + " ";
                if (line.startsWith("> ")) {
                    s.say(line.substring(2));
                } else if (line.startsWith("<! ")) {
                    assertThat(s.lastText()).as(where + line).doesNotContain(line.substring(3));
                } else if (line.startsWith("< ")) {
                    assertThat(s.lastText()).as(where + line).contains(line.substring(2));
                } else if (line.startsWith("= ")) {
                    TranscriptChecks.check(where, line.substring(2), s);
                } else if (line.equals("~ restart")) {
                    s.restart();
                } else {
                    throw new IllegalArgumentException(where + "unknown transcript line: " + line);
                }
            }
        } finally {
            s.store.close();
        }
    }

    /** One seeker's conversation on its own store. */
    static final class Session {
        final Path data;
        SqliteStore store;
        TurnPipeline pipeline;
        Reply last = Reply.NONE;
        int turn;

        Session(Path data) {
            this.data = data;
            open();
        }

        private void open() {
            store = SqliteStore.open(data);
            Templates templates = new Templates();
            ChatAccess access = new ChatAccess(store.access(), new io.jobpilot.hiring.BriefReader(taxonomy),
                    new io.jobpilot.hiring.Suggestions(() -> matcher, store, new PostingEnricher(taxonomy)));
            var certification = new io.jobpilot.certification.Certification(new io.jobpilot.certification.PathPlanner(
                    catalogue, taxonomy, () -> matcher, () -> index, CLOCK),
                    new io.jobpilot.certification.PlanText(templates, taxonomy),
                    new io.jobpilot.certification.Quizzes(io.jobpilot.certification.QuizBank.shipped(), store.quizzes(), templates));
            pipeline = new TurnPipeline(store, store, new Interview(taxonomy, templates), () -> matcher, templates, CLOCK,
                    io.jobpilot.conversation.Assist.NONE, access, certification,
                    new io.jobpilot.alert.AlertCommand(store.alerts(), templates, CLOCK));
        }

        void say(String text) {
            last = pipeline.handle(new Inbound("test", "seeker", "m" + (++turn), text));
        }

        void restart() {
            store.close();
            open();
        }

        String lastText() {
            return String.join("\n", last.texts());
        }

        String userId() {
            return store.userFor("test", "seeker");
        }

        SeekerProfile profile() {
            return store.current(userId()).orElse(null);
        }
    }
}

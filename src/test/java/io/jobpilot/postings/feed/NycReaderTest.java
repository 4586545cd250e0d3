package io.jobpilot.postings.feed;

import io.jobpilot.postings.FeedResult;
import io.jobpilot.postings.Posting;
import io.jobpilot.postings.RowError;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

import static io.jobpilot.postings.feed.Feeds.byId;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

class NycReaderTest {
    private final FeedReader reader = FeedReaders.forFormat("nyc", null);

    @Test
    void sodaRowsAreReadAndInternalAndExternalPostingsOfOneJobStaySeparate() {
        FeedResult r = Feeds.fixture(reader, "nyc", "nyc/soda-page.json");

        assertThat(r.postings()).extracting(Posting::id).containsExactly("nyc:721584", "nyc:721584", "nyc:722100");
        Posting analyst = r.postings().get(0);
        assertThat(analyst.title()).isEqualTo("Water Quality Data Analyst");
        assertThat(analyst.hiringOrganization()).isEqualTo("DEPT OF ENVIRONMENT PROTECTION");
        assertThat(analyst.baseSalary()).isEqualTo(new Posting.Salary(68213.0, 98461.0, "USD", "YEAR"));
        assertThat(analyst.location()).isEqualTo(new Posting.Location("New York", "NY", "US", "59-17 Junction Blvd, Queens, NY"));
        assertThat(analyst.employmentType()).containsExactly("FULL_TIME");
        assertThat(analyst.experienceRequirements()).isEqualTo("Experienced (non-manager)");
        assertThat(analyst.occupationalCategory()).isEqualTo("Technology, Data & Innovation");
        assertThat(analyst.datePosted()).isEqualTo(LocalDate.of(2026, 3, 24));
        assertThat(analyst.validThrough()).isEqualTo(LocalDate.of(2026, 5, 30));
        assertThat(analyst.qualifications()).startsWith("A master's degree in a natural science")
                .contains("\nPreferred: • Proficiency in R or Python.");
        // the long third bullet is a sentence, not a skill name
        assertThat(analyst.skills()).containsExactly("Proficiency in R or Python", "SQL");
        assertThat(analyst.language()).isEqualTo("en");
        Posting inspector = byId(r, "nyc:722100");
        assertThat(inspector.baseSalary()).isEqualTo(new Posting.Salary(310.0, 340.0, "USD", "DAY"));
        assertThat(inspector.employmentType()).containsExactly("PART_TIME");
    }

    @Test
    void badSodaRowsNameTheirIndexAndTheSodaField() {
        FeedResult r = Feeds.fixture(reader, "nyc", "nyc/soda-page.json");

        assertThat(r.errors()).extracting(RowError::source, RowError::where, RowError::field).containsExactly(
                tuple("nyc", "index 2", "post_until"),
                tuple("nyc", "index 3", "business_title"));
    }

    @Test
    void theShippedExtractsShorterFieldNamesAreReadLineByLine() {
        FeedResult r = Feeds.fixture(reader, "nyc", "nyc/extract.jsonl");

        assertThat(r.postings()).extracting(Posting::id).containsExactly("nyc:791249", "nyc:792300");
        Posting attorney = byId(r, "nyc:791249");
        assertThat(attorney.baseSalary()).isEqualTo(new Posting.Salary(68213.0, 180000.0, "USD", "YEAR"));
        assertThat(attorney.employmentType()).containsExactly("FULL_TIME");
        assertThat(attorney.experienceRequirements()).isEqualTo("Manager");
        assertThat(attorney.skills()).containsExactly("Strong analytical and project management skills", "Ability to prioritize tasks");
        assertThat(attorney.validThrough()).isEqualTo(LocalDate.of(2026, 10, 9));
        Posting aide = byId(r, "nyc:792300");
        assertThat(aide.baseSalary()).isEqualTo(new Posting.Salary(16.5, 18.0, "USD", "HOUR"));
        assertThat(aide.employmentType()).containsExactly("PART_TIME");
        assertThat(aide.skills()).containsExactly("Microsoft Excel", "attention to detail");
    }

    @Test
    void badExtractLinesNameTheLineAndTheExtractsField() {
        FeedResult r = Feeds.fixture(reader, "nyc", "nyc/extract.jsonl");

        assertThat(r.errors()).extracting(RowError::where, RowError::field)
                .containsExactly(tuple("line 2", "salary_from"), tuple("line 3", null));
        assertThat(r.errors().get(0).reason()).isEqualTo("minimum 90000.0 is above maximum 70000.0");
    }

    @Test
    void anUnreadableDocumentGivesOneDocumentError() {
        for (String text : new String[] {"", "[{\"job_id\": \"1\"", "job_id,business_title\n1,Clerk\n"}) {
            FeedResult r = Feeds.text(reader, "nyc", text);
            assertThat(r.postings()).isEmpty();
            assertThat(r.errors()).extracting(RowError::where).containsExactly("document");
        }
    }

    @Test
    void everyRowOfTheProjectsShippedNycExtractIsRead() throws IOException {
        Path shipped = Path.of("/work/shared/data/nyc-postings/nyc_postings.jsonl");
        assumeTrue(Files.isReadable(shipped), "the shared NYC extract is not on this machine");
        try (InputStream in = Files.newInputStream(shipped)) {
            FeedResult r = reader.read("nyc", in, Feeds.FETCHED);

            assertThat(r.errors()).isEmpty();
            assertThat(r.postings()).hasSize(201);
            assertThat(r.postings()).allSatisfy(p -> assertThat(p.baseSalary()).isNotNull());
        }
    }
}

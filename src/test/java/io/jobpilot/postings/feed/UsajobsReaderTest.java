package io.jobpilot.postings.feed;

import io.jobpilot.postings.FeedResult;
import io.jobpilot.postings.Posting;
import io.jobpilot.postings.RowError;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.LocalDate;

import static io.jobpilot.postings.feed.Feeds.byId;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

class UsajobsReaderTest {
    private final FeedReader reader = FeedReaders.forFormat("usajobs", null);

    @Test
    void goodItemsAreReadFromTheirMatchedObjectDescriptor() {
        FeedResult r = Feeds.fixture(reader, "usajobs", "usajobs/search-page.json");

        assertThat(r.postings()).extracting(Posting::id).containsExactly("usajobs:839472691", "usajobs:840011552");
        Posting it = byId(r, "usajobs:839472691");
        assertThat(it.title()).isEqualTo("IT Specialist (POLICY & PLNG)");
        assertThat(it.hiringOrganization()).isEqualTo("Forest Service");
        assertThat(it.description()).isEqualTo("Join the Forest Service's Chief Information Office to shape IT policy.");
        assertThat(it.responsibilities()).isEqualTo("Develops IT governance policies.\nAdvises leadership on investment planning.");
        assertThat(it.qualifications()).isEqualTo("You must have one year of specialized experience equivalent to GS-11 in IT policy and planning."
                + "\nRequirements: U.S. citizenship; background investigation required.");
        assertThat(it.educationRequirements()).isNull();
        assertThat(it.baseSalary()).isEqualTo(new Posting.Salary(98000.0, 127400.0, "USD", "YEAR"));
        assertThat(it.employmentType()).containsExactly("FULL_TIME");
        assertThat(it.occupationalCategory()).isEqualTo("Information Technology Management");
        assertThat(it.location()).isEqualTo(new Posting.Location("Sacramento, California", "California", "United States", "Sacramento, California"));
        assertThat(it.datePosted()).isEqualTo(LocalDate.of(2026, 5, 15));
        assertThat(it.validThrough()).isEqualTo(LocalDate.of(2026, 6, 12));
        assertThat(it.url()).isEqualTo("https://www.usajobs.gov/job/839472691");
        assertThat(it.remote()).as("telework eligibility is not a remote job").isFalse();
        Posting nurse = byId(r, "usajobs:840011552");
        assertThat(nurse.remote()).isTrue();
        assertThat(nurse.baseSalary()).isEqualTo(new Posting.Salary(24.16, 31.40, "USD", "HOUR"));
        assertThat(nurse.employmentType()).containsExactly("PART_TIME");
        assertThat(nurse.educationRequirements()).isEqualTo("Graduation from a state-approved LPN program.");
    }

    @Test
    void badItemsNameTheirIndexInSearchResultItemsAndTheUsajobsField() {
        FeedResult r = Feeds.fixture(reader, "usajobs", "usajobs/search-page.json");

        assertThat(r.errors()).extracting(RowError::where, RowError::field).containsExactly(
                tuple("index 2", "PositionTitle"),
                tuple("index 3", "ApplicationCloseDate"),
                tuple("index 4", "PositionRemuneration"),
                tuple("index 5", "MatchedObjectDescriptor"));
        assertThat(r.errors().get(1).reason()).isEqualTo("closes (2026-05-01) before it was posted (2026-05-20)");
        assertThat(r.errors().get(2).reason()).isEqualTo("not a number: 'TBD'");
    }

    @Test
    void biweeklyPayIsAnnualisedAndUnpaidPositionsHaveNoSalary() {
        String page = """
                {"SearchResult": {"SearchResultItems": [
                  {"MatchedObjectId": "1", "MatchedObjectDescriptor": {"PositionTitle": "Clerk",
                    "PositionRemuneration": [{"MinimumRange": "2000", "MaximumRange": "2500", "RateIntervalCode": "BW"}]}},
                  {"MatchedObjectId": "2", "MatchedObjectDescriptor": {"PositionTitle": "Volunteer Guide",
                    "PositionRemuneration": [{"MinimumRange": "0", "MaximumRange": "0", "RateIntervalCode": "WC"}]}}]}}""";

        FeedResult r = Feeds.text(reader, "usajobs", page);

        assertThat(r.postings()).extracting(Posting::baseSalary)
                .containsExactly(new Posting.Salary(52000.0, 65000.0, "USD", "YEAR"), null);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "{\"SearchResult\": {\"SearchResultItems\": [", "{\"error\": \"Unauthorized\"}", "[]"})
    void anUnreadableDocumentGivesOneDocumentError(String text) {
        FeedResult r = Feeds.text(reader, "usajobs", text);

        assertThat(r.postings()).isEmpty();
        assertThat(r.errors()).extracting(RowError::where).containsExactly("document");
    }
}

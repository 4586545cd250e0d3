package io.jobpilot.postings.feed;

import io.jobpilot.postings.FeedResult;
import io.jobpilot.postings.Posting;
import io.jobpilot.postings.RowError;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.Map;

import static io.jobpilot.postings.feed.Feeds.byId;
import static java.util.Map.entry;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

class TabularReaderTest {
    private static final ColumnMapping CSV_COLUMNS = ColumnMapping.of(Map.ofEntries(entry("identifier", "job_ref"),
            entry("title", "job_title"), entry("hiringOrganization", "company"), entry("addressLocality", "city"),
            entry("addressRegion", "region"), entry("addressCountry", "country"), entry("remote", "remote"),
            entry("employmentType", "types"), entry("salaryMin", "pay_min"), entry("salaryMax", "pay_max"),
            entry("salaryCurrency", "currency"), entry("salaryUnit", "per"), entry("datePosted", "posted"),
            entry("validThrough", "closes"), entry("skills", "skills"), entry("requiredCertificates", "certs"),
            entry("description", "summary"), entry("language", "lang")));
    private static final ColumnMapping JSONL_KEYS = ColumnMapping.of(Map.ofEntries(entry("identifier", "ref"),
            entry("title", "name"), entry("hiringOrganization", "org"), entry("jobLocation", "where"),
            entry("employmentType", "kind"), entry("salaryMin", "from"), entry("salaryMax", "to"),
            entry("salaryCurrency", "cur"), entry("salaryUnit", "unit"), entry("datePosted", "opened"),
            entry("validThrough", "closes"), entry("skills", "tags"), entry("experienceMonths", "months"),
            entry("language", "lang")));

    private final FeedReader csv = FeedReaders.forFormat("csv", CSV_COLUMNS);
    private final FeedReader jsonl = FeedReaders.forFormat("jsonl", JSONL_KEYS);

    @Test
    void csvRowsAreReadThroughTheMappingIncludingAMultiLineQuotedCell() {
        FeedResult r = Feeds.fixture(csv, "greenbox", "tabular/postings.csv");

        assertThat(r.postings()).extracting(Posting::id)
                .containsExactly("greenbox:GB-101", "greenbox:GB-102", "greenbox:GB-107");
        Posting lead = byId(r, "greenbox:GB-101");
        assertThat(lead.description()).isEqualTo("Lead a team of 12 on the night shift.\nPlan picking waves in the WMS.\nReport daily KPIs.");
        assertThat(lead.location()).isEqualTo(new Posting.Location("Incheon", null, "KR", null));
        assertThat(lead.skills()).containsExactly("forklift", "WMS", "Excel");
        assertThat(lead.requiredCertificates()).containsExactly("지게차운전기능사");
        assertThat(lead.baseSalary()).isEqualTo(new Posting.Salary(38_000_000.0, 45_000_000.0, "KRW", "YEAR"));
        Posting stock = byId(r, "greenbox:GB-102");
        assertThat(stock.employmentType()).containsExactly("FULL_TIME", "TEMPORARY");
        assertThat(stock.baseSalary()).isEqualTo(new Posting.Salary(3_200_000.0, null, "KRW", "MONTH"));
        assertThat(stock.datePosted()).isEqualTo(LocalDate.of(2026, 3, 11));
        assertThat(stock.language()).isEqualTo("ko");
        Posting analyst = byId(r, "greenbox:GB-107");
        assertThat(analyst.remote()).isTrue();
        assertThat(analyst.employmentType()).containsExactly("FULL_TIME", "CONTRACTOR");
        assertThat(analyst.description()).isEqualTo("Analyse fleet costs, \"what-if\" scenarios");
        assertThat(analyst.skills()).containsExactly("Python", "SQL");
    }

    @Test
    void badCsvRowsNameThePhysicalLineWhereTheRowStartsAndTheUsersColumn() {
        FeedResult r = Feeds.fixture(csv, "greenbox", "tabular/postings.csv");

        // GB-101 spans lines 2-4, so GB-103 is on line 6; line 8 is blank
        assertThat(r.errors()).extracting(RowError::where, RowError::field).containsExactly(
                tuple("line 6", "closes"),
                tuple("line 7", "job_title"),
                tuple("line 9", null),
                tuple("line 10", "remote"));
        assertThat(r.errors().get(0).reason()).contains("'2026-31-03'");
        assertThat(r.errors().get(2).reason()).contains("Too many entries");
        assertThat(r.errors().get(3).reason()).contains("'sometimes'");
    }

    @Test
    void aCsvHeaderWithoutAMappedColumnIsADocumentError() {
        FeedResult r = Feeds.text(csv, "greenbox", "job_ref,job_title\nGB-1,Picker\n");

        assertThat(r.postings()).isEmpty();
        assertThat(r.errors()).singleElement().satisfies(e -> {
            assertThat(e.where()).isEqualTo("document");
            assertThat(e.reason()).contains("'company'").contains("'summary'");
        });
    }

    @Test
    void jsonlLinesAreReadAndArraysServeAsLists() {
        FeedResult r = Feeds.fixture(jsonl, "sunvale", "tabular/postings.jsonl");

        assertThat(r.postings()).extracting(Posting::id).containsExactly("sunvale:SV-1", "sunvale:SV-4");
        Posting qa = byId(r, "sunvale:SV-1");
        assertThat(qa.location().text()).isEqualTo("Busan, KR");
        assertThat(qa.skills()).containsExactly("Selenium", "Java", "Jira");
        assertThat(qa.experienceMonths()).isZero();
        assertThat(qa.validThrough()).isEqualTo(LocalDate.of(2026, 3, 29));
        Posting mobile = byId(r, "sunvale:SV-4");
        assertThat(mobile.title()).isEqualTo("모바일 앱 개발자");
        assertThat(mobile.employmentType()).containsExactly("FULL_TIME");
        assertThat(mobile.skills()).containsExactly("Kotlin", "Swift");
        assertThat(mobile.experienceMonths()).isEqualTo(36);
        assertThat(mobile.language()).isEqualTo("ko");
    }

    @Test
    void aJsonlLineThatIsNotAnObjectCostsThatLineOnly() {
        FeedResult r = Feeds.fixture(jsonl, "sunvale", "tabular/postings.jsonl");

        assertThat(r.errors()).extracting(RowError::where, RowError::field).containsExactly(
                tuple("line 3", null),
                tuple("line 4", "from"),
                tuple("line 6", null),
                tuple("line 7", "months"));
        assertThat(r.errors().get(0).reason()).startsWith("not valid JSON");
        assertThat(r.errors().get(1).reason()).contains("above maximum");
        assertThat(r.errors().get(2).reason()).contains("expected a JSON object");
    }

    @Test
    void emptyInputOrAJsonArrayIsADocumentError() {
        assertThat(Feeds.text(csv, "g", "").errors()).extracting(RowError::where).containsExactly("document");
        assertThat(Feeds.text(jsonl, "s", "\n\n").errors()).extracting(RowError::where).containsExactly("document");
        assertThat(Feeds.text(jsonl, "s", "[{\"ref\": \"1\"}]").errors()).extracting(RowError::where, RowError::reason)
                .containsExactly(tuple("document", "expected one JSON object per line, found a JSON array"));
    }
}

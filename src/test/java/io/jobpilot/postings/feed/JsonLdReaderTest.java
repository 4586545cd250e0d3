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

class JsonLdReaderTest {
    private final FeedReader reader = FeedReaders.forFormat("jsonld", null);

    @Test
    void readsJobPostingsFromEveryLdJsonScriptBlockWhateverTheAttributeSpelling() {
        FeedResult r = Feeds.fixture(reader, "acme", "jsonld/careers.html");

        assertThat(r.postings()).extracting(Posting::id).containsExactly("acme:ACME-4471", "acme:ACME-KR-0912");
        Posting java = byId(r, "acme:ACME-4471");
        assertThat(java.title()).isEqualTo("Senior Backend Engineer (Java)");
        assertThat(java.description()).isEqualTo("Build the payments platform — Java 17, Kafka, PostgreSQL.");
        assertThat(java.remote()).isTrue();
        assertThat(java.applicantLocationRequirements()).containsExactly("USA", "Ontario");
        assertThat(java.location()).isEqualTo(new Posting.Location("Austin", "TX", "US", "Austin, TX, US; Toronto, ON, Canada"));
        assertThat(java.baseSalary()).isEqualTo(new Posting.Salary(85.0, 85.0, "USD", "HOUR"));
        assertThat(java.validThrough()).isEqualTo(LocalDate.of(2026, 5, 15));
        assertThat(java.skills()).containsExactly("Java", "Kafka", "PostgreSQL");
        assertThat(java.experienceRequirements()).isEqualTo("5+ years building distributed systems");
        assertThat(java.language()).isEqualTo("en");
        Posting korean = byId(r, "acme:ACME-KR-0912");
        assertThat(korean.hiringOrganization()).isEqualTo("에이크미페이먼츠코리아");
        assertThat(korean.description()).isEqualTo("결제 플랫폼 백엔드 개발 & 운영");
        assertThat(korean.location()).isEqualTo(new Posting.Location("성남시", "경기도", "KR", null));
        assertThat(korean.language()).isEqualTo("ko");
    }

    @Test
    void badItemsAndABrokenBlockAreReportedWhileOtherTypesAreSkippedSilently() {
        FeedResult r = Feeds.fixture(reader, "acme", "jsonld/careers.html");

        // index counts every item in document order: Organization 0, graph 1-3, array 4-5
        assertThat(r.errors()).extracting(RowError::source, RowError::where, RowError::field).containsExactly(
                tuple("acme", "index 3", "identifier"),
                tuple("acme", "index 5", "validThrough"),
                tuple("acme", "script 3", null));
        assertThat(r.errors().get(0).reason()).isEqualTo("missing (no identifier and no url)");
        assertThat(r.errors().get(1).reason()).contains("'2026-02-30'");
        assertThat(r.errors().get(2).reason()).startsWith("not valid JSON at line 1");
    }

    @Test
    void nestedSchemaOrgTypesBecomeCertificatesMonthsAndSalaryRange() {
        FeedResult r = Feeds.fixture(reader, "hanbit", "jsonld/postings.json");

        Posting p = byId(r, "hanbit:HB-2026-014");
        assertThat(p.title()).isEqualTo("데이터 분석가 (신입/경력)");
        assertThat(p.description()).isEqualTo("한빛데이터 분석팀에서 함께할 데이터 분석가를 찾습니다.\n• SQL 기반 지표 설계\n• 대시보드 운영\nR&D 협업 · 주 2회 재택");
        assertThat(p.hiringOrganization()).isEqualTo("한빛데이터");
        assertThat(p.location()).isEqualTo(new Posting.Location("강남구", "서울특별시", "KR", null));
        assertThat(p.employmentType()).containsExactly("FULL_TIME", "CONTRACTOR");
        assertThat(p.baseSalary()).isEqualTo(new Posting.Salary(42_000_000.0, 55_000_000.0, "KRW", "YEAR"));
        assertThat(p.datePosted()).isEqualTo(LocalDate.of(2026, 3, 2));
        assertThat(p.validThrough()).isEqualTo(LocalDate.of(2026, 3, 31));
        assertThat(p.skills()).containsExactly("SQL", "Python", "Tableau");
        assertThat(p.responsibilities()).isEqualTo("지표 설계 및 대시보드 운영\nA/B 테스트 분석");
        assertThat(p.educationRequirements()).isEqualTo("bachelor degree");
        assertThat(p.requiredCertificates()).containsExactly("ADsP (데이터분석 준전문가)");
        assertThat(p.experienceMonths()).isEqualTo(24);
        assertThat(p.occupationalCategory()).isEqualTo("데이터 분석가");
        assertThat(p.industry()).isEqualTo("정보통신업");
        assertThat(p.language()).isEqualTo("ko");
        assertThat(p.provenance().fetchedAt()).isEqualTo(Feeds.FETCHED);
    }

    @Test
    void identifierFallsBackToTheUrlAndLicencesCountAsCertificates() {
        Posting intern = byId(Feeds.fixture(reader, "hanbit", "jsonld/postings.json"),
                "hanbit:https://hanbitdata.example.kr/careers/intern-de");

        assertThat(intern.employmentType()).containsExactly("INTERN");
        assertThat(intern.requiredCertificates()).containsExactly("Driver's license");
        assertThat(intern.educationRequirements()).isNull();
        assertThat(intern.experienceMonths()).isEqualTo(6);
        assertThat(intern.experienceRequirements()).isEqualTo("Any data pipeline project");
    }

    @Test
    void badArrayItemsNameTheirIndexAndFieldAndTheGoodOnesAreKept() {
        FeedResult r = Feeds.fixture(reader, "hanbit", "jsonld/postings.json");

        assertThat(r.postings()).hasSize(2);
        assertThat(r.errors()).extracting(RowError::where, RowError::field)
                .containsExactly(tuple("index 2", "employmentType"), tuple("index 3", "baseSalary"));
        assertThat(r.errors().get(0).reason()).contains("'SOMETIMES'");
    }

    @Test
    void aSingleObjectAndAGraphAreReadLikeAnArray() {
        String one = "{\"@context\":\"https://schema.org\",\"@type\":\"JobPosting\",\"identifier\":\"7\",\"title\":\"Welder\"}";
        String graph = "{\"@context\":\"https://schema.org\",\"@graph\":[{\"@type\":\"Place\"},{\"@type\":\"JobPosting\",\"identifier\":\"8\"}]}";

        assertThat(Feeds.text(reader, "s", one).postings()).extracting(Posting::title).containsExactly("Welder");
        assertThat(Feeds.text(reader, "s", graph).errors()).extracting(RowError::where, RowError::field)
                .containsExactly(tuple("index 1", "title"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   \n", "{\"@type\": \"JobPosting\",", "<html><body>No structured data</body></html>", "42"})
    void anUnreadableDocumentGivesOneDocumentErrorAndNoPostings(String text) {
        FeedResult r = Feeds.text(reader, "acme", text);

        assertThat(r.postings()).isEmpty();
        assertThat(r.errors()).singleElement().satisfies(e -> {
            assertThat(e.where()).isEqualTo("document");
            assertThat(e.source()).isEqualTo("acme");
            assertThat(e.reason()).isNotBlank();
        });
    }
}

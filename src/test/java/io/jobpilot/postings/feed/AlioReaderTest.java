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

class AlioReaderTest {
    private final FeedReader reader = FeedReaders.forFormat("alio", null);

    @Test
    void goodRowsOfAnApiPageAreReadWithTheirKoreanFields() {
        FeedResult r = Feeds.fixture(reader, "alio", "alio/recruitment-list.json");

        assertThat(r.postings()).extracting(Posting::id).containsExactly("alio:303642", "alio:303701");
        Posting korail = byId(r, "alio:303642");
        assertThat(korail.title()).isEqualTo("2026년 하반기 신입사원(일반공채) 채용공고");
        assertThat(korail.hiringOrganization()).isEqualTo("한국철도공사");
        assertThat(korail.datePosted()).isEqualTo(LocalDate.of(2026, 8, 7));
        assertThat(korail.validThrough()).isEqualTo(LocalDate.of(2026, 8, 21));
        assertThat(korail.employmentType()).containsExactly("FULL_TIME");
        assertThat(korail.experienceRequirements()).isEqualTo("신입+경력");
        assertThat(korail.occupationalCategory()).isEqualTo("정보통신,사업관리");
        assertThat(korail.location()).isEqualTo(new Posting.Location(null, "서울", "KR", "서울"));
        assertThat(korail.educationRequirements()).isEqualTo("학력무관");
        assertThat(korail.qualifications()).isEqualTo("학력·연령 제한 없음. 채용예정일부터 근무 가능한 자\n우대: 정보처리기사 자격증 소지자");
        assertThat(korail.url()).isEqualTo("https://info.korail.com/recruit/303642");
        assertThat(korail.language()).isEqualTo("ko");
    }

    @Test
    void youthInternshipsOfEitherKindAreInternshipsAndSeveralRegionsStayText() {
        Posting intern = byId(Feeds.fixture(reader, "alio", "alio/recruitment-list.json"), "alio:303701");

        assertThat(intern.employmentType()).containsExactly("INTERN");
        assertThat(intern.location()).isEqualTo(new Posting.Location(null, null, "KR", "대전,세종"));
        assertThat(intern.qualifications()).isEqualTo("공고일 기준 만 34세 이하 미취업 청년");
        assertThat(intern.educationRequirements()).isEqualTo("대졸(2~3년),대졸(4년)");
    }

    @Test
    void badRowsNameTheirIndexAndTheApisFieldAndTheOthersAreKept() {
        FeedResult r = Feeds.fixture(reader, "alio", "alio/recruitment-list.json");

        assertThat(r.errors()).extracting(RowError::where, RowError::field).containsExactly(
                tuple("index 1", "recrutPbancTtl"),
                tuple("index 2", "pbancEndYmd"),
                tuple("index 3", "pbancEndYmd"));
        assertThat(r.errors().get(0).reason()).isEqualTo("missing");
        assertThat(r.errors().get(1).reason()).contains("'2026-13-45'");
        assertThat(r.errors().get(2).reason()).isEqualTo("closes (2026-08-20) before it was posted (2026-09-01)");
    }

    @Test
    void aBareArrayOfItemsIsAcceptedToo() {
        FeedResult r = Feeds.text(reader, "alio", """
                [{"recrutPblntSn": 1, "recrutPbancTtl": "사무행정 기간제 채용", "instNm": "한국사회보장정보원",
                  "hireTypeNmLst": "비정규직", "pbancBgngYmd": "20260301", "pbancEndYmd": "20260315"}]""");

        assertThat(r.errors()).isEmpty();
        assertThat(r.postings()).singleElement().satisfies(p -> {
            assertThat(p.id()).isEqualTo("alio:1");
            assertThat(p.employmentType()).containsExactly("TEMPORARY");
        });
    }

    @Test
    void anApiFailureReportedInTheBodyIsADocumentError() {
        FeedResult r = Feeds.text(reader, "alio", "{\"resultCode\": 3, \"resultMsg\": \"NODATA_ERROR\"}");

        assertThat(r.postings()).isEmpty();
        assertThat(r.errors()).extracting(RowError::where, RowError::reason)
                .containsExactly(tuple("document", "API answered resultCode 3: NODATA_ERROR"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "<OpenAPI_ServiceResponse><cmmMsgHeader>SERVICE ERROR</cmmMsgHeader></OpenAPI_ServiceResponse>",
            "{\"resultCode\": 200, \"result\": [", "{\"items\": []}"})
    void anUnreadableDocumentGivesOneDocumentError(String text) {
        FeedResult r = Feeds.text(reader, "alio", text);

        assertThat(r.postings()).isEmpty();
        assertThat(r.errors()).extracting(RowError::where).containsExactly("document");
    }
}

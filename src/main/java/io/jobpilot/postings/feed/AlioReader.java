package io.jobpilot.postings.feed;

import com.fasterxml.jackson.databind.JsonNode;
import io.jobpilot.postings.FeedResult;
import io.jobpilot.postings.Posting;
import io.jobpilot.postings.PostingBuilder;

import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.util.Map;

/**
 * ALIO, the Korean public-institution recruitment API (공공데이터포털 "공공기관 채용정보",
 * apis.data.go.kr/1051000/recruitment/list). It answers {@code {"resultCode":200,"resultMsg":..,"totalCount":..,
 * "result":[..]}}; a bare array of the same items is accepted too. The list has no description text, so requirements
 * come from the qualification fields.
 */
final class AlioReader implements FeedReader {
    /** build() problems renamed to the API's field names. */
    private static final Map<String, String> FEED_NAMES = Map.of("identifier", "recrutPblntSn",
            "title", "recrutPbancTtl", "validThrough", "pbancEndYmd");

    @Override
    public String format() {
        return "alio";
    }

    @Override
    public FeedResult read(String source, InputStream in, Instant fetchedAt) throws IOException {
        Json.Document read = Json.Document.read(in);
        if (read.problem() != null) {
            return Rows.unreadable(source, read.problem());
        }
        JsonNode doc = read.node();
        JsonNode items = doc.isArray() ? doc : doc.path("result");
        if (!items.isArray()) {
            // the API reports failures in the body with HTTP 200, e.g. resultCode 3 (NODATA_ERROR)
            return Rows.unreadable(source, doc.has("resultCode")
                    ? "API answered resultCode " + Json.text(doc, "resultCode") + ": " + Json.text(doc, "resultMsg")
                    : "expected {\"result\": [...]} or an array of postings");
        }
        Rows rows = new Rows(source, FEED_NAMES);
        for (int i = 0; i < items.size(); i++) {
            JsonNode item = items.get(i);
            rows.read("index " + i, () -> toPosting(source, item, fetchedAt));
        }
        return rows.result();
    }

    private static Posting toPosting(String source, JsonNode j, Instant fetchedAt) {
        PostingBuilder b = new PostingBuilder(source, Json.text(j, "recrutPblntSn"))
                .title(Json.text(j, "recrutPbancTtl"))
                .hiringOrganization(Json.text(j, "instNm"))
                .datePosted("pbancBgngYmd", Json.text(j, "pbancBgngYmd"))
                .validThrough("pbancEndYmd", Json.text(j, "pbancEndYmd"))
                .experienceRequirements(Json.text(j, "recrutSeNm"))
                .occupationalCategory(Json.text(j, "ncsCdNmLst"))
                .location(location(Json.text(j, "workRgnNmLst")))
                .educationRequirements(Json.text(j, "acbgCondNmLst"))
                .qualifications(qualifications(Json.text(j, "aplyQlfcCn"), Json.text(j, "prefCn")))
                .url(Json.text(j, "srcUrl"))
                .language("ko");
        for (String type : Values.split(Json.text(j, "hireTypeNmLst"), ",")) {
            // "청년인턴(체험형)" and "청년인턴(채용형)" are both internships; the bracket only says whether hiring follows
            b.employmentType("hireTypeNmLst", type.replaceAll("\\(.*\\)", "").strip());
        }
        return b.build(fetchedAt);
    }

    /** One region ("서울") is the region; several ("대전,세종") stay as text. */
    private static Posting.Location location(String regions) {
        if (regions == null || regions.isBlank()) {
            return Posting.Location.UNKNOWN;
        }
        boolean one = Values.split(regions, ",").size() == 1;
        String country = regions.contains("해외") ? null : "KR";
        return Values.location(null, one ? regions.strip() : null, country, regions.strip());
    }

    private static String qualifications(String required, String preferred) {
        boolean hasPreferred = preferred != null && !preferred.isBlank();
        if (!hasPreferred) {
            return required;
        }
        String pref = "우대: " + preferred.strip();
        return required == null || required.isBlank() ? pref : required.strip() + "\n" + pref;
    }
}

package io.jobpilot.postings.feed;

import com.fasterxml.jackson.databind.JsonNode;
import io.jobpilot.postings.Posting;
import io.jobpilot.postings.PostingBuilder;

import java.time.Instant;
import java.util.Arrays;
import java.util.Map;

/** One NYC Jobs posting in either spelling: SODA API names first, the shipped extract's shorter names second. */
final class NycRow {
    static final Map<String, String> SODA_NAMES = Map.of("identifier", "job_id", "title", "business_title",
            "validThrough", "post_until", "baseSalary", "salary_range_from");
    private static final Map<String, String> EXTRACT_NAMES = Map.of("identifier", "job_id", "title", "business_title",
            "validThrough", "post_until", "baseSalary", "salary_from");
    /** Preferred skills split into pieces shorter than this are kept as skills; longer ones are sentences, not skills. */
    private static final int SHORT_SKILL = 60;

    private final JsonNode row;

    NycRow(JsonNode row) {
        this.row = row;
    }

    Map<String, String> feedNames() {
        return row.has("salary_from") || row.has("full_time_part_time") ? EXTRACT_NAMES : SODA_NAMES;
    }

    Posting toPosting(String source, Instant fetchedAt) {
        PostingBuilder b = new PostingBuilder(source, Json.text(row, "job_id"))
                .title(Json.text(row, "business_title"))
                .hiringOrganization(Json.text(row, "agency"))
                .description(Html.toText(Json.text(row, "job_description")))
                .occupationalCategory(Json.text(row, "job_category"))
                .experienceRequirements(Json.text(row, "career_level"))
                .qualifications(qualifications())
                .location(Values.location("New York", "NY", "US", Json.text(row, "work_location")))
                .language("en");
        String type = name("full_time_part_time_indicator", "full_time_part_time");
        b.employmentType(type, Json.text(row, type));
        String from = name("salary_range_from", "salary_from");
        String to = name("salary_range_to", "salary_to");
        b.salary(PostingBuilder.number(from, Json.text(row, from)), PostingBuilder.number(to, Json.text(row, to)), "USD",
                SalaryUnits.of("salary_frequency", Json.text(row, "salary_frequency")));
        b.datePosted("posting_date", Json.text(row, "posting_date"));
        b.validThrough("post_until", Json.text(row, "post_until"));
        String preferred = Json.text(row, "preferred_skills");
        if (preferred != null) {
            // bullets ("•") and sentence ends separate the items; only short items read as skill names
            Arrays.stream(preferred.split("[•;\\n]|(?<=[.!?])\\s+"))
                    .map(s -> s.strip().replaceAll("[.\\s]+$", ""))
                    .filter(s -> !s.isEmpty() && s.length() < SHORT_SKILL)
                    .forEach(b::skill);
        }
        return b.build(fetchedAt);
    }

    private String qualifications() {
        String minimum = Json.text(row, "minimum_qual_requirements");
        String preferred = Json.text(row, "preferred_skills");
        if (preferred == null || preferred.isBlank()) {
            return minimum;
        }
        String pref = "Preferred: " + preferred.strip();
        return minimum == null || minimum.isBlank() ? pref : minimum.strip() + "\n" + pref;
    }

    /** The SODA name when the row has it, else the extract's name. */
    private String name(String soda, String extract) {
        return row.has(soda) ? soda : extract;
    }
}

package io.jobpilot.postings.feed;

import com.fasterxml.jackson.databind.JsonNode;
import io.jobpilot.postings.Posting;
import io.jobpilot.postings.PostingBuilder;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/** One USAJOBS MatchedObjectDescriptor as a Posting. */
final class UsajobsPosting {
    private UsajobsPosting() {
    }

    /**
     * @param controlNumber MatchedObjectId, the USAJOBS control number that also ends PositionURI; PositionID (the
     *                      agency's announcement number) is only the fallback because agencies reuse it across postings
     */
    static Posting from(String source, String controlNumber, JsonNode d, Instant fetchedAt) {
        JsonNode details = d.path("UserArea").path("Details");
        PostingBuilder b = new PostingBuilder(source, Values.firstNonBlank(controlNumber, Json.text(d, "PositionID")))
                .title(Json.text(d, "PositionTitle"))
                .hiringOrganization(Values.firstNonBlank(Json.text(d, "OrganizationName"), Json.text(d, "DepartmentName")))
                .description(Html.toText(Json.text(details, "JobSummary")))
                .responsibilities(Html.toText(Json.joinedNames(details.get("MajorDuties"), "\n")))
                .educationRequirements(Html.toText(Json.text(details, "Education")))
                .qualifications(qualifications(Json.text(d, "QualificationSummary"), Json.text(details, "Requirements")))
                .occupationalCategory(Json.joinedField(d.get("JobCategory"), "Name", "; "))
                .location(location(d))
                .remote(details.path("RemoteIndicator").asBoolean(false))
                .url(Json.text(d, "PositionURI"))
                .language("en")
                .datePosted("PublicationStartDate", Json.text(d, "PublicationStartDate"))
                .validThrough("ApplicationCloseDate", Json.text(d, "ApplicationCloseDate"));
        for (JsonNode schedule : Json.many(d.get("PositionSchedule"))) {
            b.employmentType("PositionSchedule", schedule(schedule.isObject() ? Json.text(schedule, "Name") : Json.scalar(schedule)));
        }
        salary(b, Json.many(d.get("PositionRemuneration")));
        return b.build(fetchedAt);
    }

    /** Full-time and part-time map directly; shift work, intermittent, job sharing have no schema.org value. */
    private static String schedule(String name) {
        if (name == null) {
            return null;
        }
        String n = name.toLowerCase(Locale.ROOT).replaceAll("[^a-z]", "");
        return n.equals("fulltime") ? "FULL_TIME" : n.equals("parttime") ? "PART_TIME" : "OTHER";
    }

    private static void salary(PostingBuilder b, List<JsonNode> pay) {
        if (pay.isEmpty()) {
            return;
        }
        JsonNode p = pay.get(0);
        Double min = PostingBuilder.number("PositionRemuneration", Json.text(p, "MinimumRange"));
        Double max = PostingBuilder.number("PositionRemuneration", Json.text(p, "MaximumRange"));
        String code = Values.firstNonBlank(Json.text(p, "RateIntervalCode"), Json.text(p, "Description"));
        String c = code == null ? "" : code.strip().toUpperCase(Locale.ROOT);
        switch (c) {
            case "PA", "PER YEAR" -> b.salary(min, max, "USD", "YEAR");
            case "PM", "PER MONTH" -> b.salary(min, max, "USD", "MONTH");
            case "PD", "PER DAY" -> b.salary(min, max, "USD", "DAY");
            case "PH", "PER HOUR" -> b.salary(min, max, "USD", "HOUR");
            // 26 federal pay periods a year; schema.org has no bi-weekly unit
            case "BW", "BI-WEEKLY" -> b.salary(times(min, 26), times(max, 26), "USD", "YEAR");
            // WC is without compensation; PW and others are not comparable amounts: the pay stays unknown
            default -> { }
        }
    }

    private static Double times(Double v, int factor) {
        return v == null ? null : v * factor;
    }

    private static Posting.Location location(JsonNode d) {
        List<JsonNode> places = Json.many(d.get("PositionLocation"));
        String display = Json.text(d, "PositionLocationDisplay");
        if (places.isEmpty()) {
            return display == null ? Posting.Location.UNKNOWN : Values.location(null, null, null, display);
        }
        JsonNode first = places.get(0);
        String text = display != null ? display
                : places.stream().map(p -> Json.text(p, "LocationName")).filter(s -> s != null && !s.isBlank())
                .collect(Collectors.joining("; "));
        return Values.location(Json.text(first, "CityName"), Json.text(first, "CountrySubDivisionCode"),
                Json.text(first, "CountryCode"), text.isEmpty() ? null : text);
    }

    private static String qualifications(String summary, String requirements) {
        if (requirements == null || requirements.isBlank()) {
            return Html.toText(summary);
        }
        String req = "Requirements: " + Html.toText(requirements);
        return summary == null || summary.isBlank() ? req : Html.toText(summary) + "\n" + req;
    }
}

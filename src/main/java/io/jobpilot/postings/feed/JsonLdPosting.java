package io.jobpilot.postings.feed;

import com.fasterxml.jackson.databind.JsonNode;
import io.jobpilot.postings.Posting;
import io.jobpilot.postings.PostingBuilder;
import io.jobpilot.postings.RowProblem;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** One schema.org JobPosting object as a Posting. Errors name schema.org's own properties. */
final class JsonLdPosting {
    private JsonLdPosting() {
    }

    static Posting from(String source, JsonNode item, Instant fetchedAt) {
        PostingBuilder b = new PostingBuilder(source, identifier(item));
        String title = Json.text(item, "title");
        b.title(Html.toText(title != null ? title : Json.text(item, "name")));
        b.description(Html.toText(Json.text(item, "description")));
        b.hiringOrganization(Json.name(item.get("hiringOrganization")));
        b.location(location(Json.many(item.get("jobLocation"))));
        b.remote(Json.many(item.get("jobLocationType")).stream().map(Json::scalar)
                .anyMatch(t -> t != null && t.strip().equalsIgnoreCase("TELECOMMUTE")));
        Json.many(item.get("applicantLocationRequirements")).forEach(n -> b.applicantLocation(Json.name(n)));
        for (JsonNode n : Json.many(item.get("employmentType"))) {
            Values.split(Json.scalar(n), ",").forEach(t -> b.employmentType("employmentType", t));
        }
        salary(b, item.get("baseSalary"));
        b.datePosted("datePosted", Json.text(item, "datePosted"));
        b.validThrough("validThrough", Json.text(item, "validThrough"));
        JsonLdRequirements.apply(b, item);
        b.occupationalCategory(Json.joinedNames(item.get("occupationalCategory"), "; "));
        b.industry(Json.joinedNames(item.get("industry"), "; "));
        b.url(Json.text(item, "url"));
        b.language(Values.language(Json.name(item.get("inLanguage"))));
        return b.build(fetchedAt);
    }

    /** identifier as text or a PropertyValue's value; else the url, which is unique per posting on a career site. */
    private static String identifier(JsonNode item) {
        for (JsonNode id : Json.many(item.get("identifier"))) {
            String v = id.isObject() ? Values.firstNonBlank(Json.text(id, "value"), Json.text(id, "@value")) : Json.scalar(id);
            if (v != null && !v.isBlank()) {
                return v;
            }
        }
        String url = Json.text(item, "url");
        if (url == null || url.isBlank()) {
            throw new RowProblem("identifier", "missing (no identifier and no url)");
        }
        return url;
    }

    /** The first place's address parts; with several places the text lists them all. */
    private static Posting.Location location(List<JsonNode> places) {
        List<Posting.Location> found = new ArrayList<>();
        for (JsonNode place : places) {
            JsonNode address = place.isObject() && place.has("address") ? place.get("address") : place;
            if (address.isObject()) {
                found.add(Values.location(Json.text(address, "addressLocality"), Json.text(address, "addressRegion"),
                        Json.name(address.get("addressCountry")), null));
            } else if (Json.scalar(address) != null) {
                found.add(Values.location(null, null, null, Json.scalar(address)));
            }
        }
        if (found.isEmpty()) {
            return Posting.Location.UNKNOWN;
        }
        Posting.Location first = found.get(0);
        if (found.size() == 1) {
            return first;
        }
        String all = String.join("; ", found.stream().map(Posting.Location::display).filter(s -> !s.isBlank()).toList());
        return Values.location(first.locality(), first.region(), first.country(), all);
    }

    /** MonetaryAmount with a QuantitativeValue (minValue/maxValue or a single value) or a bare number. */
    private static void salary(PostingBuilder b, JsonNode amount) {
        List<JsonNode> all = Json.many(amount);
        if (all.isEmpty()) {
            return;
        }
        JsonNode a = all.get(0);
        JsonNode value = a.isObject() ? a.get("value") : a;
        String currency = a.isObject() ? Json.text(a, "currency") : null;
        if (value != null && value.isObject()) {
            Double single = PostingBuilder.number("baseSalary", Json.text(value, "value"));
            Double min = PostingBuilder.number("baseSalary", Json.text(value, "minValue"));
            Double max = PostingBuilder.number("baseSalary", Json.text(value, "maxValue"));
            String unit = SalaryUnits.of("baseSalary", Values.firstNonBlank(Json.text(value, "unitText"), Json.text(a, "unitText")));
            b.salary(min != null ? min : single, max != null ? max : single, currency, unit);
        } else {
            Double v = PostingBuilder.number("baseSalary", Json.scalar(value));
            b.salary(v, v, currency, a.isObject() ? SalaryUnits.of("baseSalary", Json.text(a, "unitText")) : null);
        }
    }
}

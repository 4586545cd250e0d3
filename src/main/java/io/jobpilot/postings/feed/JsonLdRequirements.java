package io.jobpilot.postings.feed;

import com.fasterxml.jackson.databind.JsonNode;
import io.jobpilot.postings.PostingBuilder;
import io.jobpilot.postings.RowProblem;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The requirement properties of a JobPosting, which come as text or as typed objects: skills (text or DefinedTerm),
 * educationRequirements (text or EducationalOccupationalCredential, where certificates and licences are kept apart
 * because the certification planner counts them) and experienceRequirements (text or months of experience).
 */
final class JsonLdRequirements {
    private JsonLdRequirements() {
    }

    static void apply(PostingBuilder b, JsonNode item) {
        for (JsonNode skill : Json.many(item.get("skills"))) {
            if (skill.isObject()) {
                b.skill(Json.name(skill));
            } else {
                Values.split(Json.scalar(skill), "[,;]").forEach(b::skill);
            }
        }
        b.qualifications(Html.toText(Json.joinedNames(item.get("qualifications"), "\n")));
        b.responsibilities(Html.toText(Json.joinedNames(item.get("responsibilities"), "\n")));
        education(b, Json.many(item.get("educationRequirements")));
        experience(b, Json.many(item.get("experienceRequirements")));
    }

    private static void education(PostingBuilder b, List<JsonNode> credentials) {
        List<String> text = new ArrayList<>();
        for (JsonNode c : credentials) {
            if (!c.isObject()) {
                add(text, Html.toText(Json.scalar(c)));
                continue;
            }
            String category = Json.name(c.get("credentialCategory"));
            String name = Json.text(c, "name");
            if (isOneOf(category, "certificate", "license", "licence", "professional certificate")) {
                b.requiredCertificate(name);
            } else {
                add(text, Values.firstNonBlank(name, category));
            }
        }
        b.educationRequirements(text.isEmpty() ? null : String.join("; ", text));
    }

    private static void experience(PostingBuilder b, List<JsonNode> requirements) {
        List<String> text = new ArrayList<>();
        for (JsonNode r : requirements) {
            if (!r.isObject()) {
                add(text, Html.toText(Json.scalar(r)));
                continue;
            }
            Double months = PostingBuilder.number("experienceRequirements", Json.text(r, "monthsOfExperience"));
            if (months != null && months < 0) {
                throw new RowProblem("experienceRequirements", "negative monthsOfExperience " + months);
            }
            if (months != null) {
                b.experienceMonths((int) Math.round(months));
            }
            add(text, Html.toText(Json.text(r, "description")));
        }
        b.experienceRequirements(text.isEmpty() ? null : String.join("; ", text));
    }

    private static boolean isOneOf(String value, String... options) {
        return value != null && List.of(options).contains(value.strip().toLowerCase(Locale.ROOT));
    }

    private static void add(List<String> list, String v) {
        if (v != null && !v.isBlank()) {
            list.add(v.strip());
        }
    }
}

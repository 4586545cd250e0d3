package io.jobpilot.certification;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.core.JsonProcessingException;
import io.jobpilot.profile.AiLevel;
import io.jobpilot.profile.SeekerProfile;
import io.jobpilot.taxonomy.Taxonomy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A seeker profile from a small JSON file, for {@code jobpilot path --profile FILE}:
 * <pre>{"lang": "en", "targets": ["data analyst" or "esco:2511.3"], "skills": ["Python" or "tech:python"],
 *  "years": 5, "aiLevel": "L2", "location": "Seoul", "remote": true, "languages": ["en"],
 *  "certificates": ["SQLD"], "postingId": "optional: plan for this posting"}</pre>
 * Targets are occupation ids or job titles (normalised with the taxonomy); skills are skill ids or words.
 * A bad file fails naming the file and what is wrong.
 */
public final class ProfileFile {
    private static final ObjectMapper JSON = new ObjectMapper().enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    /** The file's fields; null is unknown. */
    record Fields(String lang, List<String> targets, List<String> skills, Integer years, String aiLevel, String location,
                  Boolean remote, List<String> languages, List<String> certificates, String postingId) {
    }

    /** The profile, and the posting to plan for (or null). */
    public record Read(SeekerProfile profile, String postingId) {
    }

    private ProfileFile() {
    }

    public static Read read(Path file, Taxonomy taxonomy) {
        if (!Files.isRegularFile(file)) {
            throw new IllegalArgumentException("profile file " + file + " does not exist");
        }
        Fields f;
        try {
            f = JSON.readValue(Files.readString(file), Fields.class);
        } catch (com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException e) {
            throw new IllegalArgumentException("profile file " + file + ": unknown field '" + e.getPropertyName()
                    + "' (fields: lang, targets, skills, years, aiLevel, location, remote, languages, certificates, postingId)");
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("profile file " + file + " is not valid: " + e.getOriginalMessage());
        } catch (IOException e) {
            throw new IllegalArgumentException("profile file " + file + " cannot be read: " + e.getMessage());
        }
        if (f == null) {
            throw new IllegalArgumentException("profile file " + file + " is empty");
        }
        String lang = f.lang() == null ? "en" : f.lang();
        if (!lang.equals("en") && !lang.equals("ko")) {
            throw new IllegalArgumentException("profile file " + file + ": lang must be en or ko, not '" + lang + "'");
        }
        List<SeekerProfile.TargetRole> targets = new ArrayList<>();
        for (String t : list(f.targets())) {
            if (taxonomy.occupation(t).isPresent()) {
                targets.add(new SeekerProfile.TargetRole(t, taxonomy.label(t, lang), t));
                continue;
            }
            var best = taxonomy.normaliseTitle(t).matches().stream().findFirst().orElseThrow(() ->
                    new IllegalArgumentException("profile file " + file + ": target '" + t + "' matches no occupation"));
            targets.add(new SeekerProfile.TargetRole(best.occupation().id(), best.occupation().label(lang), t));
        }
        List<SeekerProfile.SkillEvidence> skills = new ArrayList<>();
        for (String s : list(f.skills())) {
            if (taxonomy.skill(s).isPresent()) {
                skills.add(new SeekerProfile.SkillEvidence(s, taxonomy.skill(s).get().label(lang), s, "file"));
                continue;
            }
            var found = taxonomy.extractSkills(s);
            if (found.isEmpty()) {
                throw new IllegalArgumentException("profile file " + file + ": skill '" + s + "' is not a known skill");
            }
            found.forEach(m -> skills.add(new SeekerProfile.SkillEvidence(m.skill().id(), m.skill().label(lang), m.evidence(), "file")));
        }
        AiLevel ai;
        try {
            ai = f.aiLevel() == null ? null : AiLevel.valueOf(f.aiLevel().strip().toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("profile file " + file + ": aiLevel '" + f.aiLevel() + "' is not L0 to L4");
        }
        if (f.years() != null && (f.years() < 0 || f.years() > 70)) {
            throw new IllegalArgumentException("profile file " + file + ": years " + f.years() + " is not 0 to 70");
        }
        SeekerProfile p = new SeekerProfile("file", 1, lang, targets, skills, f.years(), List.of(), ai, f.location(),
                f.remote() == null || f.remote(), false, null, List.of(), list(f.languages()), list(f.certificates()),
                SeekerProfile.Consent.NONE);
        return new Read(p, f.postingId());
    }

    private static List<String> list(List<String> l) {
        return l == null ? List.of() : l.stream().filter(x -> x != null && !x.isBlank()).map(String::strip).toList();
    }
}

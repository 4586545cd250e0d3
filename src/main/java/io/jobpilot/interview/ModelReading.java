package io.jobpilot.interview;

import io.jobpilot.profile.SeekerProfile;
import io.jobpilot.profile.SeekerProfile.SkillEvidence;
import io.jobpilot.profile.SeekerProfile.TargetRole;
import io.jobpilot.taxonomy.Taxonomy;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Merges what a language model read with the offline reading of the same answer. The model only proposes: a value is
 * kept when its quote occurs in the seeker's text ({@link Evidence}) and it lands on the taxonomy; skills and roles are
 * added to what the offline reading found, and slots of other steps (a pasted résumé) are filled only while empty, so
 * nothing the seeker already said is overridden.
 */
final class ModelReading {
    private final Understanding understanding;
    private final Proposals proposals;

    ModelReading(Taxonomy taxonomy, Understanding understanding) {
        this.understanding = understanding;
        this.proposals = new Proposals(taxonomy);
    }

    Optional<StepReader.Read> merge(Step step, String text, SeekerProfile p, Optional<StepReader.Read> offline) {
        if (!consulted(step, text)) {
            return offline;
        }
        Understood u = understanding.understand(step, text, p.lang());
        if (u == null || u.equals(Understood.NOTHING)) {
            return offline;
        }
        SeekerProfile base = offline.map(StepReader.Read::profile).orElse(p);
        Map<String, Object> confirm = new LinkedHashMap<>(offline.map(StepReader.Read::confirm).orElse(Map.of()));
        String source = text.length() > 300 ? "resume" : "interview";
        List<TargetRole> roles = proposals.roles(u, text, base.lang());
        List<SkillEvidence> skills = proposals.skills(u, text, base.lang(), source);
        Integer years = proposals.years(u, text);
        boolean read = offline.isPresent();
        switch (step) {
            case TARGET -> {
                List<TargetRole> all = new ArrayList<>(offline.isPresent() ? base.targets() : List.of());
                roles.stream().filter(r -> all.stream().noneMatch(x -> x.occupationId().equals(r.occupationId()))).forEach(all::add);
                if (!all.isEmpty()) {
                    base = Profiles.withTargets(base, all);
                    confirm.put("roles", String.join(", ", all.stream().map(TargetRole::label).toList()));
                    read = true;
                }
            }
            case EXPERIENCE -> {
                if (offline.isEmpty() && years != null) {
                    base = Profiles.withExperience(base, years, List.of());
                    confirm.put("years", years);
                    read = true;
                }
            }
            case SKILLS -> {
                List<String> added = new ArrayList<>();
                base = addSkills(base, skills, added);
                if (!added.isEmpty()) {
                    String before = (String) confirm.get("skills");
                    confirm.put("skills", (before == null ? "" : before + ", ") + String.join(", ", added));
                    read = true;
                }
            }
            case LOCATION -> {
                Optional<Proposals.Place> place = proposals.place(u, text);
                if (place.isPresent()) {
                    Proposals.Place m = place.get();
                    String where = m.place() != null ? m.place() : offline.isPresent() ? base.location() : null;
                    boolean remote = m.remote() || offline.isPresent() && base.acceptsRemote() && Answers.mentionsRemote(text);
                    boolean only = m.only() || offline.isPresent() && base.remoteOnly();
                    base = Profiles.withLocation(base, where, remote, only);
                    confirm.put("place", shown(where, remote, base.lang()));
                    read = true;
                }
            }
            default -> {
            }
        }
        if (!read) {
            return Optional.empty();
        }
        // a résumé or a rich answer may say more than the question asked: fill what is still unknown, override nothing
        if (step != Step.TARGET && base.targets().isEmpty() && !roles.isEmpty()) {
            base = Profiles.withTargets(base, roles);
        }
        if (step != Step.EXPERIENCE && base.yearsExperience() == null && years != null) {
            base = Profiles.withExperience(base, years, base.recentRoles());
        }
        if (step != Step.SKILLS) {
            base = addSkills(base, skills, new ArrayList<>());
        }
        return Optional.of(new StepReader.Read(base, confirm));
    }

    /** The steps whose answers are free text worth a model's reading; any long answer (a pasted résumé) is too. */
    private static boolean consulted(Step step, String text) {
        return switch (step) {
            case TARGET, EXPERIENCE, SKILLS, LOCATION -> true;
            default -> text.length() > 300;
        };
    }

    private static SeekerProfile addSkills(SeekerProfile p, List<SkillEvidence> proposed, List<String> added) {
        Map<String, SkillEvidence> all = new LinkedHashMap<>();
        p.skills().forEach(s -> all.put(s.skillId(), s));
        for (SkillEvidence s : proposed) {
            if (all.putIfAbsent(s.skillId(), s) == null) {
                added.add(s.label() + " (\"" + s.evidence() + "\")");
            }
        }
        return added.isEmpty() ? p : Profiles.withSkills(p, List.copyOf(all.values()));
    }

    private static String shown(String place, boolean remote, String lang) {
        String p = place == null ? "" : place;
        return p + (remote ? (p.isEmpty() ? "" : " + ") + ("ko".equals(lang) ? "재택" : "remote") : "");
    }
}

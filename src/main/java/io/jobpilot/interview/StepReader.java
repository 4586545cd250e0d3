package io.jobpilot.interview;

import io.jobpilot.profile.AiLevel;
import io.jobpilot.profile.SeekerProfile;
import io.jobpilot.taxonomy.SkillMention;
import io.jobpilot.taxonomy.Taxonomy;
import io.jobpilot.taxonomy.TitleMatch;
import io.jobpilot.taxonomy.TitleResult;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads one answer for one step into the profile, without a language model: the taxonomy for roles and skills (each
 * skill kept with the seeker's words), {@link Answers} for numbers, money, places and lists. Nothing is added that the
 * seeker did not say; an answer that cannot be read returns empty, and the step is asked again. With a language
 * model configured, its checked proposals are merged in ({@link ModelReading}).
 */
final class StepReader {
    private static final double ROLE_SCORE = 0.5;
    private final Taxonomy taxonomy;
    private final ModelReading model;

    StepReader(Taxonomy taxonomy, Understanding understanding) {
        this.taxonomy = taxonomy;
        this.model = new ModelReading(taxonomy, understanding);
    }

    /** The reading: the changed profile and the values to confirm in the reply ("got.<step>" template slots). */
    record Read(SeekerProfile profile, Map<String, Object> confirm) {
    }

    Optional<Read> read(Step step, String text, SeekerProfile p) {
        return model.merge(step, text, p, offline(step, text, p));
    }

    private Optional<Read> offline(Step step, String text, SeekerProfile p) {
        return switch (step) {
            case TARGET -> targets(text, p);
            case EXPERIENCE -> experience(text, p);
            case SKILLS -> skills(text, p, "interview");
            case AI_USE -> aiUse(text, p);
            case LOCATION -> location(text, p);
            case SALARY -> Answers.money(text).map(m -> new Read(Profiles.withSalary(p, m),
                    Map.of("amount", Profiles.money(m, p.lang()))));
            case EMPLOYMENT -> nonEmpty(Answers.employmentTypes(text)).map(t -> new Read(Profiles.withEmployment(p, t),
                    Map.of("types", Profiles.employment(t, p.lang()))));
            case LANGUAGES -> nonEmpty(Answers.languages(text)).map(l -> new Read(Profiles.withLanguages(p, l),
                    Map.of("languages", Profiles.languages(l, p.lang()))));
            case CERTIFICATES -> certificates(text, p);
            default -> Optional.empty();
        };
    }

    private Optional<Read> targets(String text, SeekerProfile p) {
        List<SeekerProfile.TargetRole> roles = new ArrayList<>();
        for (String part : text.split("\\s*(?:,|/|;|\\bor\\b|\\band\\b|또는|이나|및|랑)\\s*")) {
            if (part.isBlank()) {
                continue;
            }
            TitleResult r = taxonomy.normaliseTitle(part);
            if (!r.unknown() && r.best().score() >= ROLE_SCORE) {
                TitleMatch best = r.best();
                if (roles.stream().noneMatch(x -> x.occupationId().equals(best.occupation().id()))) {
                    roles.add(new SeekerProfile.TargetRole(best.occupation().id(), taxonomy.label(best.occupation().id(), p.lang()), part.strip()));
                }
            }
        }
        if (roles.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Read(Profiles.withTargets(p, roles),
                Map.of("roles", String.join(", ", roles.stream().map(SeekerProfile.TargetRole::label).toList()))));
    }

    private Optional<Read> experience(String text, SeekerProfile p) {
        Optional<Integer> years = Answers.years(text);
        if (years.isEmpty()) {
            return Optional.empty();
        }
        List<String> recent = new ArrayList<>();
        String rest = text.replaceAll("\\d+(\\.\\d)?\\s*(년\\s*차|년|years?|yrs?)", " ").replaceAll("[,.]", " ").strip();
        if (rest.length() >= 2 && !taxonomy.normaliseTitle(rest).unknown()) {
            recent.add(rest);
        }
        return Optional.of(new Read(Profiles.withExperience(p, years.get(), recent), Map.of("years", years.get())));
    }

    Optional<Read> skills(String text, SeekerProfile p, String source) {
        Map<String, SeekerProfile.SkillEvidence> skills = new LinkedHashMap<>();
        p.skills().forEach(s -> skills.put(s.skillId(), s));
        List<String> added = new ArrayList<>();
        String from = text.length() > 300 ? "resume" : source;
        for (SkillMention m : taxonomy.extractSkills(text)) {
            if (!skills.containsKey(m.skill().id())) {
                skills.put(m.skill().id(), new SeekerProfile.SkillEvidence(m.skill().id(), m.skill().label(p.lang()),
                        m.evidence(), from));
                added.add(m.skill().label(p.lang()) + " (\"" + m.evidence() + "\")");
            }
        }
        if (added.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Read(Profiles.withSkills(p, List.copyOf(skills.values())), Map.of("skills", String.join(", ", added))));
    }

    private Optional<Read> aiUse(String text, SeekerProfile p) {
        String t = Answers.norm(text);
        AiLevel level = null;
        if (t.matches("^[1-5]\\b.*")) {
            level = AiLevel.values()[t.charAt(0) - '1'];
        } else if (t.matches(".*(fine[- ]?tun|파인튜닝|api|개발|build ai|llm 앱).*")) {
            level = AiLevel.L4;
        } else if (t.matches(".*(gpts|자동화|automation|no[- ]?code|노코드|챗봇을 만들|custom assistant).*")) {
            level = AiLevel.L3;
        } else if (t.matches(".*(prompt|프롬프트).*")) {
            level = AiLevel.L2;
        } else if (t.matches(".*(chatgpt|챗gpt|챗지피티|copilot|gemini|claude|ai 도구|chat assistant).*")) {
            level = AiLevel.L1;
        } else if (t.matches(".*(안 ?써|않|don't|do not|never|안 해|없어요).*")) {
            level = AiLevel.L0;
        }
        if (level == null) {
            return Optional.empty();
        }
        return Optional.of(new Read(Profiles.withAiLevel(p, level), Map.of("level", level.name())));
    }

    private Optional<Read> location(String text, SeekerProfile p) {
        boolean remote = Answers.mentionsRemote(text);
        boolean only = Answers.remoteOnly(text);
        String place = text.replaceAll("(?i)\\b(remote only|fully remote|remote|wfh|work from home|or|and)\\b", " ")
                .replaceAll("(재택만|풀재택|재택 가능|재택근무|재택|원격 가능|원격|또는|,)", " ")
                .replaceAll("\\s+", " ").strip();
        if (place.length() < 2 && !remote) {
            return Optional.empty();
        }
        String shown = (place.length() >= 2 ? place : "") + (remote ? (place.length() >= 2 ? " + " : "") + ("ko".equals(p.lang()) ? "재택" : "remote") : "");
        return Optional.of(new Read(Profiles.withLocation(p, place.length() >= 2 ? place : null, remote, only),
                Map.of("place", shown)));
    }

    private Optional<Read> certificates(String text, SeekerProfile p) {
        if (Answers.none(text)) {
            return Optional.of(new Read(Profiles.withCertificates(p, List.of()), Map.of("certificates", "-")));
        }
        List<String> certs = new ArrayList<>();
        for (String c : text.split("\\s*(?:,|/|;|\\band\\b|및|그리고)\\s*")) {
            if (c.strip().length() >= 2) {
                certs.add(c.strip());
            }
        }
        if (certs.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Read(Profiles.withCertificates(p, certs), Map.of("certificates", String.join(", ", certs))));
    }

    private static <T> Optional<List<T>> nonEmpty(List<T> list) {
        return list.isEmpty() ? Optional.empty() : Optional.of(list);
    }
}

package io.jobpilot.interview;

import io.jobpilot.profile.AiLevel;
import io.jobpilot.profile.SeekerProfile;
import io.jobpilot.profile.SeekerProfile.Money;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Copies of a profile with one slot changed, and the profile as text for summaries. */
public final class Profiles {
    private Profiles() {
    }

    static SeekerProfile withTargets(SeekerProfile p, List<SeekerProfile.TargetRole> t) {
        return new SeekerProfile(p.userId(), p.version(), p.lang(), t, p.skills(), p.yearsExperience(), p.recentRoles(),
                p.aiLevel(), p.location(), p.acceptsRemote(), p.remoteOnly(), p.salaryFloor(), p.employmentTypes(),
                p.languages(), p.certificates(), p.consent());
    }

    static SeekerProfile withExperience(SeekerProfile p, int years, List<String> recent) {
        return new SeekerProfile(p.userId(), p.version(), p.lang(), p.targets(), p.skills(), years, recent,
                p.aiLevel(), p.location(), p.acceptsRemote(), p.remoteOnly(), p.salaryFloor(), p.employmentTypes(),
                p.languages(), p.certificates(), p.consent());
    }

    static SeekerProfile withSkills(SeekerProfile p, List<SeekerProfile.SkillEvidence> s) {
        return new SeekerProfile(p.userId(), p.version(), p.lang(), p.targets(), s, p.yearsExperience(), p.recentRoles(),
                p.aiLevel(), p.location(), p.acceptsRemote(), p.remoteOnly(), p.salaryFloor(), p.employmentTypes(),
                p.languages(), p.certificates(), p.consent());
    }

    static SeekerProfile withAiLevel(SeekerProfile p, AiLevel level) {
        return new SeekerProfile(p.userId(), p.version(), p.lang(), p.targets(), p.skills(), p.yearsExperience(),
                p.recentRoles(), level, p.location(), p.acceptsRemote(), p.remoteOnly(), p.salaryFloor(),
                p.employmentTypes(), p.languages(), p.certificates(), p.consent());
    }

    static SeekerProfile withLocation(SeekerProfile p, String place, boolean remote, boolean only) {
        return new SeekerProfile(p.userId(), p.version(), p.lang(), p.targets(), p.skills(), p.yearsExperience(),
                p.recentRoles(), p.aiLevel(), place, remote || only, only, p.salaryFloor(), p.employmentTypes(),
                p.languages(), p.certificates(), p.consent());
    }

    static SeekerProfile withSalary(SeekerProfile p, Money m) {
        return new SeekerProfile(p.userId(), p.version(), p.lang(), p.targets(), p.skills(), p.yearsExperience(),
                p.recentRoles(), p.aiLevel(), p.location(), p.acceptsRemote(), p.remoteOnly(), m, p.employmentTypes(),
                p.languages(), p.certificates(), p.consent());
    }

    static SeekerProfile withEmployment(SeekerProfile p, List<String> types) {
        return new SeekerProfile(p.userId(), p.version(), p.lang(), p.targets(), p.skills(), p.yearsExperience(),
                p.recentRoles(), p.aiLevel(), p.location(), p.acceptsRemote(), p.remoteOnly(), p.salaryFloor(), types,
                p.languages(), p.certificates(), p.consent());
    }

    static SeekerProfile withLanguages(SeekerProfile p, List<String> languages) {
        return new SeekerProfile(p.userId(), p.version(), p.lang(), p.targets(), p.skills(), p.yearsExperience(),
                p.recentRoles(), p.aiLevel(), p.location(), p.acceptsRemote(), p.remoteOnly(), p.salaryFloor(),
                p.employmentTypes(), languages, p.certificates(), p.consent());
    }

    static SeekerProfile withCertificates(SeekerProfile p, List<String> certs) {
        return new SeekerProfile(p.userId(), p.version(), p.lang(), p.targets(), p.skills(), p.yearsExperience(),
                p.recentRoles(), p.aiLevel(), p.location(), p.acceptsRemote(), p.remoteOnly(), p.salaryFloor(),
                p.employmentTypes(), p.languages(), certs, p.consent());
    }

    public static SeekerProfile withLang(SeekerProfile p, String lang) {
        return new SeekerProfile(p.userId(), p.version(), lang, p.targets(), p.skills(), p.yearsExperience(),
                p.recentRoles(), p.aiLevel(), p.location(), p.acceptsRemote(), p.remoteOnly(), p.salaryFloor(),
                p.employmentTypes(), p.languages(), p.certificates(), p.consent());
    }

    public static SeekerProfile withStoreConsent(SeekerProfile p, boolean agreed, Instant at) {
        SeekerProfile.Consent c = new SeekerProfile.Consent(agreed, agreed ? at : null, p.consent().findable(),
                p.consent().findableAt());
        return new SeekerProfile(p.userId(), p.version(), p.lang(), p.targets(), p.skills(), p.yearsExperience(),
                p.recentRoles(), p.aiLevel(), p.location(), p.acceptsRemote(), p.remoteOnly(), p.salaryFloor(),
                p.employmentTypes(), p.languages(), p.certificates(), c);
    }

    static String money(Money m, String lang) {
        boolean ko = "ko".equals(lang);
        String per = switch (m.unit()) {
            case "MONTH" -> ko ? "월 " : "a month";
            case "HOUR" -> ko ? "시급 " : "an hour";
            default -> ko ? "연 " : "a year";
        };
        String amount = "KRW".equals(m.currency()) ? String.format(Locale.ROOT, "%,.0f원", m.amount())
                : String.format(Locale.ROOT, "%,.0f %s", m.amount(), m.currency());
        return ko ? per + amount : amount + " " + per;
    }

    private static final java.util.Map<String, String[]> EMPLOYMENT = java.util.Map.of(
            "FULL_TIME", new String[]{"full-time", "정규직"}, "PART_TIME", new String[]{"part-time", "파트타임"},
            "TEMPORARY", new String[]{"temporary/contract", "계약직"}, "CONTRACTOR", new String[]{"freelance", "프리랜서"},
            "INTERN", new String[]{"internship", "인턴"});
    private static final java.util.Map<String, String[]> LANGUAGES = java.util.Map.of(
            "ko", new String[]{"Korean", "한국어"}, "en", new String[]{"English", "영어"}, "ja", new String[]{"Japanese", "일본어"},
            "zh", new String[]{"Chinese", "중국어"}, "es", new String[]{"Spanish", "스페인어"}, "vi", new String[]{"Vietnamese", "베트남어"},
            "fr", new String[]{"French", "프랑스어"}, "de", new String[]{"German", "독일어"}, "ru", new String[]{"Russian", "러시아어"});

    static String employment(List<String> types, String lang) {
        return String.join(", ", types.stream().map(t -> EMPLOYMENT.getOrDefault(t, new String[]{t, t})["ko".equals(lang) ? 1 : 0]).toList());
    }

    static String languages(List<String> codes, String lang) {
        return String.join(", ", codes.stream().map(c -> LANGUAGES.getOrDefault(c, new String[]{c, c})["ko".equals(lang) ? 1 : 0]).toList());
    }

    /** The profile as lines for the summary and /profile, unknown slots said as unknown. */
    public static String describe(SeekerProfile p) {
        boolean ko = "ko".equals(p.lang());
        String unknown = ko ? "(모름)" : "(unknown)";
        List<String> lines = new ArrayList<>();
        lines.add((ko ? "- 희망 직무: " : "- Target roles: ") + (p.targets().isEmpty() ? unknown
                : String.join(", ", p.targets().stream().map(t -> t.label() + " (\"" + t.evidence() + "\")").toList())));
        lines.add((ko ? "- 경력: " : "- Experience: ") + (p.yearsExperience() == null ? unknown
                : p.yearsExperience() + (ko ? "년" : " years")) + (p.recentRoles().isEmpty() ? "" : " — " + String.join(", ", p.recentRoles())));
        lines.add((ko ? "- 기술: " : "- Skills: ") + (p.skills().isEmpty() ? unknown
                : String.join(", ", p.skills().stream().map(s -> s.label() + " (\"" + s.evidence() + "\")").toList())));
        lines.add((ko ? "- AI 활용: " : "- AI use: ") + (p.aiLevel() == null ? unknown : p.aiLevel().name()));
        String place = p.location() == null ? "" : p.location();
        String remote = p.remoteOnly() ? (ko ? "재택만" : "remote only") : p.acceptsRemote() && !place.isEmpty() ? (ko ? "재택 가능" : "remote OK") : "";
        lines.add((ko ? "- 근무지: " : "- Location: ") + (place.isEmpty() && remote.isEmpty() ? unknown
                : (place + (remote.isEmpty() || place.isEmpty() ? remote : ", " + remote))));
        lines.add((ko ? "- 최소 급여: " : "- Minimum pay: ") + (p.salaryFloor() == null ? unknown : money(p.salaryFloor(), p.lang())));
        lines.add((ko ? "- 고용 형태: " : "- Employment: ") + (p.employmentTypes().isEmpty() ? unknown : employment(p.employmentTypes(), p.lang())));
        lines.add((ko ? "- 언어: " : "- Languages: ") + (p.languages().isEmpty() ? unknown : languages(p.languages(), p.lang())));
        lines.add((ko ? "- 자격증: " : "- Certificates: ") + (p.certificates().isEmpty() ? "-" : String.join(", ", p.certificates())));
        return String.join("\n", lines);
    }
}

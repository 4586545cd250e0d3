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

    static String money(Money m) {
        if ("KRW".equals(m.currency()) && m.amount() >= 10_000) {
            return String.format(Locale.ROOT, "%,.0f원/%s", m.amount(), unit(m.unit()));
        }
        return String.format(Locale.ROOT, "%,.0f %s/%s", m.amount(), m.currency(), unit(m.unit()));
    }

    private static String unit(String u) {
        return switch (u) {
            case "MONTH" -> "month";
            case "HOUR" -> "hour";
            default -> "year";
        };
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
        lines.add((ko ? "- 최소 급여: " : "- Minimum pay: ") + (p.salaryFloor() == null ? unknown : money(p.salaryFloor())));
        lines.add((ko ? "- 고용 형태: " : "- Employment: ") + (p.employmentTypes().isEmpty() ? unknown : String.join(", ", p.employmentTypes())));
        lines.add((ko ? "- 언어: " : "- Languages: ") + (p.languages().isEmpty() ? unknown : String.join(", ", p.languages())));
        lines.add((ko ? "- 자격증: " : "- Certificates: ") + (p.certificates().isEmpty() ? "-" : String.join(", ", p.certificates())));
        return String.join("\n", lines);
    }
}

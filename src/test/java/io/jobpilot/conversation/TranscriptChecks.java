package io.jobpilot.conversation;

import io.jobpilot.profile.SeekerProfile;

import java.util.Arrays;

import static org.assertj.core.api.Assertions.assertThat;

/** The {@code =} checks of transcript files. */
final class TranscriptChecks {
    private TranscriptChecks() {
    }

    static void check(String where, String check, TranscriptTest.Session s) {
        String[] parts = check.split(" ", 2);
        String arg = parts.length > 1 ? parts[1] : "";
        SeekerProfile p = s.profile();
        String as = where + "= " + check + " (profile: " + p + ")";
        switch (parts[0]) {
            case "step" -> assertThat(s.store.state(s.userId()).orElse("")).as(as).contains("\"step\":\"" + arg + "\"");
            case "target" -> assertThat(p.targets()).as(as).anyMatch(t -> t.occupationId().equals(arg));
            case "years" -> assertThat(p.yearsExperience()).as(as).isEqualTo(Integer.parseInt(arg));
            case "no-years" -> assertThat(p.yearsExperience()).as(as).isNull();
            case "skill" -> {
                String id = arg.substring(0, arg.indexOf(' '));
                String evidence = arg.substring(arg.indexOf('"') + 1, arg.lastIndexOf('"'));
                assertThat(p.skills()).as(as).anyMatch(x -> x.skillId().equals(id) && x.evidence().equals(evidence));
            }
            case "no-skill" -> assertThat(p.skills()).as(as).noneMatch(x -> x.skillId().equals(arg));
            case "aiLevel" -> assertThat(p.aiLevel()).as(as).hasToString(arg);
            case "location" -> assertThat(p.location()).as(as).isEqualTo(arg);
            case "remote" -> assertThat(p.acceptsRemote()).as(as).isEqualTo(Boolean.parseBoolean(arg));
            case "salary" -> {
                String[] m = arg.split(" ");
                assertThat(p.salaryFloor()).as(as).isEqualTo(new SeekerProfile.Money(Double.parseDouble(m[0]), m[1], m[2]));
            }
            case "employment" -> assertThat(p.employmentTypes()).as(as).contains(arg);
            case "languages" -> assertThat(p.languages()).as(as).containsExactlyElementsOf(Arrays.asList(arg.split(",")));
            case "certificates" -> assertThat(p.certificates()).as(as).isEqualTo(arg.isBlank() ? java.util.List.of()
                    : Arrays.asList(arg.split(",")));
            case "cards" -> assertThat(s.last.cards()).as(as).hasSizeGreaterThanOrEqualTo(Integer.parseInt(arg));
            case "findable" -> assertThat(p.consent().findable()).as(as).isEqualTo(Boolean.parseBoolean(arg));
            case "choice" -> assertThat(s.last.choices()).as(as).anyMatch(c -> c.payload().equals(arg));
            case "no-profile" -> assertThat(p).as(as).isNull();
            case "stored-text" -> assertThat(s.store.transcript(s.userId())).as(as)
                    .allMatch(m -> (m.text() != null) == Boolean.parseBoolean(arg));
            case "forgotten" -> {
                assertThat(s.store.current(s.userId())).as(as).isEmpty();
                assertThat(s.store.transcript(s.userId())).as(as).isEmpty();
            }
            case "alerts" -> assertThat(s.store.alerts().settings(s.userId())
                    .map(a -> a.enabled() ? "on " + a.frequency().name().toLowerCase(java.util.Locale.ROOT) + " "
                            + Math.round(a.threshold() * 100) : "off").orElse("none")).as(as).isEqualTo(arg);
            default -> throw new IllegalArgumentException(where + "unknown check: " + check);
        }
    }
}

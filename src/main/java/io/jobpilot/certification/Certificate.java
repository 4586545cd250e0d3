package io.jobpilot.certification;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * One certificate and its facts, each as the cited page states it. A null {@code hours} and the text "unknown" in
 * {@code cost}, {@code format} or {@code language} mean the source does not say: never guessed.
 *
 * @param level         place on the common scale, or null for a certificate with no AI-ladder placement (the
 *                      occupation certificates of 한국직업사전 carry only a name)
 * @param hours         study and exam hours stated by the issuer, or null (unknown)
 * @param prerequisites certificates to hold (required) or advised (recommended) first
 * @param skills        taxonomy skill ids the certificate covers
 * @param source        official, issuer-affiliated, secondary or 한국직업사전
 */
public record Certificate(String id, String nameEn, String nameKo, List<String> aliases, String issuer, String ladder,
                          Level level, boolean retired, String format, Double hours, String cost, String language,
                          List<Prerequisite> prerequisites, List<String> skills, String url, LocalDate checked,
                          String source) {
    public static final String UNKNOWN = "unknown";

    public Certificate {
        Objects.requireNonNull(id, "id");
        if (nameEn == null && nameKo == null) {
            throw new IllegalArgumentException("certificate " + id + " has no name");
        }
        if (hours != null && !(hours > 0)) {
            throw new IllegalArgumentException("certificate " + id + ": hours must be positive, was " + hours);
        }
        aliases = List.copyOf(aliases);
        prerequisites = List.copyOf(prerequisites);
        skills = List.copyOf(skills);
    }

    /** The name in the language, falling back to the other one. */
    public String name(String lang) {
        String n = "ko".equals(lang) ? nameKo : nameEn;
        return n != null ? n : "ko".equals(lang) ? nameEn : nameKo;
    }

    /** Every name the certificate goes by: the credential a posting may require under any of them. */
    public List<String> names() {
        List<String> out = new ArrayList<>();
        if (nameEn != null) {
            out.add(nameEn);
        }
        if (nameKo != null) {
            out.add(nameKo);
        }
        out.addAll(aliases);
        return out;
    }

    /** A certificate is held first or advised first. */
    public record Prerequisite(String certificateId, boolean required) {
        public Prerequisite {
            Objects.requireNonNull(certificateId, "certificateId");
        }
    }
}

package io.jobpilot.certification;

import io.jobpilot.data.TsvTable;
import io.jobpilot.taxonomy.Taxonomy;

import java.io.InputStream;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The certificate catalogue: data/certification/certificates.tsv (facts with a cited source per row) and
 * occupation_certificates.tsv (the certificates 한국직업사전 lists per occupation). Loading fails, naming the file,
 * line and value, on an unknown prerequisite, a prerequisite cycle, a skill id the taxonomy lacks or a malformed fact.
 */
public final class Catalogue {
    static final String CERTIFICATES = "data/certification/certificates.tsv";
    static final String OCCUPATIONS = "data/certification/occupation_certificates.tsv";
    private final Map<String, Certificate> byId;
    private final Map<String, Certificate> byName = new HashMap<>();
    private final Map<String, List<String>> byOccupation;

    Catalogue(List<Certificate> certificates, Map<String, List<String>> byOccupation) {
        Map<String, Certificate> ids = new LinkedHashMap<>();
        certificates.forEach(c -> {
            if (ids.putIfAbsent(c.id(), c) != null) {
                throw new IllegalArgumentException("certificate id " + c.id() + " appears twice");
            }
        });
        this.byId = ids;
        this.byOccupation = Map.copyOf(byOccupation);
        certificates.forEach(c -> c.names().forEach(n -> byName.putIfAbsent(CertificateNames.key(n), c)));
        Prerequisites.check(ids);
    }

    /** The shipped catalogue; skill ids are checked against the taxonomy. */
    public static Catalogue shipped(Taxonomy taxonomy) {
        return new Catalogue(certificates(TsvTable.resource(CERTIFICATES, COLUMNS), taxonomy),
                occupations(TsvTable.resource(OCCUPATIONS, "occupation", "certificates")));
    }

    /** A catalogue from other files (tests, a deployer's own catalogue). */
    public static Catalogue read(String name, InputStream certificates, InputStream occupations, Taxonomy taxonomy) {
        return new Catalogue(certificates(TsvTable.read(name, certificates, COLUMNS), taxonomy),
                occupations == null ? Map.of() : occupations(TsvTable.read(name + " (occupations)", occupations,
                        "occupation", "certificates")));
    }

    private static final String[] COLUMNS = {"id", "name_en", "name_ko", "aliases", "issuer", "ladder", "level",
            "status", "format", "hours", "cost", "language", "prerequisites", "skills", "url", "checked", "notes"};

    public Collection<Certificate> all() {
        return byId.values();
    }

    public Optional<Certificate> get(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    /** The catalogue entry a name (as a seeker or a posting writes it) refers to. */
    public Optional<Certificate> find(String name) {
        return Optional.ofNullable(byName.get(CertificateNames.key(name)));
    }

    /** The certificates 한국직업사전 lists for a Korean occupation id (kr:K...), names normalised. */
    public List<String> forOccupation(String occupationId) {
        return byOccupation.getOrDefault(occupationId, List.of());
    }

    private static List<Certificate> certificates(TsvTable table, Taxonomy taxonomy) {
        List<Certificate> out = new ArrayList<>();
        for (TsvTable.Row r : table.rows()) {
            for (String skill : r.list("skills")) {
                if (taxonomy.skill(skill).isEmpty()) {
                    throw r.error("skill '" + skill + "' is not in the taxonomy");
                }
            }
            List<Certificate.Prerequisite> pre = new ArrayList<>();
            for (String p : r.list("prerequisites")) {
                if (!p.matches("(required|recommended):.+")) {
                    throw r.error("prerequisite '" + p + "' must be required:<id> or recommended:<id>");
                }
                pre.add(new Certificate.Prerequisite(p.substring(p.indexOf(':') + 1), p.startsWith("required:")));
            }
            String status = r.required("status");
            if (!status.equals("active") && !status.equals("retired")) {
                throw r.error("status '" + status + "' must be active or retired");
            }
            String notes = r.get("notes");
            String source = notes.startsWith("source=") ? notes.substring(7).split("[\\s(,;:]", 2)[0] : Certificate.UNKNOWN;
            try {
                out.add(new Certificate(r.required("id"), r.required("name_en"), r.required("name_ko"), r.list("aliases"),
                        r.required("issuer"), r.required("ladder"), Level.parse(r.required("level")), status.equals("retired"),
                        r.required("format"), hours(r), r.required("cost"), r.required("language"), pre, r.list("skills"),
                        r.required("url"), LocalDate.parse(r.required("checked")), source));
            } catch (DateTimeParseException | IllegalArgumentException e) {
                throw r.error(e.getMessage());
            }
        }
        return out;
    }

    private static Double hours(TsvTable.Row r) {
        String h = r.required("hours");
        if (h.equals(Certificate.UNKNOWN)) {
            return null;
        }
        try {
            return Double.parseDouble(h);
        } catch (NumberFormatException e) {
            throw r.error("hours '" + h + "' is neither a number nor unknown");
        }
    }

    private static Map<String, List<String>> occupations(TsvTable table) {
        Map<String, List<String>> out = new HashMap<>();
        for (TsvTable.Row r : table.rows()) {
            out.put(r.required("occupation"), r.list("certificates"));
        }
        return out;
    }
}

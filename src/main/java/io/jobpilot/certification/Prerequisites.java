package io.jobpilot.certification;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/** Prerequisite checks and ordering: every prerequisite comes before the certificate that needs it. */
final class Prerequisites {
    private Prerequisites() {
    }

    /** Fails on a prerequisite id that is not in the catalogue or on a cycle, naming the certificates. */
    static void check(Map<String, Certificate> byId) {
        for (Certificate c : byId.values()) {
            for (Certificate.Prerequisite p : c.prerequisites()) {
                if (!byId.containsKey(p.certificateId())) {
                    throw new IllegalArgumentException("certificate " + c.id() + " names unknown prerequisite " + p.certificateId());
                }
            }
        }
        for (Certificate c : byId.values()) {
            visit(c, byId, new LinkedHashSet<>(), new HashSet<>());
        }
    }

    private static void visit(Certificate c, Map<String, Certificate> byId, LinkedHashSet<String> path, Set<String> done) {
        if (!path.add(c.id())) {
            throw new IllegalArgumentException("prerequisite cycle: " + String.join(" -> ", path) + " -> " + c.id());
        }
        for (Certificate.Prerequisite p : c.prerequisites()) {
            if (!done.contains(p.certificateId())) {
                visit(byId.get(p.certificateId()), byId, path, done);
            }
        }
        path.remove(c.id());
        done.add(c.id());
    }

    /**
     * The goals in their given order, each preceded by the prerequisites it still needs (depth first, so a
     * prerequisite's own prerequisites come even earlier); a certificate appears once, at its first place.
     *
     * @param needed which prerequisites to include (e.g. required ones, and recommended ones above the seeker's level)
     */
    static List<Certificate> ordered(List<Certificate> goals, Catalogue catalogue, Predicate<Certificate.Prerequisite> needed,
                                     Set<String> held) {
        List<Certificate> out = new ArrayList<>();
        Set<String> placed = new HashSet<>(held);
        for (Certificate g : goals) {
            place(g, catalogue, needed, placed, out);
        }
        return out;
    }

    private static void place(Certificate c, Catalogue catalogue, Predicate<Certificate.Prerequisite> needed,
                              Set<String> placed, List<Certificate> out) {
        if (placed.contains(c.id())) {
            return;
        }
        for (Certificate.Prerequisite p : c.prerequisites()) {
            if (needed.test(p)) {
                catalogue.get(p.certificateId()).ifPresent(pre -> place(pre, catalogue, needed, placed, out));
            }
        }
        placed.add(c.id());
        out.add(c);
    }
}

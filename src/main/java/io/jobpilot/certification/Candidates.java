package io.jobpilot.certification;

import io.jobpilot.profile.SeekerProfile;
import io.jobpilot.taxonomy.OccupationLink;
import io.jobpilot.taxonomy.Taxonomy;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The certificates a plan tries: every active catalogue certificate the seeker does not hold, plus the certificates
 * 한국직업사전 lists for the target occupations (and their Korean counterparts) that the catalogue lacks. Those carry
 * only a name: no level, hours or cost (unknown), skills none; they can still open postings that require them.
 */
final class Candidates {
    private Candidates() {
    }

    /** Catalogue ids of the certificates the seeker holds (names matched as written, spacing and case ignored). */
    static Set<String> held(SeekerProfile p, Catalogue catalogue) {
        Set<String> out = new LinkedHashSet<>();
        p.certificates().forEach(n -> catalogue.find(n).ifPresent(c -> out.add(c.id())));
        return out;
    }

    static List<Certificate> of(SeekerProfile p, List<String> targets, Catalogue catalogue, Taxonomy taxonomy) {
        Set<String> held = held(p, catalogue);
        Set<String> heldKeys = new LinkedHashSet<>();
        p.certificates().forEach(n -> heldKeys.add(CertificateNames.key(n)));
        List<Certificate> out = new ArrayList<>();
        for (Certificate c : catalogue.all()) {
            if (!c.retired() && !held.contains(c.id())) {
                out.add(c);
            }
        }
        Set<String> seen = new LinkedHashSet<>();
        for (String occupation : withLinks(targets, taxonomy)) {
            for (String name : catalogue.forOccupation(occupation)) {
                String key = CertificateNames.key(name);
                if (catalogue.find(name).isEmpty() && !heldKeys.contains(key) && seen.add(key)) {
                    out.add(fromDictionary(name, key));
                }
            }
        }
        return out;
    }

    static Set<String> withLinks(List<String> targets, Taxonomy taxonomy) {
        Set<String> out = new LinkedHashSet<>(targets);
        for (String t : targets) {
            taxonomy.links(t).stream().map(OccupationLink::to).forEach(out::add);
        }
        return out;
    }

    private static Certificate fromDictionary(String name, String key) {
        return new Certificate("kjd:" + key, null, name, List.of(), Certificate.UNKNOWN, "한국직업사전", null, false,
                Certificate.UNKNOWN, null, Certificate.UNKNOWN, Certificate.UNKNOWN, List.of(), List.of(), null, null,
                "한국직업사전");
    }
}

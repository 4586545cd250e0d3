package io.jobpilot.interview;

import io.jobpilot.profile.SeekerProfile.SkillEvidence;
import io.jobpilot.profile.SeekerProfile.TargetRole;
import io.jobpilot.taxonomy.Skill;
import io.jobpilot.taxonomy.SkillMention;
import io.jobpilot.taxonomy.Taxonomy;
import io.jobpilot.taxonomy.Text;
import io.jobpilot.taxonomy.TitleResult;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Checks a model's proposals one by one: the quote must occur in the seeker's text, and the value must land on the
 * taxonomy through the quote itself, or through the model's name for it when the quote shares a word with that name
 * (so "managed a team" may back "team management", but "I like coffee" backs nothing). Everything else is dropped.
 */
final class Proposals {
    private static final double ROLE_SCORE = 0.5;
    private final Taxonomy taxonomy;

    Proposals(Taxonomy taxonomy) {
        this.taxonomy = taxonomy;
    }

    /** Where and how the seeker wants to work, as read by the model and backed by their words. */
    record Place(String place, boolean remote, boolean only) {
    }

    List<SkillEvidence> skills(Understood u, String text, String lang, String source) {
        List<SkillEvidence> out = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (Understood.Said s : u.skills()) {
            Optional<String> quote = Evidence.find(text, s.quote());
            if (quote.isEmpty()) {
                continue;
            }
            List<SkillMention> found = taxonomy.extractSkills(quote.get());
            List<Skill> skills = new ArrayList<>(found.stream().map(SkillMention::skill).toList());
            if (skills.isEmpty()) {
                List<SkillMention> named = taxonomy.extractSkills(s.value());
                if (named.size() == 1 && sharesAWord(quote.get(), s.value() + " " + named.get(0).skill().en() + " "
                        + named.get(0).skill().ko())) {
                    skills.add(named.get(0).skill());
                }
            }
            for (int i = 0; i < skills.size(); i++) {
                Skill k = skills.get(i);
                String evidence = i < found.size() ? found.get(i).evidence() : quote.get();
                if (seen.add(k.id())) {
                    out.add(new SkillEvidence(k.id(), k.label(lang), evidence, source));
                }
            }
        }
        return out;
    }

    List<TargetRole> roles(Understood u, String text, String lang) {
        List<TargetRole> out = new ArrayList<>();
        for (Understood.Said s : u.roles()) {
            Optional<String> quote = Evidence.find(text, s.quote());
            if (quote.isEmpty()) {
                continue;
            }
            TitleResult r = taxonomy.normaliseTitle(quote.get());
            if (!good(r) && !s.value().isEmpty()) {
                TitleResult named = taxonomy.normaliseTitle(s.value());
                r = good(named) && sharesAWord(quote.get(), s.value() + " "
                        + taxonomy.label(named.best().occupation().id(), lang)) ? named : r;
            }
            if (good(r)) {
                String id = r.best().occupation().id();
                if (out.stream().noneMatch(x -> x.occupationId().equals(id))) {
                    out.add(new TargetRole(id, taxonomy.label(id, lang), quote.get()));
                }
            }
        }
        return out;
    }

    /** Years of experience, when the quote occurs and states that number (a model's arithmetic is not evidence). */
    Integer years(Understood u, String text) {
        if (u.years() == null || !u.years().value().matches("\\d{1,2}")) {
            return null;
        }
        int years = Integer.parseInt(u.years().value());
        return Evidence.find(text, u.years().quote()).filter(q -> Evidence.statesYears(q, years)).map(q -> years)
                .orElse(null);
    }

    /** The place must be the seeker's own words; remote only counts with a quote about it. */
    Optional<Place> place(Understood u, String text) {
        String place = u.location() == null ? null : Evidence.find(text, u.location().value()).orElse(null);
        boolean remoteSaid = u.remote() != null && Evidence.find(text, u.remote().quote()).isPresent();
        String r = remoteSaid ? u.remote().value().toLowerCase(Locale.ROOT) : "";
        boolean remote = r.equals("yes") || r.equals("only");
        if (place == null && !remote) {
            return Optional.empty();
        }
        return Optional.of(new Place(place, remote, r.equals("only")));
    }

    private static boolean good(TitleResult r) {
        return !r.unknown() && r.best().score() >= ROLE_SCORE;
    }

    /** A shared word of four or more letters (stems: "managed" ~ "management"), or two Hangul syllables in common. */
    static boolean sharesAWord(String quote, String names) {
        Set<String> stems = new HashSet<>();
        for (var t : Text.tokens(names)) {
            stems.addAll(keys(t.key()));
        }
        for (var t : Text.tokens(quote)) {
            for (String k : keys(t.key())) {
                if (stems.contains(k)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static List<String> keys(String word) {
        if (Text.hasHangul(word)) {
            List<String> out = new ArrayList<>();
            for (int i = 0; i + 2 <= word.length(); i++) {
                out.add(word.substring(i, i + 2));
            }
            return out;
        }
        return word.length() >= 4 ? List.of(word.substring(0, Math.min(word.length(), 5))) : List.of();
    }
}

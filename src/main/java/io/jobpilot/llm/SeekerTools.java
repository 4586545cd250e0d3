package io.jobpilot.llm;

import dev.langchain4j.agent.tool.P;
import dev.langchain4j.agent.tool.Tool;
import io.jobpilot.interview.Profiles;
import io.jobpilot.matching.Match;
import io.jobpilot.matching.Matcher;
import io.jobpilot.matching.ProfileQueries;
import io.jobpilot.postings.Posting;
import io.jobpilot.profile.ProfileStore;
import io.jobpilot.profile.SeekerProfile;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The assistant's tools, built for one turn with the user bound in code: no tool takes a user id, so nothing the model
 * sends can reach another user's data. Scores and explanations are the matcher's, passed on as they are; posting text
 * is wrapped as data.
 */
final class SeekerTools {
    static final int MATCHES = 5;
    private final String userId;
    private final ProfileStore profiles;
    private final Supplier<Matcher> matcher;

    SeekerTools(String userId, ProfileStore profiles, Supplier<Matcher> matcher) {
        this.userId = userId;
        this.profiles = profiles;
        this.matcher = matcher;
    }

    @Tool("The current seeker's profile: target roles, skills with their own words, experience, place, pay, languages.")
    String myProfile() {
        return profile().map(p -> DataBlock.of("profile", Profiles.describe(p))).orElse("The seeker has no saved profile yet.");
    }

    @Tool("The openings that best match the current seeker, ranked by jobpilot's score (not yours), with why each fits.")
    String myMatches() {
        List<Match> matches = matches();
        if (matches.isEmpty()) {
            return "No matching openings for this seeker right now.";
        }
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < matches.size(); i++) {
            Match m = matches.get(i);
            sb.append("#").append(i + 1).append(" score ").append(percent(m)).append('\n')
                    .append(DataBlock.of("posting", headline(m.posting().posting()))).append('\n')
                    .append("fits: ").append(String.join("; ", m.fits())).append('\n');
        }
        return sb.toString().strip();
    }

    @Tool("Why one of the current seeker's matches fits or not: what fits, skills on both sides, missing skills, "
            + "unknowns, limits applied to the score, the source, and the posting's own text.")
    String explainMatch(@P("the rank of the match as listed by myMatches, starting at 1") int rank) {
        List<Match> matches = matches();
        if (rank < 1 || rank > matches.size()) {
            return "There is no match #" + rank + ": the seeker has " + matches.size() + " matches.";
        }
        Match m = matches.get(rank - 1);
        Posting p = m.posting().posting();
        String text = headline(p) + "\n" + String.join("\n", java.util.stream.Stream.of(p.description(),
                p.qualifications(), p.responsibilities()).filter(s -> s != null && !s.isBlank()).toList());
        return "#" + rank + " score " + percent(m) + "\n" + DataBlock.of("posting", text.length() > 2000 ? text.substring(0, 2000) : text)
                + "\nfits: " + String.join("; ", m.fits())
                + "\nskills on both sides: " + String.join(", ", m.matched().stream().map(Match.MatchedSkill::label).toList())
                + "\nmissing skills: " + String.join(", ", m.missing().stream().map(s -> s.label()).toList())
                + "\nunknown: " + String.join("; ", m.unknowns())
                + "\nlimits: " + String.join("; ", m.caps())
                + "\nsource: " + m.provenance() + (p.url() == null ? "" : " " + p.url());
    }

    Optional<SeekerProfile> profile() {
        return profiles.current(userId);
    }

    private List<Match> matches() {
        return profile().filter(p -> p.consent().storeData())
                .map(p -> matcher.get().match(ProfileQueries.from(p), MATCHES)).orElse(List.of());
    }

    private static String headline(Posting p) {
        return p.title() + " — " + (p.hiringOrganization() == null ? "?" : p.hiringOrganization())
                + (p.location().isUnknown() ? "" : " (" + p.location().display() + ")");
    }

    private static String percent(Match m) {
        return String.format(Locale.ROOT, "%d%%", Math.round(m.score() * 100));
    }
}

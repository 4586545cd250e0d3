package io.jobpilot.certification;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.jobpilot.matching.Match;
import io.jobpilot.matching.MatchQuery;
import io.jobpilot.matching.Matcher;
import io.jobpilot.matching.ProfileQueries;
import io.jobpilot.postings.IndexedPosting;
import io.jobpilot.postings.PostingIndex;
import io.jobpilot.postings.PostingSkill;
import io.jobpilot.profile.SeekerProfile;
import io.jobpilot.taxonomy.Skill;
import io.jobpilot.taxonomy.Taxonomy;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Plans which certificates to take, in what order. For each candidate certificate the deterministic matcher is run
 * again as if the seeker held it (its skills and its credential added); its uplift is the number of postings that then
 * enter the seeker's match list ({@link Demand} says what "in the list" means). Goals are the certificates with an
 * uplift, ranked by uplift per issuer-stated hour; a certificate whose hours are unknown cannot be put on that scale,
 * so it ranks after every one with known hours, by uplift; ties go to the lower level, then the id. Each goal is
 * preceded by its required prerequisites and by recommended ones above the seeker's AI level. Plans are cached per
 * index generation and day.
 */
public final class PathPlanner {
    static final int GOALS = 3;
    private static final int MORE_YEARS = 40;
    private final Catalogue catalogue;
    private final Taxonomy taxonomy;
    private final Supplier<Matcher> matcher;
    private final Supplier<PostingIndex> index;
    private final Clock clock;
    private final Cache<String, Plan> cache = Caffeine.newBuilder().maximumSize(10_000).build();

    /** @param matcher and index asked for on first need (the index may still be loading at start-up) */
    public PathPlanner(Catalogue catalogue, Taxonomy taxonomy, Supplier<Matcher> matcher, Supplier<PostingIndex> index,
                       Clock clock) {
        this.catalogue = catalogue;
        this.taxonomy = taxonomy;
        this.matcher = matcher;
        this.index = index;
        this.clock = clock;
    }

    public Catalogue catalogue() {
        return catalogue;
    }

    /** A path toward the profile's own target roles. */
    public Plan plan(SeekerProfile profile) {
        return plan(profile, profile.targets().stream().map(SeekerProfile.TargetRole::occupationId).toList());
    }

    /** A path toward the given occupations (taxonomy ids); unknown ids fail naming the id. */
    public Plan plan(SeekerProfile profile, List<String> targetOccupations) {
        for (String t : targetOccupations) {
            if (taxonomy.occupation(t).isEmpty()) {
                throw new IllegalArgumentException("occupation '" + t + "' is not in the taxonomy");
            }
        }
        MatchQuery q = ProfileQueries.from(profile).withTargets(targetOccupations);
        return cached("targets", profile, q, targetOccupations, () -> {
            Demand demand = new Demand(matcher.get());
            List<Match> now = demand.matches(q);
            Set<String> needed = neededSkills(targetOccupations, now);
            return compute(profile, q, targetOccupations, needed, demand::listed, now);
        });
    }

    /** A path toward one posting of the index; an unknown posting id fails naming it. */
    public Plan plan(SeekerProfile profile, String postingId) {
        IndexedPosting posting = index.get().get(postingId)
                .orElseThrow(() -> new IllegalArgumentException("posting '" + postingId + "' is not in the index"));
        MatchQuery q = ProfileQueries.from(profile);
        return cached("posting:" + postingId, profile, q, posting.occupations(), () -> {
            Demand demand = new Demand(matcher.get());
            Set<String> needed = new TreeSet<>();
            posting.skills().forEach(s -> needed.add(s.skillId()));
            return compute(profile, q, List.of(postingId), needed, x -> demand.listed(x, posting), null);
        });
    }

    private Plan cached(String mode, SeekerProfile p, MatchQuery q, List<String> targets, Supplier<Plan> compute) {
        String key = mode + "|" + q.fingerprint() + "|" + targets + "|" + p.aiLevel() + "|" + index.get().generation()
                + "|" + LocalDate.now(clock);
        return cache.get(key, k -> compute.get());
    }

    private Plan compute(SeekerProfile p, MatchQuery q, List<String> targets, Set<String> needed,
                         Function<MatchQuery, Set<String>> listed, List<Match> now) {
        long generation = index.get().generation();
        Set<String> before = listed.apply(q);
        Set<String> has = new LinkedHashSet<>();
        p.skills().forEach(s -> has.add(s.skillId()));
        List<Certificate> candidates = Candidates.of(p, targets, catalogue, taxonomy);
        Map<String, Plan.Step> evaluated = new HashMap<>();
        for (Certificate c : candidates) {
            evaluated.put(c.id(), step(c, q, before, needed, has, listed));
        }
        List<Plan.Step> goals = evaluated.values().stream().filter(s -> s.uplift() > 0).sorted(RANKING).limit(GOALS).toList();
        List<Plan.Step> steps = new ArrayList<>();
        if (!goals.isEmpty()) {
            Set<String> held = Candidates.held(p, catalogue);
            Level seeker = Level.of(p.aiLevel()).orElse(null);
            for (Plan.Step goal : goals) {
                for (Certificate c : Prerequisites.ordered(List.of(goal.certificate()), catalogue,
                        pre -> pre.required() || advised(pre, seeker), held)) {
                    Plan.Step s = c == goal.certificate() ? goal
                            : withRole(evaluated.containsKey(c.id()) ? evaluated.get(c.id()) : step(c, q, before, needed, has, listed),
                            goal.certificate(), required(goal.certificate(), c.id()));
                    steps.add(s);
                    held.add(c.id());
                }
            }
        }
        Plan.Verdict verdict = !steps.isEmpty() ? Plan.Verdict.HELPS
                : !listed.apply(q.withYears(MORE_YEARS)).equals(before) ? Plan.Verdict.EXPERIENCE_GAP
                : now != null && before.isEmpty() && noPostingFor(targets, now) ? Plan.Verdict.NO_POSTINGS
                : Plan.Verdict.NOTHING_ADDS;
        return new Plan(p.lang(), targets, before.size(), steps, verdict, candidates.size(), generation);
    }

    private boolean advised(Certificate.Prerequisite pre, Level seeker) {
        Certificate c = catalogue.get(pre.certificateId()).orElseThrow();
        return !c.retired() && c.level() != null && (seeker == null || seeker.compareTo(c.level()) < 0);
    }

    private static boolean required(Certificate goal, String prerequisiteId) {
        return goal.prerequisites().stream().anyMatch(x -> x.certificateId().equals(prerequisiteId) && x.required());
    }

    private static Plan.Step withRole(Plan.Step s, Certificate goal, boolean required) {
        return new Plan.Step(s.certificate(), goal.id(), required, s.coversSkills(), s.uplift(), s.entering(), s.upliftPerHour());
    }

    private Plan.Step step(Certificate c, MatchQuery q, Set<String> before, Set<String> needed, Set<String> has,
                           Function<MatchQuery, Set<String>> listed) {
        Set<String> after = new TreeSet<>(listed.apply(Demand.holding(q, c)));
        after.removeAll(before);
        List<String> covers = c.skills().stream().filter(needed::contains).filter(s -> !has.contains(s)).toList();
        Double perHour = c.hours() == null ? null : after.size() / c.hours();
        return new Plan.Step(c, null, false, covers, after.size(), List.copyOf(after), perHour);
    }

    /** Known hours first (uplift per hour, high first), then unknown hours by uplift; then lower level, then id. */
    static final Comparator<Plan.Step> RANKING = Comparator
            .comparing((Plan.Step s) -> s.upliftPerHour() == null)
            .thenComparing(s -> s.upliftPerHour() == null ? 0.0 : -s.upliftPerHour())
            .thenComparing(s -> -s.uplift())
            .thenComparing(s -> s.certificate().level() == null ? Integer.MAX_VALUE : s.certificate().level().ordinal())
            .thenComparing(s -> s.certificate().id());

    /** What the targets need: the skills of the target occupations and those the seeker's current matches ask for. */
    private Set<String> neededSkills(List<String> targets, List<Match> now) {
        Set<String> out = new TreeSet<>();
        for (String t : Candidates.withLinks(targets, taxonomy)) {
            taxonomy.skillsOf(t).stream().map(Skill::id).forEach(out::add);
        }
        now.forEach(m -> m.missing().stream().map(PostingSkill::skillId).forEach(out::add));
        return out;
    }

    private boolean noPostingFor(List<String> targets, List<Match> now) {
        Set<String> wanted = Candidates.withLinks(targets, taxonomy);
        return now.stream().noneMatch(m -> m.posting().occupations().stream().anyMatch(wanted::contains));
    }
}

package io.jobpilot.matching;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.jobpilot.postings.IndexedPosting;
import io.jobpilot.postings.Places;
import io.jobpilot.postings.PostingIndex;
import io.jobpilot.postings.Retrieval;
import io.jobpilot.taxonomy.OccupationLink;
import io.jobpilot.taxonomy.Taxonomy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Matched openings for a query: hybrid retrieval from the index, then the deterministic {@link MatchScorer}, then a
 * per-employer cap so one employer cannot fill the list. Results are cached by (query fingerprint, limit, index
 * generation): a refresh makes a new generation, so a cached answer is never stale.
 */
public final class Matcher {
    /** At most this many postings of one employer in one list. */
    static final int PER_EMPLOYER = 2;
    private static final int CANDIDATES = 60;
    private final PostingIndex index;
    private final Taxonomy taxonomy;
    private final MatchScorer scorer;
    private final Clock clock;
    private final boolean includeArchived;
    /**
     * The match cache's budget in bytes. Lists are kept in their compact form ({@link CachedMatches}) and weighed by
     * its exact size: a count of entries alone let the cache hold gigabytes of postings.
     */
    static final long CACHE_BYTES = 64L << 20;
    private final Cache<String, byte[]> cache = Caffeine.newBuilder().maximumWeight(CACHE_BYTES)
            .weigher((String key, byte[] matches) -> weight(key, matches)).build();

    /** @param includeArchived also match the shipped archive sample (closed postings, labelled as such) */
    public Matcher(PostingIndex index, Taxonomy taxonomy, Clock clock, boolean includeArchived) {
        this.index = index;
        this.taxonomy = taxonomy;
        this.scorer = new MatchScorer(taxonomy);
        this.clock = clock;
        this.includeArchived = includeArchived;
    }

    public List<Match> match(MatchQuery q, int limit) {
        String key = q.fingerprint() + "|" + limit + "|" + index.generation() + "|" + LocalDate.now(clock);
        byte[] cached = cache.getIfPresent(key);
        if (cached != null) {
            return CachedMatches.read(cached);
        }
        List<Match> matches = compute(q, limit);
        cache.put(key, CachedMatches.write(matches));
        return matches;
    }

    /** What a cached list weighs: its bytes, its key's characters, and the entry's own overhead. */
    static int weight(String key, byte[] matches) {
        return matches.length + 2 * key.length() + 64;
    }

    private List<Match> compute(MatchQuery asked, int limit) {
        MatchQuery q = understood(asked);
        LocalDate today = LocalDate.now(clock);
        Set<String> targets = expand(q.targetOccupations());
        List<String> places = q.location() == null ? List.of() : List.copyOf(Places.keys(q.location()));
        Retrieval.Filters filters = new Retrieval.Filters(today, includeArchived, q.remoteOnly(), places, List.of(),
                null, q.blockedCompanies(), q.blockedKeywords());
        String text = q.text() != null && !q.text().isBlank() ? q.text() : targetText(q);
        Retrieval r = new Retrieval(text, q.lang(), q.skills().stream().map(MatchQuery.SkillClaim::skillId).toList(),
                List.copyOf(targets), filters, CANDIDATES);
        Map<String, Instant> checked = index.checkedAt();
        List<Match> scored = new ArrayList<>();
        for (PostingIndex.Candidate c : index.retrieve(r)) {
            scored.add(scorer.score(q, targets, c.posting(), today, provenance(c.posting(), checked, today, q.lang())));
        }
        scored.sort(Comparator.comparingDouble(Match::score).reversed().thenComparing(m -> m.posting().id()));
        return capPerEmployer(scored, limit);
    }

    /**
     * A query given only as text (a search) gets its targets and skills from the taxonomy, so the ranking has
     * something to judge by; what the caller stated is never overridden.
     */
    private MatchQuery understood(MatchQuery q) {
        if (q.text() == null || q.text().isBlank()) {
            return q;
        }
        MatchQuery out = q;
        if (q.targetOccupations().isEmpty()) {
            var title = taxonomy.normaliseTitle(q.text());
            out = out.withTargets(title.matches().stream().filter(m -> m.score() >= TARGET_SCORE).limit(3)
                    .map(m -> m.occupation().id()).toList());
        }
        if (q.skills().isEmpty()) {
            out = out.withSkills(taxonomy.extractSkills(q.text()).stream()
                    .map(m -> new MatchQuery.SkillClaim(m.skill().id(), m.evidence())).toList());
        }
        return out;
    }

    private static final double TARGET_SCORE = 0.5;

    static List<Match> capPerEmployer(List<Match> ranked, int limit) {
        Map<String, Integer> perEmployer = new HashMap<>();
        List<Match> out = new ArrayList<>();
        for (Match m : ranked) {
            String org = m.posting().posting().hiringOrganization();
            String key = org == null ? "?" + m.posting().id() : org.toLowerCase(java.util.Locale.ROOT);
            if (perEmployer.merge(key, 1, Integer::sum) <= PER_EMPLOYER) {
                out.add(m);
            }
            if (out.size() == limit) {
                break;
            }
        }
        return List.copyOf(out);
    }

    /** Target occupations with their counterparts in the other taxonomy (a Korean target meets English postings). */
    private Set<String> expand(List<String> targets) {
        Set<String> out = new LinkedHashSet<>(targets);
        for (String t : targets) {
            taxonomy.links(t).stream().map(OccupationLink::to).forEach(out::add);
        }
        return out;
    }

    private String targetText(MatchQuery q) {
        List<String> words = new ArrayList<>();
        q.targetOccupations().forEach(t -> taxonomy.occupation(t).ifPresent(o -> words.add(o.label(q.lang()))));
        q.skills().forEach(s -> taxonomy.skill(s.skillId()).ifPresent(k -> words.add(k.label(q.lang()))));
        return String.join(" ", words);
    }

    private String provenance(IndexedPosting ip, Map<String, Instant> checked, LocalDate today, String lang) {
        var p = ip.posting();
        String source = p.provenance().source();
        Instant when = checked.getOrDefault(source, p.provenance().fetchedAt());
        String text = io.jobpilot.postings.ShippedSample.isSample(source)
                ? Phrases.get("sample", lang, Sources.display(source))
                : Phrases.get("checked", lang, Sources.display(source), ago(when, lang));
        if (p.validThrough() != null && p.validThrough().isBefore(today)) {
            text += "; " + Phrases.get("closed", lang, p.validThrough());
        }
        return text;
    }

    private String ago(Instant when, String lang) {
        Duration d = Duration.between(when, clock.instant());
        boolean ko = "ko".equals(lang);
        if (d.toMinutes() < 60) {
            return ko ? Math.max(1, d.toMinutes()) + "분 전" : Math.max(1, d.toMinutes()) + " min ago";
        }
        if (d.toHours() < 48) {
            return ko ? d.toHours() + "시간 전" : d.toHours() + " h ago";
        }
        return ko ? d.toDays() + "일 전" : d.toDays() + " days ago";
    }

    /**
     * The reverse direction: rank candidates (as match queries, e.g. consenting seekers' profiles) for one posting
     * with the same scoring. Returns the candidates' indexes in {@code candidates}, best first, with their matches.
     */
    public List<Ranked> rankCandidates(IndexedPosting posting, List<MatchQuery> candidates) {
        LocalDate today = LocalDate.now(clock);
        List<Ranked> out = new ArrayList<>();
        for (int i = 0; i < candidates.size(); i++) {
            MatchQuery q = candidates.get(i);
            out.add(new Ranked(i, scorer.score(q, expand(q.targetOccupations()), posting, today, "")));
        }
        out.sort(Comparator.comparingDouble((Ranked r) -> r.match().score()).reversed().thenComparingInt(Ranked::candidate));
        return out;
    }

    /** One candidate of the reverse direction: its position in the input list and its match to the posting. */
    public record Ranked(int candidate, Match match) {
    }
}

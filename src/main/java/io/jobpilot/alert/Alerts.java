package io.jobpilot.alert;

import io.jobpilot.conversation.Outbox;
import io.jobpilot.interview.Interview;
import io.jobpilot.matching.Matcher;
import io.jobpilot.matching.MatchQuery;
import io.jobpilot.matching.ProfileQueries;
import io.jobpilot.postings.IndexedPosting;
import io.jobpilot.postings.PostingIndex;
import io.jobpilot.profile.ProfileStore;
import io.jobpilot.profile.SeekerProfile;
import io.jobpilot.prompts.Templates;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Alerts for new matching openings. {@link #afterRefresh} matches the postings a refresh added or changed against
 * every opted-in seeker who agreed to have their data stored, and records each match above the seeker's threshold
 * once ever; {@link #deliver} then posts what the {@link Dispatch rules} let go now and holds back the rest (quiet
 * hours, daily digests, caps) for a later pass.
 */
public final class Alerts {
    private final AlertStore store;
    private final ProfileStore profiles;
    private final Supplier<Matcher> matcher;
    private final Supplier<PostingIndex> index;
    private final Clock clock;
    private final Dispatch dispatch;
    private final AlertCommand command;

    public Alerts(AlertStore store, ProfileStore profiles, Outbox outbox, Supplier<Matcher> matcher,
                  Supplier<PostingIndex> index, Templates templates, Clock clock, AlertRules rules) {
        this.store = store;
        this.profiles = profiles;
        this.matcher = matcher;
        this.index = index;
        this.clock = clock;
        this.dispatch = new Dispatch(store, profiles, outbox, templates, clock, rules);
        this.command = new AlertCommand(store, templates, clock);
    }

    /** The chat command {@code /alerts}. */
    public AlertCommand command() {
        return command;
    }

    /** What one pass did: matches recorded and notices posted. */
    public record Pass(int found, int notices) {
    }

    /** Records new matches among {@code postingIds} (missing or closed ones are skipped), then delivers. */
    public Pass afterRefresh(List<String> postingIds) {
        List<SeekerProfile> seekers = new ArrayList<>();
        List<AlertSettings> settings = new ArrayList<>();
        for (AlertSettings s : store.enabled()) {
            Optional<SeekerProfile> p = profiles.current(s.userId()).filter(x -> x.consent().storeData());
            if (p.isPresent() && !p.get().targets().isEmpty()) {
                seekers.add(p.get());
                settings.add(s);
            }
        }
        int found = 0;
        if (!seekers.isEmpty()) {
            List<MatchQuery> queries = seekers.stream().map(ProfileQueries::from).toList();
            Instant now = clock.instant();
            for (String id : postingIds) {
                Optional<IndexedPosting> posting = index.get().get(id).filter(p -> open(p, now));
                if (posting.isEmpty()) {
                    continue;
                }
                for (Matcher.Ranked r : matcher.get().rankCandidates(posting.get(), queries)) {
                    AlertSettings s = settings.get(r.candidate());
                    if (r.match().score() >= s.threshold() && store.found(item(s.userId(), posting.get(), r, now))) {
                        found++;
                    }
                }
            }
        }
        return new Pass(found, deliver());
    }

    /** Posts the notices the rules allow now; returns how many. */
    public int deliver() {
        return dispatch.run();
    }

    private boolean open(IndexedPosting p, Instant now) {
        return !p.posting().expiredOn(java.time.LocalDate.ofInstant(now, clock.getZone()));
    }

    private static AlertStore.Item item(String userId, IndexedPosting p, Matcher.Ranked r, Instant now) {
        String org = p.posting().hiringOrganization();
        return new AlertStore.Item(userId, p.id(), org == null ? "" : org, p.posting().title(), r.match().score(), now);
    }

    /** The button under every alert: the seeker's current matches. */
    static List<Interview.Choice> choices(String lang) {
        return List.of("ko".equals(lang) ? new Interview.Choice("맞는 공고 보기", "/공고")
                : new Interview.Choice("See my matches", "/jobs"));
    }
}

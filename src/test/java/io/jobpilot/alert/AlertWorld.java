package io.jobpilot.alert;

import io.jobpilot.conversation.ConversationStore;
import io.jobpilot.conversation.Outbox;
import io.jobpilot.matching.Matcher;
import io.jobpilot.postings.FeedResult;
import io.jobpilot.postings.Fixtures;
import io.jobpilot.postings.Posting;
import io.jobpilot.postings.PostingBuilder;
import io.jobpilot.postings.PostingEnricher;
import io.jobpilot.postings.PostingIndex;
import io.jobpilot.postings.PostingRefresher;
import io.jobpilot.profile.SeekerProfile;
import io.jobpilot.prompts.Templates;
import io.jobpilot.store.SqliteStore;
import io.jobpilot.taxonomy.Taxonomy;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

/** A real store, a real index and the shipped taxonomy, with a clock the test moves; one world per test. */
final class AlertWorld implements AutoCloseable {
    private static Taxonomy taxonomy;
    final MutableClock clock = new MutableClock(Fixtures.NOW);
    final SqliteStore store;
    final PostingIndex index;
    final Matcher matcher;
    final Alerts alerts;
    private final PostingRefresher refresher;

    AlertWorld(Path dir) {
        store = SqliteStore.open(dir.resolve("data"));
        index = PostingIndex.open(dir.resolve("index"), null);
        matcher = new Matcher(index, taxonomy(), clock, false);
        refresher = new PostingRefresher(index, new PostingEnricher(taxonomy()), clock);
        alerts = new Alerts(store.alerts(), store, store, () -> matcher, () -> index, new Templates(), clock,
                AlertRules.DEFAULTS);
    }

    static synchronized Taxonomy taxonomy() {
        if (taxonomy == null) {
            taxonomy = Taxonomy.load(Taxonomy.Options.shipped(null));
        }
        return taxonomy;
    }

    /** A Korean backend developer in Seoul (Java), who agreed to be stored. */
    String koreanDeveloper(String name) {
        return seeker(name, "ko", new SeekerProfile.TargetRole("esco:2512.4", "백엔드 개발자", "백엔드 개발자"),
                new SeekerProfile.SkillEvidence("onet:java", "Java", "자바 5년", "interview:skills"), "서울", true);
    }

    /** An English data analyst (Python, SQL), who agreed to be stored. */
    String englishAnalyst(String name) {
        return seeker(name, "en", new SeekerProfile.TargetRole("esco:2511.3", "data analyst", "data analyst"),
                new SeekerProfile.SkillEvidence("tech:sql", "SQL", "SQL every day", "interview:skills"), "New York", true);
    }

    String seeker(String name, String lang, SeekerProfile.TargetRole target, SeekerProfile.SkillEvidence skill,
                  String place, boolean consented) {
        String user = store.userFor("test", name);
        SeekerProfile p = new SeekerProfile(user, 1, lang, List.of(target), List.of(skill), 5, List.of(), null, place,
                true, false, null, List.of(), List.of(lang), List.of(),
                new SeekerProfile.Consent(consented, consented ? Fixtures.NOW : null, false, null));
        store.commit(new ConversationStore.Turn(user, "test", name + "/1", "profile", List.of("ok"), "{}", p, consented,
                Fixtures.NOW));
        return user;
    }

    void optIn(String user, AlertSettings.Frequency frequency) {
        store.alerts().save(new AlertSettings(user, true, frequency, AlertSettings.DEFAULT_THRESHOLD, clock.instant()));
    }

    /** A Seoul backend posting of {@code company} the Korean developer matches. */
    static Posting backend(String id, String company) {
        return Fixtures.ko("t", id, "백엔드 개발자 " + id).hiringOrganization(company)
                .qualifications("자바, 스프링 부트, REST API 경험 3년 이상 (" + id + ")")
                .location(new Posting.Location(null, "서울", "KR", "서울특별시 강남구"))
                .validThrough(Fixtures.TODAY.plusDays(30)).build(Fixtures.NOW);
    }

    /** A New York data analyst posting the English analyst matches. */
    static Posting analyst(String id, String company) {
        return Fixtures.en("t", id, "Data Analyst " + id).hiringOrganization(company)
                .qualifications("SQL, Python, Tableau. 3+ years.")
                .location(new Posting.Location("New York", "NY", "US", null))
                .validThrough(Fixtures.TODAY.plusDays(30)).build(Fixtures.NOW);
    }

    /** A posting nobody here matches. */
    static Posting barista(String id) {
        PostingBuilder b = Fixtures.ko("t", id, "바리스타 (파트타임)").hiringOrganization("동네카페")
                .qualifications("고객 응대, 커피 제조").location(new Posting.Location(null, "대전", "KR", "대전광역시"));
        return b.build(Fixtures.NOW);
    }

    /** A refresh of a partial feed (nothing missing is deleted), then the alert pass, as {@code ingest} does it. */
    Alerts.Pass refresh(Posting... postings) {
        PostingRefresher.Report r = refresher.refresh(List.of(new PostingRefresher.SourceBatch("t",
                new FeedResult(List.of(postings), List.of()), false, false)));
        return alerts.afterRefresh(r.changedIds());
    }

    List<Outbox.Notice> notices(String user) {
        return store.pending(user);
    }

    void at(String instant) {
        clock.set(Instant.parse(instant));
    }

    @Override
    public void close() {
        index.close();
        store.close();
    }
}

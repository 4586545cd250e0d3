package io.jobpilot.postings;

import io.jobpilot.taxonomy.Taxonomy;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;

import static io.jobpilot.postings.Fixtures.NOW;
import static io.jobpilot.postings.Fixtures.TODAY;
import static io.jobpilot.postings.Fixtures.en;
import static io.jobpilot.postings.Fixtures.feed;
import static io.jobpilot.postings.Fixtures.ko;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PostingIndexTest {
    private static Taxonomy taxonomy;
    @TempDir
    Path dir;
    private Fixtures.CountingEmbedder embedder;
    private PostingIndex index;
    private PostingRefresher refresher;

    @BeforeAll
    static void taxonomy() {
        taxonomy = Taxonomy.load(Taxonomy.Options.shipped(null));
    }

    @BeforeEach
    void open() {
        embedder = new Fixtures.CountingEmbedder();
        index = PostingIndex.open(dir.resolve("index"), embedder);
        refresher = new PostingRefresher(index, new PostingEnricher(taxonomy), Clock.fixed(NOW, ZoneOffset.UTC));
    }

    @AfterEach
    void close() {
        index.close();
    }

    private PostingRefresher.Report refresh(String source, Posting... postings) {
        return refresher.refresh(List.of(new PostingRefresher.SourceBatch(source, feed(postings), true, false)));
    }

    private static List<Posting> javaPostings() {
        return List.of(
                en("t", "1", "Java Developer").description("Build REST APIs with Java and Spring Boot.").build(NOW),
                en("t", "2", "Registered Nurse").description("Patient care in a city hospital.").build(NOW),
                ko("t", "3", "백엔드 개발자").description("스프링 부트로 REST API 개발, 파이썬 데이터 분석").build(NOW));
    }

    @Test
    void refreshingAnUnchangedFeedReEmbedsNothing() {
        PostingRefresher.Report first = refresh("t", javaPostings().toArray(Posting[]::new));
        assertThat(first.added()).isEqualTo(3);
        assertThat(first.embedded()).isEqualTo(2); // the Korean posting has no vector: the model is English-only
        int calls = embedder.calls.get();
        PostingRefresher.Report second = refresh("t", javaPostings().toArray(Posting[]::new));
        assertThat(second.unchanged()).isEqualTo(3);
        assertThat(second.embedded()).isZero();
        assertThat(embedder.calls.get()).isEqualTo(calls);
        assertThat(second.generation()).isEqualTo(first.generation() + 1);
    }

    @Test
    void reopeningTheIndexAlsoKnowsWhatIsUnchanged() {
        refresh("t", javaPostings().toArray(Posting[]::new));
        index.close();
        index = PostingIndex.open(dir.resolve("index"), embedder);
        refresher = new PostingRefresher(index, new PostingEnricher(taxonomy), Clock.fixed(NOW, ZoneOffset.UTC));
        int calls = embedder.calls.get();
        assertThat(refresh("t", javaPostings().toArray(Posting[]::new)).unchanged()).isEqualTo(3);
        assertThat(embedder.calls.get()).isEqualTo(calls);
        assertThat(index.checkedAt()).containsEntry("t", NOW);
    }

    @Test
    void onlyTheChangedPostingIsReEmbedded() {
        refresh("t", javaPostings().toArray(Posting[]::new));
        List<Posting> changed = new ArrayList<>(javaPostings());
        changed.set(0, en("t", "1", "Java Developer").description("Build REST APIs with Java 21 and Spring Boot.").build(NOW));
        PostingRefresher.Report r = refresh("t", changed.toArray(Posting[]::new));
        assertThat(r.updated()).isEqualTo(1);
        assertThat(r.unchanged()).isEqualTo(2);
        assertThat(r.embedded()).isEqualTo(1);
    }

    @Test
    void expiredPostingsAreNeverIndexedAndLeaveAtTheNextRefresh() {
        Posting open = en("t", "open", "Data Analyst").validThrough(TODAY.plusDays(5)).build(NOW);
        Posting closing = en("t", "closing", "Data Engineer").validThrough(TODAY).build(NOW);
        Posting expired = en("t", "old", "Data Scientist").validThrough(TODAY.minusDays(1)).build(NOW);
        PostingRefresher.Report r = refresh("t", open, closing, expired);
        assertThat(r.expired()).isEqualTo(1);
        assertThat(index.get("t:old")).isEmpty();
        assertThat(index.get("t:closing")).isPresent(); // open through its last day
        Clock tomorrow = Clock.fixed(NOW.plusSeconds(86_400), ZoneOffset.UTC);
        PostingRefresher later = new PostingRefresher(index, new PostingEnricher(taxonomy), tomorrow);
        PostingRefresher.Report next = later.refresh(List.of(new PostingRefresher.SourceBatch("t", feed(open, closing), true, false)));
        assertThat(next.expired()).isEqualTo(1);
        assertThat(index.get("t:closing")).isEmpty();
    }

    @Test
    void expiredPostingsAreNotRetrievedEvenBeforeTheRefresh() {
        refresh("t", en("t", "1", "Data Analyst").validThrough(TODAY.plusDays(1)).build(NOW));
        Retrieval r = new Retrieval("data analyst", "en", List.of(), List.of(),
                Retrieval.Filters.openOn(TODAY.plusDays(2), false), 10);
        assertThat(index.retrieve(r)).isEmpty();
    }

    @Test
    void underAWideOrANarrowFilterOnlyPassingPostingsAreRetrieved() {
        // meaning search post-filters its hits when most postings pass (here: still open) and runs filtered when few do
        // (here: Busan); either way nothing that fails the filters may come back
        List<Posting> postings = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            postings.add(en("t", "s" + i, "Data Analyst " + i).location(new Posting.Location("Seoul", null, "KR", null))
                    .validThrough(TODAY.plusDays(i % 4 == 0 ? 1 : 30)).build(NOW));
        }
        postings.add(en("t", "b1", "Data Analyst").location(new Posting.Location("Busan", null, "KR", null))
                .validThrough(TODAY.plusDays(30)).build(NOW));
        postings.add(en("t", "b2", "Data Analyst").location(new Posting.Location("Busan", null, "KR", null))
                .validThrough(TODAY.plusDays(1)).build(NOW));
        refresh("t", postings.toArray(Posting[]::new));
        var later = TODAY.plusDays(2);
        List<String> open = index.retrieve(new Retrieval("data analyst", "en", List.of(), List.of(),
                Retrieval.Filters.openOn(later, false), 50)).stream().map(c -> c.posting().id()).toList();
        assertThat(open).hasSize(31).contains("t:b1").doesNotContain("t:b2", "t:s0", "t:s4", "t:s36");
        var busan = new Retrieval.Filters(later, false, false, List.of("busan"), List.of(), null, Set.of(), Set.of());
        List<String> inBusan = index.retrieve(new Retrieval("data analyst", "en", List.of(), List.of(), busan, 50))
                .stream().map(c -> c.posting().id()).toList();
        assertThat(inBusan).containsExactly("t:b1");
    }

    @Test
    void waitingForMergesKeepsThePostingsAndTheGeneration() {
        for (int batch = 0; batch < 4; batch++) {
            List<Posting> postings = new ArrayList<>();
            for (int i = 0; i < 5; i++) {
                postings.add(en("t", batch + "-" + i, "Data Analyst " + batch + " " + i).build(NOW));
            }
            refresher.refresh(List.of(new PostingRefresher.SourceBatch("t" + batch, feed(postings.toArray(Posting[]::new)),
                    true, false)));
        }
        var before = index.hashes();
        long generation = index.generation();
        index.awaitMerges();
        assertThat(index.hashes()).isEqualTo(before).hasSize(20);
        assertThat(index.generation()).isEqualTo(generation);
        assertThat(index.segments()).isBetween(1, 4);
        index.close();
        index = PostingIndex.open(dir.resolve("index"), embedder); // the settled index is what a restart opens
        assertThat(index.hashes()).isEqualTo(before);
        assertThat(index.generation()).isEqualTo(generation);
    }

    @Test
    void waitingForMergesRunsTheMergesThePolicyWants() throws Exception {
        index.close();
        // an index written under another merge policy (here: none), in twelve one-posting segments
        try (var d = org.apache.lucene.store.FSDirectory.open(dir.resolve("index"));
             var w = new org.apache.lucene.index.IndexWriter(d, new org.apache.lucene.index.IndexWriterConfig()
                     .setMergePolicy(org.apache.lucene.index.NoMergePolicy.INSTANCE))) {
            for (int i = 0; i < 12; i++) {
                Posting p = en("t", Integer.toString(i), "Data Analyst " + i).build(NOW);
                w.addDocument(PostingDocument.of(new IndexedPosting(p, List.of(), List.of(), false, ""), null, false));
                w.setLiveCommitData(java.util.Map.of("jobpilot.generation", "3", "jobpilot.schema", PostingIndex.SCHEMA,
                        "jobpilot.embedder", embedder.model()).entrySet());
                w.commit();
            }
        }
        index = PostingIndex.open(dir.resolve("index"), embedder);
        assertThat(index.segments()).isEqualTo(12);
        index.awaitMerges();
        assertThat(index.segments()).isLessThan(12);
        assertThat(index.size()).isEqualTo(12);
        assertThat(index.generation()).isEqualTo(3);
        assertThat(index.get("t:7")).isPresent();
    }

    @Test
    void sameContentFromTwoSourcesIsKeptOnce() {
        Posting a = en("alio", "9", "Office Administrator").hiringOrganization("City Hall").build(NOW);
        Posting b = en("mirror", "x-9", "Office Administrator").hiringOrganization("City Hall").build(NOW);
        PostingRefresher.Report r = refresher.refresh(List.of(
                new PostingRefresher.SourceBatch("alio", feed(a), true, false),
                new PostingRefresher.SourceBatch("mirror", feed(b), true, false)));
        assertThat(r.duplicates()).isEqualTo(1);
        assertThat(index.size()).isEqualTo(1);
        assertThat(index.get("alio:9")).isPresent();
    }

    @Test
    void samePostingTwiceInOneFeedIsKeptOnce() {
        Posting a = en("t", "1", "Nurse").build(NOW);
        Posting a2 = en("t", "1", "Nurse (updated)").build(NOW);
        refresh("t", a, a2);
        assertThat(index.size()).isEqualTo(1);
        assertThat(index.get("t:1").orElseThrow().posting().title()).isEqualTo("Nurse (updated)");
    }

    @Test
    void aPostingGoneFromACompleteFeedIsRemovedButAnIncompleteFeedKeepsItsPostings() {
        refresh("t", javaPostings().toArray(Posting[]::new));
        PostingRefresher.Report partial = refresher.refresh(List.of(
                new PostingRefresher.SourceBatch("t", feed(javaPostings().get(0)), false, false)));
        assertThat(partial.removed()).isZero();
        assertThat(index.size()).isEqualTo(3);
        PostingRefresher.Report complete = refresh("t", javaPostings().get(0));
        assertThat(complete.removed()).isEqualTo(2);
        assertThat(index.size()).isEqualTo(1);
    }

    @Test
    void aFailedRefreshKeepsThePreviousGenerationServing() {
        refresh("t", javaPostings().toArray(Posting[]::new));
        long generation = index.generation();
        embedder.fail = true;
        assertThatThrownBy(() -> refresh("t", en("t", "new", "Cloud Engineer").description("AWS").build(NOW)))
                .hasMessageContaining("embedding model is down");
        embedder.fail = false;
        assertThat(index.generation()).isEqualTo(generation);
        assertThat(index.size()).isEqualTo(3);
        assertThat(index.get("t:new")).isEmpty();
        // and the index still takes the next refresh
        assertThat(refresh("t", javaPostings().toArray(Posting[]::new)).generation()).isEqualTo(generation + 1);
    }

    @Test
    void aFailedCommitIsRolledBack() {
        refresh("t", javaPostings().toArray(Posting[]::new));
        long generation = index.generation();
        IndexedPosting broken = new IndexedPosting(en("t", "b", "Broken").build(NOW), List.of(), List.of(), true, "");
        float[] wrongDimensions = new float[3];
        assertThatThrownBy(() -> index.apply(new IndexChanges(
                List.of(new IndexChanges.Upsert(new PostingEnricher(taxonomy).enrich(en("t", "ok", "Fine").build(NOW)), null, false),
                        new IndexChanges.Upsert(broken, wrongDimensions, false)), List.of("t:1"), java.util.Map.of())))
                .hasMessageContaining("rolled back");
        assertThat(index.generation()).isEqualTo(generation);
        assertThat(index.get("t:1")).isPresent();
        assertThat(index.get("t:ok")).isEmpty();
    }

    @Test
    void queriesDuringRefreshesSeeOneWholeGeneration() throws Exception {
        List<Posting> a = new ArrayList<>();
        List<Posting> b = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            a.add(en("t", "a" + i, "Warehouse Worker " + i).description("forklift pallets").build(NOW));
        }
        for (int i = 0; i < 25; i++) {
            b.add(en("t", "b" + i, "Warehouse Worker B" + i).description("forklift pallets").build(NOW));
        }
        refresh("t", a.toArray(Posting[]::new));
        AtomicBoolean running = new AtomicBoolean(true);
        Retrieval r = new Retrieval("warehouse worker", "en", List.of(), List.of(), Retrieval.Filters.openOn(TODAY, false), 500);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        List<Future<Set<Integer>>> readers = new ArrayList<>();
        for (int t = 0; t < 2; t++) {
            readers.add(pool.submit(() -> {
                Set<Integer> sizes = new java.util.HashSet<>();
                while (running.get()) {
                    sizes.add(index.retrieve(r).size());
                }
                return sizes;
            }));
        }
        for (int i = 0; i < 6; i++) {
            refresh("t", (i % 2 == 0 ? b : a).toArray(Posting[]::new));
        }
        running.set(false);
        for (Future<Set<Integer>> f : readers) {
            assertThat(f.get()).isSubsetOf(40, 25);
        }
        pool.shutdown();
    }

    @Test
    void koreanAndEnglishQueriesFindTheirPostings() {
        refresh("t", javaPostings().toArray(Posting[]::new));
        List<String> ko = index.retrieve(new Retrieval("백엔드 개발", "ko", List.of(), List.of(),
                Retrieval.Filters.openOn(TODAY, false), 10)).stream().map(c -> c.posting().id()).toList();
        assertThat(ko.get(0)).isEqualTo("t:3");
        List<String> en = index.retrieve(new Retrieval("java developer", "en", List.of(), List.of(),
                Retrieval.Filters.openOn(TODAY, false), 10)).stream().map(c -> c.posting().id()).toList();
        assertThat(en.get(0)).isEqualTo("t:1");
    }

    @Test
    void enrichmentAddsSkillsWithThePostingsWordsAndAnInferredOccupation() {
        refresh("t", javaPostings().toArray(Posting[]::new));
        IndexedPosting p = index.get("t:3").orElseThrow();
        assertThat(p.skills()).extracting(PostingSkill::skillId).contains("tech:spring-boot", "tech:python");
        assertThat(p.skills()).filteredOn(s -> s.skillId().equals("tech:python")).extracting(PostingSkill::evidence)
                .containsExactly("파이썬");
        assertThat(p.occupationInferred()).isTrue();
        assertThat(p.occupations()).contains("esco:2512.4");
    }

    @Test
    void anIndexWrittenWithAnOlderLayoutIsEmptiedAndRefilledAtTheNextRefresh() throws Exception {
        refresh("t", javaPostings().toArray(Posting[]::new));
        index.close();
        // simulate an index of an older layout: same documents, commit data without the schema version
        try (var dirOld = org.apache.lucene.store.FSDirectory.open(dir.resolve("index"));
             var w = new org.apache.lucene.index.IndexWriter(dirOld, new org.apache.lucene.index.IndexWriterConfig())) {
            w.setLiveCommitData(java.util.Map.of("jobpilot.generation", "7").entrySet());
            w.commit();
        }
        index = PostingIndex.open(dir.resolve("index"), embedder);
        assertThat(index.size()).isZero();
        refresher = new PostingRefresher(index, new PostingEnricher(taxonomy), Clock.fixed(NOW, ZoneOffset.UTC));
        assertThat(refresh("t", javaPostings().toArray(Posting[]::new)).added()).isEqualTo(3);
    }
}

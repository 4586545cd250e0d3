package io.jobpilot.postings;

import org.apache.lucene.analysis.core.WhitespaceAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.KnnFloatVectorField;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.NoMergePolicy;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexOrDocValuesQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.KnnFloatVectorQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The post-filter must give exactly what the filter joined into the query gives: checked on a temp-dir index of several
 * segments (with deletions), random words, places, validity dates and vectors, against Lucene's own filtered search.
 */
class PostFilterTest {
    private static final String[] WORDS = {"java", "nurse", "driver", "data", "cook", "teacher", "sales", "clerk",
            "python", "care", "night", "senior", "junior", "remote", "city", "office"};
    private static final String[] PLACES = {"seoul", "busan", "nyc", "gwangju", "jeju"};
    private final Random random = new Random(42);
    @TempDir
    Path dir;
    private FSDirectory directory;
    private DirectoryReader reader;
    private IndexSearcher searcher;

    @BeforeEach
    void index() throws IOException {
        directory = FSDirectory.open(dir);
        IndexWriterConfig config = new IndexWriterConfig(new WhitespaceAnalyzer()).setMergePolicy(NoMergePolicy.INSTANCE);
        try (IndexWriter w = new IndexWriter(directory, config)) {
            for (int i = 0; i < 3000; i++) {
                Document d = new Document();
                d.add(new StringField("id", Integer.toString(i), Field.Store.YES));
                StringBuilder text = new StringBuilder();
                for (int j = 0, n = 3 + random.nextInt(8); j < n; j++) {
                    text.append(WORDS[(int) Math.min(WORDS.length - 1, Math.abs(random.nextGaussian()) * 5)]).append(' ');
                }
                d.add(new TextField("text", text.toString(), Field.Store.NO));
                d.add(new StringField("place", PLACES[random.nextInt(i % 7 == 0 ? 1 : PLACES.length)], Field.Store.NO));
                if (random.nextInt(10) == 0) {
                    d.add(new StringField("remote", "1", Field.Store.NO));
                }
                long until = 100 + random.nextInt(100);
                d.add(new LongPoint("until", until));
                d.add(new NumericDocValuesField("until", until));
                float[] v = new float[8];
                for (int j = 0; j < v.length; j++) {
                    v[j] = (float) random.nextGaussian();
                }
                d.add(new KnnFloatVectorField("v", v));
                w.addDocument(d);
                if (i % 700 == 699) {
                    w.commit(); // several segments
                }
            }
            for (int i = 0; i < 3000; i += 13) {
                w.deleteDocuments(new Term("id", Integer.toString(i)));
            }
        }
        reader = DirectoryReader.open(directory);
        searcher = new IndexSearcher(reader);
        assertThat(reader.leaves().size()).isGreaterThan(3);
    }

    @AfterEach
    void close() throws IOException {
        reader.close();
        directory.close();
    }

    private Query randomFilter() {
        long day = 100 + random.nextInt(100);
        BooleanQuery.Builder b = new BooleanQuery.Builder().add(new MatchAllDocsQuery(), Occur.MUST)
                .add(new IndexOrDocValuesQuery(LongPoint.newRangeQuery("until", day, Long.MAX_VALUE),
                        NumericDocValuesField.newSlowRangeQuery("until", day, Long.MAX_VALUE)), Occur.FILTER);
        if (random.nextBoolean()) {
            BooleanQuery.Builder places = new BooleanQuery.Builder();
            places.add(new TermQuery(new Term("place", PLACES[random.nextInt(PLACES.length)])), Occur.SHOULD);
            places.add(new TermQuery(new Term("remote", "1")), Occur.SHOULD);
            b.add(places.build(), Occur.FILTER);
        }
        if (random.nextBoolean()) {
            b.add(new TermQuery(new Term("text", WORDS[random.nextInt(WORDS.length)])), Occur.MUST_NOT);
        }
        return b.build();
    }

    private Query randomText() {
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        for (int j = 0, n = 1 + random.nextInt(4); j < n; j++) {
            b.add(new TermQuery(new Term("text", WORDS[random.nextInt(WORDS.length)])), Occur.SHOULD);
        }
        return b.build();
    }

    private Set<Integer> passing(Query filter) throws IOException {
        Set<Integer> docs = new HashSet<>();
        for (ScoreDoc d : searcher.search(filter, reader.maxDoc() + 1).scoreDocs) {
            docs.add(d.doc);
        }
        return docs;
    }

    @Test
    void theTopOfAFilteredSearchIsThatOfTheFilterInTheQuery() throws IOException {
        for (int round = 0; round < 200; round++) {
            Query filter = randomFilter();
            Query text = randomText();
            int k = 1 + random.nextInt(60);
            ScoreDoc[] expected = searcher.search(new BooleanQuery.Builder().add(text, Occur.MUST)
                    .add(filter, Occur.FILTER).build(), k).scoreDocs;
            ScoreDoc[] actual = new PostFilter(searcher, filter).top(text, k).scoreDocs;
            assertThat(docsAndScores(actual)).as("round %d, k %d", round, k).isEqualTo(docsAndScores(expected));
        }
    }

    @Test
    void aSeededSearchGivesExactlyTheUnseededTop() throws IOException {
        int seeded = 0;
        for (int round = 0; round < 300; round++) {
            Query filter = randomFilter();
            BooleanQuery.Builder b = new BooleanQuery.Builder();
            // a heavy rare word (a target occupation) among ordinary ones, as a seeker's query is
            b.add(new org.apache.lucene.search.BoostQuery(new TermQuery(new Term("text", WORDS[8 + random.nextInt(8)])),
                    4f), Occur.SHOULD);
            for (int j = 0, n = 1 + random.nextInt(4); j < n; j++) {
                b.add(new TermQuery(new Term("text", WORDS[random.nextInt(WORDS.length)])), Occur.SHOULD);
            }
            BooleanQuery text = b.build();
            int k = 1 + random.nextInt(40);
            ScoreDoc[] expected = searcher.search(new BooleanQuery.Builder().add(text, Occur.MUST)
                    .add(filter, Occur.FILTER).build(), k).scoreDocs;
            PostFilter passing = new PostFilter(searcher, filter, 0, 1.0);
            float seed = passing.seed(text, k);
            if (seed > 0) {
                seeded++;
                assertThat(expected).hasSize(k);
                assertThat(seed).as("round %d: the seed is reached by the k-th best", round)
                        .isLessThanOrEqualTo(expected[k - 1].score);
            }
            ScoreDoc[] actual = passing.top(text, k).scoreDocs;
            assertThat(docsAndScores(actual)).as("round %d, k %d", round, k).isEqualTo(docsAndScores(expected));
        }
        assertThat(seeded).as("rounds that started from a seed").isGreaterThan(100);
    }

    @Test
    void noSeedWithoutEnoughLeadingDocumentsOrBelowTheSize() throws IOException {
        BooleanQuery text = new BooleanQuery.Builder()
                .add(new TermQuery(new Term("text", "office")), Occur.SHOULD)
                .add(new TermQuery(new Term("text", "java")), Occur.SHOULD).build();
        Query all = new MatchAllDocsQuery();
        assertThat(new PostFilter(searcher, all, 0, 1.0).seed(text, 10)).isPositive();
        // the index is smaller than the default size from which seeding starts
        assertThat(new PostFilter(searcher, all).seed(text, 10)).isZero();
        // the budget allows no leading term
        assertThat(new PostFilter(searcher, all, 0, 0.0).seed(text, 10)).isZero();
        // more asked for than any document passes
        assertThat(new PostFilter(searcher, all, 0, 1.0).seed(text, reader.maxDoc() + 1)).isZero();
    }

    @Test
    void firstPassingKeepsTheRankedOrderAndOnlyWhatPasses() throws IOException {
        for (int round = 0; round < 100; round++) {
            Query filter = randomFilter();
            Set<Integer> passes = passing(filter);
            float[] v = new float[8];
            for (int j = 0; j < v.length; j++) {
                v[j] = (float) random.nextGaussian();
            }
            ScoreDoc[] ranked = searcher.search(new KnnFloatVectorQuery("v", v, 80), 80).scoreDocs;
            int k = 1 + random.nextInt(30);
            ScoreDoc[] kept = new PostFilter(searcher, filter).firstPassing(ranked, k);
            List<Integer> expected = Arrays.stream(ranked).map(h -> h.doc).filter(passes::contains).limit(k).toList();
            assertThat(Arrays.stream(kept).map(h -> h.doc).toList()).as("round %d", round).isEqualTo(expected);
        }
    }

    @Test
    void thePassingShareEstimateIsNearTheTruthForSimpleFilters() throws IOException {
        Query jeju = new TermQuery(new Term("place", "jeju"));
        double truth = (double) passing(jeju).size() / reader.numDocs();
        double share = new PostFilter(searcher, jeju).passingShare();
        assertThat(share).isCloseTo(truth, org.assertj.core.data.Offset.offset(0.02));
        assertThat(new PostFilter(searcher, new TermQuery(new Term("place", "nowhere"))).passingShare()).isZero();
        assertThat(new PostFilter(searcher, new MatchAllDocsQuery()).passingShare()).isEqualTo(1.0);
    }

    @Test
    void aFilterNothingPassesGivesNothing() throws IOException {
        PostFilter none = new PostFilter(searcher, new TermQuery(new Term("place", "nowhere")));
        assertThat(none.top(randomText(), 10).scoreDocs).isEmpty();
        ScoreDoc[] ranked = searcher.search(new KnnFloatVectorQuery("v", new float[]{1, 0, 0, 0, 0, 0, 0, 0}, 10), 10).scoreDocs;
        assertThat(none.firstPassing(ranked, 10)).isEmpty();
    }

    @Test
    void rareTermsFirstFindsNearlyTheSameTopAsTheWholeDisjunction() throws IOException {
        int rounds = 0;
        int same = 0;
        int positions = 0;
        for (int round = 0; round < 200; round++) {
            Query filter = randomFilter();
            PostFilter passing = new PostFilter(searcher, filter);
            BooleanQuery.Builder b = new BooleanQuery.Builder();
            // a rare word or two and a common one or two, as a seeker's title and everyday skills
            b.add(new TermQuery(new Term("text", WORDS[11 + random.nextInt(5)])), Occur.SHOULD);
            b.add(new TermQuery(new Term("text", WORDS[random.nextInt(2)])), Occur.SHOULD);
            if (random.nextBoolean()) {
                b.add(new org.apache.lucene.search.BoostQuery(new TermQuery(new Term("text", WORDS[11 + random.nextInt(5)])), 3f), Occur.SHOULD);
            }
            BooleanQuery text = b.build();
            int k = 5 + random.nextInt(20);
            ScoreDoc[] exact = passing.top(text, k).scoreDocs;
            ScoreDoc[] twoPass = RareFirst.top(searcher, passing, text, k, 0).scoreDocs;
            Set<Integer> passes = passing(filter);
            assertThat(twoPass).allMatch(h -> passes.contains(h.doc));
            assertThat(twoPass.length).isEqualTo(exact.length);
            assertThat(RareFirst.top(searcher, passing, text, k, Integer.MAX_VALUE).scoreDocs).as("a small index: one pass")
                    .usingRecursiveFieldByFieldElementComparator().containsExactly(exact);
            Set<Integer> exactDocs = new HashSet<>();
            for (ScoreDoc h : exact) {
                exactDocs.add(h.doc);
            }
            for (ScoreDoc h : twoPass) {
                positions++;
                same += exactDocs.contains(h.doc) ? 1 : 0;
            }
            // the scores are those of the whole disjunction
            for (ScoreDoc h : twoPass) {
                float whole = searcher.explain(text, h.doc).getValue().floatValue();
                assertThat(h.score).isCloseTo(whole, org.assertj.core.data.Offset.offset(1e-4f));
            }
            rounds++;
        }
        assertThat(rounds).isEqualTo(200);
        assertThat((double) same / positions).as("share of the exact top found").isGreaterThan(0.98); // 0.997 on this data
    }

    @Test
    void withoutCommonTermsRareFirstIsTheExactSearch() throws IOException {
        Query filter = randomFilter();
        PostFilter passing = new PostFilter(searcher, filter);
        BooleanQuery rareOnly = new BooleanQuery.Builder()
                .add(new TermQuery(new Term("text", WORDS[12])), Occur.SHOULD)
                .add(new TermQuery(new Term("text", WORDS[14])), Occur.SHOULD).build();
        assertThat(docsAndScores(RareFirst.top(searcher, passing, rareOnly, 10, 0).scoreDocs))
                .isEqualTo(docsAndScores(passing.top(rareOnly, 10).scoreDocs));
    }

    private static List<String> docsAndScores(ScoreDoc[] hits) {
        List<String> out = new ArrayList<>();
        for (ScoreDoc h : hits) {
            out.add(h.doc + ":" + h.score);
        }
        return out;
    }
}

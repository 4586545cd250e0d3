package io.jobpilot.postings;

import org.apache.lucene.document.BinaryDocValuesField;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.DoublePoint;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.KnnFloatVectorField;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.BinaryDocValues;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.VectorSimilarityFunction;
import org.apache.lucene.util.BytesRef;

import java.io.IOException;
import java.util.List;
import java.util.Locale;

/** How a posting is laid out in Lucene: text per language, concept and filter fields, the vector, the posting as JSON. */
final class PostingDocument {
    static final String ID = "id";
    static final String HASH = "hash";
    static final String SOURCE = "source";
    /**
     * The whole posting as JSON, in binary doc values: read back uncompressed in about a microsecond, where a stored
     * field cost 17-21 us a posting to fetch (a block decompressed for each), a quarter of a cold match at a million
     * postings. The price is disk: about 1.7 KB a posting instead of 0.4 KB compressed.
     */
    static final String JSON = "json";
    static final String VECTOR = "vector";
    static final String SKILL = "skill";
    static final String OCCUPATION = "occupation";
    static final String PLACE = "place";
    static final String REMOTE = "remote";
    static final String EMPLOYMENT = "employment";
    static final String SALARY = "salary";
    static final String VALID_UNTIL = "valid_until";
    static final String ARCHIVED = "archived";
    /** The archived mark as a doc value, read per hit after an unfiltered KNN search. */
    static final String ARCHIVED_FLAG = "archived_flag";
    static final String ORGANIZATION = "organization";
    /** The place key of postings that do not say where: a place filter keeps them (unknown is not a mismatch). */
    static final String UNKNOWN_PLACE = "_unknown";
    /** Unknown validThrough is indexed as open forever: unknown is never treated as expired. */
    static final long OPEN_ENDED = Long.MAX_VALUE;

    private PostingDocument() {
    }

    static String title(String lang) {
        return "title_" + lang;
    }

    static String body(String lang) {
        return "body_" + lang;
    }

    static Document of(IndexedPosting ip, float[] vector, boolean archived) {
        Posting p = ip.posting();
        String lang = "ko".equals(p.language()) ? "ko" : "en";
        Document d = new Document();
        d.add(new StringField(ID, p.id(), Field.Store.YES));
        d.add(new SortedDocValuesField(ID, new BytesRef(p.id())));
        d.add(new StringField(HASH, p.provenance().contentHash(), Field.Store.NO));
        d.add(new SortedDocValuesField(HASH, new BytesRef(p.provenance().contentHash())));
        d.add(new StringField(SOURCE, p.provenance().source(), Field.Store.NO));
        d.add(new TextField(title(lang), p.title(), Field.Store.NO));
        d.add(new TextField(body(lang), String.join("\n", nz(p.description()), nz(p.qualifications()),
                nz(p.responsibilities()), nz(p.occupationalCategory())), Field.Store.NO));
        ip.skills().forEach(s -> d.add(new StringField(SKILL, s.skillId(), Field.Store.NO)));
        ip.occupations().forEach(o -> d.add(new StringField(OCCUPATION, o, Field.Store.NO)));
        Places.keys(p.location().display()).forEach(k -> d.add(new StringField(PLACE, k, Field.Store.NO)));
        if (p.location().isUnknown()) {
            d.add(new StringField(PLACE, UNKNOWN_PLACE, Field.Store.NO));
        }
        d.add(new StringField(REMOTE, p.remote() ? "1" : "0", Field.Store.NO));
        p.employmentType().forEach(e -> d.add(new StringField(EMPLOYMENT, e, Field.Store.NO)));
        if (p.baseSalary() != null && p.baseSalary().annualMin() != null) {
            d.add(new DoublePoint(SALARY, p.baseSalary().annualMin()));
        }
        long until = p.validThrough() == null ? OPEN_ENDED : p.validThrough().toEpochDay();
        d.add(new LongPoint(VALID_UNTIL, until));
        d.add(new NumericDocValuesField(VALID_UNTIL, until));
        d.add(new NumericDocValuesField(ARCHIVED_FLAG, archived ? 1 : 0));
        if (archived) {
            d.add(new StringField(ARCHIVED, "1", Field.Store.NO));
        }
        if (p.hiringOrganization() != null) {
            d.add(new StringField(ORGANIZATION, organizationKey(p.hiringOrganization()), Field.Store.NO));
        }
        if (vector != null) {
            d.add(new KnnFloatVectorField(VECTOR, vector, VectorSimilarityFunction.COSINE));
        }
        d.add(new BinaryDocValuesField(JSON, new BytesRef(PostingJson.write(ip))));
        return d;
    }

    /**
     * The postings of {@code docs} (top-level document numbers in increasing order: doc values are read forward, one
     * segment at a time), in that order.
     */
    static IndexedPosting[] read(IndexReader reader, int[] docs) throws IOException {
        List<LeafReaderContext> leaves = reader.leaves();
        IndexedPosting[] out = new IndexedPosting[docs.length];
        LeafReaderContext leaf = null;
        BinaryDocValues json = null;
        for (int i = 0; i < docs.length; i++) {
            int doc = docs[i];
            if (i > 0 && doc <= docs[i - 1]) {
                throw new IllegalArgumentException("documents must be in increasing order: " + docs[i - 1] + ", " + doc);
            }
            if (leaf == null || doc >= leaf.docBase + leaf.reader().maxDoc()) {
                leaf = leaves.get(ReaderUtil.subIndex(doc, leaves));
                json = leaf.reader().getBinaryDocValues(JSON);
            }
            if (json == null || !json.advanceExact(doc - leaf.docBase)) {
                throw new IllegalStateException("posting document " + doc + " has no JSON: not an index of postings");
            }
            BytesRef b = json.binaryValue();
            out[i] = PostingJson.read(b.bytes, b.offset, b.length);
        }
        return out;
    }

    static String organizationKey(String name) {
        return name.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ").strip();
    }

    /** The text that stands for an English posting's meaning: title and the start of its description. */
    static String embeddingText(Posting p) {
        String body = nz(p.description()).isEmpty() ? nz(p.qualifications()) : p.description();
        String[] words = body.split("\\s+");
        return p.title() + ". " + String.join(" ", java.util.Arrays.copyOf(words, Math.min(words.length, 60))).strip();
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}

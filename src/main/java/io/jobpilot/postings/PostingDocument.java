package io.jobpilot.postings;

import org.apache.lucene.document.Document;
import org.apache.lucene.document.DoublePoint;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.KnnFloatVectorField;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.VectorSimilarityFunction;
import org.apache.lucene.util.BytesRef;

import java.util.Locale;

/** How a posting is laid out in Lucene: text per language, concept and filter fields, the vector, the stored JSON. */
final class PostingDocument {
    static final String ID = "id";
    static final String HASH = "hash";
    static final String SOURCE = "source";
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
        d.add(new StoredField(JSON, PostingJson.write(ip)));
        return d;
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

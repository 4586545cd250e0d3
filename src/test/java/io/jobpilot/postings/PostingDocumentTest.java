package io.jobpilot.postings;

import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.NoMergePolicy;
import org.apache.lucene.index.Term;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import static io.jobpilot.postings.Fixtures.NOW;
import static io.jobpilot.postings.Fixtures.en;
import static io.jobpilot.postings.Fixtures.ko;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PostingDocumentTest {
    @TempDir
    Path dir;

    private static IndexedPosting posting(int i) {
        Posting p = (i % 2 == 0 ? en("t", Integer.toString(i), "Data Analyst " + i)
                : ko("t", Integer.toString(i), "사무원 " + i)).description("posting number " + i).build(NOW);
        return new IndexedPosting(p, List.of(), List.of("occ:" + i), i % 3 == 0, "test");
    }

    @Test
    void postingsAreReadBackWholeAcrossSegmentsAndDeletions() throws Exception {
        try (var d = FSDirectory.open(dir);
             var w = new IndexWriter(d, new IndexWriterConfig().setMergePolicy(NoMergePolicy.INSTANCE))) {
            for (int i = 0; i < 30; i++) {
                w.addDocument(PostingDocument.of(posting(i), null, false));
                if (i % 10 == 9) {
                    w.commit(); // three segments
                }
            }
            w.deleteDocuments(new Term(PostingDocument.ID, "t:4"));
            w.commit();
            try (DirectoryReader reader = DirectoryReader.open(d)) {
                assertThat(reader.leaves()).hasSize(3);
                int[] docs = {0, 3, 9, 10, 11, 19, 20, 29}; // segment edges included
                IndexedPosting[] read = PostingDocument.read(reader, docs);
                assertThat(Arrays.stream(read).map(IndexedPosting::id))
                        .containsExactly("t:0", "t:3", "t:9", "t:10", "t:11", "t:19", "t:20", "t:29");
                assertThat(read[6]).isEqualTo(posting(20)); // every field survives, dates and flags included
                assertThat(read[1]).isEqualTo(posting(3));
                assertThat(PostingDocument.read(reader, new int[0])).isEmpty();
            }
        }
    }

    @Test
    void aPostingLongerThanATermIsKeptWhole() throws Exception {
        // some public postings carry pages of duties; a doc value has no 32 KB limit as a term has
        Posting p = en("t", "long", "Policy Analyst").description("duty ".repeat(40_000)).build(NOW);
        IndexedPosting big = new IndexedPosting(p, List.of(), List.of(), false, "");
        try (var d = FSDirectory.open(dir); var w = new IndexWriter(d, new IndexWriterConfig())) {
            w.addDocument(PostingDocument.of(big, null, false));
            w.commit();
            try (DirectoryReader reader = DirectoryReader.open(d)) {
                assertThat(PostingDocument.read(reader, new int[] {0})[0]).isEqualTo(big);
            }
        }
    }

    @Test
    void documentsOutOfOrderAreRefused() throws Exception {
        try (var d = FSDirectory.open(dir); var w = new IndexWriter(d, new IndexWriterConfig())) {
            for (int i = 0; i < 3; i++) {
                w.addDocument(PostingDocument.of(posting(i), null, false));
            }
            w.commit();
            try (DirectoryReader reader = DirectoryReader.open(d)) {
                // doc values only read forward: a second look at an earlier document would fail obscurely
                assertThatThrownBy(() -> PostingDocument.read(reader, new int[] {2, 1}))
                        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("increasing order: 2, 1");
                assertThatThrownBy(() -> PostingDocument.read(reader, new int[] {1, 1}))
                        .isInstanceOf(IllegalArgumentException.class);
            }
        }
    }

    @Test
    void aDocumentWithoutPostingJsonIsNamedInTheError() throws Exception {
        try (var d = FSDirectory.open(dir); var w = new IndexWriter(d, new IndexWriterConfig())) {
            w.addDocument(PostingDocument.of(posting(0), null, false));
            Document stranger = new Document();
            stranger.add(new StringField("note", "not a posting", Field.Store.YES));
            w.addDocument(stranger); // in the posting's segment
            w.commit();
            w.addDocument(stranger); // in a segment of its own, where no document has the field
            w.commit();
            try (DirectoryReader reader = DirectoryReader.open(d)) {
                assertThat(PostingDocument.read(reader, new int[] {0})[0].id()).isEqualTo("t:0");
                assertThatThrownBy(() -> PostingDocument.read(reader, new int[] {0, 1}))
                        .isInstanceOf(IllegalStateException.class)
                        .hasMessage("posting document 1 has no JSON: not an index of postings");
                assertThatThrownBy(() -> PostingDocument.read(reader, new int[] {2}))
                        .isInstanceOf(IllegalStateException.class)
                        .hasMessage("posting document 2 has no JSON: not an index of postings");
            }
        }
    }
}

package io.jobpilot.postings;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.jobpilot.taxonomy.TextEmbedder;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The index pipeline after the feeds are read: dedup (same id, or same content across sources), expiry, enrichment,
 * embedding (only new or changed English postings: an unchanged posting keeps its vector, and vectors are also cached
 * by content hash), and one commit. A source that was not read completely keeps its postings.
 */
public final class PostingRefresher {
    private final PostingIndex index;
    private final PostingEnricher enricher;
    private final Clock clock;
    private final Cache<String, float[]> vectors = Caffeine.newBuilder().maximumSize(200_000).build();

    public PostingRefresher(PostingIndex index, PostingEnricher enricher, Clock clock) {
        this.index = index;
        this.enricher = enricher;
        this.clock = clock;
    }

    /**
     * One source's postings for this refresh.
     *
     * @param complete the feed was read to the end: its postings missing now are gone from the source
     * @param archived the shipped sample of closed postings: kept although expired, and shown as closed
     */
    public record SourceBatch(String source, FeedResult result, boolean complete, boolean archived) {
    }

    /**
     * What a refresh did, for {@code ingest}'s summary, alerts and the tests.
     *
     * @param changedIds the ids of open postings this refresh added or changed (not the archive sample): news for alerts
     */
    public record Report(long generation, int read, int added, int updated, int unchanged, int removed, int expired,
                         int duplicates, int embedded, List<RowError> errors, List<String> changedIds) {
        public Report {
            changedIds = List.copyOf(changedIds);
        }
    }

    public Report refresh(List<SourceBatch> batches) {
        return refresh(batches, (done, total) -> { });
    }

    /** As {@link #refresh(List)}, telling {@code progress} (done, total) as new or changed postings are prepared. */
    public Report refresh(List<SourceBatch> batches, java.util.function.BiConsumer<Integer, Integer> progress) {
        return refresh(batches, Set.of(), progress);
    }

    /**
     * As {@link #refresh(List, java.util.function.BiConsumer)}; {@code unchangedSources} are feeds whose server
     * confirmed our copy is current (HTTP 304): their postings stay as they are and their check time moves on.
     */
    public Report refresh(List<SourceBatch> batches, Set<String> unchangedSources,
                          java.util.function.BiConsumer<Integer, Integer> progress) {
        LocalDate today = LocalDate.now(clock);
        Map<String, String> existing = index.hashes();
        Map<String, Posting> kept = new LinkedHashMap<>();
        Set<String> archivedIds = new HashSet<>();
        Map<String, String> byHash = new HashMap<>();
        Set<String> deletions = new HashSet<>();
        List<RowError> errors = new ArrayList<>();
        int read = 0;
        int expired = 0;
        int duplicates = 0;
        for (SourceBatch b : batches) {
            errors.addAll(b.result().errors());
            for (Posting p : b.result().postings()) {
                read++;
                if (!b.archived() && p.expiredOn(today)) {
                    expired++;
                    deletions.add(p.id());
                    continue;
                }
                String hash = p.provenance().contentHash();
                String first = byHash.putIfAbsent(hash, p.id());
                if (first != null && !first.equals(p.id())) {
                    duplicates++;
                    deletions.add(p.id());
                    continue;
                }
                if (kept.put(p.id(), p) != null) {
                    duplicates++;
                }
                if (b.archived()) {
                    archivedIds.add(p.id());
                }
            }
            if (b.complete()) {
                String prefix = b.source() + ":";
                existing.keySet().stream().filter(id -> id.startsWith(prefix)).forEach(deletions::add);
            }
        }
        deletions.removeAll(kept.keySet());
        deletions.retainAll(existing.keySet());
        int added = 0;
        int updated = 0;
        int unchanged = 0;
        int[] embedded = {0};
        List<IndexChanges.Upsert> upserts = new ArrayList<>();
        List<Posting> changed = kept.values().stream()
                .filter(p -> !p.provenance().contentHash().equals(existing.get(p.id()))).toList();
        unchanged = kept.size() - changed.size();
        for (Posting p : changed) {
            String old = existing.get(p.id());
            if (upserts.size() % 100 == 0) {
                progress.accept(upserts.size(), changed.size());
            }
            if (old == null) {
                added++;
            } else {
                updated++;
            }
            upserts.add(new IndexChanges.Upsert(enricher.enrich(p), vector(p, embedded), archivedIds.contains(p.id())));
        }
        progress.accept(changed.size(), changed.size());
        Map<String, java.time.Instant> checked = new HashMap<>();
        batches.stream().filter(SourceBatch::complete).forEach(b -> checked.put(b.source(), clock.instant()));
        unchangedSources.stream().filter(index.checkedAt()::containsKey).forEach(s -> checked.put(s, clock.instant()));
        long generation = index.apply(new IndexChanges(upserts, List.copyOf(deletions), checked));
        List<String> changedIds = changed.stream().map(Posting::id).filter(id -> !archivedIds.contains(id)).toList();
        return new Report(generation, read, added, updated, unchanged, deletions.size(), expired, duplicates,
                embedded[0], errors, changedIds);
    }

    private float[] vector(Posting p, int[] embedded) {
        TextEmbedder e = index.embedder();
        if (e == null || "ko".equals(p.language())) {
            return null;
        }
        try {
            return vectors.get(p.provenance().contentHash(), h -> {
                embedded[0]++;
                return e.embed(PostingDocument.embeddingText(p));
            });
        } catch (RuntimeException ex) {
            // nothing is committed: the generation now serving stays, and the next refresh tries again
            throw new IllegalStateException("refresh stopped, nothing changed (generation " + index.generation()
                    + " keeps serving): cannot embed posting " + p.id() + ": " + ex.getMessage(), ex);
        }
    }
}

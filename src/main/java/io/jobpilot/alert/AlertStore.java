package io.jobpilot.alert;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Alert settings and the alert items of every seeker (one item per seeker and posting, ever). */
public interface AlertStore {
    Optional<AlertSettings> settings(String userId);

    void save(AlertSettings settings);

    /** Every seeker with alerts on. */
    List<AlertSettings> enabled();

    /** Records a posting found for a seeker; false when it was found for them before (then nothing changes). */
    boolean found(Item item);

    /** The seeker's items not yet sent, best first. */
    List<Item> pending(String userId);

    /** Users with items not yet sent. */
    List<String> usersWithPending();

    /** Items sent to the seeker since {@code since} (to count against the caps). */
    List<Item> sentSince(String userId, Instant since);

    /** Marks items sent (in one notice). */
    void sent(String userId, List<String> postingIds, Instant at);

    /** Drops pending items found before {@code before}: too old to be news. Returns how many. */
    int dropOlderThan(Instant before);

    /** A posting found for a seeker. */
    record Item(String userId, String postingId, String company, String title, double score, Instant foundAt) {
        public Item {
            if (userId == null || postingId == null || company == null || title == null || foundAt == null) {
                throw new IllegalArgumentException("an alert item needs a user, a posting, a company, a title and a time");
            }
        }
    }
}

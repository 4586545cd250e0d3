package io.jobpilot.store;

import io.jobpilot.conversation.ConversationStore;
import io.jobpilot.conversation.Outbox;
import io.jobpilot.interview.Interview;
import io.jobpilot.profile.ProfileStore;
import io.jobpilot.profile.SeekerProfile;

import java.nio.file.Path;
import java.time.Instant;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * The profile and conversation stores on one SQLite file ({@code dataDir/jobpilot.db}, WAL). Thread-safe: every access
 * is serialised on one connection, which suits SQLite's single writer. A committed turn survives the process being
 * killed.
 */
public final class SqliteStore implements ProfileStore, ConversationStore, Outbox, AutoCloseable {
    private final Database db;
    private final Clock clock;
    private final Supplier<String> newUserId;
    private final SqliteAccess access;

    private SqliteStore(Database db, Clock clock, Supplier<String> newUserId) {
        this.db = db;
        this.clock = clock;
        this.newUserId = newUserId;
        this.access = new SqliteAccess(db);
    }

    /** Keys, counsellor links, contact requests and the audit log (issue 9). */
    public io.jobpilot.access.AccessStore access() {
        return access;
    }

    /** Opens (creating if needed) {@code dataDir/jobpilot.db} and applies pending migrations. */
    public static SqliteStore open(Path dataDir) {
        return open(dataDir, Clock.systemUTC(), () -> UUID.randomUUID().toString());
    }

    static SqliteStore open(Path dataDir, Clock clock, Supplier<String> newUserId) {
        if (dataDir == null) {
            throw new IllegalArgumentException("dataDir is null");
        }
        return new SqliteStore(Database.open(dataDir), clock, newUserId);
    }

    @Override
    public String userFor(String channel, String channelUserId) {
        require(channel, "channel");
        require(channelUserId, "channelUserId");
        // a read first: every turn asks, only the first contact writes (and channel user ids stay out of messages)
        return knownUser(channel, channelUserId).orElseGet(() -> db.write("create user for channel " + channel,
                c -> Users.findOrCreate(c, channel, channelUserId, newUserId, clock.instant())));
    }

    @Override
    public Optional<String> knownUser(String channel, String channelUserId) {
        require(channel, "channel");
        require(channelUserId, "channelUserId");
        return db.read("find user for channel " + channel, c -> Jdbc.first(c,
                "SELECT user_id FROM channel_identities WHERE channel = ? AND channel_user_id = ?", rs -> rs.getString(1),
                channel, channelUserId));
    }

    @Override
    public Optional<String> state(String userId) {
        require(userId, "userId");
        return db.read("read state of user " + userId, c -> Jdbc.first(c,
                "SELECT state FROM conversation_state WHERE user_id = ?", rs -> rs.getString(1), userId));
    }

    @Override
    public boolean processed(String channel, String inboundId) {
        require(channel, "channel");
        require(inboundId, "inboundId");
        return db.read("check inbound " + channel + ":" + inboundId, c -> Jdbc.first(c,
                "SELECT 1 FROM processed_inbound WHERE channel = ? AND inbound_id = ?", rs -> true, channel, inboundId)
                .isPresent());
    }

    @Override
    public void commit(Turn turn) {
        String what = turn == null ? "null" : turn.channel() + ":" + turn.inboundId();
        db.write("commit turn " + what, c -> {
            TurnWriter.write(c, turn);
            return null;
        });
    }

    @Override
    public List<StoredMessage> transcript(String userId) {
        require(userId, "userId");
        return db.read("read transcript of user " + userId, c -> MessageRows.transcript(c, userId));
    }

    @Override
    public int forget(String userId) {
        require(userId, "userId");
        return db.write("forget user " + userId, c -> Forgetting.forget(c, userId));
    }

    @Override
    public Optional<SeekerProfile> current(String userId) {
        require(userId, "userId");
        return db.read("read profile of user " + userId, c -> ProfileRows.current(c, userId));
    }

    @Override
    public List<Version> history(String userId) {
        require(userId, "userId");
        return db.read("read profile history of user " + userId, c -> ProfileRows.history(c, userId));
    }

    @Override
    public List<SeekerProfile> findable() {
        return db.read("list findable profiles", ProfileRows::findable);
    }

    @Override
    public long post(String userId, String kind, String text, List<Interview.Choice> choices, Instant at) {
        require(userId, "userId");
        require(kind, "kind");
        require(text, "text");
        return db.write("post a " + kind + " notice to user " + userId,
                c -> OutboxRows.post(c, userId, kind, text, choices, at));
    }

    @Override
    public List<Notice> pending(String userId) {
        require(userId, "userId");
        return db.read("read notices of user " + userId, c -> OutboxRows.pending(c, userId));
    }

    @Override
    public List<Notice> pending(int limit) {
        if (limit < 1) {
            throw new IllegalArgumentException("limit must be at least 1, was " + limit);
        }
        return db.read("read pending notices", c -> OutboxRows.pending(c, limit));
    }

    @Override
    public List<Notice> pending(String channel, int limit) {
        require(channel, "channel");
        if (limit < 1) {
            throw new IllegalArgumentException("limit must be at least 1, was " + limit);
        }
        return db.read("read pending " + channel + " notices", c -> OutboxRows.pending(c, channel, limit));
    }

    @Override
    public boolean delivered(long noticeId, String channel, Instant at) {
        require(channel, "channel");
        return db.write("mark notice " + noticeId + " delivered", c -> OutboxRows.delivered(c, noticeId, channel, at));
    }

    @Override
    public Optional<String> channelUserId(String userId, String channel) {
        require(userId, "userId");
        require(channel, "channel");
        return db.read("find " + channel + " identity of user " + userId, c -> Jdbc.first(c,
                "SELECT channel_user_id FROM channel_identities WHERE user_id = ? AND channel = ?"
                        + " ORDER BY created_at DESC LIMIT 1", rs -> rs.getString(1), userId, channel));
    }

    /** The assistant's chat memory per user (issue 6). */
    public io.jobpilot.llm.ChatHistory chatMemory() {
        return new ChatMemoryRows(db);
    }

    /** Practice quiz attempts and answers (issue 7). */
    public io.jobpilot.certification.QuizStore quizzes() {
        return new SqliteQuizzes(db);
    }

    /** Alert opt-ins and the alerts found and sent (issue 8). */
    public io.jobpilot.alert.AlertStore alerts() {
        return new SqliteAlerts(db);
    }

    @Override
    public void close() {
        db.close();
    }

    private static void require(String value, String name) {
        if (value == null) {
            throw new IllegalArgumentException(name + " is null");
        }
    }
}

package io.jobpilot.store;

import io.jobpilot.conversation.ConversationStore.Turn;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Objects;

/** Writes one turn's effects; the caller wraps it in a single transaction. */
final class TurnWriter {
    private TurnWriter() {
    }

    static void write(Connection c, Turn turn) throws SQLException {
        validate(turn);
        if (!Users.exists(c, turn.userId())) {
            throw new IllegalArgumentException("unknown user id '" + turn.userId() + "' in turn " + turn.inboundId()
                    + ": users are created by userFor(channel, channelUserId)");
        }
        if (!markProcessed(c, turn)) {
            return; // a redelivery: the first delivery already stored everything
        }
        long inboundId = MessageRows.insert(c, turn.userId(), MessageRows.USER, kept(turn, turn.inboundText()),
                turn.channel(), turn.at());
        for (String reply : turn.replies()) {
            MessageRows.insert(c, turn.userId(), MessageRows.BOT, kept(turn, reply), turn.channel(), turn.at());
        }
        if (turn.state() != null) {
            Jdbc.update(c, "INSERT INTO conversation_state (user_id, state, updated_at) VALUES (?, ?, ?)"
                            + " ON CONFLICT (user_id) DO UPDATE SET state = excluded.state, updated_at = excluded.updated_at",
                    turn.userId(), turn.state(), turn.at());
        }
        if (turn.profile() != null) {
            ProfileRows.append(c, turn.profile(), inboundId, turn.at());
        }
    }

    private static boolean markProcessed(Connection c, Turn turn) throws SQLException {
        return Jdbc.update(c, "INSERT INTO processed_inbound (channel, inbound_id, user_id, at) VALUES (?, ?, ?, ?)"
                + " ON CONFLICT (channel, inbound_id) DO NOTHING", turn.channel(), turn.inboundId(), turn.userId(),
                turn.at()) == 1;
    }

    private static String kept(Turn turn, String text) {
        return turn.storeText() ? text : null;
    }

    private static void validate(Turn turn) {
        if (turn == null) {
            throw new IllegalArgumentException("turn is null");
        }
        require(turn.userId(), "userId", turn);
        require(turn.channel(), "channel", turn);
        require(turn.inboundId(), "inboundId", turn);
        require(turn.at(), "at", turn);
        require(turn.replies(), "replies (use an empty list)", turn);
        if (turn.replies().stream().anyMatch(Objects::isNull)) {
            throw new IllegalArgumentException("turn " + turn.inboundId() + " has a null reply: " + turn.replies());
        }
        if (turn.profile() != null && !turn.userId().equals(turn.profile().userId())) {
            throw new IllegalArgumentException("turn for user '" + turn.userId() + "' carries the profile of user '"
                    + turn.profile().userId() + "'");
        }
    }

    private static void require(Object value, String field, Turn turn) {
        if (value == null) {
            throw new IllegalArgumentException("turn." + field + " is null in " + turn);
        }
    }
}

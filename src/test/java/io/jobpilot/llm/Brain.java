package io.jobpilot.llm;

import java.util.List;

/** What a scripted model answers, given the conversation so far; shared by the scripted ChatModel and the fake server. */
@FunctionalInterface
interface Brain {
    Answer answer(List<Msg> messages);

    /** One message: role is system, user, assistant or tool. */
    record Msg(String role, String text) {
    }

    /** Text, a tool call (name and JSON arguments), or a failure the fake server sends as an HTTP status. */
    record Answer(String text, String tool, String args, int status) {
        static Answer text(String t) {
            return new Answer(t, null, null, 200);
        }

        static Answer call(String tool, String args) {
            return new Answer(null, tool, args, 200);
        }

        static Answer error(int status) {
            return new Answer(null, null, null, status);
        }
    }

    static String last(List<Msg> messages, String role) {
        for (int i = messages.size() - 1; i >= 0; i--) {
            if (messages.get(i).role().equals(role)) {
                return messages.get(i).text();
            }
        }
        return "";
    }

    /** The seeker's text inside its data block. */
    static String seekerText(String user) {
        int a = user.indexOf("<seeker_text>\n");
        int b = user.indexOf("\n</seeker_text>");
        return a < 0 || b < a ? "" : user.substring(a + "<seeker_text>\n".length(), b);
    }
}

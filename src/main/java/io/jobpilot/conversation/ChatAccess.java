package io.jobpilot.conversation;

import io.jobpilot.access.AccessStore;
import io.jobpilot.hiring.BriefReader;
import io.jobpilot.hiring.Suggestions;

/**
 * What the chat needs for the commands about who may see a seeker (/findable, /counsellor, /contact) and for hiring
 * briefs (/hire).
 */
public record ChatAccess(AccessStore store, BriefReader briefs, Suggestions suggestions) {
    public ChatAccess {
        if (store == null || briefs == null || suggestions == null) {
            throw new IllegalArgumentException("chat access needs a store, a brief reader and suggestions");
        }
    }
}

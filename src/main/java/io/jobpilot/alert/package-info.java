/**
 * Alerts for new matching openings: a seeker's opt-in ({@code /alerts}), matching the postings a refresh added against
 * opted-in seekers, and the rules for sending (each posting once ever, caps per day and per company, quiet hours, daily
 * digests). Notices go to the conversation outbox; channels deliver them, so this package knows no channel.
 */
package io.jobpilot.alert;

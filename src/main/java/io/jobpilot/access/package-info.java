/**
 * Who may see what about a seeker: roles and API keys (only a hash of the secret is stored), counsellor links made by
 * the seeker with an invite code (revocable), contact requests a seeker accepts or declines, pseudonyms, and the audit
 * log of every access to personal data. The interface {@link io.jobpilot.access.AccessStore} is implemented in
 * {@code store}.
 */
package io.jobpilot.access;

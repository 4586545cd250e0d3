/**
 * Matching: retrieval from the posting index, the deterministic re-rank with an honest explanation per match (what
 * fits, what is missing, what is unknown, which caps applied), and the reverse direction (candidates for a posting).
 */
package io.jobpilot.matching;

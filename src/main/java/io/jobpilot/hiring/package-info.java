/**
 * The business side of matching: a plain-language hiring brief (Korean or English) read into a schema.org JobPosting
 * draft with the offline taxonomy and patterns, and ranked, anonymised candidate suggestions among the seekers who
 * agreed to be found (same scoring as the seeker's side, reversed).
 */
package io.jobpilot.hiring;

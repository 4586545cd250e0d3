/**
 * Postings: the schema.org JobPosting model, feed readers, validation, dedup, expiry, enrichment and the Lucene
 * posting index with its generations.
 */
package io.jobpilot.postings;

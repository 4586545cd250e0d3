/**
 * Reading job feeds into {@link io.jobpilot.postings.Posting}s: schema.org JSON-LD, user-mapped CSV/JSONL, ALIO
 * (Korean public institutions), NYC Open Data and USAJOBS, plus the HTTP fetcher that downloads them politely
 * (timeouts, retries, conditional GET). A bad row costs that row only; it comes back as a {@link io.jobpilot.postings.RowError}.
 */
package io.jobpilot.postings.feed;

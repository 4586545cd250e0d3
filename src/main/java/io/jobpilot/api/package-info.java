/**
 * The REST API for businesses and counsellors under {@code /api/v1} (JSON, API keys, roles, per-key rate limits,
 * pagination, one error mapper), the OpenAPI document at {@code /openapi.json}, and the counsellor console's data.
 * Every read of a seeker's data is written to the audit log.
 */
package io.jobpilot.api;

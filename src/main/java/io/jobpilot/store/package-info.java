/**
 * Persistence: JDBC + Flyway over SQLite (WAL) implementing the profile and conversation store interfaces. Owns the
 * schema (migrations under {@code db/migration}), the one-writer discipline, turn atomicity and forgetting a user.
 * Only {@link io.jobpilot.store.SqliteStore} and {@link io.jobpilot.store.StoreException} are public.
 */
package io.jobpilot.store;

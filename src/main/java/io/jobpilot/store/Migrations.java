package io.jobpilot.store;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;

/** Brings the schema up to date with the Flyway migrations under {@code classpath:db/migration}. */
final class Migrations {
    static final String LOCATION = "classpath:db/migration";

    private Migrations() {
    }

    static void migrate(String jdbcUrl) {
        try {
            Flyway.configure()
                    .dataSource(jdbcUrl, null, null)
                    .locations(LOCATION)
                    .load()
                    .migrate();
        } catch (FlywayException e) {
            throw new StoreException("migrate " + jdbcUrl, e);
        }
    }
}

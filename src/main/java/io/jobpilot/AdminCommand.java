package io.jobpilot;

import io.jobpilot.access.AccessStore;
import io.jobpilot.access.ApiKey;
import io.jobpilot.access.Keys;
import io.jobpilot.access.Role;
import io.jobpilot.config.Config;
import io.jobpilot.config.ConfigLoader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

import java.time.Clock;
import java.util.concurrent.Callable;

/** Administration of API keys: create (the key is printed once), list, revoke. */
@Command(name = "admin", mixinStandardHelpOptions = true, subcommands = {AdminCommand.CreateKey.class,
        AdminCommand.ListKeys.class, AdminCommand.RevokeKey.class},
        description = "Manage API keys for businesses, counsellors and admins.")
final class AdminCommand {
    @ParentCommand
    Main main;

    Config config() {
        return main != null ? main.config() : ConfigLoader.load(null, System.getenv());
    }

    @Command(name = "create-key", mixinStandardHelpOptions = true,
            description = "Create an API key and print it once (only its hash is stored).")
    static final class CreateKey implements Callable<Integer> {
        @ParentCommand
        AdminCommand admin;
        @Option(names = "--role", required = true, description = "business, counsellor or admin")
        String role;
        @Option(names = "--org", required = true, description = "the organisation the key belongs to")
        String org;
        @Option(names = "--rate", defaultValue = "120", description = "requests per minute (default ${DEFAULT-VALUE})")
        int rate;

        @Override
        public Integer call() {
            try (App app = new App(admin.config())) {
                Keys.Created k = new Keys(app.store().access(), Clock.systemUTC()).create(Role.named(role), org, rate);
                System.out.printf("created %s key %s for %s (%d requests per minute)%n", k.key().role().key(), k.key().id(),
                        k.key().org(), k.key().requestsPerMinute());
                System.out.println(k.text());
                System.out.println("keep it safe: it is shown only now (jobpilot stores a hash of it)");
            }
            return 0;
        }
    }

    @Command(name = "list-keys", mixinStandardHelpOptions = true, description = "List API keys (never the secrets).")
    static final class ListKeys implements Callable<Integer> {
        @ParentCommand
        AdminCommand admin;

        @Override
        public Integer call() {
            try (App app = new App(admin.config())) {
                for (ApiKey k : app.store().access().keys()) {
                    System.out.printf("%s  %-10s  %-30s  %d/min  created %s%s%n", k.id(), k.role().key(), k.org(),
                            k.requestsPerMinute(), k.createdAt(), k.revoked() ? "  REVOKED " + k.revokedAt() : "");
                }
            }
            return 0;
        }
    }

    @Command(name = "revoke-key", mixinStandardHelpOptions = true, description = "Revoke an API key by its id.")
    static final class RevokeKey implements Callable<Integer> {
        @ParentCommand
        AdminCommand admin;
        @Parameters(paramLabel = "ID", description = "the key id (the 12 hex digits after jp_)")
        String id;

        @Override
        public Integer call() {
            try (App app = new App(admin.config())) {
                AccessStore access = app.store().access();
                if (!access.revokeKey(id, Clock.systemUTC().instant())) {
                    throw new IllegalArgumentException("no valid API key with id '" + id + "'");
                }
                System.out.println("revoked " + id);
            }
            return 0;
        }
    }
}

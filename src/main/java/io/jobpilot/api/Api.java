package io.jobpilot.api;

import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import io.jobpilot.access.ApiKey;
import io.jobpilot.access.AuditEntry;
import io.jobpilot.access.Role;
import io.jobpilot.hiring.JobPostings;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * The API's routes on the one Javalin server: every {@code /api/v1} request needs a valid key ({@code Authorization:
 * Bearer jp_...}) within its rate limit; errors are {@code {"error": ..., "field": ...}} from one mapper. The chat's
 * own {@code /api/messages} is not under {@code /api/v1} and is untouched.
 */
public final class Api {
    static final String KEY = "apiKey";
    private Api() {
    }

    /** The extension to pass to {@code WebChannel.create}. */
    public static Consumer<JavalinConfig> routes(ApiParts parts) {
        RateLimiter limiter = new RateLimiter(parts.clock());
        String openapi = resource("api/openapi.json");
        return config -> {
            config.routes.get("/openapi.json", ctx -> ctx.contentType("application/json").result(openapi));
            config.routes.before("/api/v1/*", ctx -> authenticate(ctx, parts, limiter));
            config.routes.get("/api/v1/me", ctx -> {
                ApiKey k = key(ctx);
                ctx.json(Map.of("keyId", k.id(), "role", k.role().key(), "org", k.org(),
                        "requestsPerMinute", k.requestsPerMinute()));
            });
            BusinessRoutes.add(config, parts);
            CounsellorRoutes.add(config, parts);
            config.routes.exception(ApiError.class, (e, ctx) -> answer(ctx, e.status, e.field, e.getMessage()));
            config.routes.exception(JobPostings.InvalidJob.class, (e, ctx) -> answer(ctx, 400, e.field(), e.getMessage()));
        };
    }

    private static void authenticate(Context ctx, ApiParts parts, RateLimiter limiter) {
        String header = ctx.header("Authorization");
        if (header == null || !header.startsWith("Bearer ")) {
            throw new ApiError(401, "Authorization", "Authorization: missing; send 'Authorization: Bearer <API key>'");
        }
        ApiKey key = parts.keys().check(header.substring(7).strip())
                .orElseThrow(() -> new ApiError(401, "Authorization", "Authorization: unknown or revoked API key"));
        long wait = limiter.acquire(key.id(), key.requestsPerMinute());
        if (wait > 0) {
            ctx.header("Retry-After", String.valueOf(wait));
            throw new ApiError(429, null, "rate limit of " + key.requestsPerMinute()
                    + " requests per minute reached for key " + key.id() + "; retry in " + wait + " s");
        }
        ctx.attribute(KEY, key);
    }

    static ApiKey key(Context ctx) {
        return ctx.attribute(KEY);
    }

    /** The caller's key when it has the role (admins may act as any role), else 403. */
    static ApiKey require(Context ctx, Role role) {
        ApiKey k = key(ctx);
        if (k.role() != role && k.role() != Role.ADMIN) {
            throw new ApiError(403, null, "this route is for " + role.key() + " keys; key " + k.id() + " is a "
                    + k.role().key() + " key");
        }
        return k;
    }

    static void audit(ApiParts parts, ApiKey k, String action, String userId) {
        parts.access().audit(new AuditEntry(k.id(), k.org(), action, parts.access().pseudonym(userId),
                parts.clock().instant()));
    }

    static int intParam(Context ctx, String name, int dflt, int min, int max) {
        String v = ctx.queryParam(name);
        if (v == null || v.isBlank()) {
            return dflt;
        }
        try {
            int n = Integer.parseInt(v.strip());
            if (n >= min && n <= max) {
                return n;
            }
        } catch (NumberFormatException ignored) {
            // reported below with the value
        }
        throw ApiError.bad(name, "'" + v + "' is not a whole number from " + min + " to " + max);
    }

    /** One page of {@code all}: {@code page} from 1, with the total so a client knows when to stop. */
    static Map<String, Object> page(Context ctx, String name, List<?> all) {
        int size = intParam(ctx, "size", 20, 1, 100);
        int page = intParam(ctx, "page", 1, 1, 100_000);
        int from = Math.min(all.size(), (page - 1) * size);
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("page", page);
        out.put("size", size);
        out.put("total", all.size());
        out.put(name, all.subList(from, Math.min(all.size(), from + size)));
        return out;
    }

    private static void answer(Context ctx, int status, String field, String message) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("error", message);
        if (field != null) {
            body.put("field", field);
        }
        ctx.status(status).json(body);
    }

    private static String resource(String name) {
        try (InputStream in = Api.class.getClassLoader().getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

package io.jobpilot.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import io.jobpilot.access.ApiKey;
import io.jobpilot.access.ContactRequest;
import io.jobpilot.access.Role;
import io.jobpilot.hiring.BriefReader;
import io.jobpilot.hiring.Candidate;
import io.jobpilot.hiring.JobPostings;
import io.jobpilot.hiring.Suggestions;
import io.jobpilot.postings.Posting;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Business routes: a brief becomes a JobPosting draft; a posted job gets ranked, anonymised candidates (by opaque
 * per-business handles); a contact request reaches the seeker in chat; identity is shown only after acceptance.
 */
final class BusinessRoutes {
    static final ObjectMapper JSON = new ObjectMapper();
    static final int MESSAGE_MAX = 1_000;

    private BusinessRoutes() {
    }

    static void add(JavalinConfig config, ApiParts parts) {
        config.routes.post("/api/v1/briefs", ctx -> {
            Api.require(ctx, Role.BUSINESS);
            String text = text(body(ctx), "text", true, BriefReader.MAX_LENGTH);
            BriefReader.Draft d;
            try {
                d = parts.briefs().read(text, LocalDate.now(parts.clock()));
            } catch (IllegalArgumentException e) {
                throw new ApiError(400, "text", e.getMessage().replaceFirst("^brief: ", "text: "));
            }
            ctx.json(Map.of("jobPosting", d.jobPosting(), "missing", d.missing(), "lang", d.lang()));
        });
        config.routes.post("/api/v1/jobs", ctx -> {
            ApiKey k = Api.require(ctx, Role.BUSINESS);
            JsonNode body = body(ctx);
            JsonNode job = body.has("jobPosting") ? body.get("jobPosting") : body;
            Posting p = JobPostings.read(job, "business", "job", parts.clock().instant());
            long id = parts.access().saveJob(k.id(), JobPostings.write(job), parts.clock().instant());
            ctx.status(201).json(Map.of("id", id, "title", p.title(), "candidates", "/api/v1/jobs/" + id + "/candidates"));
        });
        config.routes.get("/api/v1/jobs/{id}/candidates", ctx -> {
            ApiKey k = Api.require(ctx, Role.BUSINESS);
            long jobId = jobId(ctx);
            Posting job = job(parts, k, jobId);
            List<Candidate> all = new ArrayList<>();
            for (Suggestions.Suggested s : parts.suggestions().rank(job, null)) {
                all.add(s.anonymous(parts.access().handle(k.id(), s.profile().userId(), () -> "c-" + parts.keys().hex(8))));
            }
            Map<String, Object> page = Api.page(ctx, "candidates", all);
            @SuppressWarnings("unchecked")
            List<Candidate> shown = (List<Candidate>) page.get("candidates");
            for (Candidate c : shown) {
                Api.audit(parts, k, "candidates.list job " + jobId, parts.access().userByHandle(k.id(), c.handle()).orElseThrow());
            }
            page.put("jobId", jobId);
            ctx.json(page);
        });
        config.routes.post("/api/v1/jobs/{id}/contacts", ctx -> {
            ApiKey k = Api.require(ctx, Role.BUSINESS);
            long jobId = jobId(ctx);
            Posting job = job(parts, k, jobId);
            JsonNode body = body(ctx);
            String handle = text(body, "candidate", true, 100);
            String message = text(body, "message", false, MESSAGE_MAX);
            String userId = parts.access().userByHandle(k.id(), handle)
                    .orElseThrow(() -> new ApiError(404, "candidate", "candidate: no candidate '" + handle + "' for this key"));
            boolean findable = parts.profiles().current(userId).map(p -> p.consent().findable()).orElse(false);
            if (!findable) {
                // the seeker withdrew since the list was made: the business learns nothing more than "not found"
                throw new ApiError(404, "candidate", "candidate: no candidate '" + handle + "' for this key");
            }
            long id = parts.access().requestContact(userId, k.id(), jobId, message, parts.clock().instant());
            parts.notices().contactRequest(userId, id, k.org(), job.title(), message, parts.clock().instant());
            Api.audit(parts, k, "contact.request " + id, userId);
            ctx.status(201).json(view(parts, k, parts.access().contact(id).orElseThrow(), handle));
        });
        config.routes.get("/api/v1/contacts", ctx -> {
            ApiKey k = Api.require(ctx, Role.BUSINESS);
            List<Map<String, Object>> all = new ArrayList<>();
            for (ContactRequest r : parts.access().contacts(k.id())) {
                String handle = parts.access().handle(k.id(), r.userId(), () -> "c-" + parts.keys().hex(8));
                all.add(view(parts, k, r, handle));
            }
            ctx.json(Api.page(ctx, "contacts", all));
        });
    }

    /** A contact request as the business sees it: identity and profile only once the seeker accepted. */
    private static Map<String, Object> view(ApiParts parts, ApiKey k, ContactRequest r, String handle) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("id", r.id());
        out.put("jobId", r.jobId());
        out.put("candidate", handle);
        out.put("status", r.status().key());
        out.put("createdAt", r.createdAt().toString());
        if (r.status() == ContactRequest.Status.ACCEPTED) {
            out.put("shared", r.shared());
            parts.profiles().current(r.userId()).ifPresent(p -> out.put("profile", Profiles.view(p)));
            Api.audit(parts, k, "contact.identity " + r.id(), r.userId());
        }
        return out;
    }

    private static Posting job(ApiParts parts, ApiKey k, long jobId) {
        String json = parts.access().job(k.id(), jobId).orElseThrow(() -> ApiError.notFound("job " + jobId));
        return JobPostings.read(JobPostings.parse(json), "business", "job-" + jobId, parts.clock().instant());
    }

    private static long jobId(Context ctx) {
        String v = ctx.pathParam("id");
        if (!v.matches("\\d{1,12}")) {
            throw ApiError.bad("id", "'" + v + "' is not a job id (a whole number)");
        }
        return Long.parseLong(v);
    }

    static JsonNode body(Context ctx) {
        try {
            JsonNode n = JSON.readTree(ctx.body());
            if (n == null || !n.isObject()) {
                throw ApiError.bad("body", "expected a JSON object");
            }
            return n;
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw ApiError.bad("body", "not JSON: " + e.getOriginalMessage());
        }
    }

    static String text(JsonNode body, String field, boolean required, int max) {
        JsonNode v = body.get(field);
        if (v == null || v.isNull() || (v.isTextual() && v.asText().isBlank())) {
            if (required) {
                throw ApiError.bad(field, "missing");
            }
            return null;
        }
        if (!v.isTextual()) {
            throw ApiError.bad(field, "expected a string, found " + v.getNodeType().name().toLowerCase());
        }
        if (v.asText().length() > max) {
            throw ApiError.bad(field, v.asText().length() + " characters, at most " + max);
        }
        return v.asText().strip();
    }
}

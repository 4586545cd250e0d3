package io.jobpilot.api;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import io.jobpilot.access.AccessStore;
import io.jobpilot.access.ApiKey;
import io.jobpilot.access.Role;
import io.jobpilot.matching.Match;
import io.jobpilot.matching.ProfileQueries;
import io.jobpilot.profile.SeekerProfile;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Counsellor routes: invite codes, and for each client who linked with one (and only those): status, profile,
 * transcript, matches, notes, and suggestions sent into the client's chat when the client turned the co-pilot on.
 * A client is named by pseudonym; someone else's client is "not found", so a counsellor cannot probe for them.
 */
final class CounsellorRoutes {
    static final Duration INVITE_LIFETIME = Duration.ofDays(7);
    private static final String CODE_LETTERS = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";

    private CounsellorRoutes() {
    }

    static void add(JavalinConfig config, ApiParts parts) {
        config.routes.post("/api/v1/invites", ctx -> {
            ApiKey k = Api.require(ctx, Role.COUNSELLOR);
            String code = code(parts);
            var now = parts.clock().instant();
            parts.access().saveInvite(code, k.id(), now, now.plus(INVITE_LIFETIME));
            ctx.status(201).json(Map.of("code", code, "expiresAt", now.plus(INVITE_LIFETIME).toString(),
                    "howToUse", "the client sends /counsellor " + code + " in the chat"));
        });
        config.routes.get("/api/v1/clients", ctx -> {
            ApiKey k = Api.require(ctx, Role.COUNSELLOR);
            List<Map<String, Object>> all = new ArrayList<>();
            for (AccessStore.Link l : parts.access().clients(k.id())) {
                Map<String, Object> c = new LinkedHashMap<>();
                c.put("id", parts.access().pseudonym(l.userId()));
                c.put("linkedAt", l.linkedAt().toString());
                c.put("copilot", l.copilot());
                c.put("step", step(parts, l.userId()));
                c.put("targets", parts.profiles().current(l.userId()).map(p -> p.targets().stream()
                        .map(SeekerProfile.TargetRole::label).toList()).orElse(List.of()));
                Api.audit(parts, k, "clients.list", l.userId());
                all.add(c);
            }
            ctx.json(Api.page(ctx, "clients", all));
        });
        config.routes.get("/api/v1/clients/{id}", ctx -> {
            Client c = client(ctx, parts);
            Api.audit(parts, c.key(), "client.profile", c.userId());
            Map<String, Object> out = new LinkedHashMap<>();
            out.put("id", ctx.pathParam("id"));
            out.put("step", step(parts, c.userId()));
            out.put("copilot", c.link().copilot());
            out.put("profile", parts.profiles().current(c.userId()).map(Profiles::view).orElse(null));
            out.put("certificationPath", parts.profiles().current(c.userId()).map(p -> path(parts, p)).orElse(null));
            ctx.json(out);
        });
        config.routes.get("/api/v1/clients/{id}/transcript", ctx -> {
            Client c = client(ctx, parts);
            Api.audit(parts, c.key(), "client.transcript", c.userId());
            ctx.json(Api.page(ctx, "messages", parts.conversations().transcript(c.userId()).stream()
                    .map(m -> Map.of("role", m.role(), "text", m.text() == null ? "" : m.text(), "at", m.at().toString()))
                    .toList()));
        });
        config.routes.get("/api/v1/clients/{id}/matches", ctx -> {
            Client c = client(ctx, parts);
            Api.audit(parts, c.key(), "client.matches", c.userId());
            SeekerProfile p = parts.profiles().current(c.userId()).orElse(null);
            List<Match> matches = p == null ? List.of() : parts.matcher().get().match(ProfileQueries.from(p), 20);
            ctx.json(Api.page(ctx, "matches", matches.stream().map(CounsellorRoutes::match).toList()));
        });
        config.routes.get("/api/v1/clients/{id}/notes", ctx -> {
            Client c = client(ctx, parts);
            Api.audit(parts, c.key(), "client.notes", c.userId());
            ctx.json(Api.page(ctx, "notes", parts.access().notes(c.key().id(), c.userId()).stream()
                    .map(n -> Map.of("id", n.id(), "text", n.text(), "at", n.at().toString())).toList()));
        });
        config.routes.post("/api/v1/clients/{id}/notes", ctx -> {
            Client c = client(ctx, parts);
            String text = BusinessRoutes.text(BusinessRoutes.body(ctx), "text", true, 4_000);
            long id = parts.access().addNote(c.key().id(), c.userId(), text, parts.clock().instant());
            Api.audit(parts, c.key(), "client.note.add", c.userId());
            ctx.status(201).json(Map.of("id", id));
        });
        config.routes.post("/api/v1/clients/{id}/suggestions", ctx -> {
            Client c = client(ctx, parts);
            JsonNode body = BusinessRoutes.body(ctx);
            String text = BusinessRoutes.text(body, "text", true, BusinessRoutes.MESSAGE_MAX);
            if (!c.link().copilot()) {
                throw new ApiError(403, null, "the client has not allowed suggestions in the chat (they turn it on with"
                        + " /counsellor copilot on)");
            }
            long notice = parts.notices().counsellorSuggestion(c.userId(), c.key().org(), text, parts.clock().instant());
            Api.audit(parts, c.key(), "client.suggestion", c.userId());
            ctx.status(201).json(Map.of("notice", notice));
        });
    }

    private record Client(ApiKey key, String userId, AccessStore.Link link) {
    }

    private static Client client(Context ctx, ApiParts parts) {
        ApiKey k = Api.require(ctx, Role.COUNSELLOR);
        String id = ctx.pathParam("id");
        return parts.access().userByPseudonym(id).flatMap(u -> parts.access().link(k.id(), u))
                .map(l -> new Client(k, l.userId(), l))
                .orElseThrow(() -> new ApiError(404, "id", "id: no client '" + id + "' linked to key " + k.id()));
    }

    private static String step(ApiParts parts, String userId) {
        String state = parts.conversations().state(userId).orElse("");
        var m = java.util.regex.Pattern.compile("\"step\"\\s*:\\s*\"([A-Z_]+)\"").matcher(state);
        return m.find() ? m.group(1) : "NOT_STARTED";
    }

    private static Map<String, Object> match(Match m) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("score", Math.round(m.score() * 1000) / 1000.0);
        out.put("title", m.posting().posting().title());
        out.put("organization", m.posting().posting().hiringOrganization());
        out.put("matched", m.matched().stream().map(Match.MatchedSkill::label).toList());
        out.put("missing", m.missing().stream().map(s -> s.label()).toList());
        out.put("fits", m.fits());
        out.put("unknowns", m.unknowns());
        out.put("provenance", m.provenance());
        return out;
    }

    private static String code(ApiParts parts) {
        String hex = parts.keys().hex(8);
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 8; i++) {
            sb.append(CODE_LETTERS.charAt(Integer.parseInt(hex.substring(2 * i, 2 * i + 2), 16) % CODE_LETTERS.length()));
        }
        return sb.toString();
    }

    /** The client's certification path as the planner made it (null without a target role to plan toward). */
    private static Map<String, Object> path(ApiParts parts, io.jobpilot.profile.SeekerProfile p) {
        if (parts.certification() == null || p.targets().isEmpty()) {
            return null;
        }
        io.jobpilot.certification.Plan plan = parts.certification().planner().plan(p);
        List<Map<String, Object>> steps = new ArrayList<>();
        for (io.jobpilot.certification.Plan.Step st : plan.steps()) {
            var cert = st.certificate();
            Map<String, Object> step = new LinkedHashMap<>();
            step.put("id", cert.id());
            step.put("name", "ko".equals(p.lang()) ? cert.nameKo() : cert.nameEn());
            step.put("level", cert.level() == null ? null : cert.level().name());
            step.put("uplift", st.uplift());
            step.put("prerequisiteOf", st.prerequisiteOf());
            step.put("hours", cert.hours());
            step.put("cost", cert.cost());
            step.put("url", cert.url());
            steps.add(step);
        }
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("verdict", plan.verdict().name());
        out.put("listedNow", plan.listedNow());
        out.put("steps", steps);
        out.put("text", parts.certification().pathText(p));
        return out;
    }
}

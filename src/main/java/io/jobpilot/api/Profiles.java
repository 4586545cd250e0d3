package io.jobpilot.api;

import io.jobpilot.profile.SeekerProfile;

import java.util.LinkedHashMap;
import java.util.Map;

/** A seeker's full profile as JSON, for a linked counsellor or a business the seeker accepted; never the user id. */
final class Profiles {
    private Profiles() {
    }

    static Map<String, Object> view(SeekerProfile p) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("lang", p.lang());
        out.put("targets", p.targets());
        out.put("skills", p.skills());
        out.put("yearsExperience", p.yearsExperience());
        out.put("recentRoles", p.recentRoles());
        out.put("aiLevel", p.aiLevel() == null ? null : p.aiLevel().name());
        out.put("location", p.location());
        out.put("acceptsRemote", p.acceptsRemote());
        out.put("remoteOnly", p.remoteOnly());
        out.put("salaryFloor", p.salaryFloor());
        out.put("employmentTypes", p.employmentTypes());
        out.put("languages", p.languages());
        out.put("certificates", p.certificates());
        out.put("findable", p.consent().findable());
        out.put("version", p.version());
        return out;
    }
}

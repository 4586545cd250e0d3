package io.jobpilot.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.jobpilot.profile.SeekerProfile;

/** A profile as stored: JSON, dates as ISO-8601 strings. */
final class ProfileJson {
    // Old rows must stay readable after a field is removed from the record, hence no failure on unknown properties.
    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .addModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    private ProfileJson() {
    }

    static String write(SeekerProfile profile) {
        try {
            return MAPPER.writeValueAsString(profile);
        } catch (JsonProcessingException e) {
            throw new StoreException("write profile of user " + profile.userId() + " as JSON", e);
        }
    }

    static SeekerProfile read(String json) {
        try {
            return MAPPER.readValue(json, SeekerProfile.class);
        } catch (JsonProcessingException e) {
            throw new StoreException("read stored profile JSON", e);
        }
    }

    static SeekerProfile withVersion(SeekerProfile p, long version) {
        return new SeekerProfile(p.userId(), version, p.lang(), p.targets(), p.skills(), p.yearsExperience(),
                p.recentRoles(), p.aiLevel(), p.location(), p.acceptsRemote(), p.remoteOnly(), p.salaryFloor(),
                p.employmentTypes(), p.languages(), p.certificates(), p.consent());
    }
}

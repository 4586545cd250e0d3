package io.jobpilot.interview;

import java.util.List;

/**
 * Slots a language model read from the seeker's text, each as the value and the seeker's words it came from. Nothing
 * here is trusted yet: {@link ModelReading} checks every quote against the text and the taxonomy.
 *
 * @param roles    job titles the seeker wants (value: the title; quote: their words)
 * @param skills   skills and tools the seeker says they have
 * @param years    total years of experience (value: a whole number)
 * @param location where the seeker wants to work (value: the place, as they wrote it)
 * @param remote   "yes", "only" or "no" (quote: their words about remote work)
 */
public record Understood(List<Said> roles, List<Said> skills, Said years, Said location, Said remote) {
    public static final Understood NOTHING = new Understood(List.of(), List.of(), null, null, null);

    public Understood {
        roles = roles == null ? List.of() : roles.stream().filter(java.util.Objects::nonNull).toList();
        skills = skills == null ? List.of() : skills.stream().filter(java.util.Objects::nonNull).toList();
    }

    /** One value and the words of the seeker's text it was read from. */
    public record Said(String value, String quote) {
        public Said {
            value = value == null ? "" : value.strip();
            quote = quote == null ? "" : quote.strip();
        }
    }
}

package io.jobpilot.taxonomy;

/** What kind of skill a concept is. */
public enum SkillKind {
    /** Working with or building AI: prompt engineering, labelling QA, RAG... */
    AI,
    /** A technology, tool or language: Python, Excel, Docker... */
    TECH,
    /** A general job skill: accounting, customer service... */
    GENERAL,
    /** An O*NET skill or knowledge element: Critical Thinking, Mathematics... */
    ELEMENT;

    static SkillKind parse(String value, io.jobpilot.data.TsvTable.Row row) {
        return switch (value) {
            case "ai" -> AI;
            case "tech" -> TECH;
            case "gen" -> GENERAL;
            case "skill", "knowledge" -> ELEMENT;
            default -> throw row.error("kind must be ai, tech or gen, found '" + value + "'");
        };
    }
}

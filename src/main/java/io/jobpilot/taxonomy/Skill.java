package io.jobpilot.taxonomy;

import java.util.List;

/**
 * One skill concept with labels in both languages (the bridge: "파이썬" and "Python" are one {@code tech:python}).
 *
 * @param id          {@code ai:…}, {@code tech:…}, {@code gen:…} (curated), {@code onet:…} (O*NET technology
 *                    example) or {@code el:…} (O*NET skill/knowledge element)
 * @param hot         O*NET marks the technology as a Hot Technology
 * @param inDemand    O*NET marks it in demand for at least one occupation
 * @param occupations O*NET-SOC codes that use it (technologies) or rate it important (elements)
 */
public record Skill(String id, SkillKind kind, String en, String ko, List<String> aliasesEn, List<String> aliasesKo,
                    boolean hot, boolean inDemand, List<String> occupations) {

    public String label(String lang) {
        return "ko".equals(lang) && !ko.isEmpty() ? ko : en;
    }
}

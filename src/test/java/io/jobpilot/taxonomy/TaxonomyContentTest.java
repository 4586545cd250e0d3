package io.jobpilot.taxonomy;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** What the shipped extracts hold: the fields the issue names, in both taxonomies, and skill profiles. */
class TaxonomyContentTest {
    private final Taxonomy taxonomy = SharedTaxonomy.offline();

    @Test
    void koreanDictionaryEntriesKeepTheirFields() {
        Occupation nurse = taxonomy.occupation("kr:K000007494").orElseThrow();
        assertThat(nurse.labelKo()).isEqualTo("간호사");
        assertThat(nurse.ksco()).isNotBlank();
        assertThat(nurse.keco()).isNotBlank();
        assertThat(nurse.summary()).isNotBlank();
        assertThat(nurse.tasks()).isNotBlank();
        assertThat(nurse.education()).contains("졸");
        assertThat(nurse.certificates()).contains("간호사");
        assertThat(nurse.source().attribution()).isEqualTo("한국직업사전");
    }

    @Test
    void escoEntriesKeepLabelsAndIscoCodes() {
        Occupation dev = taxonomy.occupation("esco:2512.4").orElseThrow();
        assertThat(dev.labelEn()).isEqualTo("software developer");
        assertThat(dev.isco()).isEqualTo("2512");
        assertThat(dev.aliasesEn()).contains("software engineer", "programmer");
    }

    @Test
    void occupationsHaveSkillProfilesWithHotTechnologiesFirst() {
        var skills = taxonomy.skillsOf("esco:2512.4");
        assertThat(skills).isNotEmpty();
        assertThat(skills.get(0).hot()).isTrue();
        assertThat(taxonomy.skillsOf("jp:ai-trainer")).extracting(Skill::id).contains("ai:hallucination-review");
        // a Korean occupation borrows the profile of its linked ESCO occupation
        assertThat(taxonomy.skillsOf("kr:K000003381")).isNotEmpty();
    }

    @Test
    void emergingRolesExistInBothLanguagesWithSkills() {
        for (String id : new String[]{"jp:prompt-engineer", "jp:ai-trainer", "jp:data-labelling-qa"}) {
            Occupation o = taxonomy.occupation(id).orElseThrow();
            assertThat(o.labelEn()).isNotBlank();
            assertThat(o.labelKo()).isNotBlank();
            assertThat(o.skills()).isNotEmpty();
            assertThat(taxonomy.links(id)).isNotEmpty();
        }
    }

    @Test
    void skillsCarryO_NetFlagsAndBothLabels() {
        Skill python = taxonomy.skill("tech:python").orElseThrow();
        assertThat(python.ko()).isEqualTo("파이썬");
        assertThat(python.hot()).isTrue();
        assertThat(python.occupations()).isNotEmpty();
        assertThat(taxonomy.skills()).anyMatch(s -> s.kind() == SkillKind.ELEMENT && s.ko().equals("비판적 사고"));
    }
}

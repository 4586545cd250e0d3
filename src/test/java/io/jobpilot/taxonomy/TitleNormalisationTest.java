package io.jobpilot.taxonomy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class TitleNormalisationTest {
    private final Taxonomy taxonomy = SharedTaxonomy.withEmbeddings();

    private List<String> ids(String title) {
        return taxonomy.normaliseTitle(title).matches().stream().map(m -> m.occupation().id()).toList();
    }

    @Test
    void seniorityIsSetAsideAndJavaDeveloperIsASoftwareDeveloper() {
        TitleResult r = taxonomy.normaliseTitle("Senior Java Developer");
        assertThat(r.removed()).containsExactly("Senior");
        assertThat(r.cleaned()).isEqualTo("Java Developer");
        assertThat(r.best().occupation().labelEn()).isIn("software developer", "ICT application developer", "web developer");
        assertThat(r.best().reason()).isNotBlank();
    }

    @Test
    void koreanLoanwordTitleReachesBothTaxonomies() {
        List<String> found = ids("백엔드 개발자");
        assertThat(found).contains("kr:K000003381"); // 웹엔지니어, whose variant names include 백엔드개발자
        assertThat(found).anyMatch(id -> id.startsWith("esco:"));
    }

    @Test
    void emergingAiRolesAreKnownInBothLanguages() {
        assertThat(ids("AI 트레이너").get(0)).isEqualTo("jp:ai-trainer");
        assertThat(ids("AI trainer").get(0)).isEqualTo("jp:ai-trainer");
        assertThat(ids("prompt engineer").get(0)).isEqualTo("jp:prompt-engineer");
        assertThat(ids("프롬프트 엔지니어").get(0)).isEqualTo("jp:prompt-engineer");
        assertThat(ids("데이터 라벨러")).containsAnyOf("kr:K000007194", "jp:data-labeller");
    }

    @Test
    void koreanDictionaryNameIsAnExactAlias() {
        TitleResult r = taxonomy.normaliseTitle("간호사");
        assertThat(r.best().occupation().id()).isEqualTo("kr:K000007494");
        assertThat(r.best().score()).isEqualTo(1.0);
        assertThat(r.best().reason()).contains("exact alias '간호사'");
    }

    @Test
    void englishAlternativeLabelIsAnExactAlias() {
        TitleResult r = taxonomy.normaliseTitle("web programmer");
        assertThat(r.best().occupation().labelEn()).isEqualTo("web developer");
        assertThat(r.best().reason()).contains("ESCO alternative label");
    }

    @Test
    void matchesCarryLinksAcrossLanguagesWithTheirReason() {
        TitleResult r = taxonomy.normaliseTitle("간호사");
        for (TitleMatch m : r.matches()) {
            for (OccupationLink l : m.links()) {
                assertThat(l.kind()).isIn("curated", "alias", "glossary");
                assertThat(l.reason()).isNotBlank();
                assertThat(taxonomy.links(l.to())).anyMatch(back -> back.to().equals(l.from()));
            }
        }
        assertThat(taxonomy.links("jp:ai-trainer")).isNotEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"asdf qwerty zxcv", "blorp florp glimb", "ㅁㄴㅇㄹ", "12345", "!!!", "the of and", "ㅋㅋㅋㅋ 뭐지"})
    void nonsenseIsUnknown(String nonsense) {
        TitleResult r = taxonomy.normaliseTitle(nonsense);
        assertThat(r.unknown()).as("%s gave %s", nonsense, r.matches()).isTrue();
    }

    @Test
    void wordsAloneWorkWithoutTheEmbeddingModel() {
        Taxonomy offline = SharedTaxonomy.offline();
        assertThat(offline.matchesByMeaning()).isFalse();
        assertThat(offline.normaliseTitle("Registered Nurse").matches()).isNotEmpty();
        assertThat(offline.normaliseTitle("qwxz vbnm").unknown()).isTrue();
    }

    @Test
    void leftOutVariantIsFoundByItsWordsNotByTheTable() {
        Taxonomy leftOut = Taxonomy.load(Taxonomy.Options.shipped(null).excluding(Set.of("공공기관고위임원")));
        TitleResult r = leftOut.normaliseTitle("공공기관고위임원");
        assertThat(r.matches()).isNotEmpty();
        assertThat(r.matches()).noneMatch(m -> m.reason().contains("exact alias"));
        assertThat(r.matches().stream().map(m -> m.occupation().id())).contains("kr:K000007264");
    }
}

package io.jobpilot.taxonomy;

import io.jobpilot.data.DataFileException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SkillExtractionTest {
    private final Taxonomy taxonomy = SharedTaxonomy.offline();

    private List<String> ids(String text) {
        return taxonomy.extractSkills(text).stream().map(m -> m.skill().id()).toList();
    }

    @Test
    void mixedKoreanEnglishSentenceGivesSpansWithoutParticles() {
        String text = "스프링 부트로 REST API 개발 3년, Python으로 데이터 분석";
        List<SkillMention> found = taxonomy.extractSkills(text);
        assertThat(found).extracting(SkillMention::evidence)
                .contains("스프링 부트", "REST API", "Python", "데이터 분석");
        for (SkillMention m : found) {
            assertThat(text.substring(m.start(), m.end())).isEqualTo(m.evidence());
        }
        assertThat(found).extracting(m -> m.skill().id()).contains("tech:spring-boot", "tech:python", "gen:data-analysis");
    }

    @Test
    void koreanAndEnglishNamesMeetInOneConcept() {
        assertThat(ids("파이썬")).containsExactly("tech:python");
        assertThat(ids("Python")).containsExactly("tech:python");
        assertThat(ids("자바를 씁니다")).containsExactly("tech:java");
        assertThat(ids("엑셀과 파워포인트")).containsExactly("tech:excel", "tech:powerpoint");
        assertThat(ids("프롬프트 엔지니어링")).isEqualTo(ids("prompt engineering")).containsExactly("ai:prompt-engineering");
        assertThat(ids("생성형 AI 활용")).containsExactly("ai:generative-ai-use");
    }

    @Test
    void gluedKoreanCompoundsAndLongestNamesWin() {
        assertThat(ids("스프링부트를 사용")).containsExactly("tech:spring-boot");
        assertThat(ids("자바스크립트")).containsExactly("tech:javascript");
        assertThat(ids("JavaScript and Java")).containsExactly("tech:javascript", "tech:java");
    }

    @Test
    void oneLetterLanguagesNeedTheirExactForm() {
        assertThat(ids("R&D budget")).doesNotContain("tech:r");
        assertThat(ids("statistics in R and C")).contains("tech:r", "tech:c");
        assertThat(ids("a c-level role in our r&d team")).doesNotContain("tech:r", "tech:c");
    }

    @Test
    void nothingIsFoundInTextWithoutSkills() {
        assertThat(taxonomy.extractSkills("안녕하세요, 반갑습니다. Hello there!")).isEmpty();
        assertThat(taxonomy.extractSkills("")).isEmpty();
        assertThat(taxonomy.extractSkills(null)).isEmpty();
    }

    @Test
    void everySkillHasLabelsAndNoAliasIsOwnedTwice() {
        for (Skill s : taxonomy.skills()) {
            assertThat(s.en()).as(s.id()).isNotBlank();
        }
        assertThat(taxonomy.skills()).filteredOn(s -> s.kind() == SkillKind.AI).allMatch(s -> !s.ko().isBlank());
    }

    @Test
    void brokenDataFileFailsNamingFileAndLine(@TempDir Path dir) throws IOException {
        Path curated = Files.createDirectories(dir.resolve("curated"));
        List<String> lines = new ArrayList<>(read("curated/skills_curated.tsv"));
        int header = 0;
        while (lines.get(header).startsWith("#")) {
            header++;
        }
        lines.set(header + 2, "ai:broken\tonly two fields");
        Files.write(curated.resolve("skills_curated.tsv"), lines, StandardCharsets.UTF_8);
        assertThatThrownBy(() -> Taxonomy.load(new Taxonomy.Options(DataSource.directory(dir), null, java.util.Set.of())))
                .isInstanceOf(DataFileException.class)
                .hasMessageStartingWith("data/curated/skills_curated.tsv line " + (header + 3) + ": expected 7 tab-separated fields, found 2");
    }

    @Test
    void missingDataFileIsNamed(@TempDir Path dir) throws IOException {
        Files.createDirectories(dir.resolve("curated"));
        DataSource missing = name -> name.equals("onet_tech_skills.tsv") ? null : DataSource.classpath().open(name);
        assertThatThrownBy(() -> Taxonomy.load(new Taxonomy.Options(missing, null, java.util.Set.of())))
                .hasMessage("data/onet_tech_skills.tsv: file is missing");
    }

    private static List<String> read(String name) throws IOException {
        try (InputStream in = DataSource.classpath().open(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
        }
    }
}

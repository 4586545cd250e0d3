package io.jobpilot.certification;

import io.jobpilot.data.DataFileException;
import io.jobpilot.profile.AiLevel;
import io.jobpilot.taxonomy.Taxonomy;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The shipped catalogue, the crosswalk between ladders, and prerequisite ordering. */
class CatalogueTest {
    static Taxonomy taxonomy;
    static Catalogue shipped;

    @BeforeAll
    static void load() {
        taxonomy = Taxonomy.load(Taxonomy.Options.shipped(null));
        shipped = Catalogue.shipped(taxonomy);
    }

    @Test
    void theCrosswalkMapsCertificateLevelsOntoTheProfileLadder() {
        assertThat(Level.L1.toAiLevel()).isEqualTo(AiLevel.L1);
        assertThat(Level.L4.toAiLevel()).isEqualTo(AiLevel.L4);
        assertThat(Level.L5.toAiLevel()).isEqualTo(AiLevel.L4);
        assertThat(Level.of(AiLevel.L0)).isEmpty();
        assertThat(Level.of(AiLevel.L3)).contains(Level.L3);
        assertThat(Level.parse("3")).isEqualTo(Level.L3);
        assertThatThrownBy(() -> Level.parse("L9")).hasMessageContaining("'L9'");
    }

    @Test
    void everyTierTheIssueNamesSitsOnTheCommonScale() {
        assertThat(level("cert:openai-ai-foundations")).isEqualTo(Level.L1);
        assertThat(level("cert:aice-future")).isLessThan(level("cert:aice-associate"));
        assertThat(level("cert:aice-basic")).isLessThanOrEqualTo(level("cert:aice-associate"));
        assertThat(level("cert:aice-associate")).isLessThanOrEqualTo(level("cert:aice-professional"));
        assertThat(level("cert:google-ai-essentials")).isLessThan(level("cert:google-ai-professional-certificate"));
        assertThat(level("cert:aws-ai-practitioner")).isLessThan(level("cert:aws-ml-engineer-associate"));
        assertThat(level("cert:aws-ml-engineer-associate")).isLessThan(level("cert:aws-genai-developer-professional"));
        assertThat(level("cert:ms-ai-900")).isLessThan(level("cert:ms-ai-102"));
        assertThat(level("cert:gcp-generative-ai-leader")).isLessThan(level("cert:gcp-professional-ml-engineer"));
        assertThat(level("cert:adsp")).isLessThan(level("cert:adp"));
        assertThat(level("cert:sqld")).isLessThan(level("cert:sqlp"));
        for (String id : List.of("cert:bigdata-bunseok-gisa", "cert:jeongbo-cheori-gisa", "cert:jeongbo-cheori-saneop-gisa",
                "cert:ms-dp-100", "cert:aice-junior")) {
            assertThat(shipped.get(id)).as(id).isPresent();
        }
        assertThat(shipped.all()).allMatch(c -> c.url().startsWith("http") && c.checked() != null && c.level() != null);
    }

    @Test
    void heldCertificatesAreFoundUnderAnyOfTheirNames() {
        assertThat(shipped.find("sql 개발자")).map(Certificate::id).contains("cert:sqld");
        assertThat(shipped.find("SQLD")).map(Certificate::id).contains("cert:sqld");
        assertThat(shipped.find("AI-900")).map(Certificate::id).contains("cert:ms-ai-900");
        assertThat(shipped.find("정보처리 기사")).map(Certificate::id).contains("cert:jeongbo-cheori-gisa");
    }

    @Test
    void theDictionaryExtractListsCertificatesPerOccupationWithGradesExpanded() {
        assertThat(CertificateNames.fromDictionary("초등학교 정교사(1급, 2급), 보건교사 (1급, 2급), 공인회계사(CPA)"))
                .containsExactly("초등학교 정교사 1급", "초등학교 정교사 2급", "보건교사 1급", "보건교사 2급", "공인회계사(CPA)");
        assertThat(CertificateNames.fromDictionary("정보처리기사, 정보처리 기사")).containsExactly("정보처리기사");
        assertThat(shipped.forOccupation("kr:K000003709")).contains("유치원 정교사 1급", "유치원 정교사 2급");
    }

    static final String HEADER = "id\tname_en\tname_ko\taliases\tissuer\tladder\tlevel\tstatus\tformat\thours\tcost\tlanguage"
            + "\tprerequisites\tskills\turl\tchecked\tnotes\n";

    static String row(String id, String level, String hours, String prerequisites) {
        return id + "\t" + id + "\t" + id + "\t\tIssuer\tTest\t" + level + "\tactive\texam\t" + hours + "\tunknown\ten\t"
                + prerequisites + "\tai:prompt-engineering\thttps://example.org/" + id + "\t2026-11-23\tsource=official\n";
    }

    static Catalogue catalogue(String rows) {
        return Catalogue.read("test.tsv", new ByteArrayInputStream((HEADER + rows).getBytes(StandardCharsets.UTF_8)), null,
                taxonomy);
    }

    @Test
    void prerequisitesComeBeforeTheCertificatesThatNeedThemEachOnce() {
        Catalogue c = catalogue(row("a", "L1", "10", "") + row("b", "L2", "20", "required:a")
                + row("c", "L3", "30", "required:b|recommended:d") + row("d", "L2", "unknown", "required:a"));
        List<Certificate> all = Prerequisites.ordered(List.of(c.get("c").orElseThrow()), c, p -> true, Set.of());
        assertThat(all).extracting(Certificate::id).containsExactly("a", "b", "d", "c");
        List<Certificate> required = Prerequisites.ordered(List.of(c.get("c").orElseThrow()), c,
                Certificate.Prerequisite::required, Set.of("a"));
        assertThat(required).extracting(Certificate::id).containsExactly("b", "c");
        assertThat(c.get("d").orElseThrow().hours()).isNull();
    }

    @Test
    void aBrokenCatalogueFailsNamingTheProblem() {
        assertThatThrownBy(() -> catalogue(row("a", "L1", "10", "required:b") + row("b", "L1", "5", "required:a")))
                .hasMessageContaining("prerequisite cycle");
        assertThatThrownBy(() -> catalogue(row("a", "L1", "10", "required:zzz"))).hasMessageContaining("zzz");
        assertThatThrownBy(() -> catalogue(row("a", "L1", "ten", ""))).isInstanceOf(DataFileException.class)
                .hasMessageContaining("'ten'");
        assertThatThrownBy(() -> catalogue(row("a", "L7", "1", ""))).hasMessageContaining("'L7'");
    }

    @Test
    void rankingPutsKnownHoursFirstByUpliftPerHourThenUnknownHoursByUplift() {
        Catalogue c = catalogue(row("fast", "L2", "10", "") + row("slow", "L1", "100", "") + row("x", "L3", "unknown", "")
                + row("y", "L1", "unknown", ""));
        List<Plan.Step> steps = new java.util.ArrayList<>(List.of(
                step(c, "slow", 5), step(c, "x", 9), step(c, "fast", 2), step(c, "y", 9)));
        steps.sort(PathPlanner.RANKING);
        // fast: 0.2 per hour > slow: 0.05 per hour; x and y tie on uplift, the lower level (y, L1) first
        assertThat(steps).extracting(s -> s.certificate().id()).containsExactly("fast", "slow", "y", "x");
    }

    private static Plan.Step step(Catalogue c, String id, int uplift) {
        Certificate cert = c.get(id).orElseThrow();
        return new Plan.Step(cert, null, false, List.of(), uplift, List.of(),
                cert.hours() == null ? null : uplift / cert.hours());
    }

    private static Level level(String id) {
        return shipped.get(id).orElseThrow().level();
    }
}

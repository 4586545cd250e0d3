package io.jobpilot.certification;

import io.jobpilot.matching.Matcher;
import io.jobpilot.postings.FeedResult;
import io.jobpilot.postings.Fixtures;
import io.jobpilot.postings.Posting;
import io.jobpilot.postings.PostingEnricher;
import io.jobpilot.postings.PostingIndex;
import io.jobpilot.postings.PostingRefresher;
import io.jobpilot.profile.AiLevel;
import io.jobpilot.profile.SeekerProfile;
import io.jobpilot.taxonomy.Taxonomy;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.List;

import static io.jobpilot.postings.Fixtures.NOW;
import static io.jobpilot.postings.Fixtures.en;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Uplift on a small temp-dir index, re-running the real matcher. */
class PathPlannerTest {
    @TempDir
    static Path dir;
    static Taxonomy taxonomy;
    static PostingIndex index;
    static PathPlanner planner;
    static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);

    @BeforeAll
    static void build() {
        taxonomy = Taxonomy.load(Taxonomy.Options.shipped(null));
        index = PostingIndex.open(dir.resolve("index"), null);
        List<Posting> postings = List.of(
                java("open", "Open").build(NOW),
                java("cert1", "Alpha").requiredCertificate("정보처리기사").build(NOW),
                java("cert2", "Beta").requiredCertificate("정보처리 기사").build(NOW),
                // requires the certificate AND 8 years: the certificate alone does not put it in the list
                java("certSenior", "Gamma").requiredCertificate("정보처리기사")
                        .qualifications("Java, Spring Boot, SQL. 8+ years of experience.").build(NOW),
                java("sqld", "Delta").requiredCertificate("SQLD").build(NOW),
                java("senior", "Epsilon").qualifications("Java, Spring Boot, SQL. 8+ years of experience.").build(NOW));
        new PostingRefresher(index, new PostingEnricher(taxonomy), CLOCK).refresh(List.of(
                new PostingRefresher.SourceBatch("t", new FeedResult(postings, List.of()), true, false)));
        Matcher matcher = new Matcher(index, taxonomy, CLOCK, false);
        planner = new PathPlanner(Catalogue.shipped(taxonomy), taxonomy, () -> matcher, () -> index, CLOCK);
    }

    @AfterAll
    static void close() {
        index.close();
    }

    private static io.jobpilot.postings.PostingBuilder java(String id, String employer) {
        return en("t", id, "Java Developer").hiringOrganization(employer).qualifications("Java, Spring Boot, SQL.")
                .location(new Posting.Location("New York", "NY", "US", null));
    }

    static SeekerProfile seeker(int years, List<String> certificates) {
        return new SeekerProfile("u", 1, "en", List.of(new SeekerProfile.TargetRole("esco:2512.4", "software developer", "java developer")),
                List.of(new SeekerProfile.SkillEvidence("tech:java", "Java", "Java", "skills"),
                        new SeekerProfile.SkillEvidence("tech:spring-boot", "Spring Boot", "Spring Boot", "skills"),
                        new SeekerProfile.SkillEvidence("tech:sql", "SQL", "SQL", "skills")),
                years, List.of(), AiLevel.L2, "New York", true, false, null, List.of(), List.of("en"), certificates,
                SeekerProfile.Consent.NONE);
    }

    private static Plan.Step step(Plan plan, String id) {
        return plan.steps().stream().filter(s -> s.certificate().id().equals(id)).findFirst().orElseThrow();
    }

    @Test
    void aCertificateThatSuppliesARequiredCredentialMovesExactlyThePostingsItUnlocks() {
        Plan plan = planner.plan(seeker(3, List.of()));
        assertThat(plan.verdict()).isEqualTo(Plan.Verdict.HELPS);
        assertThat(plan.listedNow()).isEqualTo(1); // only t:open: the others are capped
        Plan.Step gisa = step(plan, "cert:jeongbo-cheori-gisa");
        assertThat(gisa.entering()).containsExactly("t:cert1", "t:cert2");
        assertThat(gisa.uplift()).isEqualTo(2);
        assertThat(step(plan, "cert:sqld").entering()).containsExactly("t:sqld");
        // ranked by uplift (hours unknown for both), so the two-posting certificate comes first
        assertThat(plan.steps().get(0).certificate().id()).isEqualTo("cert:jeongbo-cheori-gisa");
        assertThat(plan.steps()).allMatch(s -> s.upliftPerHour() == null);
    }

    @Test
    void aHeldCertificateIsNotSuggestedAndItsPostingsAreAlreadyListed() {
        Plan plan = planner.plan(seeker(3, List.of("정보처리기사")));
        assertThat(plan.listedNow()).isEqualTo(3);
        assertThat(plan.steps()).extracting(s -> s.certificate().id()).doesNotContain("cert:jeongbo-cheori-gisa")
                .contains("cert:sqld");
    }

    @Test
    void whenOnlyExperienceIsMissingThePlanSaysTheGapIsExperience() {
        Plan plan = planner.plan(seeker(3, List.of("정보처리기사", "SQLD")));
        assertThat(plan.steps()).isEmpty();
        assertThat(plan.verdict()).isEqualTo(Plan.Verdict.EXPERIENCE_GAP);
        String en = new PlanText(new io.jobpilot.prompts.Templates(), taxonomy).render(plan);
        assertThat(en).contains("your gap is experience, not certificates");
        Plan ko = planner.plan(withLang(seeker(3, List.of("정보처리기사", "SQLD")), "ko"));
        assertThat(new PlanText(new io.jobpilot.prompts.Templates(), taxonomy).render(ko))
                .contains("부족한 것은 자격증이 아니라 경력이에요");
    }

    @Test
    void aSeniorWithEverythingGetsNoCertificateAndIsNotToldToGetExperience() {
        Plan plan = planner.plan(seeker(10, List.of("정보처리기사", "SQLD")));
        assertThat(plan.verdict()).isEqualTo(Plan.Verdict.NOTHING_ADDS);
        assertThat(plan.listedNow()).isEqualTo(6);
    }

    @Test
    void aPostingPlanCountsOnlyThatPosting() {
        Plan plan = planner.plan(seeker(3, List.of()), "t:cert1");
        assertThat(plan.steps()).extracting(s -> s.certificate().id()).containsExactly("cert:jeongbo-cheori-gisa");
        assertThat(plan.steps().get(0).entering()).containsExactly("t:cert1");
        assertThatThrownBy(() -> planner.plan(seeker(3, List.of()), "t:nope")).hasMessageContaining("t:nope");
    }

    @Test
    void plansAreCachedPerIndexGeneration() {
        assertThat(planner.plan(seeker(3, List.of()))).isSameAs(planner.plan(seeker(3, List.of())));
        assertThat(planner.plan(seeker(3, List.of())).generation()).isEqualTo(index.generation());
    }

    static SeekerProfile withLang(SeekerProfile p, String lang) {
        return new SeekerProfile(p.userId(), p.version(), lang, p.targets(), p.skills(), p.yearsExperience(), p.recentRoles(),
                p.aiLevel(), p.location(), p.acceptsRemote(), p.remoteOnly(), p.salaryFloor(), p.employmentTypes(),
                p.languages(), p.certificates(), p.consent());
    }
}

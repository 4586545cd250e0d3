package io.jobpilot.matching;

import io.jobpilot.postings.FeedResult;
import io.jobpilot.postings.Fixtures;
import io.jobpilot.postings.Posting;
import io.jobpilot.postings.PostingEnricher;
import io.jobpilot.postings.PostingIndex;
import io.jobpilot.postings.PostingRefresher;
import io.jobpilot.taxonomy.Taxonomy;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import static io.jobpilot.postings.Fixtures.NOW;
import static io.jobpilot.postings.Fixtures.TODAY;
import static io.jobpilot.postings.Fixtures.en;
import static io.jobpilot.postings.Fixtures.ko;
import static org.assertj.core.api.Assertions.assertThat;

class MatcherTest {
    @TempDir
    static Path dir;
    private static Taxonomy taxonomy;
    private static PostingIndex index;
    private static Matcher matcher;
    private static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);

    @BeforeAll
    static void build() {
        taxonomy = Taxonomy.load(Taxonomy.Options.shipped(null));
        index = PostingIndex.open(dir.resolve("index"), new Fixtures.CountingEmbedder());
        List<Posting> postings = new ArrayList<>(List.of(
                en("t", "senior", "Senior Java Developer").hiringOrganization("Acme")
                        .qualifications("7+ years of Java and Spring Boot. Preferred: Kubernetes.")
                        .location(new Posting.Location("New York", "NY", "US", null)).build(NOW),
                en("t", "junior", "Junior Java Developer").hiringOrganization("Beta")
                        .qualifications("Java, SQL. Entry level welcome.")
                        .location(new Posting.Location("New York", "NY", "US", null)).build(NOW),
                en("t", "titleonly", "Software Developer").hiringOrganization("Gamma").datePosted((java.time.LocalDate) null).build(NOW),
                en("t", "casino", "Java Developer for Online Casino").hiringOrganization("Delta")
                        .qualifications("Java").build(NOW),
                en("t", "cert", "Java Developer (certified)").hiringOrganization("Epsilon")
                        .qualifications("Java").requiredCertificate("정보처리기사").build(NOW),
                en("t", "low", "Java Developer").hiringOrganization("Zeta").qualifications("Java")
                        .salary(30000.0, 40000.0, "USD", "YEAR").build(NOW),
                ko("t", "kr", "백엔드 개발자 (신입)").hiringOrganization("한국공사").qualifications("자바, 스프링 부트")
                        .location(new Posting.Location(null, "서울", "KR", "서울특별시 강남구")).build(NOW)));
        for (int i = 0; i < 5; i++) {
            postings.add(en("t", "many" + i, "Java Developer " + i).hiringOrganization("MegaCorp")
                    .qualifications("Java, Spring Boot").build(NOW));
        }
        new PostingRefresher(index, new PostingEnricher(taxonomy), CLOCK).refresh(List.of(
                new PostingRefresher.SourceBatch("t", new FeedResult(postings, List.of()), true, false)));
        matcher = new Matcher(index, taxonomy, CLOCK, false);
    }

    @AfterAll
    static void close() {
        index.close();
    }

    private static MatchQuery javaSeeker(int years) {
        return MatchQuery.text("java developer", "en")
                .withTargets(List.of("esco:2512.4"))
                .withSkills(List.of(new MatchQuery.SkillClaim("tech:java", "Java"),
                        new MatchQuery.SkillClaim("tech:spring-boot", "Spring Boot")))
                .withYears(years).withLocation("New York", false);
    }

    private static Match find(List<Match> matches, String id) {
        return matches.stream().filter(m -> m.posting().id().equals(id)).findFirst().orElseThrow();
    }

    @Test
    void aJuniorNeverRanksHighOnASeniorRole() {
        List<Match> junior = matcher.match(javaSeeker(1), 20);
        Match senior = find(junior, "t:senior");
        assertThat(senior.score()).isLessThanOrEqualTo(MatchScorer.CAP_SENIORITY);
        assertThat(senior.caps()).anyMatch(c -> c.contains("7+ years"));
        assertThat(junior.indexOf(find(junior, "t:junior"))).isLessThan(junior.indexOf(senior));
        Match forSenior = find(matcher.match(javaSeeker(8), 20), "t:senior");
        assertThat(forSenior.caps()).isEmpty();
        assertThat(forSenior.score()).isGreaterThan(senior.score());
    }

    @Test
    void explanationsShowMatchedMissingAndUnknown() {
        Match senior = find(matcher.match(javaSeeker(8), 20), "t:senior");
        assertThat(senior.matched()).extracting(Match.MatchedSkill::skillId).contains("tech:java", "tech:spring-boot");
        assertThat(senior.matched()).filteredOn(s -> s.skillId().equals("tech:java"))
                .extracting(Match.MatchedSkill::seekerWords).containsExactly("Java");
        assertThat(senior.missing()).extracting(s -> s.skillId()).contains("tech:kubernetes");
        assertThat(senior.unknowns()).anyMatch(u -> u.contains("pay: not stated"));
        assertThat(senior.fits()).anyMatch(f -> f.startsWith("location"));
        assertThat(senior.provenance()).contains("checked");
    }

    @Test
    void unknownIsNeverScoredAsAMatch() {
        Match titleOnly = find(matcher.match(javaSeeker(3), 20), "t:titleonly");
        assertThat(titleOnly.unknowns()).anyMatch(u -> u.contains("skills: not listed"))
                .anyMatch(u -> u.contains("location: not stated")).anyMatch(u -> u.contains("posting date"));
        assertThat(titleOnly.matched()).isEmpty();
        // only the occupation (inferred from the title) and the title word "developer" count: the unknowns add nothing
        assertThat(titleOnly.score()).isEqualTo(MatchScorer.W_OCCUPATION + MatchScorer.W_TITLE / 2);
        assertThat(titleOnly.fits()).anyMatch(f -> f.contains("inferred from the title"));
    }

    @Test
    void blacklistedCompaniesAndKeywordsAreNeverShown() {
        MatchQuery q = javaSeeker(3).withBlocked(Set.of("Acme"), Set.of("casino"));
        List<String> ids = matcher.match(q, 50).stream().map(m -> m.posting().id()).toList();
        assertThat(ids).doesNotContain("t:senior", "t:casino").contains("t:junior");
    }

    @Test
    void oneEmployerCannotFillTheList() {
        long mega = matcher.match(javaSeeker(3), 50).stream()
                .filter(m -> "MegaCorp".equals(m.posting().posting().hiringOrganization())).count();
        assertThat(mega).isEqualTo(Matcher.PER_EMPLOYER);
    }

    @Test
    void aMissingRequiredCertificateOrLowPayCapsTheScore() {
        List<Match> all = matcher.match(javaSeeker(3).withSalaryFloor(50000.0), 50);
        assertThat(find(all, "t:cert").caps()).anyMatch(c -> c.contains("정보처리기사"));
        assertThat(find(all, "t:cert").score()).isLessThanOrEqualTo(MatchScorer.CAP_HARD);
        assertThat(find(all, "t:low").caps()).anyMatch(c -> c.contains("40,000 USD"));
        Match certified = find(matcher.match(javaSeeker(3).withCertificates(List.of("정보처리 기사")), 50), "t:cert");
        assertThat(certified.caps()).isEmpty();
    }

    @Test
    void sameInputSameOutput() {
        assertThat(matcher.match(javaSeeker(3), 10)).isEqualTo(matcher.match(javaSeeker(3), 10));
        Matcher fresh = new Matcher(index, taxonomy, CLOCK, false);
        assertThat(fresh.match(javaSeeker(3), 10)).isEqualTo(matcher.match(javaSeeker(3), 10));
    }

    @Test
    void cachedResultsAreWeighedByThePostingTextTheyHold() {
        List<Match> list = matcher.match(javaSeeker(8), 20);
        int all = Matcher.weight("k", CachedMatches.write(list));
        assertThat(all).isGreaterThan(Matcher.weight("k", CachedMatches.write(list.subList(0, 1))))
                .isGreaterThan(Matcher.weight("k", CachedMatches.write(List.of())));
        // a posting with a long description weighs at least its text: the budget bounds bytes, not entries
        Match first = list.get(0);
        var longer = new io.jobpilot.postings.IndexedPosting(en("t", "long", "Java Developer")
                .description("x".repeat(100_000)).build(NOW), List.of(), List.of(), false, "");
        Match heavy = new Match(longer, first.score(), first.fits(), first.matched(), first.missing(), first.unknowns(),
                first.caps(), first.provenance());
        assertThat(Matcher.weight("k", CachedMatches.write(List.of(heavy)))).isGreaterThan(100_000);
        assertThat(Matcher.CACHE_BYTES / all).as("typical lists the cache holds").isGreaterThan(1000);
    }

    @Test
    void aCachedAnswerIsTheComputedOneInBothLanguages() {
        MatchQuery ko = MatchQuery.text("백엔드 개발자", "ko").withTargets(List.of("kr:K000003381"))
                .withSkills(List.of(new MatchQuery.SkillClaim("tech:java", "자바"))).withYears(0)
                .withLocation("서울", false);
        for (MatchQuery q : List.of(javaSeeker(3), ko)) {
            List<Match> computed = matcher.match(q, 10);
            List<Match> cached = matcher.match(q, 10);
            assertThat(computed).isNotEmpty();
            assertThat(cached).isNotSameAs(computed).isEqualTo(computed);
            assertThat(CachedMatches.read(CachedMatches.write(computed))).isEqualTo(computed);
        }
    }

    @Test
    void aKoreanSeekerFindsTheKoreanPostingWithKoreanExplanations() {
        MatchQuery q = MatchQuery.text("백엔드 개발자", "ko").withTargets(List.of("kr:K000003381"))
                .withSkills(List.of(new MatchQuery.SkillClaim("tech:java", "자바"))).withYears(0)
                .withLocation("서울", false);
        Match m = matcher.match(q, 5).get(0);
        assertThat(m.posting().id()).isEqualTo("t:kr");
        assertThat(m.fits()).anyMatch(f -> f.startsWith("근무지")).anyMatch(f -> f.startsWith("경력 요건"));
        assertThat(m.matched()).extracting(Match.MatchedSkill::postingWords).contains("자바");
    }

    @Test
    void theReverseDirectionRanksCandidatesWithTheSameScore() {
        var posting = index.get("t:senior").orElseThrow();
        List<Matcher.Ranked> ranked = matcher.rankCandidates(posting, List.of(javaSeeker(1), javaSeeker(9),
                MatchQuery.text("nurse", "en")));
        assertThat(ranked).extracting(Matcher.Ranked::candidate).containsExactly(1, 0, 2);
        assertThat(ranked.get(0).match().score()).isEqualTo(find(matcher.match(javaSeeker(9), 20), "t:senior").score());
    }

    @Test
    void archivedSampleIsShownOnlyWhenAskedAndMarkedClosed() {
        Posting closed = en("sample", "old", "Archivist").datePosted(TODAY.minusDays(60)).validThrough(TODAY.minusDays(30)).build(NOW);
        new PostingRefresher(index, new PostingEnricher(taxonomy), CLOCK).refresh(List.of(
                new PostingRefresher.SourceBatch("sample", new FeedResult(List.of(closed), List.of()), true, true)));
        MatchQuery q = MatchQuery.text("archivist", "en");
        assertThat(matcher.match(q, 5)).noneMatch(m -> m.posting().id().equals("sample:old"));
        Matcher withArchive = new Matcher(index, taxonomy, CLOCK, true);
        Match m = find(withArchive.match(q, 5), "sample:old");
        assertThat(m.provenance()).contains("closed on " + TODAY.minusDays(30)).contains("archived sample");
    }
}

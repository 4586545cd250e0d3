package io.jobpilot.alert;

import io.jobpilot.conversation.Outbox;
import io.jobpilot.postings.Posting;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static io.jobpilot.alert.AlertWorld.analyst;
import static io.jobpilot.alert.AlertWorld.backend;
import static io.jobpilot.alert.AlertWorld.barista;
import static org.assertj.core.api.Assertions.assertThat;

/** Alerts after a refresh, with a real store and index and a clock the test moves (Fixtures.NOW is 18:00 in Seoul). */
class AlertsTest {
    @TempDir
    Path dir;
    private AlertWorld w;

    @BeforeEach
    void world() {
        w = new AlertWorld(dir);
    }

    @AfterEach
    void close() {
        w.close();
    }

    @Test
    void aRefreshAlertsOptedInConsentingSeekersAboutMatchingPostingsOnly() {
        String dev = w.koreanDeveloper("dev");
        w.optIn(dev, AlertSettings.Frequency.INSTANT);
        String lurker = w.koreanDeveloper("lurker"); // never opted in
        String withdrawn = w.seeker("withdrawn", "ko", new io.jobpilot.profile.SeekerProfile.TargetRole("esco:2512.4",
                "백엔드 개발자", "백엔드 개발자"), new io.jobpilot.profile.SeekerProfile.SkillEvidence("onet:java", "Java",
                "자바", "interview:skills"), "서울", false);
        w.optIn(withdrawn, AlertSettings.Frequency.INSTANT); // opted in once, but no consent to keep data now

        Alerts.Pass pass = w.refresh(backend("k1", "한빛소프트"), backend("k2", "누리데이터"), barista("b1"));

        assertThat(pass).isEqualTo(new Alerts.Pass(2, 1));
        List<Outbox.Notice> got = w.notices(dev);
        assertThat(got).hasSize(1);
        Outbox.Notice n = got.get(0);
        assertThat(n.kind()).isEqualTo("alert");
        assertThat(n.text()).contains("새 공고", "백엔드 개발자 k1 — 한빛소프트", "백엔드 개발자 k2 — 누리데이터")
                .doesNotContain("바리스타");
        assertThat(n.choices()).extracting(c -> c.payload()).containsExactly("/공고");
        assertThat(w.notices(lurker)).isEmpty();
        assertThat(w.notices(withdrawn)).isEmpty();
    }

    @Test
    void aPostingIsAlertedAtMostOnceEvenWhenRefreshedOrChangedAgain() {
        String dev = w.koreanDeveloper("dev");
        w.optIn(dev, AlertSettings.Frequency.INSTANT);
        w.refresh(backend("k1", "한빛소프트"), barista("b1"));
        w.store.delivered(w.notices(dev).get(0).id(), "web", w.clock.instant());

        assertThat(w.refresh(backend("k1", "한빛소프트"), barista("b1"))).isEqualTo(new Alerts.Pass(0, 0));
        Posting changed = io.jobpilot.postings.Fixtures.ko("t", "k1", "백엔드 개발자 k1 (급구)").hiringOrganization("한빛소프트")
                .qualifications("자바, 스프링 부트, REST API 경험 3년 이상").location(new Posting.Location(null, "서울", "KR", "서울"))
                .build(io.jobpilot.postings.Fixtures.NOW);
        assertThat(w.refresh(changed)).as("the changed posting is still the same posting").isEqualTo(new Alerts.Pass(0, 0));
        assertThat(w.alerts.afterRefresh(List.of("t:k1", "t:b1", "t:missing"))).isEqualTo(new Alerts.Pass(0, 0));
        assertThat(w.notices(dev)).isEmpty();
    }

    @Test
    void atMostFivePostingsADayAndTwoPerCompanyTheRestTheNextDay() {
        String dev = w.koreanDeveloper("dev");
        w.optIn(dev, AlertSettings.Frequency.INSTANT);
        w.refresh(backend("a1", "한빛소프트"), backend("a2", "한빛소프트"), backend("a3", "한빛소프트"),
                backend("c1", "누리데이터"), backend("c2", "가람테크"), backend("c3", "바다소프트"), backend("c4", "하늘시스템"));
        List<String> first = lines(w.notices(dev));
        assertThat(first).hasSize(5);
        assertThat(first.stream().filter(l -> l.contains("한빛소프트"))).hasSize(2);

        w.at("2026-11-23T10:00:00Z"); // 19:00 in Seoul, same day: the day's five are used up
        assertThat(w.refresh(backend("c5", "별빛랩"))).isEqualTo(new Alerts.Pass(1, 0));
        assertThat(w.notices(dev)).hasSize(1);

        w.at("2026-11-24T00:00:00Z"); // 09:00 the next day in Seoul
        assertThat(w.alerts.deliver()).isEqualTo(1);
        List<String> all = lines(w.notices(dev));
        assertThat(all).hasSize(8).doesNotHaveDuplicates();
        for (String id : List.of("a1", "a2", "a3", "c1", "c2", "c3", "c4", "c5")) {
            assertThat(all).as(id).filteredOn(l -> l.contains("개발자 " + id + " ")).hasSize(1);
        }
        assertThat(w.alerts.deliver()).as("nothing left").isZero();
    }

    @Test
    void quietHoursHoldAlertsUntilMorningInTheSeekersTimeZone() {
        String analyst = w.englishAnalyst("analyst"); // NOW is 04:00 in New York
        w.optIn(analyst, AlertSettings.Frequency.INSTANT);
        assertThat(w.refresh(analyst("e1", "City Data Office"), barista("b1"))).isEqualTo(new Alerts.Pass(1, 0));
        w.at("2026-11-23T12:59:00Z"); // 07:59 in New York
        assertThat(w.alerts.deliver()).isZero();
        w.at("2026-11-23T13:00:00Z"); // 08:00 in New York
        assertThat(w.alerts.deliver()).isEqualTo(1);
        assertThat(w.notices(analyst)).singleElement().satisfies(n -> {
            assertThat(n.text()).contains("New openings that match you (1)", "Data Analyst e1 — City Data Office");
            assertThat(n.choices()).extracting(c -> c.payload()).containsExactly("/jobs");
        });

        String dev = w.koreanDeveloper("dev");
        w.optIn(dev, AlertSettings.Frequency.INSTANT);
        w.at("2026-11-23T13:30:00Z"); // 22:30 in Seoul
        assertThat(w.refresh(backend("k1", "한빛소프트"))).isEqualTo(new Alerts.Pass(1, 0));
        w.at("2026-11-23T22:59:00Z"); // 07:59 in Seoul
        assertThat(w.alerts.deliver()).isZero();
        w.at("2026-11-23T23:00:00Z"); // 08:00 in Seoul
        assertThat(w.alerts.deliver()).isEqualTo(1);
        assertThat(lines(w.notices(dev))).singleElement().asString().contains("한빛소프트");
        assertThat(w.notices(analyst)).hasSize(1);
    }

    @Test
    void aDailySeekerGetsOneDigestADayWithWhatWasCollected() {
        String dev = w.koreanDeveloper("dev");
        w.optIn(dev, AlertSettings.Frequency.DAILY);
        w.at("2026-11-23T01:00:00Z"); // 10:00 in Seoul
        assertThat(w.refresh(backend("k1", "한빛소프트"))).isEqualTo(new Alerts.Pass(1, 1));
        w.at("2026-11-23T06:00:00Z"); // 15:00: today's digest went out already
        assertThat(w.refresh(backend("k2", "누리데이터"), backend("k3", "가람테크"))).isEqualTo(new Alerts.Pass(2, 0));
        w.at("2026-11-23T23:00:00Z"); // 08:00 the next day
        assertThat(w.alerts.deliver()).isEqualTo(1);
        List<Outbox.Notice> got = w.notices(dev);
        assertThat(got).hasSize(2);
        assertThat(got.get(1).text()).contains("오늘의 공고 모음", "(2건)", "누리데이터", "가람테크").doesNotContain("한빛소프트");
    }

    @Test
    void heldAlertsAreNotSentAfterTheSeekerTurnsAlertsOff() {
        String dev = w.koreanDeveloper("dev");
        w.optIn(dev, AlertSettings.Frequency.INSTANT);
        w.at("2026-11-23T14:00:00Z"); // 23:00 in Seoul
        assertThat(w.refresh(backend("k1", "한빛소프트"))).isEqualTo(new Alerts.Pass(1, 0));
        w.store.alerts().save(new AlertSettings(dev, false, AlertSettings.Frequency.INSTANT, 0.5, w.clock.instant()));
        w.at("2026-11-24T00:00:00Z");
        assertThat(w.alerts.deliver()).isZero();
        assertThat(w.notices(dev)).isEmpty();
    }

    @Test
    void aThresholdAboveEveryScoreKeepsAlertsQuiet() {
        String dev = w.koreanDeveloper("dev");
        w.store.alerts().save(new AlertSettings(dev, true, AlertSettings.Frequency.INSTANT, 1.0, w.clock.instant()));
        assertThat(w.refresh(backend("k1", "한빛소프트"))).isEqualTo(new Alerts.Pass(0, 0));
    }

    /** The posting lines of every notice, in order. */
    private static List<String> lines(List<Outbox.Notice> notices) {
        List<String> out = new ArrayList<>();
        notices.forEach(n -> n.text().lines().filter(l -> l.startsWith("• ")).forEach(out::add));
        return out;
    }
}

package io.jobpilot.store;

import io.jobpilot.conversation.ConversationStore.Turn;
import io.jobpilot.profile.AiLevel;
import io.jobpilot.profile.SeekerProfile;
import io.jobpilot.profile.SeekerProfile.Consent;
import io.jobpilot.profile.SeekerProfile.Money;
import io.jobpilot.profile.SeekerProfile.SkillEvidence;
import io.jobpilot.profile.SeekerProfile.TargetRole;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;

/** Profiles, turns and a direct connection for looking at the rows themselves. */
final class Fixtures {
    static final Instant T0 = Instant.parse("2026-11-23T08:15:30.123456789Z");

    private Fixtures() {
    }

    /** Every field set, Korean text included, instants with nanoseconds. */
    static SeekerProfile fullProfile(String userId) {
        return new SeekerProfile(userId, 42, "ko",
                List.of(new TargetRole("esco:2512.4", "백엔드 개발자", "백엔드 개발자로 일하고 싶어요")),
                List.of(new SkillEvidence("onet:java", "Java", "자바로 5년 개발했어요", "interview:skills"),
                        new SkillEvidence("ai:prompting", "프롬프트 작성", "ChatGPT로 보고서 초안을 써요", "confirmed")),
                7, List.of("선임 개발자", "Backend Engineer"), AiLevel.L2, "서울 강남", true, false,
                new Money(5_500_000.5, "KRW", "MONTH"), List.of("FULL_TIME", "CONTRACTOR"), List.of("ko", "en"),
                List.of("정보처리기사", "AWS Certified AI Practitioner"),
                new Consent(true, T0, true, T0.plusSeconds(90)));
    }

    static SeekerProfile withConsent(SeekerProfile p, Consent consent) {
        return new SeekerProfile(p.userId(), p.version(), p.lang(), p.targets(), p.skills(), p.yearsExperience(),
                p.recentRoles(), p.aiLevel(), p.location(), p.acceptsRemote(), p.remoteOnly(), p.salaryFloor(),
                p.employmentTypes(), p.languages(), p.certificates(), consent);
    }

    static SeekerProfile withYears(SeekerProfile p, int years) {
        return new SeekerProfile(p.userId(), p.version(), p.lang(), p.targets(), p.skills(), years,
                p.recentRoles(), p.aiLevel(), p.location(), p.acceptsRemote(), p.remoteOnly(), p.salaryFloor(),
                p.employmentTypes(), p.languages(), p.certificates(), p.consent());
    }

    static Turn turn(String userId, String inboundId, String text, SeekerProfile profile) {
        return new Turn(userId, "test", inboundId, text, List.of("reply to " + text), "{\"step\":\"" + inboundId + "\"}",
                profile, true, T0);
    }

    static Turn withoutConsent(String userId, String inboundId, String text) {
        return new Turn(userId, "test", inboundId, text, List.of("저장해도 될까요?", "May I keep what you say?"),
                "{\"step\":\"consent\"}", SeekerProfile.empty(userId, "ko"), false, T0);
    }

    /** A second connection to the store's file, as an auditor would open it. */
    static Connection connect(Path dataDir) throws SQLException {
        return DriverManager.getConnection("jdbc:sqlite:" + dataDir.resolve(Database.FILE_NAME));
    }
}

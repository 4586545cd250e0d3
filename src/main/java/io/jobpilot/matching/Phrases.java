package io.jobpilot.matching;

import java.util.Map;

/** The short phrases of match explanations, in both languages; {0}, {1} are filled in order. */
final class Phrases {
    private static final Map<String, String[]> TEXT = Map.ofEntries(
            Map.entry("occupation", new String[]{"occupation: {0}", "직업: {0}"}),
            Map.entry("occupation.related", new String[]{"related occupation: {0}", "관련 직업: {0}"}),
            Map.entry("occupation.inferred", new String[]{" (inferred from the title)", " (제목에서 추정)"}),
            Map.entry("title", new String[]{"title has: {0}", "제목에 포함: {0}"}),
            Map.entry("place", new String[]{"location: {0}", "근무지: {0}"}),
            Map.entry("remote", new String[]{"remote work", "재택/원격 근무"}),
            Map.entry("salary", new String[]{"pay at or above your floor ({0})", "희망 연봉 이상 ({0})"}),
            Map.entry("seniority", new String[]{"experience fits ({0}+ years asked)", "경력 요건 충족 ({0}년 이상)"}),
            Map.entry("fresh", new String[]{"posted {0} days ago", "{0}일 전 게시"}),
            Map.entry("unknown.skills", new String[]{"skills: not listed in the posting", "필요 기술: 공고에 없음"}),
            Map.entry("unknown.seniority", new String[]{"experience asked: not stated", "요구 경력: 명시 안 됨"}),
            Map.entry("unknown.years", new String[]{"your experience: not given", "내 경력: 입력 안 됨"}),
            Map.entry("unknown.place", new String[]{"location: not stated", "근무지: 명시 안 됨"}),
            Map.entry("unknown.salary", new String[]{"pay: not stated", "급여: 명시 안 됨"}),
            Map.entry("unknown.occupation", new String[]{"occupation: could not be told from the posting", "직업: 공고에서 알 수 없음"}),
            Map.entry("unknown.posted", new String[]{"posting date: not stated", "게시일: 명시 안 됨"}),
            Map.entry("cap.seniority", new String[]{"capped: asks {0}+ years of experience, you have {1}",
                    "점수 제한: {0}년 이상 경력 요구, 내 경력 {1}년"}),
            Map.entry("cap.salary", new String[]{"capped: pays at most {0}, below your floor", "점수 제한: 최대 급여 {0}, 희망 연봉 미만"}),
            Map.entry("cap.certificate", new String[]{"capped: requires {0}, which you have not listed",
                    "점수 제한: {0} 필요 (보유 목록에 없음)"}),
            Map.entry("cap.language", new String[]{"capped: the posting is in {0}, not a language you listed",
                    "점수 제한: 공고 언어 {0}는 내 사용 언어가 아님"}),
            Map.entry("closed", new String[]{"closed on {0} (archived sample, not a current opening)",
                    "{0} 마감 (보관된 예시 공고, 현재 모집 아님)"}),
            Map.entry("checked", new String[]{"from {0}, checked {1}", "출처 {0}, {1} 확인"}),
            Map.entry("sample", new String[]{"from {0}", "출처 {0}"}));

    private Phrases() {
    }

    static String get(String key, String lang, Object... args) {
        String[] both = TEXT.get(key);
        if (both == null) {
            throw new IllegalArgumentException("no phrase '" + key + "'");
        }
        String s = "ko".equals(lang) ? both[1] : both[0];
        for (int i = 0; i < args.length; i++) {
            s = s.replace("{" + i + "}", String.valueOf(args[i]));
        }
        return s;
    }
}

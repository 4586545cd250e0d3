package io.jobpilot.interview;

import io.jobpilot.profile.SeekerProfile;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads plain answers without a language model: yes/no, skip, years, money, employment types, languages, places, in
 * Korean and English ("3년차", "5 years", "신입", "연봉 4천", "월 300", "$60k", "full-time", "정규직", "재택").
 */
public final class Answers {
    private static final Pattern YEARS = Pattern.compile("(\\d{1,2}(?:\\.\\d)?)\\s*(?:\\+\\s*)?(?:년\\s*차|년|years?|yrs?|y\\b)",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern NO_EXPERIENCE = Pattern.compile("신입|경력\\s*없|무경력|없어요|없음|none|no experience|entry[- ]level|graduate|0",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern KOREAN_MONEY = Pattern.compile("(\\d+(?:[.,]\\d+)?)\\s*(억|천만|천|백만|만)?\\s*(원)?");
    private static final Pattern DOLLARS = Pattern.compile("(?:\\$|usd\\s*)(\\d+(?:[.,]\\d+)*)\\s*(k)?|(\\d+(?:[.,]\\d+)*)\\s*(k)?\\s*(?:usd|dollars?)",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern WON = Pattern.compile("(\\d+(?:,\\d{3})+|\\d{5,})\\s*(?:원|won|krw)?", Pattern.CASE_INSENSITIVE);

    private Answers() {
    }

    public static boolean isSkip(String text) {
        String t = norm(text);
        return Set.of("skip", "pass", "next", "건너뛰기", "건너뛸게요", "건너뛰어", "패스", "넘어가기", "다음", "모름", "몰라요")
                .contains(t);
    }

    /** True for yes, false for no, empty when neither. */
    public static Optional<Boolean> yesNo(String text) {
        String t = norm(text).replaceAll("[.!~]+$", "");
        if (Set.of("yes", "y", "ok", "okay", "sure", "agree", "i agree", "yes please", "correct", "right", "네", "예", "응",
                "좋아요", "동의", "동의합니다", "동의해요", "네 동의합니다", "맞아요", "맞습니다", "그래요", "확인").contains(t)) {
            return Optional.of(true);
        }
        if (Set.of("no", "n", "nope", "disagree", "no thanks", "아니요", "아니오", "아뇨", "싫어요", "동의하지 않아요",
                "동의 안 함", "거부").contains(t)) {
            return Optional.of(false);
        }
        return Optional.empty();
    }

    /** Years of experience: "3년차" → 3, "5 years" → 5, "신입" → 0; empty when not stated. */
    public static Optional<Integer> years(String text) {
        Matcher m = YEARS.matcher(text);
        if (m.find()) {
            return Optional.of((int) Math.round(Double.parseDouble(m.group(1))));
        }
        if (NO_EXPERIENCE.matcher(text.strip()).find() && !text.matches(".*\\d{2,}.*")) {
            return Optional.of(0);
        }
        return Optional.empty();
    }

    /** Pay: "연봉 4천" → 40,000,000 KRW/YEAR; "월 300" → 3,000,000 KRW/MONTH; "$60k" → 60,000 USD/YEAR. */
    public static Optional<SeekerProfile.Money> money(String text) {
        String t = norm(text);
        boolean monthly = t.contains("월") || t.contains("month");
        boolean hourly = t.contains("시급") || t.contains("hour") || t.contains("/h");
        String unit = hourly ? "HOUR" : monthly ? "MONTH" : "YEAR";
        Matcher d = DOLLARS.matcher(t);
        if (d.find()) {
            String digits = d.group(1) != null ? d.group(1) : d.group(3);
            boolean k = d.group(2) != null || d.group(4) != null;
            double v = Double.parseDouble(digits.replace(",", "")) * (k ? 1000 : 1);
            return Optional.of(new SeekerProfile.Money(v, "USD", unit));
        }
        Matcher w = WON.matcher(t);
        if (w.find()) {
            return Optional.of(new SeekerProfile.Money(Double.parseDouble(w.group(1).replace(",", "")), "KRW", unit));
        }
        Matcher k = KOREAN_MONEY.matcher(t);
        while (k.find()) {
            if (k.group(2) == null && k.group(3) == null) {
                // a bare number: "월 300" means 300만원, "연봉 4000" means 4000만원 (how Koreans say pay)
                if (!(t.contains("연봉") || t.contains("월") || t.contains("시급"))) {
                    continue;
                }
            }
            double n = Double.parseDouble(k.group(1).replace(",", ""));
            String mult = k.group(2);
            double v = mult == null ? (hourly ? n : n * 10_000) : switch (mult) {
                case "억" -> n * 100_000_000;
                case "천만" -> n * 10_000_000;
                case "천" -> n * 10_000_000;
                case "백만" -> n * 1_000_000;
                default -> n * 10_000;
            };
            if (hourly && mult == null) {
                v = n;
            }
            return Optional.of(new SeekerProfile.Money(v, "KRW", unit));
        }
        return Optional.empty();
    }

    /** schema.org employment types named in the text. */
    public static List<String> employmentTypes(String text) {
        String t = norm(text);
        Set<String> out = new LinkedHashSet<>();
        if (t.matches(".*(full[- ]?time|permanent|정규직|풀타임|상근).*")) {
            out.add("FULL_TIME");
        }
        if (t.matches(".*(part[- ]?time|파트타임|시간제|아르바이트|알바).*")) {
            out.add("PART_TIME");
        }
        if (t.matches(".*(contract|freelance|계약직|기간제|프리랜서).*")) {
            out.add(t.matches(".*(freelance|프리랜서).*") ? "CONTRACTOR" : "TEMPORARY");
        }
        if (t.matches(".*(intern|인턴).*")) {
            out.add("INTERN");
        }
        if (t.matches(".*(any|all|상관없|무관|다 좋|모두).*")) {
            out.addAll(List.of("FULL_TIME", "PART_TIME", "TEMPORARY", "INTERN"));
        }
        return List.copyOf(out);
    }

    /** Languages named in the text, as ISO codes. */
    public static List<String> languages(String text) {
        String t = norm(text);
        List<String> out = new ArrayList<>();
        String[][] names = {{"ko", "korean|한국어|한국말|국어"}, {"en", "english|영어"}, {"ja", "japanese|일본어"},
                {"zh", "chinese|mandarin|중국어"}, {"es", "spanish|스페인어"}, {"vi", "vietnamese|베트남어"},
                {"fr", "french|프랑스어"}, {"de", "german|독일어"}, {"ru", "russian|러시아어"}};
        for (String[] n : names) {
            if (Pattern.compile(n[1]).matcher(t).find()) {
                out.add(n[0]);
            }
        }
        return out;
    }

    /** Remote work: "remote", "재택", "원격". */
    public static boolean mentionsRemote(String text) {
        return norm(text).matches(".*(remote|wfh|work from home|재택|원격|리모트).*");
    }

    /** Only remote: "remote only", "재택만". */
    public static boolean remoteOnly(String text) {
        return norm(text).matches(".*(remote only|only remote|fully remote|재택만|원격만|풀재택|완전 재택).*");
    }

    /** "none", "없음": the seeker says there is nothing to list. */
    public static boolean none(String text) {
        return Set.of("none", "no", "nothing", "n/a", "없음", "없어요", "없습니다", "아니요", "없다").contains(norm(text));
    }

    static String norm(String text) {
        return text == null ? "" : text.strip().toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
    }
}

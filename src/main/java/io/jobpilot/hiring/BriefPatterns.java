package io.jobpilot.hiring;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The patterns of a hiring brief that the taxonomy does not cover: employment type, pay, hours, place, remote. */
final class BriefPatterns {
    private static final List<String[]> TYPES = List.of(
            new String[]{"(?i)파트\\s*타임|아르바이트|알바|시간제|part[- ]?time", "PART_TIME"},
            new String[]{"(?i)정규직|풀\\s*타임|full[- ]?time|permanent", "FULL_TIME"},
            new String[]{"(?i)계약직|기간제|프리랜서|contract(or)?|freelance", "CONTRACTOR"},
            new String[]{"(?i)단기|임시|temporary|seasonal", "TEMPORARY"},
            new String[]{"(?i)인턴|intern(ship)?", "INTERN"},
            new String[]{"(?i)자원\\s*봉사|volunteer", "VOLUNTEER"});
    private static final Pattern KO_PAY = Pattern.compile("(시급|일급|주급|월급|월|연봉|연)\\s*([0-9][0-9,.]*)\\s*(천|만)?\\s*(만)?\\s*원?");
    private static final Pattern EN_PAY = Pattern.compile(
            "(?i)(?:\\$|usd\\s*)([0-9][0-9,.]*)\\s*(k)?\\s*(?:(?:/|per|an?|each)\\s*(hour|hr|day|week|month|year|yr))?");
    private static final Pattern HOURS = Pattern.compile("(?i)(주\\s*\\d+\\s*(?:일|시간)(?:\\s*\\d+\\s*시간)?|하루\\s*\\d+\\s*시간|"
            + "주말|평일|오전|오후|야간|\\d+\\s*(?:hours?|hrs?)\\s*(?:a|per)\\s*(?:week|day)|\\d+\\s*days?\\s*a\\s*week|"
            + "weekends?|weekdays?|evenings?|mornings?|\\d{1,2}\\s*시\\s*[~-]\\s*\\d{1,2}\\s*시)");
    private static final Pattern KO_PLACE = Pattern.compile("([가-힣]{1,6}(?:시|군|구|동|읍|면))(?=\\s|에|의|$)");
    private static final Pattern EN_PLACE = Pattern.compile("\\b(?:in|near|at)\\s+([A-Z][A-Za-z]+(?:[ -][A-Z][A-Za-z]+){0,2})");
    private static final Set<String> KO_REGIONS = Set.of("서울", "부산", "대구", "인천", "광주", "대전", "울산", "세종", "경기",
            "강원", "충북", "충남", "전북", "전남", "경북", "경남", "제주");

    private BriefPatterns() {
    }

    /** schema.org employment types named in the text, with the words that named them. */
    static List<Found> employmentTypes(String text) {
        List<Found> out = new ArrayList<>();
        for (String[] t : TYPES) {
            Matcher m = Pattern.compile(t[0]).matcher(text);
            if (m.find()) {
                out.add(new Found(t[1], m.group()));
            }
        }
        return out;
    }

    /** Pay: amount, currency, unit (HOUR, DAY, WEEK, MONTH, YEAR) and the words. */
    static Optional<Pay> pay(String text) {
        Matcher k = KO_PAY.matcher(text);
        if (k.find()) {
            double n = Double.parseDouble(k.group(2).replace(",", ""));
            double scale = "천".equals(k.group(3)) ? ("만".equals(k.group(4)) ? 10_000_000 : 1_000)
                    : "만".equals(k.group(3)) ? 10_000 : 1;
            String unit = switch (k.group(1)) {
                case "시급" -> "HOUR";
                case "일급" -> "DAY";
                case "주급" -> "WEEK";
                case "연봉", "연" -> "YEAR";
                default -> "MONTH";
            };
            // "연봉 3천" means 3천만원: a yearly pay in 천 without 만 is read in 천만
            if ("YEAR".equals(unit) && "천".equals(k.group(3)) && k.group(4) == null) {
                scale = 10_000_000;
            }
            return Optional.of(new Pay(n * scale, "KRW", unit, k.group().strip()));
        }
        Matcher e = EN_PAY.matcher(text);
        if (e.find()) {
            double n = Double.parseDouble(e.group(1).replace(",", "")) * (e.group(2) != null ? 1000 : 1);
            String u = e.group(3) == null ? (n >= 10_000 ? "YEAR" : "HOUR") : e.group(3).toLowerCase(Locale.ROOT);
            String unit = switch (u) {
                case "hour", "hr", "HOUR" -> "HOUR";
                case "day" -> "DAY";
                case "week" -> "WEEK";
                case "month" -> "MONTH";
                default -> "YEAR";
            };
            return Optional.of(new Pay(n, "USD", unit, e.group().strip()));
        }
        return Optional.empty();
    }

    /** Working hours as the brief says them ("주 3일", "20 hours a week", "weekends"). */
    static List<String> hours(String text) {
        Set<String> out = new LinkedHashSet<>();
        Matcher m = HOURS.matcher(text);
        while (m.find()) {
            out.add(m.group().strip());
        }
        return List.copyOf(out);
    }

    /** A named place: a Korean region, a 시/군/구/동, or an English "in Springfield". */
    static Optional<String> place(String text) {
        List<String> parts = new ArrayList<>();
        for (String r : KO_REGIONS) {
            if (text.contains(r)) {
                parts.add(r);
            }
        }
        Matcher k = KO_PLACE.matcher(text);
        while (k.find()) {
            if (!parts.contains(k.group(1)) && !k.group(1).matches(".*(활동|이동|행동|운동|자동|구동)")) {
                parts.add(k.group(1));
            }
        }
        if (!parts.isEmpty()) {
            return Optional.of(String.join(" ", parts));
        }
        Matcher e = EN_PLACE.matcher(text);
        return e.find() ? Optional.of(e.group(1)) : Optional.empty();
    }

    static boolean remote(String text) {
        return Pattern.compile("(?i)재택|원격|remote|work from home|wfh").matcher(text).find();
    }

    /** The brief says the place is local but does not name it ("우리 동네", "local"). */
    static boolean localUnnamed(String text) {
        return Pattern.compile("(?i)우리\\s*동네|동네|근처|local|nearby|our neighbou?rhood").matcher(text).find();
    }

    /** A value read from the brief and the words that gave it. */
    record Found(String value, String words) {
    }

    /** Pay read from the brief. */
    record Pay(double amount, String currency, String unit, String words) {
    }
}

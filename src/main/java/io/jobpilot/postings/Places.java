package io.jobpilot.postings;

import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Place names as filter keys, so "Seoul", "서울", "서울특별시" and "서울 강남" meet. Korean regions (시·도) carry their
 * English names; other places are lower-cased words.
 */
public final class Places {
    /** 시·도 and large cities: Korean short name → key (English). */
    private static final Map<String, String> KOREAN = Map.ofEntries(
            Map.entry("서울", "seoul"), Map.entry("부산", "busan"), Map.entry("대구", "daegu"), Map.entry("인천", "incheon"),
            Map.entry("광주", "gwangju"), Map.entry("대전", "daejeon"), Map.entry("울산", "ulsan"), Map.entry("세종", "sejong"),
            Map.entry("경기", "gyeonggi"), Map.entry("강원", "gangwon"), Map.entry("충북", "chungbuk"), Map.entry("충남", "chungnam"),
            Map.entry("전북", "jeonbuk"), Map.entry("전남", "jeonnam"), Map.entry("경북", "gyeongbuk"), Map.entry("경남", "gyeongnam"),
            Map.entry("제주", "jeju"), Map.entry("충청북도", "chungbuk"), Map.entry("충청남도", "chungnam"),
            Map.entry("전라북도", "jeonbuk"), Map.entry("전라남도", "jeonnam"), Map.entry("경상북도", "gyeongbuk"),
            Map.entry("경상남도", "gyeongnam"), Map.entry("경기도", "gyeonggi"), Map.entry("강원도", "gangwon"),
            Map.entry("제주도", "jeju"), Map.entry("수원", "suwon"), Map.entry("성남", "seongnam"), Map.entry("창원", "changwon"),
            Map.entry("전주", "jeonju"), Map.entry("청주", "cheongju"), Map.entry("천안", "cheonan"), Map.entry("포항", "pohang"),
            Map.entry("원주", "wonju"), Map.entry("나주", "naju"), Map.entry("진주", "jinju"), Map.entry("김천", "gimcheon"));
    /** Compiled once: this runs for every candidate of every match, and a pattern compiled per call was most of its garbage. */
    private static final Pattern SEPARATORS = Pattern.compile("[,/|()·]+");
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern DIGIT = Pattern.compile("\\d");
    private static final Map<String, String> ENGLISH_ALIASES = Map.of("new york city", "new york", "nyc", "new york",
            "seoul-si", "seoul");

    private Places() {
    }

    /** Keys for every place named in the text ("서울특별시 강남구" → seoul, 강남구; "New York, NY" → new york, ny). */
    public static Set<String> keys(String text) {
        Set<String> out = new LinkedHashSet<>();
        if (text == null || text.isBlank()) {
            return out;
        }
        String lower = text.toLowerCase(Locale.ROOT);
        for (var e : KOREAN.entrySet()) {
            if (text.contains(e.getKey())) {
                out.add(e.getValue());
            }
        }
        for (var e : ENGLISH_ALIASES.entrySet()) {
            if (lower.contains(e.getKey())) {
                out.add(e.getValue());
            }
        }
        for (String part : SEPARATORS.split(lower)) {
            String p = SPACES.matcher(part.strip()).replaceAll(" ");
            if (!p.isEmpty() && p.length() <= 30 && !DIGIT.matcher(p).find()) {
                out.add(p);
                if (p.endsWith(" city")) {
                    out.add(p.substring(0, p.length() - 5));
                }
            }
        }
        for (String word : SPACES.split(lower)) {
            if (KOREAN.containsValue(word)) {
                out.add(word);
            }
        }
        return out;
    }
}

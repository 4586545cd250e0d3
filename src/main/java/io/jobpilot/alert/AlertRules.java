package io.jobpilot.alert;

import java.time.Duration;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;

/**
 * When alerts may go out. Quiet hours are read in the seeker's home time zone, taken from their language: Korean
 * seekers in Asia/Seoul, English ones in America/New_York (the places the shipped feeds cover).
 *
 * @param perDay           at most this many postings per seeker per local day
 * @param perCompanyPerDay at most this many postings of one company per seeker per local day
 * @param quietFrom        quiet hours start (local time); nothing is sent until {@code quietUntil}
 * @param maxAge           a posting held back longer than this is no longer news and is dropped
 */
public record AlertRules(int perDay, int perCompanyPerDay, LocalTime quietFrom, LocalTime quietUntil, Duration maxAge) {
    public static final AlertRules DEFAULTS = new AlertRules(5, 2, LocalTime.of(22, 0), LocalTime.of(8, 0),
            Duration.ofDays(7));

    public AlertRules {
        if (perDay < 1 || perCompanyPerDay < 1) {
            throw new IllegalArgumentException("alert caps must be at least 1, were " + perDay + " and " + perCompanyPerDay);
        }
        if (quietFrom == null || quietUntil == null || maxAge == null || maxAge.isNegative()) {
            throw new IllegalArgumentException("alert rules need quiet hours and a positive maximum age");
        }
    }

    static ZoneId zone(String lang) {
        return ZoneId.of("ko".equals(lang) ? "Asia/Seoul" : "America/New_York");
    }

    /** Inside quiet hours (which may wrap past midnight, as 22:00–08:00 does). */
    boolean quiet(ZonedDateTime local) {
        LocalTime t = local.toLocalTime();
        return quietFrom.isAfter(quietUntil) ? !t.isBefore(quietFrom) || t.isBefore(quietUntil)
                : !t.isBefore(quietFrom) && t.isBefore(quietUntil);
    }
}

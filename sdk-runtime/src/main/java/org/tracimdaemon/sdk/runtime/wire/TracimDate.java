package org.tracimdaemon.sdk.runtime.wire;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * Tracim's one date format, {@code YYYY-MM-DDTHH:MM:SSZ} (UTC, whole seconds), as every TLM
 * writes it. Read by hand rather than through {@code DateTimeFormatter}: a content event holds
 * several dates, and the formatter costs a microsecond each on the hot path.
 *
 * <pre>{@code
 * Instant created = TracimDate.parse("2025-05-20T09:02:11Z");
 * }</pre>
 */
public final class TracimDate {
    private TracimDate() {}

    private static final DateTimeFormatter WRITER =
            DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss'Z'").withZone(ZoneOffset.UTC);
    private static final int LENGTH = "2025-05-20T09:02:11Z".length();

    /**
     * The instant {@code text} names.
     *
     * @throws DecodeException if it is not exactly in Tracim's format, or names no real date
     */
    public static Instant parse(String text) {
        if (text.length() == LENGTH && text.charAt(4) == '-' && text.charAt(7) == '-' && text.charAt(10) == 'T'
                && text.charAt(13) == ':' && text.charAt(16) == ':' && text.charAt(19) == 'Z') {
            int year = digits(text, 0, 4);
            int month = digits(text, 5, 2);
            int day = digits(text, 8, 2);
            int hour = digits(text, 11, 2);
            int minute = digits(text, 14, 2);
            int second = digits(text, 17, 2);
            if ((year | month | day | hour | minute | second) >= 0) {
                try {
                    return LocalDateTime.of(year, month, day, hour, minute, second).toInstant(ZoneOffset.UTC);
                } catch (DateTimeException e) {
                    // a well-formed impossible date, e.g. February 30: refused below
                }
            }
        }
        throw new DecodeException("", "expected a date like \"2025-05-20T09:02:11Z\" (UTC, whole seconds), got \""
                + text + "\"");
    }

    /** {@code instant} the way Tracim writes it, to the second. */
    public static String format(Instant instant) {
        return WRITER.format(instant);
    }

    /** The number written by {@code count} ASCII digits from {@code start}, or -1 if one is not a digit. */
    private static int digits(String text, int start, int count) {
        int value = 0;
        for (int i = start; i < start + count; i++) {
            int digit = text.charAt(i) - '0';
            if (digit < 0 || digit > 9) {
                return -1;
            }
            value = value * 10 + digit;
        }
        return value;
    }
}

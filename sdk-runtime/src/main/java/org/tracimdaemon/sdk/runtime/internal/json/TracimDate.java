package org.tracimdaemon.sdk.runtime.internal.json;

import java.time.Instant;
import java.time.Month;
import java.time.Year;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import org.tracimdaemon.sdk.runtime.decode.DecodeException;

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
     * @param text a date as Tracim writes it, e.g. {@code 2025-05-20T09:02:11Z}
     * @return that instant, to the second
     * @throws DecodeException if it is not exactly in Tracim's format, or names no real date
     */
    public static Instant parse(String text) {
        return parse(text.toCharArray(), 0, text.length());
    }

    /**
     * As {@link #parse(String)}, for {@code length} characters of {@code chars} from {@code offset}, without copying them.
     *
     * @param chars  holds the date
     * @param offset where the date starts in {@code chars}
     * @param length the date's length in characters: 20 for a valid one
     * @return that instant, to the second
     * @throws DecodeException as {@link #parse(String)}
     */
    public static Instant parse(char[] chars, int offset, int length) {
        long seconds = length == LENGTH ? epochSecond(chars, offset) : -1;
        if (seconds == Long.MIN_VALUE || length != LENGTH) {
            throw new DecodeException("", "expected a date like \"2025-05-20T09:02:11Z\" (UTC, whole seconds), got \""
                    + new String(chars, offset, length) + "\"");
        }
        return Instant.ofEpochSecond(seconds);
    }

    /**
     * As {@link #parse(String)}, for {@code length} ASCII bytes of {@code bytes} from {@code offset};
     * null where {@link #parse(String)} throws, so that a caller with a slower, exact path can take it.
     *
     * @param bytes  holds the date
     * @param offset where the date starts in {@code bytes}
     * @param length the date's length in bytes: 20 for a valid one
     * @return that instant, to the second, or null
     */
    public static Instant parseAsciiOrNull(byte[] bytes, int offset, int length) {
        if (length != LENGTH) {
            return null;
        }
        char[] chars = new char[LENGTH]; // small and local: the JIT keeps it off the heap
        for (int i = 0; i < LENGTH; i++) {
            chars[i] = (char) bytes[offset + i];
        }
        long seconds = epochSecond(chars, 0);
        return seconds == Long.MIN_VALUE ? null : Instant.ofEpochSecond(seconds);
    }

    /** The seconds since the epoch {@code YYYY-MM-DDTHH:MM:SSZ} at {@code at} names, or Long.MIN_VALUE if it names none. */
    private static long epochSecond(char[] text, int at) {
        if (text[at + 4] != '-' || text[at + 7] != '-' || text[at + 10] != 'T' || text[at + 13] != ':'
                || text[at + 16] != ':' || text[at + 19] != 'Z') {
            return Long.MIN_VALUE;
        }
        int year = digits(text, at, 4);
        int month = digits(text, at + 5, 2);
        int day = digits(text, at + 8, 2);
        int hour = digits(text, at + 11, 2);
        int minute = digits(text, at + 14, 2);
        int second = digits(text, at + 17, 2);
        if ((year | month | day | hour | minute | second) < 0 || month < 1 || month > 12 || day < 1
                || day > Month.of(month).length(Year.isLeap(year)) || hour > 23 || minute > 59 || second > 59) {
            return Long.MIN_VALUE; // e.g. February 30, as LocalDateTime.of refuses it
        }
        return epochDay(year, month, day) * 86_400 + hour * 3_600L + minute * 60L + second;
    }

    /**
     * The days since 1970-01-01 of a valid date of the proleptic Gregorian calendar, as
     * {@code LocalDate.toEpochDay} counts them, without {@code LocalDate.of}, which would check
     * again the date {@link #epochSecond} checked. Years are counted from March, so that
     * February's leap day ends a year.
     */
    static long epochDay(int year, int month, int day) {
        int y = month <= 2 ? year - 1 : year;
        long era = Math.floorDiv(y, 400);
        long yearOfEra = y - era * 400;
        int dayOfYear = (153 * (month > 2 ? month - 3 : month + 9) + 2) / 5 + day - 1;
        long dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear;
        return era * 146_097 + dayOfEra - 719_468;
    }

    /**
     * {@return {@code instant} the way Tracim writes it, to the second}
     *
     * @param instant any instant; a fraction of a second is dropped
     */
    public static String format(Instant instant) {
        return WRITER.format(instant);
    }

    /** The number written by {@code count} ASCII digits from {@code start}, or -1 if one is not a digit. */
    private static int digits(char[] text, int start, int count) {
        int value = 0;
        for (int i = start; i < start + count; i++) {
            int digit = text[i] - '0';
            if (digit < 0 || digit > 9) {
                return -1;
            }
            value = value * 10 + digit;
        }
        return value;
    }
}

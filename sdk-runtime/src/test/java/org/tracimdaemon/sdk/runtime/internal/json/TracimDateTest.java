package org.tracimdaemon.sdk.runtime.internal.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.tracimdaemon.sdk.runtime.decode.DecodeException;

/** Tracim's dates count their days as {@code LocalDate} does, on every day a four-digit year can write. */
class TracimDateTest {
    @Test
    void everyDayOfEveryFourDigitYearIsTheDayLocalDateCounts() {
        for (LocalDate date = LocalDate.of(0, 1, 1); date.getYear() <= 9999; date = date.plusDays(1)) {
            assertEquals(date.toEpochDay(), TracimDate.epochDay(date.getYear(), date.getMonthValue(), date.getDayOfMonth()),
                    date::toString);
        }
    }

    @Test
    void readsTracimsFormatAndRefusesDaysThatDoNotExist() {
        assertEquals(Instant.parse("2025-05-20T09:02:11Z"), TracimDate.parse("2025-05-20T09:02:11Z"));
        assertEquals(Instant.parse("2024-02-29T23:59:59Z"), TracimDate.parse("2024-02-29T23:59:59Z"));
        assertThrows(DecodeException.class, () -> TracimDate.parse("2025-02-29T00:00:00Z"));
    }
}

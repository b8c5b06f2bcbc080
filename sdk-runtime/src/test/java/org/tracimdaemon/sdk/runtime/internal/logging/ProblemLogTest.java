package org.tracimdaemon.sdk.runtime.internal.logging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The rate limit itself, on a clock the test moves: one line per kind per interval, then the count left out. */
class ProblemLogTest {
    private static final String NAME = "org.tracimdaemon.sdk.test.problemlog";
    private static final long INTERVAL = 10_000_000_000L;

    private final Logger jul = Logger.getLogger(NAME);
    private final List<LogRecord> records = new CopyOnWriteArrayList<>();
    private final Handler capture = new Handler() {
        @Override
        public void publish(LogRecord record) {
            records.add(record);
        }

        @Override
        public void flush() {}

        @Override
        public void close() {}
    };
    private final AtomicLong now = new AtomicLong(1_000);
    private final ProblemLog log = new ProblemLog(System.getLogger(NAME), INTERVAL, now::get);

    @BeforeEach
    void capture() {
        jul.setLevel(Level.ALL);
        jul.setUseParentHandlers(false);
        capture.setLevel(Level.ALL);
        jul.addHandler(capture);
    }

    @AfterEach
    void release() {
        jul.removeHandler(capture);
    }

    private List<String> lines(Level level) {
        return records.stream().filter(record -> record.getLevel() == level).map(LogRecord::getMessage)
                .collect(Collectors.toList());
    }

    @Test
    void oneLinePerKindPerIntervalThenHowManyWereLeftOut() {
        Exception cause = new IllegalStateException("why");
        assertTrue(log.warn("accept", "accepting failed", cause));
        for (int i = 0; i < 99; i++) {
            assertFalse(log.warn("accept", "accepting failed", cause));
        }
        assertTrue(log.warn("read", "a read failed", null), "another kind has its own line");
        now.addAndGet(INTERVAL - 1);
        assertFalse(log.warn("accept", "accepting failed", cause), "still within the interval");
        now.addAndGet(1);
        assertTrue(log.warn("accept", "accepting failed again", cause));
        assertEquals(List.of("accepting failed", "a read failed",
                "accepting failed again (and 100 more of this kind since the last line)"), lines(Level.WARNING));
        for (LogRecord record : records) {
            if (record.getLevel() == Level.WARNING) {
                assertNull(record.getThrown(), "no stack at WARNING");
            }
        }
        List<LogRecord> debug = records.stream().filter(record -> record.getLevel() == Level.FINE).toList();
        assertEquals(2, debug.size(), "the stack of each line written that had a cause, at DEBUG");
        assertEquals(cause, debug.get(0).getThrown());
    }

    @Test
    void noStackIsBuiltWhenDebugIsOff() {
        jul.setLevel(Level.INFO);
        assertTrue(log.error("fatal", "the loop cannot go on", new Error("x")));
        assertEquals(List.of("the loop cannot go on"), lines(Level.SEVERE));
        assertTrue(lines(Level.FINE).isEmpty());
    }
}

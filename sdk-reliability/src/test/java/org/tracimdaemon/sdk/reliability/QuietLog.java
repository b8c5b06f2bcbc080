package org.tracimdaemon.sdk.reliability;

import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

/**
 * Silences the SDK's logger while a test sends tens of thousands of bad events (each is logged),
 * and counts the warnings that the dispatch queue is full.
 */
final class QuietLog implements AutoCloseable {
    private final Logger logger = Logger.getLogger("org.tracimdaemon.sdk");
    private final Level level = logger.getLevel();
    private final boolean useParent = logger.getUseParentHandlers();
    final AtomicInteger queueFullWarnings = new AtomicInteger();
    private final Handler counter = new Handler() {
        @Override
        public void publish(LogRecord record) {
            if (record.getLevel() == Level.WARNING && record.getMessage().startsWith("handlers are behind")) {
                queueFullWarnings.incrementAndGet();
            }
        }

        @Override
        public void flush() {}

        @Override
        public void close() {}
    };

    QuietLog() {
        logger.setLevel(Level.WARNING);
        logger.setUseParentHandlers(false);
        logger.addHandler(counter);
    }

    @Override
    public void close() {
        logger.removeHandler(counter);
        logger.setUseParentHandlers(useParent);
        logger.setLevel(level);
    }
}

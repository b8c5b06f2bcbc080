package org.tracimdaemon.sdk.runtime;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.stream.Collectors;

/**
 * Records what a java.util.logging logger (the SDK's System.Logger writes to it) logs, DEBUG
 * (FINE) included, while open; puts the logger back as it was on close.
 */
final class LogCapture extends Handler implements AutoCloseable {
    private final Logger logger;
    private final Level level;
    final List<LogRecord> records = new CopyOnWriteArrayList<>();

    LogCapture(String name) {
        logger = Logger.getLogger(name);
        level = logger.getLevel();
        setLevel(Level.ALL);
        logger.setLevel(Level.ALL);
        logger.addHandler(this);
    }

    /** The records at {@code level} whose message contains {@code text}. */
    List<LogRecord> at(Level level, String text) {
        return records.stream().filter(record -> record.getLevel() == level && record.getMessage().contains(text))
                .collect(Collectors.toList());
    }

    /** For failure messages: every record, one a line. */
    String dump() {
        return records.stream().map(record -> record.getLevel() + " " + record.getMessage()
                + (record.getThrown() == null ? "" : " [" + record.getThrown() + "]")).collect(Collectors.joining("\n"));
    }

    /** Waits until a record at {@code level} containing {@code text} is logged; whether one was. */
    synchronized boolean await(Level level, String text, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (at(level, text).isEmpty()) {
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                return false;
            }
            TimeUnit.NANOSECONDS.timedWait(this, left);
        }
        return true;
    }

    @Override
    public synchronized void publish(LogRecord record) {
        records.add(record);
        notifyAll();
    }

    @Override
    public void flush() {}

    @Override
    public void close() {
        logger.removeHandler(this);
        logger.setLevel(level);
    }
}

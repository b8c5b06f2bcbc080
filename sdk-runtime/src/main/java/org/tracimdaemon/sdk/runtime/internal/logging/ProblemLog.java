package org.tracimdaemon.sdk.runtime.internal.logging;

import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;

/**
 * The SDK's problem log: one WARNING line per problem, at most one line per kind of problem per
 * interval (a failing accept or a flood of bad payloads must not flood the log; the next line says
 * how many were left out), the stack trace only at DEBUG. Internal to the SDK; thread-safe.
 */
public final class ProblemLog {
    /** The logger every SDK class writes to. */
    public static final Logger LOG = System.getLogger("org.tracimdaemon.sdk");

    /** The default interval between two lines of the same kind. */
    public static final long DEFAULT_INTERVAL_NANOS = 10_000_000_000L;

    private static final ProblemLog SHARED = new ProblemLog(LOG, DEFAULT_INTERVAL_NANOS, System::nanoTime);

    static {
        // Loaded now, while it can be: see EventLoop's class loading note.
        SHARED.windows.computeIfAbsent("", k -> new Window());
    }

    private final Logger logger;
    private final long intervalNanos;
    private final LongSupplier clock;
    private final ConcurrentHashMap<String, Window> windows = new ConcurrentHashMap<>();

    ProblemLog(Logger logger, long intervalNanos, LongSupplier clock) {
        this.logger = logger;
        this.intervalNanos = intervalNanos;
        this.clock = clock;
    }

    /** {@return the log of the whole SDK: kinds are shared by every client of the process} */
    public static ProblemLog shared() {
        return SHARED;
    }

    /**
     * Logs {@code message} at WARNING unless a line of this {@code kind} was logged less than the
     * interval ago; {@code cause}'s stack trace goes to DEBUG.
     *
     * @param kind    what lines are counted together, e.g. {@code dispatch-failed}
     * @param message the line to write
     * @param cause   the exception behind it, or null
     * @return whether the line was written
     */
    public boolean warn(String kind, String message, Throwable cause) {
        return log(Level.WARNING, kind, message, cause);
    }

    /**
     * As {@link #warn}, at ERROR: the client cannot go on.
     *
     * @param kind    what lines are counted together
     * @param message the line to write
     * @param cause   the exception behind it, or null
     * @return whether the line was written
     */
    public boolean error(String kind, String message, Throwable cause) {
        return log(Level.ERROR, kind, message, cause);
    }

    private boolean log(Level level, String kind, String message, Throwable cause) {
        try {
            Window window = windows.computeIfAbsent(kind, k -> new Window());
            long now = clock.getAsLong();
            long skipped;
            synchronized (window) {
                if (window.logged && now - window.lastLine < intervalNanos) {
                    window.skipped++;
                    return false;
                }
                window.logged = true;
                window.lastLine = now;
                skipped = window.skipped;
                window.skipped = 0;
            }
            String line = skipped == 0 ? message : message + " (and " + skipped + " more of this kind since the last line)";
            logger.log(level, line);
            if (cause != null && logger.isLoggable(Level.DEBUG)) {
                logger.log(Level.DEBUG, kind + ": " + message, cause);
            }
            return true;
        } catch (Throwable e) {
            // A log that fails (a full disk, no memory, no descriptor to load a class) must not take
            // the caller with it: the caller is the event loop or a dispatch thread.
            return false;
        }
    }

    private static final class Window {
        boolean logged;
        long lastLine;
        long skipped;
    }
}

package org.tracimdaemon.sdk.runtime.internal.socket;

import java.util.concurrent.locks.LockSupport;

/**
 * Whether the event loop is far behind the daemon, and the dispatch side's way to let it catch
 * up. Internal to the SDK; thread-safe.
 *
 * <p>In a burst the daemon connects as fast as it can, the loop takes the kernel's backlog into
 * its own hands at each wake-up, and once the loop holds all it may, each connect past a full
 * backlog is an event the daemon loses. On a 2-core machine the daemon, the event loop and the
 * dispatch thread then share two cores, and a loop with half a core falls behind while the read
 * budget still has room: the events would be lost where memory could have held them. So while
 * the loop holds more than half of what it may and the budget has room, the dispatch thread
 * {@linkplain #stepAside steps aside} before each event, and the burst waits in the budget
 * instead. Only that far behind: stepping aside as soon as the loop held more than one wake-up
 * sets up starved the handlers under a sustained overload (13,019 of 100,000 events dropped,
 * none without it). Bounded: a same-user peer that connects without end slows the handlers, it
 * cannot stop them.
 */
public final class AcceptBacklog {
    /** The longest a dispatch thread steps aside before one event. */
    static final long MOST_NANOS_PER_EVENT = 1_000_000L;

    private static final long STEP_NANOS = 100_000L;

    private volatile boolean loopBehind;

    /** From the event loop, at the end of each wake-up. */
    void loopBehind(boolean behind) {
        if (loopBehind != behind) { // read first: a volatile write at every wake-up would cost a fence
            loopBehind = behind;
        }
    }

    /** Whether the loop said it is behind. */
    boolean isLoopBehind() {
        return loopBehind;
    }

    /**
     * On a dispatch thread, before an event: parks while the loop is behind, at most
     * {@link #MOST_NANOS_PER_EVENT}; returns at once otherwise.
     */
    public void stepAside() {
        if (!loopBehind) {
            return;
        }
        long until = System.nanoTime() + MOST_NANOS_PER_EVENT;
        do {
            LockSupport.parkNanos(STEP_NANOS);
        } while (loopBehind && until - System.nanoTime() > 0 && !Thread.currentThread().isInterrupted());
    }
}

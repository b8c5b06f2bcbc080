package org.tracimdaemon.sdk.runtime.internal.socket;

/**
 * The memory that messages read but not yet handled may hold: the event loop's buffers of
 * messages being read, and the messages queued for the handlers (each counted at
 * {@link #costOf}). The event loop asks {@link #hasRoomFor} before it reads a new message's body;
 * the dispatch side {@link #release}s what a handled message held, which wakes the loop if it
 * waits for room. Internal to the SDK; thread-safe.
 */
public final class ReadBudget {
    private final long maxBytes;
    private long used;
    private long mostUsed;
    private boolean lifted;
    private volatile Runnable onRoom = () -> { };
    private volatile boolean someoneWaits;

    public ReadBudget(long maxBytes) {
        this.maxBytes = maxBytes;
    }

    /**
     * What one queued message counts: its bytes (an array of exactly its length) and a fixed
     * overhead for its queue entry. A queued event is not held decoded (only the daemon's own
     * small control messages are): it is decoded on the dispatch thread when its turn comes, so a
     * decoded form exists for one event at a time per dispatch thread, not for each one queued.
     */
    public static long costOf(int messageBytes) {
        return messageBytes + 256L;
    }

    /** Whether {@code bytes} more fit; a single message larger than the whole bound fits alone. */
    public synchronized boolean hasRoomFor(long bytes) {
        boolean room = fits(bytes);
        if (!room) {
            someoneWaits = true;
        }
        return room;
    }

    /** As {@link #hasRoomFor}, without asking to be woken when there is room. */
    synchronized boolean fits(long bytes) {
        return lifted || used == 0 || used + bytes <= maxBytes;
    }

    /** Counts {@code bytes} as held (the caller asked {@link #hasRoomFor} first, or is the control path). */
    public synchronized void take(long bytes) {
        used += bytes;
        mostUsed = Math.max(mostUsed, used);
    }

    /** {@code bytes} are no longer held; wakes whoever waits for room. */
    public void release(long bytes) {
        synchronized (this) {
            used -= bytes;
        }
        if (someoneWaits) {
            someoneWaits = false;
            onRoom.run();
        }
    }

    /** Lifts the bound for good (the client closes: what was accepted is read and handled). */
    public void lift() {
        synchronized (this) {
            lifted = true;
        }
        onRoom.run();
    }

    /** Runs (on the releasing thread, so it must be quick) when room is made after a refusal. */
    void onRoom(Runnable wake) {
        this.onRoom = wake;
    }

    public long maxBytes() {
        return maxBytes;
    }

    public synchronized long used() {
        return used;
    }

    /** The most bytes ever held at once. */
    public synchronized long mostUsed() {
        return mostUsed;
    }
}

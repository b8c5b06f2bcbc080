package org.tracimdaemon.sdk.runtime.tlm;

/**
 * The last few values decoded from one kind of object or list that repeats whole from event to
 * event, and within an event (its author is often the content's author, last modifier and the
 * space's owner; a space's menu is the same in every event of that space), each with the bytes it
 * was decoded from. Where an {@link EscapedTlmParser} meets those bytes again it takes them in one
 * compare, and the value decoded from them before is the value: immutable, so shared.
 *
 * <p>A container is kept the second time it is met (its bytes copied), not the first: the first
 * time only a {@linkplain EscapedTlmParser#containerPrint hash} of its bytes is noted, so that
 * where nothing repeats nothing is copied (a note whose people and menu are all new allocated
 * 3,624 bytes when each was kept at once, 2,040 so, against 2,064 before this cache).
 *
 * <p>A few slots, written in turn, without a lock: an entry is published whole (final fields),
 * and racing threads at worst decode a value twice, keep the other's or copy once more.
 */
final class RepeatedValues<T> {
    private static final int SLOTS = 4;
    /** Longer containers are kept for nothing: they cost their copy and are rarely met again. */
    private static final int MAX_BYTES = 2048;

    private record Entry<T>(byte[] bytes, T value) {}

    @SuppressWarnings("unchecked")
    private final Entry<T>[] entries = (Entry<T>[]) new Entry<?>[SLOTS];
    private int next;
    /** Hashes of containers met once and not kept, the last {@value #SLOTS}. */
    private final long[] metOnce = new long[SLOTS];
    private int nextMet;

    /** At a container's start: the value kept for its bytes, the parser then past them; else null. */
    T take(EscapedTlmParser parser) {
        for (Entry<T> entry : entries) {
            if (entry != null && parser.skipIfSame(entry.bytes)) {
                return entry.value;
            }
        }
        return null;
    }

    /**
     * Right after a container read from {@code start} ({@link EscapedTlmParser#containerStart()}):
     * keeps {@code value} for its bytes if they were met before (see the class comment).
     */
    void keep(EscapedTlmParser parser, int start, T value) {
        if (start < 0 || value == null || parser.containerLength(start) > MAX_BYTES) {
            return;
        }
        long print = parser.containerPrint(start);
        if (!metBefore(print)) {
            metOnce[nextMet++ & (SLOTS - 1)] = print;
            return;
        }
        entries[next++ & (SLOTS - 1)] = new Entry<>(parser.containerBytes(start), value);
    }

    private boolean metBefore(long print) {
        for (long met : metOnce) {
            if (met == print) {
                return true;
            }
        }
        return false;
    }
}

package org.tracimdaemon.sdk.runtime.internal.socket;

import java.nio.ByteBuffer;
import java.nio.channels.SelectionKey;
import java.util.Arrays;
import org.newsclub.net.unix.AFUNIXSocketChannel;

/**
 * One accepted connection while the event loop reads its message. Touched by the loop thread only.
 *
 * <p>Bytes that did not arrive at once wait in {@link #partial}, grown to what came (never to the
 * cap up front); a message that arrives whole in one wake-up never gets a buffer of its own: it
 * is copied once, exactly sized, out of the loop's reused scratch buffer.
 */
final class Connection {
    enum State {
        /** Its bytes are being read. */
        READING,
        /** Read up to its head only, waiting for room in the handlers' queue; no deadline. */
        PARKED,
        /** Handed on, or failed and closed. */
        DONE
    }

    final AFUNIXSocketChannel channel;
    /** Accept order: messages completed in one wake-up are handed on in this order. */
    final long sequence;
    /** {@link System#nanoTime} of the accept. */
    final long acceptedAt;
    long deadline;
    State state = State.READING;
    /** Registered for reads once it did not come whole at once. */
    SelectionKey key;
    /** In {@link EventLoop}'s list of connections tried again at each wake-up before they are registered. */
    boolean fresh;
    /** In {@link EventLoop}'s queue of messages waiting, in accept order, for room in the handlers' queue. */
    boolean waiting;
    /** Past the head: read to the end whatever the queue's state (the control path, or a body already begun). */
    boolean committed;
    byte[] partial = new byte[0];
    int length;
    /** What {@link #partial} counts in the read budget. */
    long counted;
    /** The whole message, once read. */
    byte[] message;
    EnvelopeHead head;

    Connection(AFUNIXSocketChannel channel, long sequence, long acceptedAt, long deadline) {
        this.channel = channel;
        this.sequence = sequence;
        this.acceptedAt = acceptedAt;
        this.deadline = deadline;
    }

    /** Appends what {@code scratch} holds (flipped); returns how many bytes {@link #partial} grew by. */
    int append(ByteBuffer scratch, int maxMessageSize) {
        int n = scratch.remaining();
        int grownBy = 0;
        if (length + n > partial.length) {
            int capacity = (int) Math.min(maxMessageSize + 1L, Math.max(length + n, 2L * partial.length));
            grownBy = capacity - partial.length;
            partial = Arrays.copyOf(partial, capacity);
        }
        scratch.get(partial, length, n);
        length += n;
        return grownBy;
    }

    /** The bytes read so far and those in {@code scratch} (flipped), as one exact array. */
    byte[] whole(ByteBuffer scratch) {
        byte[] all = new byte[length + scratch.remaining()];
        System.arraycopy(partial, 0, all, 0, length);
        scratch.get(all, length, scratch.remaining());
        return all;
    }

    void dropBuffer() {
        partial = new byte[0];
        length = 0;
    }
}

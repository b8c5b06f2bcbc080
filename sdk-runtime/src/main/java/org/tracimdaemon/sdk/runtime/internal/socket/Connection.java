package org.tracimdaemon.sdk.runtime.internal.socket;

import java.io.FileDescriptor;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.util.Arrays;
import org.newsclub.net.unix.AFUNIXSocketChannel;
import org.tracimdaemon.sdk.runtime.internal.logging.ProblemLog;

/**
 * One accepted connection while the event loop reads its message. Touched by the loop thread only.
 *
 * <p>Bytes that did not arrive at once wait in {@link #partial}, grown to what came (never to the
 * cap up front); a message that arrives whole in one wake-up never gets a buffer of its own: it
 * is copied once, exactly sized, out of the loop's reused scratch buffer.
 *
 * <p>It is either a bare descriptor read through junixsocket's natives ({@link NativeSockets}),
 * until it has to wait for its bytes and is adopted into a channel for the selector, or a
 * junixsocket channel from the start (the fallback).
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

    /** Null while the connection is a bare descriptor. */
    private AFUNIXSocketChannel channel;
    /** Null when the connection was accepted as a channel; read through the natives while {@link #channel} is null. */
    private final FileDescriptor fd;
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
        this(channel, null, sequence, acceptedAt, deadline);
    }

    Connection(FileDescriptor fd, long sequence, long acceptedAt, long deadline) {
        this(null, fd, sequence, acceptedAt, deadline);
    }

    private Connection(AFUNIXSocketChannel channel, FileDescriptor fd, long sequence, long acceptedAt,
            long deadline) {
        this.channel = channel;
        this.fd = fd;
        this.sequence = sequence;
        this.acceptedAt = acceptedAt;
        this.deadline = deadline;
    }

    /** As {@code ReadableByteChannel.read}, into a direct buffer: bytes read, 0 if none yet, -1 at end of stream. */
    int read(ByteBuffer direct) throws IOException {
        return channel != null ? channel.read(direct) : NativeSockets.receive(fd, direct);
    }

    /** Registers the connection with {@code selector} (a bare descriptor becomes a channel first). */
    SelectionKey register(Selector selector, int ops) throws IOException {
        if (channel == null) {
            channel = NativeSockets.adopt(fd);
        }
        return channel.register(selector, ops, this);
    }

    /** Closes it; never throws. */
    void close() {
        if (channel != null) {
            try {
                channel.close(); // cancels its key
            } catch (IOException e) {
                ProblemLog.LOG.log(System.Logger.Level.DEBUG, "closing a channel", e);
            }
        }
        if (fd != null) {
            // An adopted channel leaves the descriptor open on close (junixsocket's cast does not own it)
            NativeSockets.close(fd);
        }
    }

    /** Whether the loop accepted it through junixsocket's natives (test only). */
    boolean isNative() {
        return fd != null;
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

package org.tracimdaemon.sdk.runtime.socket;

import java.io.IOException;
import java.io.InputStream;
import java.net.SocketTimeoutException;
import java.util.Arrays;

/**
 * Reads one connection to EOF: the sender writes one message and closes, and messages from the
 * daemon can be far larger than one read (a TLM with a long text is tens of KB). One reader per
 * accept thread: its scratch buffer is reused across connections.
 */
final class MessageReader {
    private final int maxMessageSize;
    private byte[] scratch = new byte[64 * 1024];

    MessageReader(int maxMessageSize) {
        this.maxMessageSize = maxMessageSize;
    }

    /**
     * The whole message, failing once {@code deadline} ({@link System#nanoTime()}) has passed:
     * the socket's read timeout bounds each read, this bounds a peer that trickles its bytes
     * slowly enough to reset it every time.
     *
     * @throws OversizedMessageException as soon as more than {@code maxMessageSize} bytes came;
     *                                   the rest is not read
     * @throws SocketTimeoutException    when the deadline passed before EOF
     */
    byte[] readAll(InputStream in, long deadline) throws IOException {
        try {
            return read(in, deadline);
        } finally {
            if (scratch.length > 1024 * 1024) {
                scratch = new byte[64 * 1024]; // do not keep a huge buffer alive after one huge message, read or refused
            }
        }
    }

    private byte[] read(InputStream in, long deadline) throws IOException {
        int length = 0;
        while (true) {
            if (length == scratch.length) {
                if (length > maxMessageSize) {
                    throw new OversizedMessageException(length, maxMessageSize);
                }
                scratch = Arrays.copyOf(scratch, (int) Math.min((long) maxMessageSize + 1, 2L * scratch.length));
            }
            int n = in.read(scratch, length, scratch.length - length);
            if (n < 0) {
                break;
            }
            length += n;
            if (System.nanoTime() - deadline > 0) {
                throw new SocketTimeoutException("the peer sent " + length + " bytes but no end of message in time");
            }
            if (length > maxMessageSize) {
                throw new OversizedMessageException(length, maxMessageSize);
            }
        }
        return Arrays.copyOf(scratch, length);
    }

    /** A message over the cap; the connection is dropped unread. */
    static final class OversizedMessageException extends IOException {
        private static final long serialVersionUID = 1L;

        final int readSoFar;

        OversizedMessageException(int readSoFar, int max) {
            super("message larger than the maximum of " + max + " bytes (refused after " + readSoFar
                    + " bytes); raise maxMessageSize(...) in the client's builder if such messages are expected");
            this.readSoFar = readSoFar;
        }
    }
}

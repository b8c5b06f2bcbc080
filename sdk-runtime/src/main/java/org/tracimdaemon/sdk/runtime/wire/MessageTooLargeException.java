package org.tracimdaemon.sdk.runtime.wire;

/**
 * An outgoing message is larger than the daemon reads: it reads one {@code read()} of at most
 * {@value #DAEMON_READ_LIMIT} bytes per connection, so a longer message would arrive cut, fail to
 * parse and never be answered.
 */
public final class MessageTooLargeException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    /** The most the daemon reads from one connection. */
    public static final int DAEMON_READ_LIMIT = 4096;

    private final String type;
    private final int size;

    public MessageTooLargeException(String type, int size) {
        super(type + " message is " + size + " bytes; the daemon reads at most " + DAEMON_READ_LIMIT
                + " bytes of a message, so it would be cut and never answered. Send less data.");
        this.type = type;
        this.size = size;
    }

    /** The refused message's {@code type}. */
    public String type() {
        return type;
    }

    /** The refused message's encoded size in bytes. */
    public int size() {
        return size;
    }
}

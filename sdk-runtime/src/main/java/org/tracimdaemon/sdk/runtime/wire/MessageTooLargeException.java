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

    /** The refused message's {@code type}. */
    private final String type;
    /** The refused message's encoded size in bytes. */
    private final int size;

    /**
     * A refusal of one outgoing message; its text names the type, the size and the limit.
     *
     * @param type the message's {@code type}, e.g. {@code daemon_client_add}
     * @param size its encoded size in bytes
     */
    public MessageTooLargeException(String type, int size) {
        super(type + " message is " + size + " bytes; the daemon reads at most " + DAEMON_READ_LIMIT
                + " bytes of a message, so it would be cut and never answered. Send less data.");
        this.type = type;
        this.size = size;
    }

    /** {@return the refused message's {@code type}} */
    public String type() {
        return type;
    }

    /** {@return the refused message's encoded size in bytes} */
    public int size() {
        return size;
    }
}

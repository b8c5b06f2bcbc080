package org.tracimdaemon.sdk.runtime.wire;

/**
 * A message, or a part of it, does not have the shape the protocol or Tracim promises. The
 * message says what was expected, what came, and where ({@link #where()}, a dotted path such as
 * {@code data.fields.content.created}).
 */
public final class DecodeException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final String where;

    public DecodeException(String where, String message, Throwable cause) {
        super(where.isEmpty() ? message : where + ": " + message, cause);
        this.where = where;
    }

    public DecodeException(String where, String message) {
        this(where, message, null);
    }

    /** The dotted path of the offending value, e.g. {@code data.fields.content.created}; empty for the whole message. */
    public String where() {
        return where;
    }
}

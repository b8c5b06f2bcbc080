package org.tracimdaemon.sdk.runtime.decode;

/**
 * A message, or a part of it, does not have the shape the protocol or Tracim promises. The
 * message says what was expected, what came, and where ({@link #where()}, a dotted path such as
 * {@code data.fields.content.created}).
 */
public final class DecodeException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** The dotted path of the offending value; empty for the whole message. */
    private final String where;

    /**
     * A decode error with the fault that caused it.
     *
     * @param where   the dotted path of the offending value, {@code ""} for the whole message; put
     *                in front of the message
     * @param message what was expected and what came
     * @param cause   the parser's or a constructor's exception, or null
     */
    public DecodeException(String where, String message, Throwable cause) {
        super(where.isEmpty() ? message : where + ": " + message, cause);
        this.where = where;
    }

    /**
     * A decode error found by the SDK itself.
     *
     * @param where   the dotted path of the offending value, {@code ""} for the whole message
     * @param message what was expected and what came
     */
    public DecodeException(String where, String message) {
        this(where, message, null);
    }

    /** {@return the dotted path of the offending value, e.g. {@code data.fields.content.created}; empty for the whole message} */
    public String where() {
        return where;
    }
}

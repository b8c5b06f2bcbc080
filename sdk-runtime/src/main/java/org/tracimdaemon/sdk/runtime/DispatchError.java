package org.tracimdaemon.sdk.runtime;

import java.util.Optional;

/**
 * Something that went wrong with one incoming message. The loop goes on: every error reaches the
 * error handler given to the client's builder and the {@code System.Logger} of
 * {@code org.tracimdaemon.sdk}, and every other message is still delivered.
 *
 * <pre>{@code
 * TracimDaemonClient.builder()
 *         .onError(error -> log.warn(error.kind() + ": " + error.description(), error.cause().orElse(null)))
 * }</pre>
 *
 * @param kind        what failed
 * @param description one sentence on what failed and where
 * @param handler     the handler method ({@code Interface.method}) when one threw
 * @param rawMessage  the message as received, when there is one (decoded as UTF-8)
 * @param cause       the exception behind it, if any
 */
public record DispatchError(
        Kind kind, String description, Optional<String> handler, Optional<String> rawMessage,
        Optional<Throwable> cause) {

    /** What failed. */
    public enum Kind {
        /** The message is not JSON, or not a daemon envelope. */
        UNREADABLE_MESSAGE,
        /** The message is larger than the client's maximum message size; it was not read. */
        OVERSIZED_MESSAGE,
        /** The envelope's {@code type} is not one the daemon sends. */
        UNKNOWN_TYPE,
        /** The envelope is fine but its {@code data} or TLM does not have the expected shape. */
        BAD_PAYLOAD,
        /** A handler threw. */
        HANDLER_FAILED,
        /** A dispatcher threw: a bug in the SDK or in a hand-written dispatcher. */
        DISPATCHER_FAILED,
        /** A connection failed: reading a message, or the peer was refused. */
        CONNECTION_FAILED,
        /**
         * A daemon message ({@code daemon_account_info}, {@code daemon_clients},
         * {@code daemon_request_result}, {@code daemon_ping}, {@code daemon_pong}) whose
         * {@code path} is not the master socket's: another process pretending to be the daemon.
         * It was not acted on, nor dispatched.
         */
        NOT_FROM_DAEMON,
        /** The handlers were so far behind that a new event could not even wait: it was dropped. */
        DROPPED,
        /** The SDK itself failed (a bug, or the JVM ran out of memory); it went on. */
        SDK_FAILED
    }

    /**
     * Checks that the error says what it is.
     *
     * @param kind        what failed; must not be null
     * @param description one sentence on what failed and where; must not be null
     * @param handler     the handler method, or empty
     * @param rawMessage  the message as received, or empty
     * @param cause       the exception behind it, or empty
     */
    public DispatchError {
        java.util.Objects.requireNonNull(kind, "kind");
        java.util.Objects.requireNonNull(description, "description");
    }

    @Override
    public String toString() {
        return kind + ": " + description + handler.map(h -> " (handler " + h + ")").orElse("");
    }
}

package org.tracimdaemon.sdk.runtime.internal.socket;

import java.util.Objects;
import java.util.Optional;

/**
 * What went wrong at the socket: a connection that yielded no message, or a fault of the loop.
 * The client turns it into the {@code DispatchError} of the same kind, so that this package
 * needs nothing of the client's. Internal to the SDK: not an API.
 *
 * @param kind        what failed
 * @param description a sentence that says what happened and what to do
 * @param cause       the exception behind it, if any
 */
public record SocketProblem(Kind kind, String description, Optional<Throwable> cause) {
    /** What failed, named as the client's {@code DispatchError.Kind} it becomes. */
    public enum Kind {
        /** Reading a message failed, or the peer was refused. */
        CONNECTION_FAILED,
        /** The message was larger than the maximum, or did not fit in memory. */
        OVERSIZED_MESSAGE,
        /** The handlers were so far behind that a new event could not even wait. */
        DROPPED,
        /** The loop itself failed, and went on. */
        SDK_FAILED
    }

    /**
     * A problem.
     *
     * @param kind        what failed
     * @param description a sentence that says what happened and what to do
     * @param cause       the exception behind it, if any
     */
    public SocketProblem {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(cause, "cause");
    }
}

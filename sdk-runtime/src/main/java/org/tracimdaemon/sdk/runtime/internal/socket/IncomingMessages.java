package org.tracimdaemon.sdk.runtime.internal.socket;

/**
 * Where the event loop hands what it read. Every method runs ON the loop thread: it must return
 * quickly and never run user code or wait, or the daemon's deliveries back up.
 * Internal to the SDK: not an API.
 */
public interface IncomingMessages {
    /**
     * Whether a message with this envelope is read and handed on even while the handlers are
     * behind: the control path (a ping, a call's reply), which never waits for them.
     */
    default boolean isControl(EnvelopeHead head) {
        return false;
    }

    /** One whole message, read to EOF from a connection of the same user; {@code head} peeked from it. */
    void received(byte[] message, EnvelopeHead head);

    /** A connection that yielded no message (refused peer, oversized message, read failure) or a loop fault. */
    void failed(SocketProblem problem);
}

package org.tracimdaemon.sdk.runtime;

import org.tracimdaemon.sdk.runtime.wire.DaemonEvent;

/**
 * Delivers each message to the handlers that take it. The annotation processor generates one
 * per handler interface ({@code NoteWatcherDispatcher.of(handlers)}); a client runs one or more.
 *
 * <pre>{@code
 * TracimDaemonClient.builder()
 *         .dispatcher(NoteWatcherDispatcher.of(new MyNoteWatcher()))
 *         .start();
 * }</pre>
 */
public interface EventDispatcher {
    /**
     * Calls every handler of this message, in the reference SDKs' order: {@code custom_message}
     * handlers, then the daemon type's, then the TLM event type's. A handler that throws or a
     * payload that does not decode is reported to {@code context} and the other handlers still
     * run; this method itself does not throw for either.
     *
     * @param event   the message as received
     * @param context the daemon to hand to handlers, and where failures are reported
     */
    void dispatch(DaemonEvent event, DispatchContext context);

    /**
     * Hands an error to the {@code custom_error} handlers, after the client's error handler saw
     * it. A {@code custom_error} handler that throws is logged only, never reported again.
     *
     * @param error   what went wrong
     * @param context the daemon to hand to handlers
     */
    default void dispatchError(DispatchError error, DispatchContext context) {}
}

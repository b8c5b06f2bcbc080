package org.tracimdaemon.sdk.runtime;

import org.tracimdaemon.sdk.runtime.decode.DecodeException;

/**
 * What a dispatcher may use while it delivers one message: the daemon, to hand to handlers, and
 * the error path, which the runtime turns into {@link DispatchError}s carrying the raw message.
 */
public interface DispatchContext {
    /** {@return the daemon connection, for handlers that take a {@link DaemonClient}} */
    DaemonClient daemon();

    /**
     * A handler threw; the other handlers still run.
     *
     * @param handler the method, as {@code Interface.method}
     * @param cause   what it threw
     */
    void handlerFailed(String handler, Throwable cause);

    /**
     * A payload that some handler needs did not decode; the handlers needing it are skipped.
     *
     * @param payload what was being decoded, e.g. {@code ContentEvent of content.created.file}
     * @param cause   the decode error; its {@link DecodeException#where()} names the key at fault
     */
    void payloadFailed(String payload, DecodeException cause);
}

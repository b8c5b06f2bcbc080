package org.tracimdaemon.sdk.runtime;

import java.util.Optional;
import java.util.Set;
import org.tracimdaemon.sdk.catalogue.DaemonTypes;
import org.tracimdaemon.sdk.runtime.calls.PendingCalls;
import org.tracimdaemon.sdk.runtime.socket.IncomingMessages;
import org.tracimdaemon.sdk.runtime.wire.DaemonEvent;
import org.tracimdaemon.sdk.runtime.wire.DecodeException;

/**
 * What the accept thread does with each message, in order: answer a ping at once (keep-alive must
 * not wait behind a slow handler), complete the call the message answers, then queue it for the
 * dispatchers, which see replies too (a {@code daemon_account_info} handler must run). Runs on the
 * socket's reader thread: nothing here may run user code, and the only wait is for room in the
 * bounded dispatch queue, after the ping was answered and the call completed.
 */
final class IncomingRouter implements IncomingMessages {
    /** What the daemon sends to a plugin; anything else is reported, then still dispatched. */
    private static final Set<String> DAEMON_TO_CLIENT = Set.of(
            DaemonTypes.ACCOUNT_INFO, DaemonTypes.CLIENTS, DaemonTypes.CLIENT_ADDED, DaemonTypes.CLIENT_DELETED,
            DaemonTypes.REQUEST_RESULT, DaemonTypes.TRACIM_EVENT, DaemonTypes.PING, DaemonTypes.PONG,
            DaemonTypes.ACK);

    private final PendingCalls calls;
    private final DispatchLoop dispatch;
    private final KeepAlive keepAlive;

    IncomingRouter(PendingCalls calls, DispatchLoop dispatch, KeepAlive keepAlive) {
        this.calls = calls;
        this.dispatch = dispatch;
        this.keepAlive = keepAlive;
    }

    @Override
    public void received(byte[] message) {
        DaemonEvent event;
        try {
            event = DaemonEvent.decode(message);
        } catch (DecodeException e) {
            dispatch.report(new DispatchError(DispatchError.Kind.UNREADABLE_MESSAGE,
                    "unreadable message: " + e.getMessage(), Optional.empty(),
                    Optional.of(DispatchLoop.text(message)), Optional.of(e)));
            return;
        }
        if (event.type().equals(DaemonTypes.PING)) {
            keepAlive.pinged(event.path());
        }
        calls.complete(event);
        if (!DAEMON_TO_CLIENT.contains(event.type())) {
            // Reported, and still dispatched so that custom_message handlers see every message.
            dispatch.report(new DispatchError(DispatchError.Kind.UNKNOWN_TYPE,
                    "unknown message type \"" + event.type() + "\" from " + event.path(), Optional.empty(),
                    Optional.of(DispatchLoop.text(message)), Optional.empty()));
        }
        dispatch.deliver(event, message);
    }

    @Override
    public void failed(DispatchError error) {
        dispatch.report(error);
    }

    /** The keep-alive side of a ping: answer it, and note that the daemon still knows us. */
    interface KeepAlive {
        /** Must not block: the pong is sent elsewhere. */
        void pinged(String replyTo);
    }
}

package org.tracimdaemon.sdk.runtime;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Set;
import org.tracimdaemon.sdk.catalogue.DaemonTypes;
import org.tracimdaemon.sdk.runtime.decode.DecodeException;
import org.tracimdaemon.sdk.runtime.internal.calls.PendingCalls;
import org.tracimdaemon.sdk.runtime.internal.socket.EnvelopeHead;
import org.tracimdaemon.sdk.runtime.internal.socket.IncomingMessages;
import org.tracimdaemon.sdk.runtime.internal.socket.SocketProblem;
import org.tracimdaemon.sdk.runtime.wire.DaemonEvent;

/**
 * What the event loop does with each whole message. The control path, for messages the daemon
 * sends from its master socket: answer a ping at once (keep-alive must not wait behind a slow
 * handler) and complete the call a reply answers, then queue it for the dispatchers too (a
 * {@code daemon_account_info} handler must run). A daemon message from any other path is another
 * process pretending to be the daemon (the Go SDK, too, believes only the master's path): it is
 * reported and dropped. Everything else is queued undecoded: the dispatch thread decodes it. Runs
 * on the loop thread: nothing here runs user code or waits.
 */
final class IncomingRouter implements IncomingMessages {
    /**
     * What only the daemon may send, believed only from its master socket's path: what the SDK acts
     * on (answers to its calls, keep-alive). A test checks each is a type the daemon sends.
     */
    static final Set<String> FROM_DAEMON_ONLY = Set.of(
            DaemonTypes.ACCOUNT_INFO, DaemonTypes.CLIENTS, DaemonTypes.REQUEST_RESULT, DaemonTypes.PING,
            DaemonTypes.PONG);

    static {
        // The classes of the failure path, loaded while they can be (see EventLoop's note on
        // running out of file descriptors): the mapping of every kind, and a DispatchError.
        for (SocketProblem.Kind kind : SocketProblem.Kind.values()) {
            new DispatchError(kindOf(kind), "", Optional.empty(), Optional.empty(), Optional.empty());
        }
    }

    private final PendingCalls calls;
    private final DispatchLoop dispatch;
    private final KeepAlive keepAlive;
    private final String masterText;
    private final Path master;

    IncomingRouter(PendingCalls calls, DispatchLoop dispatch, KeepAlive keepAlive, Path master) {
        this.calls = calls;
        this.dispatch = dispatch;
        this.keepAlive = keepAlive;
        this.masterText = master.toString();
        this.master = master.toAbsolutePath().normalize();
    }

    @Override
    public boolean isControl(EnvelopeHead head) {
        return FROM_DAEMON_ONLY.contains(head.type()) && isMaster(head.path());
    }

    @Override
    public void received(byte[] message, EnvelopeHead head) {
        if (!FROM_DAEMON_ONLY.contains(head.type())) {
            dispatch.deliver(message, null);
            return;
        }
        if (!isMaster(head.path())) {
            notFromDaemon(message, head.type(), head.path());
            return;
        }
        DaemonEvent event;
        try {
            event = DaemonEvent.decode(message);
        } catch (DecodeException e) {
            dispatch.deliver(message, null); // the dispatch thread reports it, in order
            return;
        }
        if (!isMaster(event.path()) || !FROM_DAEMON_ONLY.contains(event.type())) {
            notFromDaemon(message, event.type(), event.path()); // e.g. a second "path" key after the first
            return;
        }
        if (event.type().equals(DaemonTypes.PING)) {
            keepAlive.pinged(event.path());
        }
        calls.complete(event);
        dispatch.deliver(message, event);
    }

    @Override
    public void failed(SocketProblem problem) {
        dispatch.report(new DispatchError(kindOf(problem.kind()), problem.description(), Optional.empty(),
                Optional.empty(), problem.cause()));
    }

    private static DispatchError.Kind kindOf(SocketProblem.Kind kind) {
        return switch (kind) {
            case CONNECTION_FAILED -> DispatchError.Kind.CONNECTION_FAILED;
            case OVERSIZED_MESSAGE -> DispatchError.Kind.OVERSIZED_MESSAGE;
            case DROPPED -> DispatchError.Kind.DROPPED;
            case SDK_FAILED -> DispatchError.Kind.SDK_FAILED;
        };
    }

    private void notFromDaemon(byte[] message, String type, String path) {
        dispatch.report(new DispatchError(DispatchError.Kind.NOT_FROM_DAEMON, "ignored a " + type + " from \""
                + path + "\": only TracimDaemon's socket " + masterText + " may send it", Optional.empty(),
                Optional.of(DispatchLoop.text(message)), Optional.empty()));
    }

    private boolean isMaster(String path) {
        if (path.equals(masterText)) {
            return true;
        }
        try {
            return !path.isEmpty() && Path.of(path).toAbsolutePath().normalize().equals(master);
        } catch (InvalidPathException e) {
            return false;
        }
    }

    /** The keep-alive side of a ping: answer it, and note that the daemon still knows us. */
    interface KeepAlive {
        /** Must not block: the pong is sent elsewhere. */
        void pinged(String replyTo);
    }
}

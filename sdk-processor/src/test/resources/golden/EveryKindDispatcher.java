package test;

import java.lang.Class;
import java.lang.Override;
import java.lang.Throwable;
import java.util.Objects;
import javax.annotation.processing.Generated;
import org.tracimdaemon.sdk.runtime.DispatchContext;
import org.tracimdaemon.sdk.runtime.DispatchError;
import org.tracimdaemon.sdk.runtime.EventDispatcher;
import org.tracimdaemon.sdk.runtime.tlm.TLMEvent;
import org.tracimdaemon.sdk.runtime.tlm.Workspace;
import org.tracimdaemon.sdk.runtime.tlm.WorkspaceEvent;
import org.tracimdaemon.sdk.runtime.wire.ClientList;
import org.tracimdaemon.sdk.runtime.wire.DaemonEvent;
import org.tracimdaemon.sdk.runtime.wire.DecodeException;

/**
 * Calls the {@code @OnEvent} methods of {@link EveryKind}; generated from it, do not edit.
 *
 * <pre>{@code
 * EventDispatcher dispatcher = EveryKindDispatcher.of(handlers);
 * }</pre>
 */
@Generated("org.tracimdaemon.sdk.processor.OnEventProcessor")
public final class EveryKindDispatcher implements EventDispatcher {
    private final EveryKind handlers;

    private EveryKindDispatcher(EveryKind handlers) {
        this.handlers = Objects.requireNonNull(handlers, "handlers");
    }

    /**
     * The dispatcher that calls {@code handlers}.
     */
    public static EveryKindDispatcher of(EveryKind handlers) {
        return new EveryKindDispatcher(handlers);
    }

    @Override
    public void dispatch(DaemonEvent event, DispatchContext context) {
        try {
            handlers.everyMessage(event, context.daemon());
        } catch (Throwable e) {
            context.handlerFailed("EveryKind.everyMessage", e);
        }
        switch (event.type()) {
            case "daemon_ping" -> onPing(event, context);
            case "daemon_clients" -> onClients(event, context);
            case "daemon_tracim_event" -> onTracimEvent(event, context);
        }
    }

    @Override
    public void dispatchError(DispatchError error, DispatchContext context) {
        try {
            handlers.failed(error, context.daemon());
        } catch (Throwable e) {
            context.handlerFailed("EveryKind.failed", e);
        }
    }

    private void onPing(DaemonEvent event, DispatchContext context) {
        try {
            handlers.ping();
        } catch (Throwable e) {
            context.handlerFailed("EveryKind.ping", e);
        }
    }

    private void onClients(DaemonEvent event, DispatchContext context) {
        ClientList clientList = data(event, ClientList.class, context);
        if (clientList != null) {
            try {
                handlers.clients(context.daemon(), clientList, event);
            } catch (Throwable e) {
                context.handlerFailed("EveryKind.clients", e);
            }
        }
    }

    private void onTracimEvent(DaemonEvent event, DispatchContext context) {
        TLMEvent tlm = tlm(event, context);
        if (tlm == null) {
            return;
        }
        try {
            handlers.anyTlm(tlm);
        } catch (Throwable e) {
            context.handlerFailed("EveryKind.anyTlm", e);
        }
        switch (tlm.eventType()) {
            case "workspace.created",
                    "workspace.modified",
                    "workspace.deleted",
                    "workspace.undeleted" -> onWorkspaceCreated(event, tlm, context);
        }
    }

    private void onWorkspaceCreated(DaemonEvent event, TLMEvent tlm, DispatchContext context) {
        WorkspaceEvent workspaceEvent = fields(tlm, WorkspaceEvent.class, context);
        Workspace workspace = workspaceEvent == null ? null : workspaceEvent.workspace();
        if (workspace != null) {
            try {
                handlers.workspace(workspace, workspaceEvent, tlm, event, context.daemon());
            } catch (Throwable e) {
                context.handlerFailed("EveryKind.workspace", e);
            }
        }
    }

    private static <T> T data(DaemonEvent event, Class<T> type, DispatchContext context) {
        try {
            return event.dataAs(type);
        } catch (DecodeException e) {
            context.payloadFailed(type.getSimpleName() + " of " + event.type(), e);
            return null;
        }
    }

    private static TLMEvent tlm(DaemonEvent event, DispatchContext context) {
        try {
            return TLMEvent.decode(event);
        } catch (DecodeException e) {
            context.payloadFailed("TLMEvent of daemon_tracim_event", e);
            return null;
        }
    }

    private static <T> T fields(TLMEvent tlm, Class<T> type, DispatchContext context) {
        try {
            return tlm.fields(type);
        } catch (DecodeException e) {
            context.payloadFailed(type.getSimpleName() + " of " + tlm.eventType(), e);
            return null;
        }
    }
}

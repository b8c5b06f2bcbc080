package test;

import java.lang.Override;
import java.lang.Throwable;
import java.util.Objects;
import javax.annotation.processing.Generated;
import org.tracimdaemon.sdk.runtime.DispatchContext;
import org.tracimdaemon.sdk.runtime.DispatchError;
import org.tracimdaemon.sdk.runtime.EventDispatcher;
import org.tracimdaemon.sdk.runtime.dispatch.GeneratedDispatch;
import org.tracimdaemon.sdk.runtime.tlm.TLMEvent;
import org.tracimdaemon.sdk.runtime.tlm.Workspace;
import org.tracimdaemon.sdk.runtime.tlm.WorkspaceEvent;
import org.tracimdaemon.sdk.runtime.wire.ClientList;
import org.tracimdaemon.sdk.runtime.wire.DaemonEvent;

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
            GeneratedDispatch.handlerFailed(context, "EveryKind.everyMessage", e);
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
            GeneratedDispatch.handlerFailed(context, "EveryKind.failed", e);
        }
    }

    private void onPing(DaemonEvent event, DispatchContext context) {
        try {
            handlers.ping();
        } catch (Throwable e) {
            GeneratedDispatch.handlerFailed(context, "EveryKind.ping", e);
        }
    }

    private void onClients(DaemonEvent event, DispatchContext context) {
        ClientList clientList = GeneratedDispatch.data(event, ClientList.class, context);
        if (clientList != null) {
            try {
                handlers.clients(context.daemon(), clientList, event);
            } catch (Throwable e) {
                GeneratedDispatch.handlerFailed(context, "EveryKind.clients", e);
            }
        }
    }

    private void onTracimEvent(DaemonEvent event, DispatchContext context) {
        TLMEvent tlm = GeneratedDispatch.checkedTlm(event, context);
        if (tlm == null) {
            return;
        }
        try {
            handlers.anyTlm(tlm);
        } catch (Throwable e) {
            GeneratedDispatch.handlerFailed(context, "EveryKind.anyTlm", e);
        }
        switch (tlm.eventType()) {
            case "workspace.created",
                    "workspace.modified",
                    "workspace.deleted",
                    "workspace.undeleted" -> onWorkspaceCreated(event, tlm, context);
        }
    }

    private void onWorkspaceCreated(DaemonEvent event, TLMEvent tlm, DispatchContext context) {
        WorkspaceEvent workspaceEvent = GeneratedDispatch.fields(tlm, WorkspaceEvent.class, context);
        Workspace workspace = workspaceEvent == null ? null : workspaceEvent.workspace();
        if (workspace != null) {
            try {
                handlers.workspace(workspace, workspaceEvent, tlm, event, context.daemon());
            } catch (Throwable e) {
                GeneratedDispatch.handlerFailed(context, "EveryKind.workspace", e);
            }
        }
    }
}

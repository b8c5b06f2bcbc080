package test;

import java.lang.Class;
import java.lang.Override;
import java.lang.Throwable;
import java.util.Objects;
import javax.annotation.processing.Generated;
import org.tracimdaemon.sdk.runtime.DispatchContext;
import org.tracimdaemon.sdk.runtime.EventDispatcher;
import org.tracimdaemon.sdk.runtime.tlm.ContentEvent;
import org.tracimdaemon.sdk.runtime.tlm.TLMEvent;
import org.tracimdaemon.sdk.runtime.tlm.TagEvent;
import org.tracimdaemon.sdk.runtime.tlm.Workspace;
import org.tracimdaemon.sdk.runtime.tlm.WorkspaceEvent;
import org.tracimdaemon.sdk.runtime.wire.AccountInfoData;
import org.tracimdaemon.sdk.runtime.wire.DaemonEvent;
import org.tracimdaemon.sdk.runtime.wire.DecodeException;

/**
 * Calls the {@code @OnEvent} methods of {@link Digest}; generated from it, do not edit.
 *
 * <pre>{@code
 * EventDispatcher dispatcher = DigestDispatcher.of(handlers);
 * }</pre>
 */
@Generated("org.tracimdaemon.sdk.processor.OnEventProcessor")
public final class DigestDispatcher implements EventDispatcher {
    private final Digest handlers;

    private DigestDispatcher(Digest handlers) {
        this.handlers = Objects.requireNonNull(handlers, "handlers");
    }

    /**
     * The dispatcher that calls {@code handlers}.
     */
    public static DigestDispatcher of(Digest handlers) {
        return new DigestDispatcher(handlers);
    }

    @Override
    public void dispatch(DaemonEvent event, DispatchContext context) {
        switch (event.type()) {
            case "daemon_account_info" -> onAccountInfo(event, context);
            case "daemon_tracim_event" -> onTracimEvent(event, context);
        }
    }

    private void onAccountInfo(DaemonEvent event, DispatchContext context) {
        AccountInfoData accountInfoData = data(event, AccountInfoData.class, context);
        if (accountInfoData != null) {
            try {
                handlers.me(accountInfoData);
            } catch (Throwable e) {
                context.handlerFailed("Digest.me", e);
            }
        }
    }

    private void onTracimEvent(DaemonEvent event, DispatchContext context) {
        TLMEvent tlm = tlm(event, context);
        if (tlm == null) {
            return;
        }
        switch (tlm.eventType()) {
            case "workspace.created" -> onWorkspaceCreated(event, tlm, context);
            case "content.created.html-document",
                    "content.created.file",
                    "content.created.folder",
                    "content.created.thread",
                    "content.created.comment",
                    "content.created.kanban",
                    "content.created.logbook",
                    "content.created.todo" -> onContentCreatedHtmlDocument(event, tlm, context);
            case "tag.created" -> onTagCreated(event, tlm, context);
        }
    }

    private void onWorkspaceCreated(DaemonEvent event, TLMEvent tlm, DispatchContext context) {
        WorkspaceEvent workspaceEvent = fields(tlm, WorkspaceEvent.class, context);
        Workspace workspace = workspaceEvent == null ? null : workspaceEvent.workspace();
        if (workspace != null) {
            try {
                handlers.spaceCreated(workspace);
            } catch (Throwable e) {
                context.handlerFailed("Digest.spaceCreated", e);
            }
        }
    }

    private void onContentCreatedHtmlDocument(DaemonEvent event, TLMEvent tlm,
            DispatchContext context) {
        ContentEvent contentEvent = fields(tlm, ContentEvent.class, context);
        if (contentEvent != null) {
            try {
                handlers.noteInSpace(contentEvent);
            } catch (Throwable e) {
                context.handlerFailed("Digest.noteInSpace", e);
            }
        }
    }

    private void onTagCreated(DaemonEvent event, TLMEvent tlm, DispatchContext context) {
        TagEvent tagEvent = fields(tlm, TagEvent.class, context);
        if (tagEvent != null) {
            try {
                handlers.tag(tagEvent);
            } catch (Throwable e) {
                context.handlerFailed("Digest.tag", e);
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

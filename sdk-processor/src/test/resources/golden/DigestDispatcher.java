package test;

import java.lang.Override;
import java.lang.Throwable;
import java.util.Objects;
import javax.annotation.processing.Generated;
import org.tracimdaemon.sdk.runtime.DispatchContext;
import org.tracimdaemon.sdk.runtime.EventDispatcher;
import org.tracimdaemon.sdk.runtime.dispatch.GeneratedDispatch;
import org.tracimdaemon.sdk.runtime.tlm.ContentEvent;
import org.tracimdaemon.sdk.runtime.tlm.TLMEvent;
import org.tracimdaemon.sdk.runtime.tlm.TagEvent;
import org.tracimdaemon.sdk.runtime.tlm.Workspace;
import org.tracimdaemon.sdk.runtime.tlm.WorkspaceEvent;
import org.tracimdaemon.sdk.runtime.wire.AccountInfoData;
import org.tracimdaemon.sdk.runtime.wire.DaemonEvent;

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
        AccountInfoData accountInfoData = GeneratedDispatch.data(event, AccountInfoData.class, context);
        if (accountInfoData != null) {
            try {
                handlers.me(accountInfoData);
            } catch (Throwable e) {
                GeneratedDispatch.handlerFailed(context, "Digest.me", e);
            }
        }
    }

    private void onTracimEvent(DaemonEvent event, DispatchContext context) {
        TLMEvent tlm = GeneratedDispatch.tlm(event, context);
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
        WorkspaceEvent workspaceEvent = GeneratedDispatch.fields(tlm, WorkspaceEvent.class, context);
        Workspace workspace = workspaceEvent == null ? null : workspaceEvent.workspace();
        if (workspace != null) {
            try {
                handlers.spaceCreated(workspace);
            } catch (Throwable e) {
                GeneratedDispatch.handlerFailed(context, "Digest.spaceCreated", e);
            }
        }
    }

    private void onContentCreatedHtmlDocument(DaemonEvent event, TLMEvent tlm,
            DispatchContext context) {
        ContentEvent contentEvent = GeneratedDispatch.fields(tlm, ContentEvent.class, context);
        if (contentEvent != null) {
            try {
                handlers.noteInSpace(contentEvent);
            } catch (Throwable e) {
                GeneratedDispatch.handlerFailed(context, "Digest.noteInSpace", e);
            }
        }
    }

    private void onTagCreated(DaemonEvent event, TLMEvent tlm, DispatchContext context) {
        TagEvent tagEvent = GeneratedDispatch.fields(tlm, TagEvent.class, context);
        if (tagEvent != null) {
            try {
                handlers.tag(tagEvent);
            } catch (Throwable e) {
                GeneratedDispatch.handlerFailed(context, "Digest.tag", e);
            }
        }
    }
}

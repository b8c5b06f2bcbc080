package test;

import java.lang.Override;
import java.lang.String;
import java.lang.Throwable;
import java.util.Objects;
import javax.annotation.processing.Generated;
import org.tracimdaemon.sdk.runtime.DispatchContext;
import org.tracimdaemon.sdk.runtime.EventDispatcher;
import org.tracimdaemon.sdk.runtime.dispatch.GeneratedDispatch;
import org.tracimdaemon.sdk.runtime.tlm.ContentEvent;
import org.tracimdaemon.sdk.runtime.tlm.TLMEvent;
import org.tracimdaemon.sdk.runtime.wire.DaemonEvent;

/**
 * Calls the {@code @OnEvent} methods of {@link ChangeWatcher}; generated from it, do not edit.
 *
 * <pre>{@code
 * EventDispatcher dispatcher = ChangeWatcherDispatcher.of(handlers);
 * }</pre>
 */
@Generated("org.tracimdaemon.sdk.processor.OnEventProcessor")
public final class ChangeWatcherDispatcher implements EventDispatcher {
    private final ChangeWatcher handlers;

    private ChangeWatcherDispatcher(ChangeWatcher handlers) {
        this.handlers = Objects.requireNonNull(handlers, "handlers");
    }

    /**
     * The dispatcher that calls {@code handlers}.
     */
    public static ChangeWatcherDispatcher of(ChangeWatcher handlers) {
        return new ChangeWatcherDispatcher(handlers);
    }

    @Override
    public void dispatch(DaemonEvent event, DispatchContext context) {
        switch (event.type()) {
            case "daemon_tracim_event" -> onTracimEvent(event, context);
        }
    }

    private void onTracimEvent(DaemonEvent event, DispatchContext context) {
        TLMEvent tlm = GeneratedDispatch.tlm(event, context);
        if (tlm == null) {
            return;
        }
        switch (tlm.eventType()) {
            case "user.deleted",
                    "workspace.deleted",
                    "workspace_member.deleted",
                    "workspace_subscription.deleted",
                    "reaction.deleted",
                    "tag.deleted",
                    "content_tag.deleted",
                    "user_call.deleted" -> onUserDeleted(event, tlm, context);
            case "content.modified.html-document",
                    "content.modified.file",
                    "content.modified.folder",
                    "content.modified.thread",
                    "content.modified.comment",
                    "content.modified.kanban",
                    "content.modified.logbook",
                    "content.modified.todo",
                    "content.deleted.html-document",
                    "content.deleted.file",
                    "content.deleted.folder",
                    "content.deleted.thread",
                    "content.deleted.comment",
                    "content.deleted.kanban",
                    "content.deleted.logbook",
                    "content.deleted.todo" -> onContentModifiedHtmlDocument(event, tlm, context);
            default -> onOtherTlm(event, tlm, context);
        }
    }

    private void onUserDeleted(DaemonEvent event, TLMEvent tlm, DispatchContext context) {
        if (!GeneratedDispatch.checked(tlm, context)) {
            return;
        }
        try {
            handlers.somethingDeleted(tlm);
        } catch (Throwable e) {
            GeneratedDispatch.handlerFailed(context, "ChangeWatcher.somethingDeleted", e);
        }
    }

    private void onContentModifiedHtmlDocument(DaemonEvent event, TLMEvent tlm,
            DispatchContext context) {
        ContentEvent contentEvent = GeneratedDispatch.fields(tlm, ContentEvent.class, context);
        if (contentEvent != null) {
            try {
                handlers.contentChanged(contentEvent, tlm);
            } catch (Throwable e) {
                GeneratedDispatch.handlerFailed(context, "ChangeWatcher.contentChanged", e);
            }
        }
    }

    /**
     * Event types newer than this build: the handlers whose patterns match.
     */
    private void onOtherTlm(DaemonEvent event, TLMEvent tlm, DispatchContext context) {
        String eventType = tlm.eventType();
        if (!GeneratedDispatch.checked(tlm, context)) {
            return;
        }
        if (eventType.endsWith(".deleted") && GeneratedDispatch.partCount(eventType) == 2) {
            try {
                handlers.somethingDeleted(tlm);
            } catch (Throwable e) {
                GeneratedDispatch.handlerFailed(context, "ChangeWatcher.somethingDeleted", e);
            }
        }
    }
}

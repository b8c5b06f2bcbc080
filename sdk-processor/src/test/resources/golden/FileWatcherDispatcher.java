package test;

import java.lang.Override;
import java.lang.Throwable;
import java.util.Objects;
import javax.annotation.processing.Generated;
import org.tracimdaemon.sdk.runtime.DispatchContext;
import org.tracimdaemon.sdk.runtime.EventDispatcher;
import org.tracimdaemon.sdk.runtime.dispatch.GeneratedDispatch;
import org.tracimdaemon.sdk.runtime.tlm.Content;
import org.tracimdaemon.sdk.runtime.tlm.ContentEvent;
import org.tracimdaemon.sdk.runtime.tlm.FileContent;
import org.tracimdaemon.sdk.runtime.tlm.TLMEvent;
import org.tracimdaemon.sdk.runtime.wire.DaemonEvent;

/**
 * Calls the {@code @OnEvent} methods of {@link FileWatcher}; generated from it, do not edit.
 *
 * <pre>{@code
 * EventDispatcher dispatcher = FileWatcherDispatcher.of(handlers);
 * }</pre>
 */
@Generated("org.tracimdaemon.sdk.processor.OnEventProcessor")
public final class FileWatcherDispatcher implements EventDispatcher {
    private final FileWatcher handlers;

    private FileWatcherDispatcher(FileWatcher handlers) {
        this.handlers = Objects.requireNonNull(handlers, "handlers");
    }

    /**
     * The dispatcher that calls {@code handlers}.
     */
    public static FileWatcherDispatcher of(FileWatcher handlers) {
        return new FileWatcherDispatcher(handlers);
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
            case "content.created.html-document",
                    "content.created.folder",
                    "content.created.thread",
                    "content.created.comment",
                    "content.created.kanban",
                    "content.created.logbook",
                    "content.created.todo" -> onContentCreatedHtmlDocument(event, tlm, context);
            case "content.created.file" -> onContentCreatedFile(event, tlm, context);
        }
    }

    private void onContentCreatedHtmlDocument(DaemonEvent event, TLMEvent tlm,
            DispatchContext context) {
        ContentEvent contentEvent = GeneratedDispatch.fields(tlm, ContentEvent.class, context);
        Content content = contentEvent == null ? null : contentEvent.content();
        if (content != null) {
            try {
                handlers.second(contentEvent, content);
            } catch (Throwable e) {
                GeneratedDispatch.handlerFailed(context, "FileWatcher.second", e);
            }
        }
    }

    private void onContentCreatedFile(DaemonEvent event, TLMEvent tlm, DispatchContext context) {
        ContentEvent contentEvent = GeneratedDispatch.fields(tlm, ContentEvent.class, context);
        Content content = contentEvent == null ? null : contentEvent.content();
        FileContent fileContent = GeneratedDispatch.variant(content, FileContent.class, "fields.content", tlm, context);
        if (fileContent != null) {
            try {
                handlers.first(fileContent);
            } catch (Throwable e) {
                GeneratedDispatch.handlerFailed(context, "FileWatcher.first", e);
            }
        }
        if (content != null) {
            try {
                handlers.second(contentEvent, content);
            } catch (Throwable e) {
                GeneratedDispatch.handlerFailed(context, "FileWatcher.second", e);
            }
        }
        if (contentEvent != null) {
            try {
                handlers.third(tlm, contentEvent);
            } catch (Throwable e) {
                GeneratedDispatch.handlerFailed(context, "FileWatcher.third", e);
            }
        }
    }
}

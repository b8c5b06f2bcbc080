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
import org.tracimdaemon.sdk.runtime.wire.AccountInfoData;
import org.tracimdaemon.sdk.runtime.wire.DaemonEvent;

/**
 * Calls the {@code @OnEvent} methods of {@link NoteWatcher}; generated from it, do not edit.
 *
 * <pre>{@code
 * EventDispatcher dispatcher = NoteWatcherDispatcher.of(handlers);
 * }</pre>
 */
@Generated("org.tracimdaemon.sdk.processor.OnEventProcessor")
public final class NoteWatcherDispatcher implements EventDispatcher {
    private final NoteWatcher handlers;

    private NoteWatcherDispatcher(NoteWatcher handlers) {
        this.handlers = Objects.requireNonNull(handlers, "handlers");
    }

    /**
     * The dispatcher that calls {@code handlers}.
     */
    public static NoteWatcherDispatcher of(NoteWatcher handlers) {
        return new NoteWatcherDispatcher(handlers);
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
                handlers.accountInfo(accountInfoData);
            } catch (Throwable e) {
                GeneratedDispatch.handlerFailed(context, "NoteWatcher.accountInfo", e);
            }
        }
    }

    private void onTracimEvent(DaemonEvent event, DispatchContext context) {
        TLMEvent tlm = GeneratedDispatch.tlm(event, context);
        if (tlm == null) {
            return;
        }
        switch (tlm.eventType()) {
            case "content.created.html-document" -> onContentCreatedHtmlDocument(event, tlm, context);
        }
    }

    private void onContentCreatedHtmlDocument(DaemonEvent event, TLMEvent tlm,
            DispatchContext context) {
        ContentEvent contentEvent = GeneratedDispatch.fields(tlm, ContentEvent.class, context);
        if (contentEvent != null) {
            try {
                handlers.noteCreated(contentEvent, context.daemon());
            } catch (Throwable e) {
                GeneratedDispatch.handlerFailed(context, "NoteWatcher.noteCreated", e);
            }
        }
    }
}

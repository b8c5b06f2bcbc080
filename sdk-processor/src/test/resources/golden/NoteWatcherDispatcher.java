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
import org.tracimdaemon.sdk.runtime.wire.AccountInfoData;
import org.tracimdaemon.sdk.runtime.wire.DaemonEvent;
import org.tracimdaemon.sdk.runtime.wire.DecodeException;

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
        AccountInfoData accountInfoData = data(event, AccountInfoData.class, context);
        if (accountInfoData != null) {
            try {
                handlers.accountInfo(accountInfoData);
            } catch (Throwable e) {
                context.handlerFailed("NoteWatcher.accountInfo", e);
            }
        }
    }

    private void onTracimEvent(DaemonEvent event, DispatchContext context) {
        TLMEvent tlm = tlm(event, context);
        if (tlm == null) {
            return;
        }
        switch (tlm.eventType()) {
            case "content.created.html-document" -> onContentCreatedHtmlDocument(event, tlm, context);
        }
    }

    private void onContentCreatedHtmlDocument(DaemonEvent event, TLMEvent tlm,
            DispatchContext context) {
        ContentEvent contentEvent = fields(tlm, ContentEvent.class, context);
        if (contentEvent != null) {
            try {
                handlers.noteCreated(contentEvent, context.daemon());
            } catch (Throwable e) {
                context.handlerFailed("NoteWatcher.noteCreated", e);
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

package org.tracimdaemon.sdk.runtime.dispatch;

import org.tracimdaemon.sdk.runtime.DispatchContext;
import org.tracimdaemon.sdk.runtime.decode.DecodeException;
import org.tracimdaemon.sdk.runtime.tlm.TLMEvent;
import org.tracimdaemon.sdk.runtime.wire.DaemonEvent;

/**
 * What generated dispatchers call: for generated code only, not for plugin authors, who use the
 * dispatcher the processor writes. Each method decodes one thing or reports one failure to the
 * {@link DispatchContext}, with the text the runtime's {@code DispatchError} shows; a fix here
 * reaches every plugin without recompiling it. A generated case method reads:
 *
 * <pre>{@code
 * private void onContentCreatedFile(DaemonEvent event, TLMEvent tlm, DispatchContext context) {
 *     ContentEvent contentEvent = GeneratedDispatch.fields(tlm, ContentEvent.class, context);
 *     if (contentEvent != null) {
 *         try {
 *             handlers.fileCreated(contentEvent);
 *         } catch (Throwable e) {
 *             GeneratedDispatch.handlerFailed(context, "FileWatcher.fileCreated", e);
 *         }
 *     }
 * }
 * }</pre>
 *
 * <p>The handler call stays inline, in a {@code try} of the generated code, rather than passing
 * through a {@code run(context, name, () -> handlers.m(...))}: a capturing lambda is one object
 * per call and, worse, one class spun per call site at its first use. Measured on JDK 17 with a
 * dispatcher of 200 handler calls: 75 to 90 ms for the first message and some 20 bytes a call
 * after, against 0.2 ms and none inline.
 *
 * <p>A method that decodes returns {@code null} after reporting the failure, never throws a
 * {@link DecodeException}: the handlers that need the value are skipped, the others still run.
 */
public final class GeneratedDispatch {
    private GeneratedDispatch() {}

    /**
     * The daemon message's {@code data} as {@code type}, e.g. an {@code AccountInfoData} of a
     * {@code daemon_account_info}.
     *
     * @param <T>     the payload's type
     * @param event   the daemon message
     * @param type    the payload record
     * @param context told when it does not decode, as {@code AccountInfoData of daemon_account_info}
     * @return the payload, or {@code null} after telling {@code context} that it does not decode
     */
    public static <T> T data(DaemonEvent event, Class<T> type, DispatchContext context) {
        try {
            return event.dataAs(type);
        } catch (DecodeException e) {
            context.payloadFailed(type.getSimpleName() + " of " + event.type(), e);
            return null;
        }
    }

    /**
     * The TLM a {@code daemon_tracim_event} carries, its header decoded.
     *
     * @param event   a {@code daemon_tracim_event}
     * @param context told when it does not decode, as {@code TLMEvent of daemon_tracim_event}
     * @return the TLM, or {@code null} after telling {@code context} that it does not decode
     */
    public static TLMEvent tlm(DaemonEvent event, DispatchContext context) {
        try {
            return TLMEvent.decode(event);
        } catch (DecodeException e) {
            context.payloadFailed("TLMEvent of daemon_tracim_event", e);
            return null;
        }
    }

    /**
     * The TLM a {@code daemon_tracim_event} carries, its whole document checked: for a dispatcher
     * with a handler that takes the {@code TLMEvent} alone (see {@link TLMEvent#checked()}).
     *
     * @param event   a {@code daemon_tracim_event}
     * @param context told when it does not decode, as {@code TLMEvent of daemon_tracim_event}
     * @return the TLM, or {@code null} after telling {@code context} that it does not decode
     */
    public static TLMEvent checkedTlm(DaemonEvent event, DispatchContext context) {
        TLMEvent tlm = tlm(event, context);
        return tlm == null || checked(tlm, context) ? tlm : null;
    }

    /**
     * Whether the TLM's whole document is JSON, checked once (see {@link TLMEvent#checked()}):
     * called before the handlers of one event type that take the {@code TLMEvent} alone.
     *
     * @param tlm     the TLM, from {@link #tlm(DaemonEvent, DispatchContext)}
     * @param context told when it is not JSON, as {@code TLMEvent of daemon_tracim_event}
     * @return true if it is; false after telling {@code context}
     */
    public static boolean checked(TLMEvent tlm, DispatchContext context) {
        try {
            tlm.checked();
            return true;
        } catch (DecodeException e) {
            context.payloadFailed("TLMEvent of daemon_tracim_event", e);
            return false;
        }
    }

    /**
     * The TLM's {@code fields} as {@code type}, e.g. a {@code ContentEvent} of a
     * {@code content.created.file}.
     *
     * @param <T>     the payload's type
     * @param tlm     the TLM, from {@link #tlm(DaemonEvent, DispatchContext)}
     * @param type    the payload record of its event type
     * @param context told when they do not decode, as {@code ContentEvent of content.created.file}
     * @return the payload, or {@code null} after telling {@code context} that it does not decode
     */
    public static <T> T fields(TLMEvent tlm, Class<T> type, DispatchContext context) {
        try {
            return tlm.fields(type);
        } catch (DecodeException e) {
            context.payloadFailed(type.getSimpleName() + " of " + tlm.eventType(), e);
            return null;
        }
    }

    /**
     * The payload's main object as the variant its event type promises, e.g. the
     * {@code FileContent} of a {@code content.created.file}, whose {@code ContentEvent} declares a
     * {@code Content}.
     *
     * @param <T>     the variant's type
     * @param main    the main object, or {@code null} when its payload did not decode
     * @param type    the variant the event type promises
     * @param where   the main object's key, e.g. {@code fields.content}, named in the failure
     * @param tlm     the TLM the payload came from
     * @param context told when {@code main} is another variant, as {@code FileContent of content.created.file}
     * @return {@code main} as {@code type}; {@code null} when it is {@code null}, or after telling
     *         {@code context} that it is another variant
     */
    public static <T> T variant(Object main, Class<T> type, String where, TLMEvent tlm, DispatchContext context) {
        if (main == null) {
            return null;
        }
        if (type.isInstance(main)) {
            return type.cast(main);
        }
        context.payloadFailed(type.getSimpleName() + " of " + tlm.eventType(), new DecodeException(where,
                "expected a " + type.getSimpleName() + ", got a " + main.getClass().getSimpleName()));
        return null;
    }

    /**
     * How many dot-separated parts an event type has, to match a pattern such as
     * {@code *.deleted} against an event type newer than the plugin's build.
     *
     * @param eventType a TLM event type, e.g. {@code content.created.file}
     * @return its number of parts, 3 for {@code content.created.file}
     */
    public static int partCount(String eventType) {
        int parts = 1;
        for (int i = eventType.indexOf('.'); i >= 0; i = eventType.indexOf('.', i + 1)) {
            parts++;
        }
        return parts;
    }

    /**
     * A handler threw: whatever it was, the JVM's own errors too (a {@code StackOverflowError} of
     * one handler says nothing about the next), it goes to {@code context}, and the generated code
     * goes on with the next handler. Through here rather than straight to {@code context}, so that
     * what a plugin's dispatcher does with a handler's failure is the runtime's to decide, whoever
     * implements the context.
     *
     * @param context the message's context
     * @param handler the method that threw, as {@code Interface.method}
     * @param cause   what it threw
     */
    public static void handlerFailed(DispatchContext context, String handler, Throwable cause) {
        context.handlerFailed(handler, cause);
    }
}

package org.tracimdaemon.sdk.runtime;

import java.time.Duration;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.BiConsumer;
import org.tracimdaemon.sdk.catalogue.DaemonTypes;
import org.tracimdaemon.sdk.runtime.decode.DecodeException;
import org.tracimdaemon.sdk.runtime.tlm.TLMEvent;
import org.tracimdaemon.sdk.runtime.wire.DaemonEvent;

/**
 * A hand-written dispatcher as a generated one behaves: records every event, decodes the TLM of a
 * {@code daemon_tracim_event} (reporting a bad one to the context), runs an optional handler and
 * reports its throw, records the errors handed to {@code custom_error}.
 */
final class RecordingDispatcher implements EventDispatcher {
    final BlockingQueue<DaemonEvent> events = new LinkedBlockingQueue<>();
    final BlockingQueue<TLMEvent> tlms = new LinkedBlockingQueue<>();
    final BlockingQueue<DispatchError> customErrors = new LinkedBlockingQueue<>();
    private final BiConsumer<DaemonEvent, DispatchContext> handler;

    RecordingDispatcher() {
        this((event, context) -> { });
    }

    /** {@code handler} runs for every event, as "RecordingDispatcher.handler"; a throw is reported. */
    RecordingDispatcher(BiConsumer<DaemonEvent, DispatchContext> handler) {
        this.handler = handler;
    }

    @Override
    public void dispatch(DaemonEvent event, DispatchContext context) {
        events.add(event);
        if (event.type().equals(DaemonTypes.TRACIM_EVENT)) {
            try {
                tlms.add(TLMEvent.decode(event));
            } catch (DecodeException e) {
                context.payloadFailed("TLMEvent", e);
            }
        }
        try {
            handler.accept(event, context);
        } catch (RuntimeException e) {
            context.handlerFailed("RecordingDispatcher.handler", e);
        }
    }

    @Override
    public void dispatchError(DispatchError error, DispatchContext context) {
        customErrors.add(error);
    }

    /** The next event of {@code type}, skipping others. */
    DaemonEvent awaitEvent(String type) throws InterruptedException {
        while (true) {
            DaemonEvent event = poll(events, Duration.ofSeconds(10));
            if (event.type().equals(type)) {
                return event;
            }
        }
    }

    static <T> T poll(BlockingQueue<T> queue, Duration timeout) throws InterruptedException {
        T value = queue.poll(timeout.toMillis(), TimeUnit.MILLISECONDS);
        if (value == null) {
            throw new AssertionError("nothing arrived within " + timeout);
        }
        return value;
    }

    /** A TLM document with this id, as Tracim writes one. */
    static String tlm(long id) {
        return "{\"event_id\": " + id + ", \"event_type\": \"user.modified\", \"read\": null, "
                + "\"created\": \"2025-05-20T10:02:15Z\", \"fields\": {\"author\": null}}";
    }
}

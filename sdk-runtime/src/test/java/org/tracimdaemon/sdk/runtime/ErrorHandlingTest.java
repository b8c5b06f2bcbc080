package org.tracimdaemon.sdk.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.tracimdaemon.sdk.catalogue.DaemonTypes;
import org.tracimdaemon.sdk.testkit.FakeDaemon;

/** Every kind of bad input becomes one DispatchError, and the next good event is still delivered. */
@Timeout(value = 30, unit = TimeUnit.SECONDS)
class ErrorHandlingTest {
    private static final Duration WAIT = Duration.ofSeconds(10);

    @TempDir
    Path dir;

    private FakeDaemon daemon;
    private TracimDaemonClient client;
    private final BlockingQueue<DispatchError> errors = new LinkedBlockingQueue<>();
    private RecordingDispatcher dispatcher;

    @BeforeEach
    void startDaemon() {
        daemon = FakeDaemon.start(dir.resolve("daemon"));
    }

    @AfterEach
    void stop() {
        if (client != null) {
            client.close();
        }
        daemon.close();
    }

    private void start(RecordingDispatcher recording, EventDispatcher... more) throws Exception {
        start(errors::add, recording, more);
    }

    private void start(Consumer<DispatchError> onError, RecordingDispatcher recording, EventDispatcher... more)
            throws Exception {
        dispatcher = recording;
        TracimDaemonClient.Builder builder = TracimDaemonClient.builder().masterSocket(daemon.socketPath())
                .clientSocket(dir.resolve("p.sock")).maxMessageSize(64 * 1024).onError(onError).dispatcher(recording);
        for (EventDispatcher dispatcher : more) {
            builder.dispatcher(dispatcher);
        }
        client = builder.start();
        dispatcher.awaitEvent(DaemonTypes.ACCOUNT_INFO);
    }

    private DispatchError sendBadThenGood(byte[] bad) throws Exception {
        assertTrue(daemon.sendRaw(client.socketPath(), bad));
        daemon.sendTlm(RecordingDispatcher.tlm(99));
        DispatchError error = RecordingDispatcher.poll(errors, WAIT);
        assertEquals(99, RecordingDispatcher.poll(dispatcher.tlms, WAIT).eventId(), "the next event still arrives");
        assertEquals(error, RecordingDispatcher.poll(dispatcher.customErrors, WAIT), "custom_error handlers see it");
        assertEquals(null, errors.poll(), "exactly one error");
        return error;
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void unreadableJson() throws Exception {
        start(new RecordingDispatcher());
        DispatchError error = sendBadThenGood(bytes("{\"path\":\"x\",\"type\":"));
        assertEquals(DispatchError.Kind.UNREADABLE_MESSAGE, error.kind());
        assertEquals("{\"path\":\"x\",\"type\":", error.rawMessage().orElseThrow());
        assertTrue(error.cause().isPresent());
    }

    @Test
    void aWrongDataShape() throws Exception {
        start(new RecordingDispatcher());
        String bad = "{\"path\":\"m\",\"type\":\"daemon_tracim_event\",\"data\":42}";
        DispatchError error = sendBadThenGood(bytes(bad));
        assertEquals(DispatchError.Kind.BAD_PAYLOAD, error.kind());
        assertEquals(bad, error.rawMessage().orElseThrow());
        assertTrue(error.description().contains("TLMEvent"), error.description());
    }

    @Test
    void anUnknownTypeIsReportedAndStillSeenByCustomMessageHandlers() throws Exception {
        start(new RecordingDispatcher());
        String bad = "{\"path\":\"m\",\"type\":\"daemon_something_new\"}";
        DispatchError error = sendBadThenGood(bytes(bad));
        assertEquals(DispatchError.Kind.UNKNOWN_TYPE, error.kind());
        assertTrue(error.description().contains("daemon_something_new"), error.description());
        assertEquals("daemon_something_new", dispatcher.awaitEvent("daemon_something_new").type());
    }

    @Test
    void aMessageOverTheCap() throws Exception {
        start(new RecordingDispatcher());
        byte[] huge = bytes("{\"path\":\"m\",\"type\":\"daemon_tracim_event\",\"data\":\"" + "y".repeat(100_000) + "\"}");
        DispatchError error = sendBadThenGood(huge);
        assertEquals(DispatchError.Kind.OVERSIZED_MESSAGE, error.kind());
        assertTrue(error.description().contains(Integer.toString(64 * 1024)), error.description());
    }

    @Test
    void aHandlerThatThrows() throws Exception {
        RecordingDispatcher throwing = new RecordingDispatcher((event, context) -> {
            // not the daemon's own client_added for our registration: only this test's
            if (event.type().equals(DaemonTypes.CLIENT_ADDED) && event.data().path("path").asText().equals("/o")) {
                throw new IllegalStateException("boom");
            }
        });
        start(throwing);
        String bad = "{\"path\":\"m\",\"type\":\"daemon_client_added\",\"data\":{\"path\":\"/o\",\"pid\":\"1\"}}";
        DispatchError error = sendBadThenGood(bytes(bad));
        assertEquals(DispatchError.Kind.HANDLER_FAILED, error.kind());
        assertEquals("RecordingDispatcher.handler", error.handler().orElseThrow());
        assertEquals("boom", error.cause().orElseThrow().getMessage());
        assertEquals(bad, error.rawMessage().orElseThrow());
    }

    @Test
    void aDispatcherBugDoesNotStopTheOtherDispatchers() throws Exception {
        EventDispatcher buggy = (event, context) -> {
            if (event.type().equals(DaemonTypes.ACK)) {
                throw new NullPointerException("generated code bug");
            }
        };
        start(new RecordingDispatcher(), buggy);
        DispatchError error = sendBadThenGood(bytes("{\"path\":\"m\",\"type\":\"daemon_ack\"}"));
        assertEquals(DispatchError.Kind.DISPATCHER_FAILED, error.kind());
        assertTrue(error.cause().orElseThrow() instanceof NullPointerException);
    }

    @Test
    void anErrorHandlerThatThrowsIsLoggedAndTheLoopGoesOn() throws Exception {
        start(error -> {
            errors.add(error);
            throw new IllegalStateException("the error handler itself fails");
        }, new RecordingDispatcher());
        DispatchError first = sendBadThenGood(bytes("not json"));
        assertEquals(DispatchError.Kind.UNREADABLE_MESSAGE, first.kind());
        DispatchError second = sendBadThenGood(bytes("[]"));
        assertEquals(DispatchError.Kind.UNREADABLE_MESSAGE, second.kind());
        assertFalse(daemon.crashed());
    }
}

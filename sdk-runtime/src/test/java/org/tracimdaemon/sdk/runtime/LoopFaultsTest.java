package org.tracimdaemon.sdk.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.newsclub.net.unix.AFUNIXServerSocket;
import org.newsclub.net.unix.AFUNIXServerSocketChannel;
import org.newsclub.net.unix.AFUNIXSocket;
import org.newsclub.net.unix.AFUNIXSocketAddress;
import org.tracimdaemon.sdk.catalogue.DaemonTypes;
import org.tracimdaemon.sdk.runtime.tlm.TLMEvent;
import org.tracimdaemon.sdk.runtime.wire.AccountInfoData;
import org.tracimdaemon.sdk.runtime.wire.ClientList;
import org.tracimdaemon.sdk.runtime.wire.DaemonEvent;
import org.tracimdaemon.sdk.runtime.wire.RequestResult;
import org.tracimdaemon.sdk.testkit.FakeDaemon;

/**
 * Issue 11, faults 4, 5 and 6, over real sockets: idle same-user connections, daemon messages from
 * a path that is not the daemon's, handlers that throw the JVM's Errors.
 */
@Timeout(value = 90, unit = TimeUnit.SECONDS)
class LoopFaultsTest {
    /** Generous: far beyond what a busy machine needs, far below what waiting on an idle peer costs. */
    private static final Duration WAIT = Duration.ofSeconds(30);

    @TempDir
    Path dir;

    private final BlockingQueue<DispatchError> errors = new LinkedBlockingQueue<>();
    private final List<AutoCloseable> toClose = new ArrayList<>();

    @AfterEach
    void closeAll() throws Exception {
        for (int i = toClose.size() - 1; i >= 0; i--) {
            toClose.get(i).close();
        }
    }

    private <T extends AutoCloseable> T closeLater(T resource) {
        toClose.add(resource);
        return resource;
    }

    private static void send(Path socket, String text) throws IOException {
        try (AFUNIXSocket connection = AFUNIXSocket.connectTo(AFUNIXSocketAddress.of(socket))) {
            OutputStream out = connection.getOutputStream();
            out.write(text.getBytes(StandardCharsets.UTF_8));
        }
    }

    // ---- fault 4 ------------------------------------------------------------------------------

    @Test
    void twoThousandIdleSameUserConnectionsDelayNeitherEventsNorPongs() throws Exception {
        int idleCount = 2_000;
        int events = 100;
        // Each idle peer may stay that long: a reader that waited on them one by one would take
        // 2,000 minutes; even waiting on one of them would outlast WAIT.
        Duration readTimeout = Duration.ofSeconds(60);
        FakeDaemon daemon = closeLater(FakeDaemon.start(dir.resolve("daemon")));
        Path socket = dir.resolve("p.sock");
        RecordingDispatcher dispatcher = new RecordingDispatcher();
        TracimDaemonClient client = TracimDaemonClient.builder().masterSocket(daemon.socketPath()).clientSocket(socket)
                .readTimeout(readTimeout).onError(errors::add).dispatcher(dispatcher).start();
        List<AFUNIXSocket> idle = new ArrayList<>(idleCount);
        try {
            for (int i = 0; i < idleCount; i++) {
                idle.add(AFUNIXSocket.connectTo(AFUNIXSocketAddress.of(socket))); // connect, send nothing
            }
            for (int id = 1; id <= events; id++) {
                assertEquals(1, daemon.sendTlm(RecordingDispatcher.tlm(id)));
            }
            daemon.pingAll();
            daemon.awaitMessage(DaemonTypes.PONG, WAIT);
            for (int id = 1; id <= events; id++) {
                assertEquals(id, RecordingDispatcher.poll(dispatcher.tlms, WAIT).eventId(), "every event, in order");
            }
            assertNull(errors.poll(), "no idle peer was dropped: they are all within their read timeout");
            assertTrue(idle.stream().allMatch(AFUNIXSocket::isConnected));
        } finally {
            // The peers first: a closing client would wait for their read timeout.
            for (AFUNIXSocket connection : idle) {
                connection.close();
            }
            client.close();
        }
    }

    // ---- fault 5 ------------------------------------------------------------------------------

    /**
     * A master socket that answers daemon_client_add with daemon_account_info (so that start()
     * returns) and nothing else, so that a call stays pending as long as the test needs.
     */
    private static final class SilentMaster implements AutoCloseable {
        final Path path;
        final BlockingQueue<String> received = new LinkedBlockingQueue<>();
        /** Everything the plugin sent, in arrival order; {@link #await} does not take from it. */
        final List<String> everything = new CopyOnWriteArrayList<>();
        private final AFUNIXServerSocket server = AFUNIXServerSocket.newInstance();
        private final Path plugin;

        SilentMaster(Path path, Path plugin) throws IOException {
            this.path = path;
            this.plugin = plugin;
            server.bind(AFUNIXSocketAddress.of(path));
            Thread accepting = new Thread(this::serve, "silent-master");
            accepting.setDaemon(true);
            accepting.start();
        }

        String envelope(String type, String data) {
            return "{\"path\":\"" + path + "\",\"type\":\"" + type + "\",\"data\":" + data + "}";
        }

        private void serve() {
            while (!server.isClosed()) {
                try (AFUNIXSocket connection = server.accept(); InputStream in = connection.getInputStream()) {
                    String message = new String(in.readAllBytes(), StandardCharsets.UTF_8);
                    if (message.contains("\"type\":\"" + DaemonTypes.CLIENT_ADD + "\"")) {
                        send(plugin, envelope(DaemonTypes.ACCOUNT_INFO, "{\"user_id\":\"1\"}"));
                    }
                    everything.add(message);
                    received.add(message);
                } catch (IOException e) {
                    return; // closed
                }
            }
        }

        /** The next message of {@code type} the plugin sent. */
        void await(String type) throws InterruptedException {
            while (!RecordingDispatcher.poll(received, WAIT).contains("\"type\":\"" + type + "\"")) {
                // another type: skip it
            }
        }

        @Override
        public void close() throws IOException {
            server.close();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {DaemonTypes.ACCOUNT_INFO, DaemonTypes.CLIENTS, DaemonTypes.REQUEST_RESULT})
    void aReplyFromAnotherPathIsReportedOnceAndCompletesNoCall(String replyType) throws Exception {
        Path socket = dir.resolve("p.sock");
        SilentMaster master = closeLater(new SilentMaster(dir.resolve("master.sock"), socket));
        RecordingDispatcher dispatcher = new RecordingDispatcher();
        TracimDaemonClient client = closeLater(TracimDaemonClient.builder().masterSocket(master.path)
                .clientSocket(socket).callTimeout(Duration.ofSeconds(60)).pingRound(Duration.ofMinutes(10))
                .onError(errors::add).dispatcher(dispatcher).start());
        dispatcher.awaitEvent(DaemonTypes.ACCOUNT_INFO); // the registration's

        String forgedData;
        String genuineData;
        CompletableFuture<?> pending;
        Object expected;
        switch (replyType) {
            case DaemonTypes.ACCOUNT_INFO -> {
                pending = client.accountInfo();
                master.await(DaemonTypes.GET_ACCOUNT_INFO);
                forgedData = "{\"user_id\":\"666\"}";
                genuineData = "{\"user_id\":\"1\"}";
                expected = new AccountInfoData(1);
            }
            case DaemonTypes.CLIENTS -> {
                pending = client.clients().thenApply(ClientList::clients);
                master.await(DaemonTypes.GET_CLIENTS);
                forgedData = "[{\"path\":\"/forged.sock\",\"pid\":\"666\"}]";
                genuineData = "[{\"path\":\"" + socket + "\",\"pid\":\"1\"}]";
                expected = List.of(new org.tracimdaemon.sdk.runtime.wire.ClientData(socket.toString(), "1"));
            }
            default -> {
                pending = client.request("GET", "/users/1", new byte[0]).thenApply(RequestResult::bodyText);
                master.await(DaemonTypes.DO_REQUEST);
                forgedData = requestResult("forged");
                genuineData = requestResult("genuine");
                expected = "genuine";
            }
        }
        Path elsewhere = dir.resolve("not-the-master.sock");
        String forged = "{\"path\":\"" + elsewhere + "\",\"type\":\"" + replyType + "\",\"data\":" + forgedData + "}";
        send(socket, forged);
        DispatchError error = RecordingDispatcher.poll(errors, WAIT);
        assertEquals(DispatchError.Kind.NOT_FROM_DAEMON, error.kind(), error.toString());
        assertEquals(forged, error.rawMessage().orElseThrow());
        assertTrue(error.description().contains(elsewhere.toString()), error.description());

        // The genuine reply, after it: the call gets its data, not the forged one's.
        send(socket, master.envelope(replyType, genuineData));
        assertEquals(expected, pending.get(WAIT.toSeconds(), TimeUnit.SECONDS));
        DaemonEvent dispatched = dispatcher.awaitEvent(replyType);
        assertEquals(master.path.toString(), dispatched.path(), "the forged one never reached the handlers");
        assertNull(errors.poll(), "reported once");
    }

    @Test
    void aPingFromAnotherPathIsReportedOnceAndNotAnswered() throws Exception {
        Path socket = dir.resolve("p.sock");
        SilentMaster master = closeLater(new SilentMaster(dir.resolve("master.sock"), socket));
        RecordingDispatcher dispatcher = new RecordingDispatcher();
        TracimDaemonClient client = closeLater(TracimDaemonClient.builder().masterSocket(master.path)
                .clientSocket(socket).pingRound(Duration.ofMinutes(10)).onError(errors::add).dispatcher(dispatcher)
                .start());
        dispatcher.awaitEvent(DaemonTypes.ACCOUNT_INFO);
        Path elsewhere = dir.resolve("not-the-master.sock");
        // The forger listens too: a pong to it would tell it the plugin's there and believes it.
        AFUNIXServerSocketChannel forger = closeLater(AFUNIXServerSocketChannel.open());
        forger.bind(AFUNIXSocketAddress.of(elsewhere));
        forger.configureBlocking(false);
        String forged = "{\"path\":\"" + elsewhere + "\",\"type\":\"" + DaemonTypes.PING + "\"}";
        send(socket, forged);
        DispatchError error = RecordingDispatcher.poll(errors, WAIT);
        assertEquals(DispatchError.Kind.NOT_FROM_DAEMON, error.kind(), error.toString());
        assertEquals(forged, error.rawMessage().orElseThrow());

        send(socket, master.envelope(DaemonTypes.PING, "null"));
        master.await(DaemonTypes.PONG); // the genuine ping's
        // A round trip after it: whatever the plugin sent before has arrived by then.
        client.clients();
        master.await(DaemonTypes.GET_CLIENTS);
        // Pongs go out one after another: one to the forger would have connected before the genuine one.
        assertNull(forger.accept(), "no pong to the forger");
        assertEquals(1, master.everything.stream().filter(message -> message.contains(DaemonTypes.PONG)).count(),
                "one pong, for the daemon's ping only: " + master.everything);
        assertNull(errors.poll(), "reported once");
    }

    private static String requestResult(String body) {
        return "{\"Request\":{\"Method\":\"\",\"Endpoint\":\"\",\"Body\":null},\"StatusCode\":200,"
                + "\"Status\":\"200 OK\",\"data\":\""
                + Base64.getEncoder().encodeToString(body.getBytes(StandardCharsets.UTF_8)) + "\"}";
    }

    // ---- fault 6 ------------------------------------------------------------------------------

    private static int recurse(int depth) {
        return recurse(depth + 1) + 1;
    }

    @Test
    void handlersThatThrowStackOverflowAndOutOfMemoryAreReportedAndEverythingElseStillRuns() throws Exception {
        FakeDaemon daemon = closeLater(FakeDaemon.start(dir.resolve("daemon")));
        List<String> ran = new CopyOnWriteArrayList<>();
        // As the generated dispatchers do: each handler in its own try, every Throwable reported.
        EventDispatcher generatedStyle = (event, context) -> {
            if (!event.type().equals(DaemonTypes.TRACIM_EVENT)) {
                return;
            }
            long id = TLMEvent.decode(event).eventId();
            try {
                throw new StackOverflowError("thrown by the handler of " + id);
            } catch (Throwable e) {
                context.handlerFailed("Handlers.overflowing", e);
            }
            try {
                throw new OutOfMemoryError("thrown by the handler of " + id);
            } catch (Throwable e) {
                context.handlerFailed("Handlers.outOfMemory", e);
            }
            try {
                recurse(0); // and one the JVM throws
            } catch (Throwable e) {
                context.handlerFailed("Handlers.recursing", e);
            }
            ran.add("last " + id);
        };
        // A dispatcher that lets an Error out of dispatch() itself.
        EventDispatcher throwing = (event, context) -> {
            if (event.type().equals(DaemonTypes.TRACIM_EVENT)) {
                throw new OutOfMemoryError("thrown by a dispatcher");
            }
        };
        RecordingDispatcher after = new RecordingDispatcher();
        closeLater(TracimDaemonClient.builder().masterSocket(daemon.socketPath()).clientSocket(dir.resolve("p.sock"))
                .onError(errors::add).dispatcher(generatedStyle).dispatcher(throwing).dispatcher(after).start());
        for (int id = 1; id <= 3; id++) {
            assertEquals(1, daemon.sendTlm(RecordingDispatcher.tlm(id)));
        }
        for (int id = 1; id <= 3; id++) {
            assertEquals(id, RecordingDispatcher.poll(after.tlms, WAIT).eventId(), "the next dispatcher ran");
            DispatchError overflow = RecordingDispatcher.poll(errors, WAIT);
            assertEquals(DispatchError.Kind.HANDLER_FAILED, overflow.kind());
            assertEquals("Handlers.overflowing", overflow.handler().orElseThrow());
            assertInstanceOf(StackOverflowError.class, overflow.cause().orElseThrow());
            assertTrue(overflow.rawMessage().orElseThrow().contains("\\\"event_id\\\": " + id), overflow.toString());
            DispatchError memory = RecordingDispatcher.poll(errors, WAIT);
            assertEquals(DispatchError.Kind.HANDLER_FAILED, memory.kind());
            assertEquals("Handlers.outOfMemory", memory.handler().orElseThrow());
            assertInstanceOf(OutOfMemoryError.class, memory.cause().orElseThrow());
            DispatchError deep = RecordingDispatcher.poll(errors, WAIT);
            assertEquals("Handlers.recursing", deep.handler().orElseThrow());
            assertInstanceOf(StackOverflowError.class, deep.cause().orElseThrow());
            DispatchError dispatcher = RecordingDispatcher.poll(errors, WAIT);
            assertEquals(DispatchError.Kind.DISPATCHER_FAILED, dispatcher.kind());
            assertInstanceOf(OutOfMemoryError.class, dispatcher.cause().orElseThrow());
        }
        assertEquals(List.of("last 1", "last 2", "last 3"), ran, "the handler after the throwing ones ran");
        daemon.pingAll();
        daemon.awaitMessage(DaemonTypes.PONG, WAIT);
        assertNull(errors.poll());
        assertFalse(daemon.crashed());
    }

    /** A throwable whose toString() throws: what a report says of it must not fail. */
    private static final class Unprintable extends RuntimeException {
        private static final long serialVersionUID = 1L;

        @Override
        public String toString() {
            throw new IllegalStateException("toString() fails on purpose");
        }
    }

    @Test
    void aThrowableWhoseToStringThrowsIsStillReportedAndTheNextHandlersRun() throws Exception {
        FakeDaemon daemon = closeLater(FakeDaemon.start(dir.resolve("daemon")));
        List<String> ran = new CopyOnWriteArrayList<>();
        EventDispatcher generatedStyle = (event, context) -> {
            if (!event.type().equals(DaemonTypes.TRACIM_EVENT)) {
                return;
            }
            try {
                throw new Unprintable();
            } catch (Throwable e) {
                context.handlerFailed("Handlers.unprintable", e);
            }
            ran.add("next handler");
        };
        EventDispatcher throwing = (event, context) -> {
            if (event.type().equals(DaemonTypes.TRACIM_EVENT)) {
                throw new Unprintable();
            }
        };
        RecordingDispatcher after = new RecordingDispatcher();
        closeLater(TracimDaemonClient.builder().masterSocket(daemon.socketPath()).clientSocket(dir.resolve("p.sock"))
                .onError(errors::add).dispatcher(generatedStyle).dispatcher(throwing).dispatcher(after).start());
        assertEquals(1, daemon.sendTlm(RecordingDispatcher.tlm(1)));
        assertEquals(1, RecordingDispatcher.poll(after.tlms, WAIT).eventId(), "the next dispatcher ran");
        DispatchError handler = RecordingDispatcher.poll(errors, WAIT);
        assertEquals(DispatchError.Kind.HANDLER_FAILED, handler.kind());
        assertEquals("handler Handlers.unprintable threw: " + Unprintable.class.getName()
                + " (whose toString() threw java.lang.IllegalStateException)", handler.description());
        DispatchError dispatcher = RecordingDispatcher.poll(errors, WAIT);
        assertEquals(DispatchError.Kind.DISPATCHER_FAILED, dispatcher.kind());
        assertTrue(dispatcher.description().endsWith("threw while dispatching daemon_tracim_event: "
                + Unprintable.class.getName() + " (whose toString() threw java.lang.IllegalStateException)"),
                dispatcher.description());
        assertEquals(List.of("next handler"), ran);
        assertEquals(1, daemon.sendTlm(RecordingDispatcher.tlm(2)));
        assertEquals(2, RecordingDispatcher.poll(after.tlms, WAIT).eventId(), "and the loop goes on");
    }
}

package org.tracimdaemon.sdk.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.tracimdaemon.sdk.catalogue.DaemonTypes;
import org.tracimdaemon.sdk.runtime.wire.ClientList;
import org.tracimdaemon.sdk.runtime.wire.MessageTooLargeException;
import org.tracimdaemon.sdk.runtime.wire.RequestResult;
import org.tracimdaemon.sdk.testkit.FakeDaemon;
import org.tracimdaemon.sdk.testkit.ReceivedMessage;

@Timeout(value = 30, unit = TimeUnit.SECONDS)
class DaemonCallsTest {
    @TempDir
    Path dir;

    private FakeDaemon daemon;
    private TracimDaemonClient client;
    private final RecordingDispatcher dispatcher = new RecordingDispatcher();

    @BeforeEach
    void start() throws Exception {
        daemon = FakeDaemon.start(dir.resolve("daemon"));
        client = TracimDaemonClient.builder().masterSocket(daemon.socketPath()).clientSocket(dir.resolve("p.sock"))
                .callTimeout(Duration.ofMillis(1500)).dispatcher(dispatcher).start();
        daemon.awaitMessage(DaemonTypes.CLIENT_ADD, Duration.ofSeconds(5));
    }

    @AfterEach
    void stop() {
        client.close();
        assertFalse(daemon.crashed(), "the SDK sent something the real daemon would die of");
        daemon.close();
    }

    @Test
    void anOutgoingRequestOver4096BytesIsRefusedNamingItsSize() throws Exception {
        ExecutionException failure = assertThrows(ExecutionException.class,
                () -> client.request("PUT", "/users/1/config", new byte[5000]).get(5, TimeUnit.SECONDS));
        MessageTooLargeException tooLarge = assertInstanceOf(MessageTooLargeException.class, failure.getCause());
        assertTrue(tooLarge.getMessage().contains(tooLarge.size() + " bytes"), tooLarge.getMessage());
        assertTrue(tooLarge.size() > 4096);
        assertEquals(null, daemon.received().poll(200, TimeUnit.MILLISECONDS), "nothing was sent");
    }

    @Test
    void aRequestCarriesItsDataObjectAndCompletesWithTheScriptedResult() throws Exception {
        daemon.answerRequests(Optional.of("{\"ok\":true}".getBytes(StandardCharsets.UTF_8)));
        RequestResult result = client.request("GET", "/users/1", new byte[0]).get(5, TimeUnit.SECONDS);
        assertEquals("{\"ok\":true}", result.bodyText());
        assertEquals(200, result.statusCode());
        ReceivedMessage sent = daemon.awaitMessage(DaemonTypes.DO_REQUEST, Duration.ofSeconds(5));
        assertEquals("GET", sent.dataText("Method"));
        assertEquals("/users/1", sent.dataText("Endpoint"));
    }

    @Test
    void aRequestTheDaemonNeverAnswersTimesOutSayingWhy() {
        ExecutionException failure = assertThrows(ExecutionException.class,
                () -> client.request("GET", "/users/1", new byte[0]).get(10, TimeUnit.SECONDS));
        TimeoutException timeout = assertInstanceOf(TimeoutException.class, failure.getCause());
        assertTrue(timeout.getMessage().contains("daemon_request_result"), timeout.getMessage());
        assertTrue(timeout.getMessage().contains("200"), timeout.getMessage());
        assertTrue(timeout.getMessage().contains("sends nothing"), timeout.getMessage());
    }

    @Test
    void concurrentCallsOfEveryTypeAllCompleteWithTheirOwnReplyType() throws Exception {
        daemon.answerRequests(Optional.of(new byte[] {'x'}));
        List<CompletableFuture<?>> calls = new ArrayList<>();
        List<CompletableFuture<ClientList>> clientCalls = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            calls.add(client.accountInfo().thenAccept(info -> assertEquals(1, info.userId())));
            CompletableFuture<ClientList> clients = client.clients();
            clientCalls.add(clients);
            calls.add(clients);
            calls.add(client.ping().thenAccept(rtt -> assertFalse(rtt.isNegative())));
            calls.add(client.request("GET", "/", new byte[0]).thenAccept(r -> assertEquals("x", r.bodyText())));
        }
        CompletableFuture.allOf(calls.toArray(CompletableFuture[]::new)).get(10, TimeUnit.SECONDS);
        for (CompletableFuture<ClientList> clients : clientCalls) {
            assertEquals(client.socketPath().toString(), clients.get().clients().get(0).path());
        }
    }

    @Test
    void aTimedOutCallDoesNotSwallowTheReplyOfTheNextOne() throws Exception {
        CompletableFuture<RequestResult> unanswered = client.request("GET", "/", new byte[0]);
        ExecutionException failure = assertThrows(ExecutionException.class, () -> unanswered.get(10, TimeUnit.SECONDS));
        assertInstanceOf(TimeoutException.class, failure.getCause());
        daemon.answerRequests(Optional.of(new byte[] {'y'}));
        assertEquals("y", client.request("GET", "/", new byte[0]).get(5, TimeUnit.SECONDS).bodyText());
    }

    @Test
    void repliesThatCompleteCallsAlsoReachTheDispatchers() throws Exception {
        client.clients().get(5, TimeUnit.SECONDS);
        assertEquals(DaemonTypes.CLIENTS, dispatcher.awaitEvent(DaemonTypes.CLIENTS).type());
        client.ping().get(5, TimeUnit.SECONDS);
        assertEquals(DaemonTypes.PONG, dispatcher.awaitEvent(DaemonTypes.PONG).type());
    }

    @Test
    void callsCanBeMadeAndAwaitedFromInsideAHandler() throws Exception {
        client.close();
        java.util.concurrent.BlockingQueue<Object> results = new java.util.concurrent.LinkedBlockingQueue<>();
        RecordingDispatcher blocking = new RecordingDispatcher((event, context) -> {
            if (event.type().equals(DaemonTypes.TRACIM_EVENT)) {
                try {
                    results.add(context.daemon().accountInfo().get(5, TimeUnit.SECONDS));
                } catch (Exception e) {
                    results.add(e);
                }
            }
        });
        client = TracimDaemonClient.builder().masterSocket(daemon.socketPath()).clientSocket(dir.resolve("q.sock"))
                .dispatcher(blocking).start();
        daemon.sendTlm(RecordingDispatcher.tlm(1));
        Object result = RecordingDispatcher.poll(results, Duration.ofSeconds(10));
        assertEquals(new org.tracimdaemon.sdk.runtime.wire.AccountInfoData(1), result);
    }
}

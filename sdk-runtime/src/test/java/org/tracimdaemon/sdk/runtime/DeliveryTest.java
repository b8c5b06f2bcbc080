package org.tracimdaemon.sdk.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.tracimdaemon.sdk.catalogue.DaemonTypes;
import org.tracimdaemon.sdk.runtime.tlm.TLMEvent;
import org.tracimdaemon.sdk.testkit.FakeDaemon;
import org.tracimdaemon.sdk.testkit.ReceivedMessage;

@Timeout(value = 120, unit = TimeUnit.SECONDS)
class DeliveryTest {
    private static final Duration WAIT = Duration.ofSeconds(10);

    @TempDir
    Path dir;

    private FakeDaemon daemon;
    private Path clientSocket;

    @BeforeEach
    void startDaemon() {
        daemon = FakeDaemon.start(dir.resolve("daemon"));
        clientSocket = dir.resolve("plugin.sock");
    }

    @AfterEach
    void stopDaemon() {
        daemon.close();
    }

    private TracimDaemonClient start(EventDispatcher dispatcher) throws Exception {
        return TracimDaemonClient.builder().masterSocket(daemon.socketPath()).clientSocket(clientSocket)
                .dispatcher(dispatcher).start();
    }

    @Test
    void aPingIsAnsweredWhileAHandlerIsBlocked() throws Exception {
        CountDownLatch handlerEntered = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        RecordingDispatcher dispatcher = new RecordingDispatcher((event, context) -> {
            if (event.type().equals(DaemonTypes.TRACIM_EVENT)) {
                handlerEntered.countDown();
                awaitUninterruptibly(release);
            }
        });
        try (TracimDaemonClient client = start(dispatcher)) {
            daemon.sendTlm(RecordingDispatcher.tlm(1));
            assertTrue(handlerEntered.await(10, TimeUnit.SECONDS));
            daemon.pingAll();
            ReceivedMessage pong = daemon.awaitMessage(DaemonTypes.PONG, WAIT);
            assertEquals("{\"path\":\"" + clientSocket + "\",\"type\":\"daemon_pong\"}", pong.raw());
            release.countDown();
            assertEquals(DaemonTypes.PING, dispatcher.awaitEvent(DaemonTypes.PING).type(), "handlers see pings too");
            daemon.pingAll();
            daemon.awaitMessage(DaemonTypes.PONG, WAIT);
            assertEquals(List.of(clientSocket.toString()), daemon.registeredClients(), "still alive after two rounds");
            assertEquals(client.socketPath(), clientSocket);
        }
    }

    @Test
    void a200KilobyteTlmIsDeliveredWhole() throws Exception {
        RecordingDispatcher dispatcher = new RecordingDispatcher();
        try (TracimDaemonClient client = start(dispatcher)) {
            String text = "x".repeat(200 * 1024);
            String tlm = "{\"event_id\": 7, \"event_type\": \"content.modified.html-document\", \"read\": null, "
                    + "\"created\": \"2025-05-20T10:02:15Z\", \"fields\": {\"raw_content\": \"" + text + "\"}}";
            assertEquals(1, daemon.sendTlm(tlm));
            TLMEvent received = RecordingDispatcher.poll(dispatcher.tlms, WAIT);
            assertEquals(tlm, received.json());
            assertEquals(7, received.eventId());
            assertTrue(client.socketPath().toString().endsWith("plugin.sock"));
        }
    }

    /** Speed-dependent: on a busy machine the backlog (4,096) can fill before the loop runs. */
    @Test
    @Tag("long")
    void aBurstOf20000EventsAtFullSpeedLosesNone() throws Exception {
        int count = 20_000;
        CountDownLatch all = new CountDownLatch(count);
        AtomicInteger outOfOrder = new AtomicInteger();
        AtomicInteger expectedId = new AtomicInteger(1);
        EventDispatcher counting = (event, context) -> {
            if (event.type().equals(DaemonTypes.TRACIM_EVENT)) {
                if (TLMEvent.decode(event).eventId() != expectedId.getAndIncrement()) {
                    outOfOrder.incrementAndGet();
                }
                all.countDown();
            }
        };
        List<byte[]> messages = new ArrayList<>(count);
        for (int id = 1; id <= count; id++) {
            messages.add(("{\"path\":\"" + daemon.socketPath() + "\",\"type\":\"daemon_tracim_event\",\"data\":\""
                    + RecordingDispatcher.tlm(id).replace("\"", "\\\"") + "\"}").getBytes(StandardCharsets.UTF_8));
        }
        try (TracimDaemonClient client = start(counting)) {
            long started = System.nanoTime();
            int delivered = 0;
            for (byte[] message : messages) {
                delivered += daemon.broadcastRaw(message); // non-blocking connects, like the daemon
            }
            long sent = System.nanoTime();
            boolean allHandled = all.await(30, TimeUnit.SECONDS);
            long handled = System.nanoTime();
            System.out.printf("burst: sent %d, failed connects %d, delivered %d, dispatched %d; sending took %d ms"
                            + " (%.0f msg/s), all handled after %d ms%n", count, daemon.failedDeliveries(), delivered,
                    count - all.getCount(), (sent - started) / 1_000_000, count * 1e9 / (sent - started),
                    (handled - started) / 1_000_000);
            assertEquals(0, daemon.failedDeliveries());
            assertEquals(count, delivered);
            assertTrue(allHandled, "dispatched " + (count - all.getCount()) + " of " + count);
            assertEquals(0, outOfOrder.get(), "events arrive in order");
            assertEquals(clientSocket, client.socketPath());
        }
    }

    @Test
    void closeDuringABurstLosesNothingThatWasAccepted() throws Exception {
        int beforeClose = 500;
        CountDownLatch firstHandled = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        List<Long> ids = new java.util.concurrent.CopyOnWriteArrayList<>();
        EventDispatcher slow = (event, context) -> {
            if (event.type().equals(DaemonTypes.TRACIM_EVENT)) {
                ids.add(TLMEvent.decode(event).eventId());
                firstHandled.countDown();
                awaitUninterruptibly(release);
            }
        };
        TracimDaemonClient client = start(slow);
        for (int id = 1; id <= beforeClose; id++) {
            daemon.sendTlm(RecordingDispatcher.tlm(id));
        }
        assertTrue(firstHandled.await(10, TimeUnit.SECONDS));
        // The pong proves the ping, sent after every event, was read: all of them were accepted.
        daemon.pingAll();
        daemon.awaitMessage(DaemonTypes.PONG, WAIT);
        Thread burst = new Thread(() -> {
            for (int id = beforeClose + 1; id <= beforeClose + 20_000; id++) {
                daemon.sendTlm(RecordingDispatcher.tlm(id));
            }
        });
        burst.start();
        Thread closer = new Thread(client::close);
        closer.start();
        release.countDown();
        assertTrue(client.awaitClose(Duration.ofSeconds(30)));
        burst.join();
        assertTrue(ids.size() >= beforeClose, "only " + ids.size() + " of the " + beforeClose + " accepted events");
        for (int i = 0; i < ids.size(); i++) {
            assertEquals(i + 1, ids.get(i), "events are handled in order, without a gap");
        }
        assertFalse(daemon.crashed());
    }

    @Test
    void closeFromAHandlerStillDeliversWhatWasAcceptedAndRefusesLaterCalls() throws Exception {
        java.util.concurrent.atomic.AtomicReference<TracimDaemonClient> self = new java.util.concurrent.atomic.AtomicReference<>();
        CountDownLatch othersAccepted = new CountDownLatch(1);
        List<Long> ids = new java.util.concurrent.CopyOnWriteArrayList<>();
        java.util.concurrent.BlockingQueue<Throwable> lateCall = new java.util.concurrent.LinkedBlockingQueue<>();
        EventDispatcher closing = (event, context) -> {
            if (!event.type().equals(DaemonTypes.TRACIM_EVENT)) {
                return;
            }
            long id = TLMEvent.decode(event).eventId();
            ids.add(id);
            if (id == 1) {
                awaitUninterruptibly(othersAccepted);
                self.get().close();
                assertFalse(Thread.currentThread().isInterrupted());
            } else if (id == 3) {
                context.daemon().ping().whenComplete((rtt, failure) -> lateCall.add(failure));
            }
        };
        self.set(start(closing));
        for (int id = 1; id <= 3; id++) {
            daemon.sendTlm(RecordingDispatcher.tlm(id));
        }
        daemon.pingAll();
        daemon.awaitMessage(DaemonTypes.PONG, WAIT); // events 2 and 3 were read before this ping
        othersAccepted.countDown();
        assertTrue(self.get().awaitClose(WAIT));
        assertTrue(RecordingDispatcher.poll(lateCall, WAIT) instanceof IllegalStateException);
        assertEquals(List.of(1L, 2L, 3L), ids);
    }

    static void awaitUninterruptibly(CountDownLatch latch) {
        try {
            if (!latch.await(30, TimeUnit.SECONDS)) {
                throw new AssertionError("never released");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}

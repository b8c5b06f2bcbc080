package org.tracimdaemon.sdk.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.tracimdaemon.sdk.catalogue.DaemonTypes;
import org.tracimdaemon.sdk.runtime.tlm.TLMEvent;
import org.tracimdaemon.sdk.testkit.FakeDaemon;

/** The queue between the socket's event loop and the handlers holds at most maxQueuedBytes. */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class DispatchQueueBoundTest {
    private static final long BOUND = 256 * 1024;
    private static final int EVENTS = 2_000; // ~510 counted bytes each: ~515 fit, the rest wait unread

    @TempDir
    Path dir;

    private FakeDaemon daemon;
    private final Logger sdkLog = Logger.getLogger("org.tracimdaemon.sdk");
    private final AtomicInteger fullWarnings = new AtomicInteger();
    private final CountDownLatch firstFullWarning = new CountDownLatch(1);
    private final Handler warnings = new Handler() {
        @Override
        public void publish(LogRecord record) {
            if (record.getLevel() == Level.WARNING && record.getMessage().startsWith("handlers are behind")) {
                fullWarnings.incrementAndGet();
                firstFullWarning.countDown();
            }
        }

        @Override
        public void flush() {}

        @Override
        public void close() {}
    };

    @BeforeEach
    void start() {
        daemon = FakeDaemon.start(dir.resolve("daemon"));
        sdkLog.addHandler(warnings);
    }

    @AfterEach
    void stop() {
        sdkLog.removeHandler(warnings);
        daemon.close();
    }

    private TracimDaemonClient client(EventDispatcher dispatcher) throws Exception {
        return TracimDaemonClient.builder().masterSocket(daemon.socketPath()).clientSocket(dir.resolve("p.sock"))
                .maxQueuedBytes(BOUND).dispatcher(dispatcher).start();
    }

    @Test
    void aStalledHandlerHoldsTheLoopAtTheBoundWithOneWarningAndNothingIsLost() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        CountDownLatch allHandled = new CountDownLatch(EVENTS);
        List<Long> ids = new CopyOnWriteArrayList<>();
        EventDispatcher stalled = (event, context) -> {
            if (event.type().equals(DaemonTypes.TRACIM_EVENT)) {
                ids.add(TLMEvent.decode(event).eventId());
                allHandled.countDown();
                DeliveryTest.awaitUninterruptibly(release);
            }
        };
        try (TracimDaemonClient client = client(stalled)) {
            int delivered = 0;
            for (int id = 1; id <= EVENTS; id++) {
                delivered += daemon.sendTlm(RecordingDispatcher.tlm(id));
            }
            assertEquals(EVENTS, delivered, "the loop takes every connection: below 4,096 waiting, none is dropped");
            assertTrue(firstFullWarning.await(10, TimeUnit.SECONDS), "the loop reached the bound");
            long most = client.mostQueuedBytes();
            assertTrue(most <= BOUND, "queued " + most + " counted bytes, bound " + BOUND);
            assertTrue(most > BOUND / 2, "the queue did fill: " + most);
            daemon.pingAll(); // the control path: answered while the handler is stalled and events wait
            daemon.awaitMessage(DaemonTypes.PONG, Duration.ofSeconds(20));
            release.countDown();
            assertTrue(allHandled.await(30, TimeUnit.SECONDS), "handled " + ids.size() + " of " + EVENTS);
            assertEquals(EVENTS, ids.size());
            for (int i = 0; i < EVENTS; i++) {
                assertEquals(i + 1, ids.get(i), "in order, exactly once");
            }
            assertEquals(1, fullWarnings.get(), "one warning for one stall");
            assertEquals(0, daemon.failedDeliveries());
        }
    }

    @Test
    void closeFromAHandlerWhileTheLoopWaitsForRoomDoesNotDeadlock() throws Exception {
        AtomicReference<TracimDaemonClient> self = new AtomicReference<>();
        List<Long> ids = new CopyOnWriteArrayList<>();
        EventDispatcher closing = (event, context) -> {
            if (event.type().equals(DaemonTypes.TRACIM_EVENT)) {
                long id = TLMEvent.decode(event).eventId();
                ids.add(id);
                if (id == 1) {
                    DeliveryTest.awaitUninterruptibly(firstFullWarning);
                    self.get().close();
                }
            }
        };
        self.set(client(closing));
        for (int id = 1; id <= EVENTS; id++) {
            daemon.sendTlm(RecordingDispatcher.tlm(id));
        }
        assertTrue(self.get().awaitClose(Duration.ofSeconds(30)));
        assertTrue(ids.size() > 1, "what was queued still ran");
        for (int i = 0; i < ids.size(); i++) {
            assertEquals(i + 1, ids.get(i), "in order, without a gap");
        }
    }
}

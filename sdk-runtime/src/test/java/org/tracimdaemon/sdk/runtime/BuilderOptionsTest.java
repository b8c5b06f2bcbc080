package org.tracimdaemon.sdk.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.tracimdaemon.sdk.catalogue.DaemonTypes;
import org.tracimdaemon.sdk.testkit.FakeDaemon;

/** The builder's {@code executor(...)} and {@code drainTimeout(...)}, over real sockets. */
@Timeout(value = 30, unit = TimeUnit.SECONDS)
class BuilderOptionsTest {
    @TempDir
    Path dir;

    private FakeDaemon daemon;

    @BeforeEach
    void startDaemon() {
        daemon = FakeDaemon.start(dir.resolve("daemon"));
    }

    @AfterEach
    void stopDaemon() {
        daemon.close();
    }

    private TracimDaemonClient.Builder client(RecordingDispatcher dispatcher) {
        return TracimDaemonClient.builder().masterSocket(daemon.socketPath()).clientSocket(dir.resolve("plugin.sock"))
                .callTimeout(Duration.ofSeconds(5)).dispatcher(dispatcher);
    }

    @Test
    void handlersRunOnTheGivenExecutorWhichTheClientDoesNotShutDown() throws Exception {
        ExecutorService executor = Executors.newSingleThreadExecutor(task -> new Thread(task, "users-own-handlers"));
        List<String> threads = new CopyOnWriteArrayList<>();
        RecordingDispatcher dispatcher = new RecordingDispatcher((event, context) -> {
            if (event.type().equals(DaemonTypes.TRACIM_EVENT)) {
                threads.add(Thread.currentThread().getName());
            }
        });
        try {
            try (TracimDaemonClient client = client(dispatcher).executor(executor).start()) {
                assertEquals(1, daemon.sendTlm(RecordingDispatcher.tlm(1)));
                assertEquals(1, daemon.sendTlm(RecordingDispatcher.tlm(2)));
                assertEquals(1, RecordingDispatcher.poll(dispatcher.tlms, Duration.ofSeconds(10)).eventId());
                assertEquals(2, RecordingDispatcher.poll(dispatcher.tlms, Duration.ofSeconds(10)).eventId());
                assertTrue(client.awaitCloseOrDrain(Duration.ofSeconds(10)));
            }
            assertEquals(List.of("users-own-handlers", "users-own-handlers"), threads);
            assertFalse(executor.isShutdown(), "an executor given to the builder is the user's to shut down");
            assertTrue(executor.submit(() -> true).get(5, TimeUnit.SECONDS), "and it still runs tasks");
        } finally {
            executor.shutdownNow();
        }
    }

    @Test
    void closeWaitsForAcceptedMessagesAtMostTheDrainTimeoutThenSaysSoAndInterruptsTheHandler() throws Exception {
        CountDownLatch handling = new CountDownLatch(1);
        AtomicBoolean interrupted = new AtomicBoolean();
        CountDownLatch handlerEnded = new CountDownLatch(1);
        RecordingDispatcher dispatcher = new RecordingDispatcher((event, context) -> {
            if (!event.type().equals(DaemonTypes.TRACIM_EVENT)) {
                return;
            }
            handling.countDown();
            try {
                new CountDownLatch(1).await(); // a handler that never finishes by itself
            } catch (InterruptedException e) {
                interrupted.set(true);
            } finally {
                handlerEnded.countDown();
            }
        });
        LogCapture log = new LogCapture("org.tracimdaemon.sdk");
        try {
            TracimDaemonClient client = client(dispatcher).drainTimeout(Duration.ofMillis(300)).start();
            assertEquals(1, daemon.sendTlm(RecordingDispatcher.tlm(1)));
            assertEquals(1, daemon.sendTlm(RecordingDispatcher.tlm(2))); // accepted, queued behind the first
            assertTrue(handling.await(10, TimeUnit.SECONDS));
            long closing = System.nanoTime();
            client.close();
            long closedMs = (System.nanoTime() - closing) / 1_000_000;
            assertTrue(closedMs >= 300, "close() gave the handlers their drain timeout: " + closedMs + " ms");
            assertTrue(handlerEnded.await(10, TimeUnit.SECONDS), "the stuck handler's thread is stopped");
            assertTrue(interrupted.get(), "by an interrupt");
            assertEquals(1, log.at(Level.WARNING, "closing: handlers did not finish the accepted messages within"
                    + " 300 ms; the rest are dropped").size(), log.dump());
            assertTrue(client.awaitClose(Duration.ofSeconds(5)));
        } finally {
            log.close();
        }
    }
}

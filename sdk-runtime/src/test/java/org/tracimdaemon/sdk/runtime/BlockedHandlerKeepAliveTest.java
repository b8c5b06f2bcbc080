package org.tracimdaemon.sdk.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.BitSet;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.tracimdaemon.sdk.catalogue.DaemonTypes;
import org.tracimdaemon.sdk.runtime.tlm.TLMEvent;
import org.tracimdaemon.sdk.testkit.FakeDaemon;

/**
 * Issue 11, fault 10: a handler blocks for 60 s while 1,000 events a second arrive, and the
 * daemon pings once a second: every ping is answered (the daemon would drop a plugin that missed
 * one round), and afterwards every event is handled, once, in order. A minute long and
 * speed-dependent (the sender must keep its rate): run with {@code mvn -B verify -Plong}.
 */
@Tag("long")
@Timeout(value = 300, unit = TimeUnit.SECONDS)
class BlockedHandlerKeepAliveTest {
    private static final int ROUNDS = 60;
    private static final int EVENTS_PER_TICK = 10;
    private static final long TICK_MILLIS = 10; // 1,000 events/s

    @TempDir
    Path dir;

    @Test
    void everyPingIsAnsweredWhileAHandlerBlocksForAMinuteUnderAThousandEventsASecond() throws Exception {
        CountDownLatch blocking = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        List<Long> handled = new CopyOnWriteArrayList<>();
        EventDispatcher blocked = (event, context) -> {
            if (event.type().equals(DaemonTypes.TRACIM_EVENT)) {
                long id = TLMEvent.decode(event).eventId();
                handled.add(id);
                if (id == 1) {
                    blocking.countDown();
                    try {
                        release.await(4, TimeUnit.MINUTES); // the handler's minute-long work
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                }
            }
        };
        BlockingQueue<DispatchError> errors = new LinkedBlockingQueue<>();
        ScheduledExecutorService sender = Executors.newSingleThreadScheduledExecutor();
        try (FakeDaemon daemon = FakeDaemon.start(dir.resolve("daemon"));
                TracimDaemonClient client = TracimDaemonClient.builder().masterSocket(daemon.socketPath())
                        .clientSocket(dir.resolve("p.sock")).onError(errors::add).dispatcher(blocked).start()) {
            BitSet delivered = new BitSet();
            long[] nextId = {2};
            assertEquals(1, daemon.sendTlm(RecordingDispatcher.tlm(1)));
            delivered.set(1);
            assertTrue(blocking.await(30, TimeUnit.SECONDS));
            daemon.received().clear();
            sender.scheduleAtFixedRate(() -> {
                for (int i = 0; i < EVENTS_PER_TICK; i++) {
                    long id = nextId[0]++;
                    if (daemon.sendTlm(RecordingDispatcher.tlm(id)) == 1) {
                        delivered.set((int) id);
                    }
                }
            }, 0, TICK_MILLIS, TimeUnit.MILLISECONDS);

            long longestPongNanos = 0;
            long roundStart = System.nanoTime();
            for (int round = 1; round <= ROUNDS; round++) {
                long pinged = System.nanoTime();
                daemon.pingAll(); // drops the plugin if it did not answer the previous round's ping
                daemon.awaitMessage(DaemonTypes.PONG, Duration.ofSeconds(10));
                longestPongNanos = Math.max(longestPongNanos, System.nanoTime() - pinged);
                assertEquals(List.of(client.socketPath().toString()), daemon.registeredClients(),
                        "round " + round + ": still registered");
                assertEquals(1, handled.size(), "the handler still blocks");
                roundStart += 1_000_000_000L; // pacing: one round a second
                LockSupport.parkNanos(roundStart - System.nanoTime());
            }
            sender.shutdown();
            assertTrue(sender.awaitTermination(30, TimeUnit.SECONDS));
            long sent = nextId[0] - 1;
            release.countDown();

            assertTrue(client.awaitCloseOrDrain(Duration.ofSeconds(120)), "handled " + handled.size());
            long[] expected = delivered.stream().asLongStream().toArray();
            assertEquals(expected.length, handled.size());
            for (int i = 0; i < expected.length; i++) {
                assertEquals(expected[i], handled.get(i), "once each, in order");
            }
            assertNull(errors.poll(), "nothing dropped or failed");
            System.out.printf("blocked handler: %d rounds answered, longest pong %d ms; %d events sent, %d delivered,"
                    + " all handled after the release%n", ROUNDS, longestPongNanos / 1_000_000, sent, expected.length);
        } finally {
            release.countDown();
            sender.shutdownNow();
        }
    }
}

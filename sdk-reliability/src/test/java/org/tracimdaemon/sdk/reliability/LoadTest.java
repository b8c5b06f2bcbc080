package org.tracimdaemon.sdk.reliability;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.TextNode;
import java.nio.file.Path;
import java.time.Duration;
import java.util.BitSet;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.tracimdaemon.sdk.catalogue.DaemonTypes;
import org.tracimdaemon.sdk.runtime.DispatchError;

/**
 * The daemon's speed against a real plugin: a burst with a 50 µs handler, a stalled handler
 * while 10^5 events arrive, and a soak with malformed events and throwing handlers. The sender
 * is the FakeDaemon: it encodes each event, connects without waiting (a full backlog fails the
 * connect and the event is lost, counted in failedDeliveries), writes once and closes.
 * Counts: short by default, full with -Plong; the burst's and the soak's senders retry a refused connect
 * except with -Plong, so that the default build does not depend on the machine's speed.
 */
@Timeout(value = 600, unit = TimeUnit.SECONDS)
class LoadTest {
    private static final Duration WAIT = Duration.ofSeconds(120);
    /** DispatchLoop's summary of the error reports it could not queue while the handlers were behind. */
    private static final Pattern SUMMARY = Pattern.compile("(\\d+) error reports were not handed");

    @TempDir
    Path dir;

    /**
     * Whether the burst's sender tries a refused connect again. The daemon does not, so whether it
     * loses events depends on how fast this machine runs the plugin: that is measured with -Plong
     * only (and by the benchmarks); the default build checks order, once-each and pings under the
     * same burst, whatever the machine's speed.
     */
    private static final boolean RETRY_REFUSED = !Scale.LONG;

    /** Sends one event until the plugin's socket takes it; returns the refused tries. */
    private static long sendRetryingRefusedConnects(RunningPlugin plugin, String tlm) {
        TextNode data = new TextNode(tlm);
        long deadline = System.nanoTime() + WAIT.toNanos();
        long refused = 0;
        while (!plugin.daemon.send(plugin.socket, DaemonTypes.TRACIM_EVENT, data)) {
            refused++;
            assertTrue(System.nanoTime() < deadline, "the plugin's socket refused an event for " + WAIT);
            Thread.onSpinWait(); // a sender's retry, as the benchmarks' does: not synchronisation
        }
        return refused;
    }

    /** As {@link #sendRetryingRefusedConnects}, for a message that is not an envelope of a TLM. */
    private static long sendRawRetryingRefusedConnects(RunningPlugin plugin, byte[] message) {
        long deadline = System.nanoTime() + WAIT.toNanos();
        long refused = 0;
        while (!plugin.daemon.sendRaw(plugin.socket, message)) {
            refused++;
            assertTrue(System.nanoTime() < deadline, "the plugin's socket refused a message for " + WAIT);
            Thread.onSpinWait(); // a sender's retry, as the benchmarks' does: not synchronisation
        }
        return refused;
    }

    private static void busyFor(long nanos) {
        long end = System.nanoTime() + nanos;
        while (System.nanoTime() < end) {
            Thread.onSpinWait(); // the workload of a handler, not synchronisation
        }
    }

    @Test
    void aBurstWithA50MicrosecondHandlerIsHandledOnceInOrderAndEveryPingAnswered() throws Exception {
        int count = Scale.of(20_000, 100_000);
        ScheduledExecutorService rounds = Executors.newSingleThreadScheduledExecutor();
        // On 2 cores the sender outruns a 50 µs handler (about 22,000 against 11,000 events/s): the
        // queue holds the difference, up to 50,000 events of 1.3 KB counted each for 10^5, more than
        // the default 64 MiB. Sized as the README says: longest backlog times event size.
        long bound = 256L * 1024 * 1024;
        try (QuietLog quiet = new QuietLog();
                RunningPlugin plugin = RunningPlugin.start(dir, builder -> builder.maxQueuedBytes(bound))) {
            plugin.work = () -> busyFor(50_000);
            AtomicInteger pings = new AtomicInteger();
            // Keep-alive rounds every 500 ms: a plugin that misses one is dropped at the next.
            rounds.scheduleAtFixedRate(() -> {
                pings.incrementAndGet();
                plugin.daemon.pingAll();
            }, 500, 500, TimeUnit.MILLISECONDS);
            BitSet delivered = new BitSet();
            long retries = 0;
            long started = System.nanoTime();
            for (int id = 1; id <= count; id++) {
                if (RETRY_REFUSED) {
                    retries += sendRetryingRefusedConnects(plugin, Events.tlm(id));
                    delivered.set(id);
                } else if (plugin.daemon.sendTlm(Events.tlm(id)) == 1) {
                    delivered.set(id);
                }
            }
            long sent = System.nanoTime();
            assertTrue(plugin.log.awaitKind(RunningPlugin.HANDLED, delivered.cardinality(), WAIT), plugin::diagnosis);
            long handledAt = System.nanoTime();
            rounds.shutdown();
            assertTrue(rounds.awaitTermination(10, TimeUnit.SECONDS));
            assertEquals(count, delivered.cardinality(), "never dropped by a keep-alive round during the burst");
            assertEquals(List.of(plugin.socket.toString()), plugin.daemon.registeredClients(),
                    "never dropped: every round's ping was answered before the next");
            for (int i = 0; i < pings.get(); i++) {
                plugin.daemon.awaitMessage(DaemonTypes.PONG, Duration.ofSeconds(10));
            }
            long[] handled = plugin.log.handledIds();
            assertArrayEquals(delivered.stream().asLongStream().toArray(), handled, "once each, in order");
            if (!RETRY_REFUSED) {
                assertEquals(0, plugin.daemon.failedDeliveries(), "no connect failed");
            }
            assertEquals(0, quiet.queueFullWarnings.get(), "the handlers kept up within the queue's bound");
            double rate = count * 1e9 / (sent - started);
            Report.row((RETRY_REFUSED ? "burst, refused connects retried" : "burst at the daemon's speed")
                    + ", 50 µs handler (bound 256 MiB)", count, delivered.cardinality(), handled.length,
                    plugin.errors.size(), count - handled.length, "n/a",
                    String.format("sender %.0f msg/s%s; all handled %d ms after the first send; %d pings, %d pongs",
                            rate, RETRY_REFUSED ? " retrying refused connects (" + retries + " retries)" : "",
                            (handledAt - started) / 1_000_000, pings.get(), pings.get()));
        } finally {
            rounds.shutdownNow();
        }
    }

    @Test
    void aStalledHandlerWhile100000EventsArriveKeepsMemoryAtTheBound() throws Exception {
        int count = 100_000;
        long bound = 8L * 1024 * 1024;
        CountDownLatch release = new CountDownLatch(1);
        CountDownLatch stalled = new CountDownLatch(1);
        try (QuietLog quiet = new QuietLog();
                RunningPlugin plugin = RunningPlugin.start(dir, builder -> builder.maxQueuedBytes(bound))) {
            plugin.work = () -> {
                if (release.getCount() > 0) {
                    stalled.countDown();
                    try {
                        release.await(5, TimeUnit.MINUTES);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                }
            };
            BitSet delivered = new BitSet();
            // Below the bound, a ping is answered at once although the handler stalls.
            for (int id = 1; id <= 100; id++) {
                if (plugin.daemon.sendTlm(Events.tlm(id)) == 1) {
                    delivered.set(id);
                }
            }
            assertTrue(stalled.await(10, TimeUnit.SECONDS));
            plugin.daemon.received().clear();
            long pinged = System.nanoTime();
            plugin.daemon.pingAll();
            plugin.daemon.awaitMessage(DaemonTypes.PONG, Duration.ofSeconds(5));
            long pongMs = (System.nanoTime() - pinged) / 1_000_000;
            Runtime runtime = Runtime.getRuntime();
            long started = System.nanoTime();
            for (int id = 101; id <= count; id++) {
                if (plugin.daemon.sendTlm(Events.tlm(id)) == 1) {
                    delivered.set(id);
                }
            }
            long sendMs = (System.nanoTime() - started) / 1_000_000;
            // At the bound, with thousands of messages dropped, a ping is still answered at once.
            plugin.daemon.received().clear();
            long pingedAtBound = System.nanoTime();
            plugin.daemon.pingAll();
            plugin.daemon.awaitMessage(DaemonTypes.PONG, Duration.ofSeconds(5));
            long pongAtBoundMs = (System.nanoTime() - pingedAtBound) / 1_000_000;
            System.gc();
            long heapDuringStall = runtime.totalMemory() - runtime.freeMemory();
            assertEquals(1, quiet.queueFullWarnings.get(), "one warning");
            release.countDown();
            // Every delivered event is handled or reported dropped: the error reports are themselves
            // bounded while the handler stalls, and those left out are counted in one summary.
            long dropped = 0;
            long droppedOneByOne = 0;
            long handledCount = 0;
            long deadline = System.nanoTime() + WAIT.toNanos();
            while (handledCount + dropped < delivered.cardinality() && System.nanoTime() < deadline) {
                DispatchError error = plugin.errors.poll(100, TimeUnit.MILLISECONDS);
                if (error != null) {
                    long inIt = droppedIn(error);
                    dropped += inIt;
                    droppedOneByOne += error.kind() == DispatchError.Kind.DROPPED && inIt == 1 ? 1 : 0;
                }
                handledCount = plugin.log.count(RunningPlugin.HANDLED);
            }
            long[] handled = plugin.log.handledIds();
            // A summary counts every report left out, of any kind: so ">=" for the whole, and the
            // reports that name one dropped message must not exceed what was not handled.
            assertTrue(handled.length + dropped >= delivered.cardinality(), "each delivered event handled or reported: "
                    + handled.length + " handled, " + dropped + " dropped, " + delivered.cardinality() + " delivered");
            assertTrue(handled.length + droppedOneByOne <= delivered.cardinality(), "an event handled and dropped: "
                    + handled.length + " handled, " + droppedOneByOne + " reported dropped one by one");
            for (int i = 0; i < handled.length; i++) {
                assertTrue(delivered.get((int) handled[i]), "handled only what was delivered: " + handled[i]);
                assertTrue(i == 0 || handled[i] > handled[i - 1], "once each, in order: " + handled[i]);
            }
            int perEvent = Seeds.tracimEventAsString(Events.tlm(99_999)).length + 256; // as the SDK counts it
            long capacity = bound / perEvent + 1 + 4096 + 16; // queue, handler, waiting connections
            assertTrue(handled.length <= capacity,
                    "the loop took no more than the bound holds: " + handled.length + " taken, capacity " + capacity);
            plugin.daemon.received().clear();
            plugin.daemon.pingAll();
            plugin.daemon.awaitMessage(DaemonTypes.PONG, Duration.ofSeconds(5));
            Report.row("handler stalled while 10^5 events arrive (bound 8 MiB)", count, delivered.cardinality(),
                    handled.length, dropped, 0, "all handled or reported once released",
                    String.format("pong during the stall in %d ms below the bound, %d ms at it; past the bound and"
                            + " %d waiting connections, %d events dropped and reported (DROPPED); %d connects"
                            + " failed; heap during the stall %d MB; %d warning; sending took %d ms", pongMs,
                            pongAtBoundMs, 4096, dropped, count - delivered.cardinality(), heapDuringStall >> 20,
                            quiet.queueFullWarnings.get(), sendMs));
        }
    }

    /** How many dropped events an error report stands for: one, or the count of a summary. */
    private static long droppedIn(DispatchError error) {
        if (error.kind() != DispatchError.Kind.DROPPED) {
            return 0;
        }
        Matcher summary = SUMMARY.matcher(error.description());
        return summary.lookingAt() ? Long.parseLong(summary.group(1)) : 1;
    }

    @Test
    void aSoakWithMalformedEventsAndThrowingHandlers() throws Exception {
        int count = Scale.of(20_000, 1_000_000);
        long seed = new Random().nextLong();
        Random random = new Random(seed);
        double throwRate = 0.001 + random.nextDouble() * 0.02;
        int[] kinds = new int[count + 1]; // 0 good, 1 truncated envelope, 2 bad header, 3 bad fields
        BitSet throwing = new BitSet();
        long[] expected = new long[count * 2];
        int expectedSize = 0;
        for (int id = 1; id <= count; id++) {
            kinds[id] = random.nextDouble() < 0.01 ? 1 + random.nextInt(3) : 0;
            if (kinds[id] == 0) {
                expected[expectedSize++] = id * 4L + RunningPlugin.HANDLED;
                if (random.nextDouble() < throwRate) {
                    throwing.set(id);
                    expected[expectedSize++] = id * 4L + RunningPlugin.HANDLER_FAILED;
                }
            } else {
                expected[expectedSize++] = id * 4L + RunningPlugin.BAD;
            }
        }
        try (QuietLog quiet = new QuietLog(); RunningPlugin plugin = RunningPlugin.start(dir)) {
            plugin.throwFor = id -> throwing.get((int) id);
            long delivered = 0;
            long started = System.nanoTime();
            long retries = 0;
            for (int id = 1; id <= count; id++) {
                if (RETRY_REFUSED) {
                    // As the burst's sender: whether the daemon's speed fills the backlog depends on
                    // the machine, so the default build retries a refused connect (-Plong does not).
                    retries += kinds[id] == 1 ? sendRawRetryingRefusedConnects(plugin, Events.truncatedEnvelope(id))
                            : sendRetryingRefusedConnects(plugin, switch (kinds[id]) {
                                case 2 -> Events.badHeader(id);
                                case 3 -> Events.badFields(id);
                                default -> Events.tlm(id);
                            });
                    delivered++;
                    continue;
                }
                delivered += switch (kinds[id]) {
                    case 1 -> plugin.daemon.broadcastRaw(Events.truncatedEnvelope(id));
                    case 2 -> plugin.daemon.sendTlm(Events.badHeader(id));
                    case 3 -> plugin.daemon.sendTlm(Events.badFields(id));
                    default -> plugin.daemon.sendTlm(Events.tlm(id));
                };
            }
            long sent = System.nanoTime();
            boolean complete = plugin.log.await(expectedSize, WAIT);
            long[] log = plugin.log.snapshot();
            if (!complete) {
                throw new AssertionError("logged " + log.length + " of " + expectedSize + " (seed " + seed + ")"
                        + plugin.diagnosis());
            }
            assertArrayEquals(java.util.Arrays.copyOf(expected, expectedSize), log,
                    "every good event handled once, in order; every bad one and every throw reported once (seed "
                            + seed + ")");
            assertEquals(count, delivered);
            if (!RETRY_REFUSED) {
                assertEquals(0, plugin.daemon.failedDeliveries(), "no connect failed");
            }
            assertEquals(0, quiet.queueFullWarnings.get());
            long bad = java.util.Arrays.stream(kinds).filter(k -> k != 0).count();
            Report.row("soak: 1% malformed, handlers throwing", count, delivered, count - bad,
                    bad + throwing.cardinality(), count - delivered,
                    "n/a", String.format("%d malformed -> %d errors, %d handler throws (rate %.4f) -> %d errors;"
                                    + " sender %.0f msg/s%s; seed %d", bad, plugin.log.count(RunningPlugin.BAD),
                            throwing.cardinality(), throwRate, plugin.log.count(RunningPlugin.HANDLER_FAILED),
                            count * 1e9 / (sent - started),
                            RETRY_REFUSED ? " retrying refused connects (" + retries + " retries)" : "", seed));
        }
    }
}

package org.tracimdaemon.sdk.reliability;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.newsclub.net.unix.AFUNIXSocket;
import org.newsclub.net.unix.AFUNIXSocketAddress;
import org.tracimdaemon.sdk.catalogue.DaemonTypes;
import org.tracimdaemon.sdk.runtime.DispatchError;

/**
 * Faults over real sockets, each against a FakeDaemon and a real plugin, each bounded in time.
 * Every case checks that each event whose connect succeeded (the daemon counts it delivered) is
 * handled exactly once and in order, and prints a row of the reliability table.
 */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class FaultSuiteTest {
    private static final Duration WAIT = Duration.ofSeconds(20);

    @TempDir
    Path dir;

    /** Sends ids [from, to] through the daemon; marks the ones whose connect succeeded. */
    private static void send(RunningPlugin plugin, long from, long to, BitSet delivered) {
        for (long id = from; id <= to; id++) {
            if (plugin.daemon.sendTlm(Events.tlm(id)) == 1) {
                delivered.set((int) id);
            }
        }
    }

    /** Everything delivered was handled, once, in order; returns how many were handled. */
    private static long assertHandledExactly(RunningPlugin plugin, BitSet delivered) throws InterruptedException {
        int expected = delivered.cardinality();
        if (!plugin.log.awaitKind(RunningPlugin.HANDLED, expected, WAIT)) {
            BitSet missing = (BitSet) delivered.clone();
            for (long id : plugin.log.handledIds()) {
                missing.clear((int) id);
            }
            throw new AssertionError("handled " + plugin.log.size() + " of " + expected + "; missing " + missing
                    + plugin.diagnosis());
        }
        long[] ids = plugin.log.handledIds();
        assertArrayEquals(delivered.stream().asLongStream().toArray(), ids, "exactly the delivered ids, in order");
        return ids.length;
    }

    private static String ms(long nanos) {
        return (nanos / 1_000_000) + " ms";
    }

    @Test
    void theDaemonKilledAndRestartedMidStream() throws Exception {
        try (RunningPlugin plugin = RunningPlugin.start(dir)) {
            BitSet delivered = new BitSet();
            send(plugin, 1, 1_000, delivered);
            plugin.daemon.received().clear();
            // Killed as the real daemon dies on a request it cannot survive: socket file left behind.
            try (AFUNIXSocket killer = AFUNIXSocket.connectTo(AFUNIXSocketAddress.of(plugin.daemon.socketPath()))) {
                killer.getOutputStream().write(Events.bytes("{\"path\":\"x\",\"type\":\"daemon_client_add\"}"));
            }
            plugin.daemon.awaitMessage(DaemonTypes.CLIENT_ADD, WAIT); // the fatal one
            assertTrue(plugin.daemon.crashed());
            plugin.daemon.received().clear();
            long restarted = System.nanoTime();
            plugin.daemon.restart();
            plugin.daemon.awaitMessage(DaemonTypes.CLIENT_ADD, WAIT);
            long recovery = System.nanoTime() - restarted;
            send(plugin, 1_001, 2_000, delivered);
            long handled = assertHandledExactly(plugin, delivered);
            assertEquals(2_000, delivered.cardinality(), "registered again before the second half");
            Report.row("daemon killed and restarted mid-stream", 2_000, delivered.cardinality(), handled,
                    plugin.errors.size(), delivered.cardinality() - handled, ms(recovery) + " (restart to registered)",
                    "re-registration noticed from the daemon's new socket file");
        }
    }

    @Test
    void theDaemonDropsThePluginSilently() throws Exception {
        ScheduledExecutorService rounds = Executors.newSingleThreadScheduledExecutor();
        try (RunningPlugin plugin = RunningPlugin.start(dir, builder -> builder.pingRound(Duration.ofMillis(400)))) {
            rounds.scheduleAtFixedRate(plugin.daemon::pingAll, 200, 200, TimeUnit.MILLISECONDS);
            BitSet delivered = new BitSet();
            send(plugin, 1, 500, delivered);
            plugin.daemon.received().clear();
            long dropped = System.nanoTime();
            plugin.daemon.drop(plugin.socket);
            send(plugin, 501, 1_000, delivered); // the daemon no longer sends to the plugin
            plugin.daemon.awaitMessage(DaemonTypes.CLIENT_ADD, WAIT);
            long recovery = System.nanoTime() - dropped;
            send(plugin, 1_001, 1_500, delivered);
            long handled = assertHandledExactly(plugin, delivered);
            assertTrue(delivered.get(1_500), "registered again");
            Report.row("daemon drops the plugin silently", 1_500, delivered.cardinality(), handled,
                    plugin.errors.size(), delivered.cardinality() - handled, ms(recovery) + " (drop to registered)",
                    (1_500 - delivered.cardinality()) + " never sent by the daemon while the plugin was unknown to it;"
                            + " two rounds of 400 ms without ping");
        } finally {
            rounds.shutdownNow();
        }
    }

    @Test
    void theClientSocketFileDeletedUnderARunningPlugin() throws Exception {
        try (RunningPlugin plugin = RunningPlugin.start(dir, builder -> builder.pingRound(Duration.ofSeconds(2)))) {
            BitSet delivered = new BitSet();
            send(plugin, 1, 500, delivered);
            // Deleted once those are read: junixsocket closes a listening socket whose file is gone at
            // its next accept, so connections still waiting in the backlog at that moment are lost.
            assertTrue(plugin.log.await(500, WAIT));
            plugin.daemon.received().clear();
            long deleted = System.nanoTime();
            Files.delete(plugin.socket);
            long failedBefore = plugin.daemon.failedDeliveries();
            send(plugin, 501, 600, delivered); // connects fail: no socket file
            plugin.daemon.awaitMessage(DaemonTypes.CLIENT_ADD, WAIT);
            long recovery = System.nanoTime() - deleted;
            assertTrue(Files.exists(plugin.socket));
            send(plugin, 601, 1_100, delivered);
            long handled = assertHandledExactly(plugin, delivered);
            assertTrue(delivered.get(1_100));
            Report.row("client socket file deleted", 1_100, delivered.cardinality(), handled, plugin.errors.size(),
                    delivered.cardinality() - handled, ms(recovery) + " (delete to bound and registered)",
                    (plugin.daemon.failedDeliveries() - failedBefore) + " connects failed while the file was gone");
        }
    }

    @Test
    void aConnectionThatSendsHalfAMessageAndHangs() throws Exception {
        try (RunningPlugin plugin = RunningPlugin.start(dir, builder -> builder.readTimeout(Duration.ofMillis(500)))) {
            long hung = System.nanoTime(); // before the connect: the read timeout counts from the accept
            AFUNIXSocket hanging = AFUNIXSocket.connectTo(AFUNIXSocketAddress.of(plugin.socket));
            hanging.getOutputStream().write(Events.bytes("{\"path\":\"x\",\"type\":\"daemon_tracim_ev"));
            BitSet delivered = new BitSet();
            send(plugin, 1, 100, delivered);
            assertTrue(plugin.log.await(1, WAIT));
            long firstHandled = System.nanoTime() - hung;
            long handled = assertHandledExactly(plugin, delivered);
            DispatchError error = plugin.errors.poll(10, TimeUnit.SECONDS);
            long dropped = System.nanoTime() - hung;
            assertEquals(DispatchError.Kind.CONNECTION_FAILED, error.kind());
            // Only a lower bound: the hanging peer gets its whole read timeout, and costs the others nothing.
            assertTrue(dropped >= 500_000_000L, "dropped before its read timeout: " + ms(dropped));
            Report.row("half a message, then hangs", 101, delivered.cardinality() + 1, handled, 1 + plugin.errors.size(),
                    delivered.cardinality() - handled, ms(firstHandled) + " to the first event handled; dropped after "
                            + ms(dropped) + " (read timeout 500 ms)",
                    "the other connections are read meanwhile; the hanging one is dropped and reported once");
            hanging.close();
        }
    }

    @Test
    void aThousandConcurrentConnections() throws Exception {
        int count = 1_000;
        try (RunningPlugin plugin = RunningPlugin.start(dir)) {
            List<AFUNIXSocket> open = new ArrayList<>(count);
            try {
                for (int i = 0; i < count; i++) {
                    open.add(AFUNIXSocket.connectTo(AFUNIXSocketAddress.of(plugin.socket)));
                }
                long started = System.nanoTime();
                for (int i = 0; i < count; i++) {
                    AFUNIXSocket connection = open.get(i);
                    connection.getOutputStream().write(Seeds.tracimEventAsString(Events.tlm(i + 1)));
                    connection.close();
                }
                BitSet delivered = new BitSet();
                delivered.set(1, count + 1);
                long handled = assertHandledExactly(plugin, delivered);
                long took = System.nanoTime() - started;
                Report.row("1,000 concurrent connections", count, count, handled, plugin.errors.size(),
                        count - handled, ms(took) + " (all handled)", "all open at once, then written and closed");
            } finally {
                for (AFUNIXSocket connection : open) {
                    connection.close();
                }
            }
        }
    }

    @Test
    void aPeerOfAnotherUid() throws Exception {
        Assumptions.assumeTrue(new com.sun.security.auth.module.UnixSystem().getUid() == 0,
                "needs root to run a peer as nobody");
        Path setpriv = Path.of("/usr/bin/setpriv");
        Path python = Path.of("/usr/bin/python3");
        Assumptions.assumeTrue(Files.isExecutable(setpriv) && Files.isExecutable(python), "needs setpriv and python3");
        try (RunningPlugin plugin = RunningPlugin.start(dir)) {
            // Open the door the socket's modes normally keep shut, to reach the uid check behind it.
            Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwx--x--x"));
            Files.setPosixFilePermissions(plugin.socket, PosixFilePermissions.fromString("rw-rw-rw-"));
            String forged = new String(Seeds.tracimEventAsString(Events.tlm(666)), StandardCharsets.UTF_8);
            Process intruder = new ProcessBuilder(setpriv.toString(), "--reuid=65534", "--regid=65534",
                    "--clear-groups", python.toString(), "-c",
                    // The plugin may refuse it (close) before the whole event is written: that is a success.
                    "import socket,sys; s=socket.socket(socket.AF_UNIX); s.connect(sys.argv[1]);\n"
                            + "try:\n    s.sendall(sys.argv[2].encode())\n"
                            + "except (BrokenPipeError, ConnectionResetError):\n    pass\ns.close()",
                    plugin.socket.toString(), forged).redirectErrorStream(true).start();
            assertTrue(intruder.waitFor(10, TimeUnit.SECONDS));
            assertEquals(0, intruder.exitValue(), new String(intruder.getInputStream().readAllBytes()));
            DispatchError refused = plugin.errors.poll(10, TimeUnit.SECONDS);
            assertEquals(DispatchError.Kind.CONNECTION_FAILED, refused.kind());
            assertTrue(refused.description().contains("uid 65534"), refused.description());
            BitSet delivered = new BitSet();
            send(plugin, 1, 100, delivered);
            long handled = assertHandledExactly(plugin, delivered);
            assertFalse(plugin.log.handledIds().length > 100, "the forged event never reached a handler");
            Report.row("peer of another uid (nobody)", 101, delivered.cardinality() + 1, handled, 1, 0,
                    "none needed", "the forged event is refused unread and reported once; the daemon's 100 arrive");
        }
    }

    @Test
    void aMessageOf64MegabytesAgainstThe16MegabyteCap() throws Exception {
        try (RunningPlugin plugin = RunningPlugin.start(dir)) {
            AtomicLong written = new AtomicLong();
            long started = System.nanoTime();
            Thread writer = new Thread(() -> {
                byte[] chunk = new byte[1024 * 1024];
                java.util.Arrays.fill(chunk, (byte) 'x');
                try (AFUNIXSocket big = AFUNIXSocket.connectTo(AFUNIXSocketAddress.of(plugin.socket))) {
                    OutputStream out = big.getOutputStream();
                    out.write(Events.bytes("{\"path\":\"x\",\"type\":\"daemon_tracim_event\",\"data\":\""));
                    for (int i = 0; i < 64; i++) {
                        out.write(chunk);
                        written.addAndGet(chunk.length);
                    }
                } catch (IOException e) {
                    // the plugin closed the connection at the cap: expected
                }
            });
            writer.start();
            DispatchError error = plugin.errors.poll(20, TimeUnit.SECONDS);
            assertEquals(DispatchError.Kind.OVERSIZED_MESSAGE, error.kind());
            writer.join(20_000);
            assertFalse(writer.isAlive());
            assertTrue(written.get() < 64L * 1024 * 1024, "the writer was cut off after " + written.get());
            BitSet delivered = new BitSet();
            send(plugin, 1, 100, delivered);
            long handled = assertHandledExactly(plugin, delivered);
            long recovery = System.nanoTime() - started;
            assertTrue(plugin.errors.isEmpty(), "one error only: " + plugin.errors);
            Report.row("64 MB message against the 16 MB cap", 101, 101, handled, 1, delivered.cardinality() - handled,
                    ms(recovery) + " (start of the 64 MB to the next 100 handled)",
                    "refused after " + (written.get() >> 20) + " MB written; the writer gets a broken pipe");
        }
    }

    @Test
    void closeRacingWithABurst() throws Exception {
        int count = 20_000;
        RunningPlugin plugin = RunningPlugin.start(dir);
        try {
            BitSet delivered = new BitSet();
            Thread burst = new Thread(() -> send(plugin, 1, count, delivered));
            burst.start();
            assertTrue(plugin.log.await(1_000, WAIT));
            long closing = System.nanoTime();
            plugin.client.close();
            long closeTook = System.nanoTime() - closing;
            burst.join(30_000);
            assertFalse(burst.isAlive());
            long handled = plugin.log.handledIds().length;
            assertArrayEquals(delivered.stream().asLongStream().toArray(), plugin.log.handledIds(),
                    "every event the daemon managed to deliver before close was handled, once, in order");
            Report.row("close() racing with a burst", count, delivered.cardinality(), handled, plugin.errors.size(),
                    delivered.cardinality() - handled, ms(closeTook) + " (close())",
                    (count - delivered.cardinality()) + " not sent: the plugin had unregistered or its socket was gone");
        } finally {
            plugin.close();
        }
    }
}

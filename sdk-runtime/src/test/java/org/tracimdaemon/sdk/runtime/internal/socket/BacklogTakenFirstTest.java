package org.tracimdaemon.sdk.runtime.internal.socket;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.tracimdaemon.sdk.testkit.FakeDaemon;

/**
 * Issue 11's burst: the kernel's accept backlog (net.core.somaxconn) is the only place where the
 * daemon loses events, so one wake-up of the loop takes all of it before it sets any connection
 * up. Deterministic, whatever the machine's speed: the loop is held while the backlog fills to
 * three quarters, then let go for exactly one turn. A loop that took only what it sets up in a
 * turn (256) would leave the backlog nearly full, and the second fill would be refused.
 */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class BacklogTakenFirstTest {
    @TempDir
    Path dir;

    private final AtomicInteger received = new AtomicInteger();
    private final AtomicInteger problems = new AtomicInteger();
    private final CountDownLatch all = new CountDownLatch(1);
    private int expected;

    private final IncomingMessages sink = new IncomingMessages() {
        @Override
        public boolean isControl(EnvelopeHead head) {
            return false;
        }

        @Override
        public void received(byte[] message, EnvelopeHead head) {
            if (received.incrementAndGet() == expected) {
                all.countDown();
            }
        }

        @Override
        public void failed(SocketProblem error) {
            problems.incrementAndGet();
        }
    };

    @Test
    void oneTurnEmptiesTheKernelsBacklogSoThatTheNextBurstFindsRoom() throws Exception {
        // readAllLines: Files.readString gets "4" of "4096" from this file (JDK 17, Linux 6)
        int backlog = Integer.parseInt(Files.readAllLines(Path.of("/proc/sys/net/core/somaxconn")).get(0).strip());
        int fill = Math.min(backlog, ClientSocketServer.BACKLOG) * 3 / 4;
        Assumptions.assumeTrue(fill > EventLoop.MAX_SET_UP_PER_WAKE * 4, "somaxconn " + backlog + " is too small");
        Assumptions.assumeTrue(DescriptorLimit.softLimit(0) > 4L * fill + 1024, "too few file descriptors");
        expected = 2 * fill;
        byte[] message = "{\"path\":\"/x\",\"type\":\"daemon_tracim_event\",\"data\":{}}".getBytes(StandardCharsets.UTF_8);
        Path path = dir.resolve("p.sock");
        try (FakeDaemon daemon = FakeDaemon.start(dir.resolve("daemon"));
                ClientSocketServer server = ClientSocketServer.open(path, 4096, sink)) {
            CountDownLatch firstRelease = new CountDownLatch(1);
            assertTrue(server.holdNextTurn(firstRelease).await(10, TimeUnit.SECONDS), "the loop is held");
            assertEquals(fill, sendAll(daemon, path, message, fill), "the backlog takes the first fill");
            CountDownLatch secondRelease = new CountDownLatch(1);
            CountDownLatch heldAgain = server.holdNextTurn(secondRelease);
            firstRelease.countDown(); // one turn, then held again
            assertTrue(heldAgain.await(10, TimeUnit.SECONDS), "the loop is held after one turn");
            int taken = sendAll(daemon, path, message, fill);
            secondRelease.countDown();
            assertEquals(fill, taken, "after one turn the backlog had room for a second fill");
            assertTrue(all.await(30, TimeUnit.SECONDS), "received " + received.get() + " of " + expected);
            assertEquals(0, problems.get());
        }
    }

    private static int sendAll(FakeDaemon daemon, Path path, byte[] message, int count) {
        int taken = 0;
        for (int i = 0; i < count; i++) {
            taken += daemon.sendRaw(path, message) ? 1 : 0;
        }
        return taken;
    }
}

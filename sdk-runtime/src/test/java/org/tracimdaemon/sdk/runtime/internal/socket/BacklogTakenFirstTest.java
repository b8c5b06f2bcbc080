package org.tracimdaemon.sdk.runtime.internal.socket;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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
 * three quarters, then let go for exactly one turn, and again. A loop that took only what it sets
 * up in a turn (256) would leave the backlog nearly full, and the second fill would be refused.
 * Once the loop holds more than half of what it may, it says so to the dispatch side
 * ({@link AcceptBacklog}), and not before.
 */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class BacklogTakenFirstTest {
    @TempDir
    Path dir;

    private final AtomicInteger received = new AtomicInteger();
    private final AtomicInteger problems = new AtomicInteger();
    private final CountDownLatch all = new CountDownLatch(1);
    private int expected;
    private final AcceptBacklog behind = new AcceptBacklog();

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
    void eachTurnEmptiesTheKernelsBacklogAndTheDispatchStepsAsideOnceTheLoopHoldsHalfWhatItMay() throws Exception {
        // readAllLines: Files.readString gets "4" of "4096" from this file (JDK 17, Linux 6)
        int backlog = Integer.parseInt(Files.readAllLines(Path.of("/proc/sys/net/core/somaxconn")).get(0).strip());
        int fill = Math.min(backlog, ClientSocketServer.BACKLOG) * 3 / 4;
        Assumptions.assumeTrue(fill > EventLoop.MAX_SET_UP_PER_WAKE * 4, "somaxconn " + backlog + " is too small");
        byte[] message = "{\"path\":\"/x\",\"type\":\"daemon_tracim_event\",\"data\":{}}".getBytes(StandardCharsets.UTF_8);
        Path path = dir.resolve("p.sock");
        try (FakeDaemon daemon = FakeDaemon.start(dir.resolve("daemon"));
                ClientSocketServer server = ClientSocketServer.open(path, 4096, ClientSocketServer.READ_TIMEOUT, sink,
                        PeerCheck.forThisProcess(), new ReadBudget(Long.MAX_VALUE / 4), behind, fatal -> { })) {
            int most = server.mostHeld();
            int rounds = most / 2 / (fill - EventLoop.MAX_SET_UP_PER_WAKE) + 1; // the first past half
            Assumptions.assumeTrue(rounds * fill <= most, "the loop may hold only " + most);
            expected = rounds * fill;
            CountDownLatch release = new CountDownLatch(1);
            assertTrue(server.holdNextTurn(release).await(10, TimeUnit.SECONDS), "the loop is held");
            int pile = 0;
            for (int round = 1; round <= rounds; round++) {
                assertEquals(fill, sendAll(daemon, path, message, fill),
                        "round " + round + ": the kernel's backlog had room, the turn before took all of it");
                CountDownLatch next = new CountDownLatch(1);
                CountDownLatch heldAgain = server.holdNextTurn(next);
                release.countDown(); // one turn, then held again
                assertTrue(heldAgain.await(10, TimeUnit.SECONDS), "the loop is held after one turn");
                release = next;
                pile += fill - EventLoop.MAX_SET_UP_PER_WAKE;
                assertEquals(pile > most / 2, behind.isLoopBehind(), "holding " + pile + " of " + most);
            }
            release.countDown();
            assertTrue(all.await(30, TimeUnit.SECONDS), "received " + received.get() + " of " + expected);
            assertEquals(0, problems.get());
            assertTrue(server.holdNextTurn(new CountDownLatch(0)).await(10, TimeUnit.SECONDS));
            assertFalse(behind.isLoopBehind(), "caught up");
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

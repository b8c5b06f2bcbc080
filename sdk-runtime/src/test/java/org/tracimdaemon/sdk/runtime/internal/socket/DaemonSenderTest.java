package org.tracimdaemon.sdk.runtime.internal.socket;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.newsclub.net.unix.AFUNIXServerSocket;
import org.newsclub.net.unix.AFUNIXSocketAddress;
import org.tracimdaemon.sdk.catalogue.DaemonTypes;
import org.tracimdaemon.sdk.runtime.wire.ClientData;
import org.tracimdaemon.sdk.runtime.wire.DaemonEvent;
import org.tracimdaemon.sdk.runtime.wire.MessageTooLargeException;
import org.tracimdaemon.sdk.testkit.FakeDaemon;
import org.tracimdaemon.sdk.testkit.ReceivedMessage;

@Timeout(value = 30, unit = TimeUnit.SECONDS)
class DaemonSenderTest {
    private static final Duration WAIT = Duration.ofSeconds(10);
    /** Far above what a busy machine adds to a deadline, far below the test's timeout. */
    private static final Duration SLACK = Duration.ofSeconds(5);

    @TempDir
    Path dir;

    private static DaemonEvent ack() {
        return DaemonEvent.of("/plugin.sock", DaemonTypes.ACK); // the daemon ignores an ack
    }

    @Test
    void aTargetThatNeverAcceptsFailsOnceTheDeadlinePassedNamingThePathAndTheDeadline() throws Exception {
        Duration deadline = Duration.ofSeconds(1);
        try (StalledTarget stalled = new StalledTarget(dir.resolve("stalled.sock"));
                DaemonSender sender = new DaemonSender(deadline)) {
            long start = System.nanoTime();
            SocketTimeoutException failure = assertThrows(SocketTimeoutException.class,
                    () -> sender.send(stalled.path, ack()));
            Duration took = Duration.ofNanos(System.nanoTime() - start);
            assertEquals("could not send daemon_ack to " + stalled.path + " within 1000 ms: the process listening"
                    + " there does not accept connections (its accept backlog stayed full)", failure.getMessage());
            assertTrue(took.compareTo(deadline) >= 0, "gave up before the deadline: " + took);
            assertTrue(took.compareTo(deadline.plus(SLACK)) < 0, "took " + took);
        }
    }

    @Test
    void aStalledTargetDoesNotDelayASendToAnotherTarget() throws Exception {
        DaemonSender sender = new DaemonSender(Duration.ofMinutes(5));
        try (FakeDaemon daemon = FakeDaemon.start(dir);
                StalledTarget stalled = new StalledTarget(dir.resolve("stalled.sock"))) {
            CompletableFuture<Void> toStalled = sender.sendAsync(stalled.path, ack());
            CompletableFuture<Void> toDaemon = sender.sendAsync(daemon.socketPath(), ack());

            assertEquals(DaemonTypes.ACK, daemon.awaitMessage(DaemonTypes.ACK, WAIT).type());
            toDaemon.get(WAIT.toSeconds(), TimeUnit.SECONDS);
            assertFalse(toStalled.isDone(), "the stalled send is still waiting for room in the backlog");

            sender.close();
            ExecutionException failure = assertThrows(ExecutionException.class,
                    () -> toStalled.get(WAIT.toSeconds(), TimeUnit.SECONDS));
            assertEquals("could not send daemon_ack to " + stalled.path + ": the sender was closed",
                    failure.getCause().getMessage());
        } finally {
            sender.close();
        }
    }

    @Test
    void aStalledSendGoesThroughOnceTheTargetAccepts() throws Exception {
        try (StalledTarget stalled = new StalledTarget(dir.resolve("stalled.sock"));
                DaemonSender sender = new DaemonSender(Duration.ofMinutes(5))) {
            CompletableFuture<Void> sent = sender.sendAsync(stalled.path, ack());
            assertFalse(sent.isDone(), "no room in the backlog yet");
            stalled.acceptOne(); // room for one more
            sent.get(WAIT.toSeconds(), TimeUnit.SECONDS);
        }
    }

    @Test
    @Timeout(value = 20, unit = TimeUnit.SECONDS) // a send that waited for its 5-minute deadline fails this
    void aMissingSocketFailsAtOnceNamingThePath() {
        Path missing = dir.resolve("missing.sock");
        try (DaemonSender sender = new DaemonSender(Duration.ofMinutes(5))) {
            IOException failure = assertThrows(IOException.class, () -> sender.send(missing, ack()));
            assertFalse(failure instanceof SocketTimeoutException, failure.toString());
            assertTrue(failure.getMessage().startsWith("could not send daemon_ack to " + missing + ": "),
                    failure.getMessage());
        }
    }

    @Test
    @Timeout(value = 20, unit = TimeUnit.SECONDS) // a send that waited for its 5-minute deadline fails this
    void aSocketNobodyListensOnFailsAtOnceNamingThePath() throws Exception {
        Path dead = dir.resolve("dead.sock");
        try (AFUNIXServerSocket crashed = AFUNIXServerSocket.newInstance()) {
            crashed.setDeleteOnClose(false);
            crashed.bind(AFUNIXSocketAddress.of(dead));
        }
        assertTrue(Files.exists(dead), "the socket file is left behind, as by a crash");
        try (DaemonSender sender = new DaemonSender(Duration.ofMinutes(5))) {
            ExecutionException failure = assertThrows(ExecutionException.class,
                    () -> sender.sendAsync(dead, ack()).get(WAIT.toSeconds(), TimeUnit.SECONDS));
            assertInstanceOf(IOException.class, failure.getCause());
            assertTrue(failure.getCause().getMessage().startsWith("could not send daemon_ack to " + dead + ": "),
                    failure.getCause().getMessage());
        }
    }

    @Test
    void anOversizedMessageIsRefusedBeforeConnectingNamingItsSize() {
        // Nothing listens there: had the sender connected first, the failure would be an IOException.
        Path missing = dir.resolve("missing.sock");
        DaemonEvent big = DaemonEvent.of("/plugin.sock", DaemonTypes.CLIENT_ADD,
                new ClientData("/plugin.sock", "1".repeat(5000)));
        int size = ("{\"path\":\"/plugin.sock\",\"type\":\"daemon_client_add\","
                + "\"data\":{\"path\":\"/plugin.sock\",\"pid\":\"" + "1".repeat(5000) + "\"}}").length();
        try (DaemonSender sender = new DaemonSender(WAIT)) {
            MessageTooLargeException sync = assertThrows(MessageTooLargeException.class,
                    () -> sender.send(missing, big));
            assertEquals(size, sync.size());
            assertTrue(sync.getMessage().startsWith("daemon_client_add message is " + size + " bytes"),
                    sync.getMessage());
            assertThrows(MessageTooLargeException.class, () -> sender.sendAsync(missing, big));
        }
    }

    @Test
    void theMessageArrivesByteExactInTheDaemonsOneRead() throws Exception {
        // Near the daemon's 4096-byte read: it reads once and parses only that.
        DaemonEvent registration = DaemonEvent.of("/plugin.sock", DaemonTypes.CLIENT_ADD,
                new ClientData("/plugin.sock", "7".repeat(4000)));
        DaemonEvent ping = DaemonEvent.of(dir.resolve("nobody.sock").toString(), DaemonTypes.PING);
        try (FakeDaemon daemon = FakeDaemon.start(dir); DaemonSender sender = new DaemonSender(WAIT)) {
            sender.send(daemon.socketPath(), registration);
            ReceivedMessage received = daemon.awaitMessage(DaemonTypes.CLIENT_ADD, WAIT);
            assertArrayEquals(registration.encode(), received.raw().getBytes(StandardCharsets.UTF_8));

            sender.sendAsync(daemon.socketPath(), ping).get(WAIT.toSeconds(), TimeUnit.SECONDS);
            assertArrayEquals(ping.encode(),
                    daemon.awaitMessage(DaemonTypes.PING, WAIT).raw().getBytes(StandardCharsets.UTF_8));
        }
    }

    @Test
    void afterCloseSendsFailAtOnceAndCloseIsIdempotent() throws Exception {
        try (FakeDaemon daemon = FakeDaemon.start(dir)) {
            DaemonSender sender = new DaemonSender(WAIT);
            sender.close();
            sender.close();
            IOException failure = assertThrows(IOException.class, () -> sender.send(daemon.socketPath(), ack()));
            assertEquals("could not send daemon_ack to " + daemon.socketPath() + ": the sender was closed",
                    failure.getMessage());
        }
    }
}

package org.tracimdaemon.sdk.runtime;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.tracimdaemon.sdk.catalogue.DaemonTypes;
import org.tracimdaemon.sdk.runtime.internal.socket.StalledTarget;
import org.tracimdaemon.sdk.testkit.FakeDaemon;

/** A master socket whose process never accepts (its backlog full) bounds start() and close() by the call timeout. */
@Timeout(value = 30, unit = TimeUnit.SECONDS)
class StalledDaemonTest {
    private static final Duration CALL_TIMEOUT = Duration.ofSeconds(1);
    /** Far above what a busy machine adds, far below the 45 s a blocking connect waited here. */
    private static final Duration SLACK = Duration.ofSeconds(5);

    @TempDir
    Path dir;

    @Test
    void startFailsWithinTheCallTimeoutNamingTheMasterSocket() throws Exception {
        Path clientSocket = dir.resolve("plugin.sock");
        try (StalledTarget master = new StalledTarget(dir.resolve("master.sock"))) {
            long begin = System.nanoTime();
            IOException failure = assertThrows(IOException.class, () -> TracimDaemonClient.builder()
                    .masterSocket(master.path).clientSocket(clientSocket).callTimeout(CALL_TIMEOUT)
                    .dispatcher((event, context) -> { }).start());
            Duration took = Duration.ofNanos(System.nanoTime() - begin);
            assertTrue(failure.getMessage().contains(master.path.toString()), failure.getMessage());
            assertTrue(took.compareTo(CALL_TIMEOUT.plus(SLACK)) < 0, "start() took " + took);
            assertFalse(Files.exists(clientSocket), "the failed start removed its socket");
        }
    }

    @Test
    void closeEndsWithinTheCallTimeoutWhenTheMasterStalled() throws Exception {
        Path clientSocket = dir.resolve("plugin.sock");
        try (FakeDaemon daemon = FakeDaemon.start(dir)) {
            TracimDaemonClient client = TracimDaemonClient.builder().masterSocket(daemon.socketPath())
                    .clientSocket(clientSocket).callTimeout(CALL_TIMEOUT).dispatcher((event, context) -> { }).start();
            daemon.awaitMessage(DaemonTypes.CLIENT_ADD, Duration.ofSeconds(10));
            daemon.stop();
            try (StalledTarget master = new StalledTarget(daemon.socketPath())) {
                long begin = System.nanoTime();
                client.close(); // its daemon_client_delete finds no room in the master's backlog
                Duration took = Duration.ofNanos(System.nanoTime() - begin);
                assertTrue(took.compareTo(CALL_TIMEOUT.plus(SLACK)) < 0, "close() took " + took);
                assertFalse(Files.exists(clientSocket), "close() deleted the socket");
                assertTrue(Files.exists(master.path), "the stalled master still listens");
            }
        }
    }
}

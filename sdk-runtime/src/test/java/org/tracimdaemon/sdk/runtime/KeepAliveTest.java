package org.tracimdaemon.sdk.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.tracimdaemon.sdk.catalogue.DaemonTypes;
import org.tracimdaemon.sdk.runtime.internal.socket.StalledTarget;
import org.tracimdaemon.sdk.testkit.FakeDaemon;
import org.tracimdaemon.sdk.testkit.ReceivedMessage;

@Timeout(value = 30, unit = TimeUnit.SECONDS)
class KeepAliveTest {
    private static final Duration WAIT = Duration.ofSeconds(10);

    @TempDir
    Path dir;

    private FakeDaemon daemon;
    private Path clientSocket;
    private final RecordingDispatcher dispatcher = new RecordingDispatcher();

    @BeforeEach
    void startDaemon() {
        daemon = FakeDaemon.start(dir.resolve("daemon"));
        clientSocket = dir.resolve("plugin.sock");
    }

    @AfterEach
    void stopDaemon() {
        daemon.close();
    }

    private TracimDaemonClient start(Duration pingRound) throws Exception {
        TracimDaemonClient client = TracimDaemonClient.builder().masterSocket(daemon.socketPath())
                .clientSocket(clientSocket).pingRound(pingRound).callTimeout(Duration.ofSeconds(2))
                .dispatcher(dispatcher).start();
        daemon.awaitMessage(DaemonTypes.CLIENT_ADD, WAIT);
        return client;
    }

    @Test
    void aPongToASocketThatNeverAcceptsDoesNotHoldUpThePongToTheDaemon() throws Exception {
        // A call timeout longer than the wait below: a pong sent in line behind the stalled one would miss it.
        try (StalledTarget stalled = new StalledTarget(dir.resolve("stalled.sock"));
                TracimDaemonClient client = TracimDaemonClient.builder().masterSocket(daemon.socketPath())
                        .clientSocket(clientSocket).pingRound(Duration.ofMinutes(10))
                        .callTimeout(Duration.ofSeconds(60)).dispatcher(dispatcher).start()) {
            daemon.awaitMessage(DaemonTypes.CLIENT_ADD, WAIT);
            daemon.sendRaw(clientSocket, ("{\"path\":\"" + stalled.path + "\",\"type\":\"daemon_ping\"}")
                    .getBytes(java.nio.charset.StandardCharsets.UTF_8));
            daemon.pingAll();
            ReceivedMessage pong = daemon.awaitMessage(DaemonTypes.PONG, WAIT);
            assertEquals(client.socketPath().toString(), pong.path());
        }
    }

    @Test
    void aDaemonRestartIsNoticedFromItsSocketFileAndThePluginRegistersAgain() throws Exception {
        // A round far longer than the test: only the socket file's change can trigger this.
        try (TracimDaemonClient client = start(Duration.ofMinutes(10))) {
            daemon.restart();
            ReceivedMessage again = daemon.awaitMessage(DaemonTypes.CLIENT_ADD, WAIT);
            assertEquals(clientSocket.toString(), again.dataText("path"));
            assertEquals(List.of(clientSocket.toString()), daemon.registeredClients());
            daemon.sendTlm(RecordingDispatcher.tlm(42));
            assertEquals(42, RecordingDispatcher.poll(dispatcher.tlms, WAIT).eventId());
            assertEquals(clientSocket, client.socketPath());
        }
    }

    @Test
    void aSilentDropIsNoticedAfterTwoRoundsWithoutPingAndThePluginRegistersAgain() throws Exception {
        try (TracimDaemonClient client = start(Duration.ofMillis(200))) {
            daemon.drop(clientSocket);
            assertTrue(daemon.registeredClients().isEmpty());
            daemon.awaitMessage(DaemonTypes.CLIENT_ADD, WAIT);
            assertEquals(List.of(clientSocket.toString()), daemon.registeredClients());
            daemon.sendTlm(RecordingDispatcher.tlm(43));
            assertEquals(43, RecordingDispatcher.poll(dispatcher.tlms, WAIT).eventId());
            assertEquals(clientSocket, client.socketPath());
        }
    }

    @Test
    void aDaemonThatKeepsPingingIsNotBotheredWithRegistrations() throws Exception {
        try (TracimDaemonClient client = start(Duration.ofMillis(300))) {
            // Six rounds the way the daemon runs them; each pong proves the round was seen.
            for (int round = 0; round < 6; round++) {
                daemon.pingAll();
                daemon.awaitMessage(DaemonTypes.PONG, WAIT);
                assertEquals(List.of(clientSocket.toString()), daemon.registeredClients());
            }
            assertEquals(clientSocket, client.socketPath());
        }
    }

    @Test
    void aClientSocketFileDeletedUnderThePluginIsBoundAgainAndThePluginRegistersAgain() throws Exception {
        // A round far longer than the test: only the socket file's disappearance can trigger this.
        try (TracimDaemonClient client = start(Duration.ofMinutes(10))) {
            java.nio.file.Files.delete(clientSocket);
            daemon.drop(clientSocket); // what the daemon does after the pings it could not deliver
            ReceivedMessage again = daemon.awaitMessage(DaemonTypes.CLIENT_ADD, WAIT);
            assertEquals(clientSocket.toString(), again.dataText("path"));
            assertTrue(java.nio.file.Files.exists(clientSocket));
            assertEquals(List.of(clientSocket.toString()), daemon.registeredClients());
            daemon.sendTlm(RecordingDispatcher.tlm(44));
            assertEquals(44, RecordingDispatcher.poll(dispatcher.tlms, WAIT).eventId());
            assertEquals(clientSocket, client.socketPath());
        }
        assertTrue(java.nio.file.Files.notExists(clientSocket));
    }
}

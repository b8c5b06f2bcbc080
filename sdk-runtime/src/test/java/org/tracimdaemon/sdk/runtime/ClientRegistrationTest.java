package org.tracimdaemon.sdk.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.newsclub.net.unix.AFUNIXServerSocket;
import org.newsclub.net.unix.AFUNIXSocketAddress;
import org.tracimdaemon.sdk.catalogue.DaemonTypes;
import org.tracimdaemon.sdk.testkit.FakeDaemon;
import org.tracimdaemon.sdk.testkit.ReceivedMessage;

@Timeout(value = 30, unit = TimeUnit.SECONDS)
class ClientRegistrationTest {
    private static final Duration WAIT = Duration.ofSeconds(10);

    @TempDir
    Path dir;

    private FakeDaemon daemon;
    private Path clientSocket;

    @BeforeEach
    void startDaemon() {
        daemon = FakeDaemon.start(dir.resolve("daemon"));
        clientSocket = dir.resolve("plugin/plugin.sock");
    }

    @AfterEach
    void stopDaemon() {
        daemon.close();
    }

    private TracimDaemonClient.Builder client(EventDispatcher dispatcher) {
        return TracimDaemonClient.builder()
                .masterSocket(daemon.socketPath())
                .clientSocket(clientSocket)
                .callTimeout(Duration.ofSeconds(5))
                .dispatcher(dispatcher);
    }

    @Test
    void startSendsClientAddWithPidAsStringAndReturnsOnceAccountInfoArrived() throws Exception {
        RecordingDispatcher dispatcher = new RecordingDispatcher();
        try (TracimDaemonClient client = client(dispatcher).start()) {
            ReceivedMessage add = daemon.awaitMessage(DaemonTypes.CLIENT_ADD, WAIT);
            String pid = Long.toString(ProcessHandle.current().pid());
            assertEquals("{\"path\":\"" + clientSocket + "\",\"type\":\"daemon_client_add\",\"data\":{\"path\":\""
                    + clientSocket + "\",\"pid\":\"" + pid + "\"}}", add.raw());
            assertEquals(java.util.List.of(clientSocket.toString()), daemon.registeredClients());
            // the reply that completed start() still reaches the handlers
            assertEquals("1", dispatcher.awaitEvent(DaemonTypes.ACCOUNT_INFO).data().get("user_id").asText());
            assertEquals(1, client.accountInfo().get(5, TimeUnit.SECONDS).userId());
            assertFalse(daemon.crashed());
        }
    }

    @Test
    void socketIsOwnerOnlyInADirectoryCreatedOwnerOnly() throws Exception {
        try (TracimDaemonClient client = client(new RecordingDispatcher()).start()) {
            assertEquals(clientSocket, client.socketPath());
            assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(clientSocket)));
            assertEquals("rwx------",
                    PosixFilePermissions.toString(Files.getPosixFilePermissions(clientSocket.getParent())));
        }
    }

    @Test
    void closeUnregistersWithDataDeletesTheSocketAndIsIdempotent() throws Exception {
        TracimDaemonClient client = client(new RecordingDispatcher()).start();
        daemon.awaitMessage(DaemonTypes.CLIENT_ADD, WAIT);
        client.close();
        ReceivedMessage delete = daemon.awaitMessage(DaemonTypes.CLIENT_DELETE, WAIT);
        assertEquals(clientSocket.toString(), delete.path());
        assertEquals(clientSocket.toString(), delete.dataText("path"));
        assertEquals(Long.toString(ProcessHandle.current().pid()), delete.dataText("pid"));
        assertFalse(Files.exists(clientSocket));
        assertTrue(daemon.registeredClients().isEmpty());
        client.close();
        assertTrue(client.awaitClose(WAIT));
        assertFalse(daemon.crashed());
    }

    @Test
    void closeFromAnotherThreadReleasesAwaitClose() throws Exception {
        TracimDaemonClient client = client(new RecordingDispatcher()).start();
        Thread closer = new Thread(client::close);
        closer.start();
        client.awaitClose();
        closer.join();
        assertFalse(Files.exists(clientSocket));
    }

    @Test
    void withoutADaemonStartFailsNamingTheMasterSocket() {
        Path missing = dir.resolve("nowhere/master.sock");
        IOException failure = assertThrows(IOException.class, () -> TracimDaemonClient.builder()
                .masterSocket(missing).clientSocket(clientSocket).callTimeout(Duration.ofMillis(500)).start());
        assertTrue(failure.getMessage().contains(missing.toString()), failure.getMessage());
        assertTrue(failure.getMessage().contains("start TracimDaemon"), failure.getMessage());
        assertFalse(Files.exists(clientSocket));
    }

    @Test
    void aDaemonThatNeverAnswersFailsStartAfterTheTimeoutNamingTheMasterSocket() throws Exception {
        Path silent = dir.resolve("silent.sock");
        try (AFUNIXServerSocket mute = AFUNIXServerSocket.newInstance()) {
            mute.bind(AFUNIXSocketAddress.of(silent), 50); // accepts into its backlog, never reads
            IOException failure = assertThrows(IOException.class, () -> TracimDaemonClient.builder()
                    .masterSocket(silent).clientSocket(clientSocket).callTimeout(Duration.ofMillis(300)).start());
            assertTrue(failure.getMessage().contains(silent.toString()), failure.getMessage());
            assertTrue(failure.getMessage().contains("start TracimDaemon"), failure.getMessage());
            assertTrue(failure.getCause() instanceof java.util.concurrent.TimeoutException, failure.toString());
        }
    }

    @Test
    void aStaleSocketFromACrashedRunIsRemoved() throws Exception {
        Files.createDirectories(clientSocket.getParent());
        AFUNIXServerSocket crashed = AFUNIXServerSocket.newInstance();
        crashed.bind(AFUNIXSocketAddress.of(clientSocket));
        crashed.setDeleteOnClose(false);
        crashed.close();
        assertTrue(Files.exists(clientSocket), "the crashed run's socket file is left behind");
        try (TracimDaemonClient client = client(new RecordingDispatcher()).start()) {
            assertEquals(daemon.socketPath(), client.masterSocket());
            daemon.awaitMessage(DaemonTypes.CLIENT_ADD, WAIT);
        }
    }

    @Test
    void aLiveSocketAtThePathIsRefusedNamingThePath() throws Exception {
        Files.createDirectories(clientSocket.getParent());
        try (AFUNIXServerSocket live = AFUNIXServerSocket.newInstance()) {
            live.bind(AFUNIXSocketAddress.of(clientSocket));
            FileAlreadyExistsException failure = assertThrows(FileAlreadyExistsException.class,
                    () -> client(new RecordingDispatcher()).start());
            assertTrue(failure.getMessage().contains(clientSocket.toString()), failure.getMessage());
            assertTrue(Files.exists(clientSocket), "the live process keeps its socket");
        }
    }

    @Test
    void aPluginNameGivesTheDocumentedDefaultSocket() {
        Path socket = DaemonLocations.pluginSocket(java.util.Map.of("XDG_CONFIG_HOME", "/x/conf"), "note-watcher");
        assertEquals(Path.of("/x/conf/note-watcher/note-watcher.sock"), socket);
    }

    @Test
    void theMasterSocketIsReadFromTheDaemonsConfigElseItsDefault() throws Exception {
        java.util.Map<String, String> env = java.util.Map.of("XDG_CONFIG_HOME", dir.toString(), "HOME", "/nohome");
        assertEquals(dir.resolve("TracimDaemon/master.sock"), DaemonLocations.masterSocket(env));
        Files.createDirectories(dir.resolve("TracimDaemon"));
        Files.writeString(dir.resolve("TracimDaemon/config.json"), "{\"socket_path\": \"/run/td.sock\"}");
        assertEquals(Path.of("/run/td.sock"), DaemonLocations.masterSocket(env));
        assertEquals(Path.of("/nohome/.config/TracimDaemon/master.sock"),
                DaemonLocations.masterSocket(java.util.Map.of("HOME", "/nohome")));
    }

    @Test
    void awaitDaemonWaitsForADaemonThatStartsLaterAndSaysSoOnce() throws Exception {
        Path later = dir.resolve("later");
        LogCapture log = new LogCapture("org.tracimdaemon.sdk");
        ExecutorService starter = Executors.newSingleThreadExecutor();
        FakeDaemon lateDaemon = null;
        try {
            Future<TracimDaemonClient> started = starter.submit(() -> TracimDaemonClient.builder()
                    .masterSocket(later.resolve("master.sock")).clientSocket(clientSocket)
                    .callTimeout(Duration.ofSeconds(5)).awaitDaemon(Duration.ofSeconds(20))
                    .dispatcher(new RecordingDispatcher()).start());
            assertTrue(log.await(Level.INFO, "waiting for TracimDaemon", WAIT), "start() says it waits");
            assertFalse(started.isDone(), "start() waits for the daemon");
            lateDaemon = FakeDaemon.start(later);
            try (TracimDaemonClient client = started.get(15, TimeUnit.SECONDS)) {
                assertEquals(List.of(clientSocket.toString()), lateDaemon.registeredClients());
                assertEquals(1, client.accountInfo().get(5, TimeUnit.SECONDS).userId());
            }
            List<LogRecord> waitLines = log.at(Level.INFO, "waiting for TracimDaemon");
            assertEquals(1, waitLines.size(), "one line, whatever the number of tries: " + log.dump());
            assertTrue(waitLines.get(0).getMessage().startsWith("waiting for TracimDaemon at "
                    + later.resolve("master.sock") + " (up to 20 s): "), waitLines.get(0).getMessage());
        } finally {
            log.close();
            starter.shutdownNow();
            if (lateDaemon != null) {
                lateDaemon.close();
            }
        }
    }

    @Test
    void awaitDaemonGivesUpAfterItsTimeoutNamingTheSocketAndTheWait() {
        Path nowhere = dir.resolve("nowhere/master.sock");
        long started = System.nanoTime();
        IOException failure = assertThrows(IOException.class, () -> TracimDaemonClient.builder()
                .masterSocket(nowhere).clientSocket(clientSocket).awaitDaemon(Duration.ofMillis(700))
                .dispatcher(new RecordingDispatcher()).start());
        long waitedMs = (System.nanoTime() - started) / 1_000_000;
        assertTrue(waitedMs >= 700, "gave up before its timeout: " + waitedMs + " ms");
        assertTrue(failure.getMessage().startsWith("no TracimDaemon answered on " + nowhere + " within awaitDaemon's"),
                failure.getMessage());
        assertTrue(failure.getMessage().contains("tries; the last: cannot reach TracimDaemon"), failure.getMessage());
        assertFalse(Files.exists(clientSocket), "the socket is deleted when start() fails");
    }
}

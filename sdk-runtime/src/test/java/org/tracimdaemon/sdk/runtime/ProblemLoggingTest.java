package org.tracimdaemon.sdk.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.tracimdaemon.sdk.catalogue.DaemonTypes;
import org.tracimdaemon.sdk.runtime.internal.logging.ProblemLog;
import org.tracimdaemon.sdk.testkit.FakeDaemon;

/**
 * Issue 11, fault 8: what a plugin's problems write to the log (the System.Logger
 * {@code org.tracimdaemon.sdk}, here through java.util.logging). One WARNING line per kind of
 * problem per interval however many there are, each without a stack trace (the stack goes to
 * DEBUG); a refused peer is one line, not one from the loop and one from the dispatcher.
 */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class ProblemLoggingTest {
    private static final Duration WAIT = Duration.ofSeconds(20);

    @TempDir
    Path dir;

    private FakeDaemon daemon;
    private TracimDaemonClient client;
    private LogCapture log;
    private final BlockingQueue<DispatchError> errors = new LinkedBlockingQueue<>();
    private final RecordingDispatcher dispatcher = new RecordingDispatcher();

    @BeforeEach
    void start() throws Exception {
        log = new LogCapture("org.tracimdaemon.sdk");
        daemon = FakeDaemon.start(dir.resolve("daemon"));
        client = TracimDaemonClient.builder().masterSocket(daemon.socketPath()).clientSocket(dir.resolve("p.sock"))
                .maxMessageSize(64 * 1024).onError(errors::add).dispatcher(dispatcher).start();
        dispatcher.awaitEvent(DaemonTypes.ACCOUNT_INFO);
    }

    @AfterEach
    void stop() {
        client.close();
        daemon.close();
        log.close();
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    /** A WARNING (or ERROR) line carries one sentence: no Throwable, no stack frames in its text. */
    private static void assertNoStack(LogRecord record) {
        assertNull(record.getThrown(), "a stack trace at " + record.getLevel() + ": " + record.getMessage());
        assertFalse(record.getMessage().contains("\tat ") || record.getMessage().contains("\n"),
                "one line: " + record.getMessage());
    }

    @Test
    void manyProblemsOfOneKindAreOneWarningLineWithoutAStackAndTheStackGoesToDebug() throws Exception {
        int bad = 50;
        long started = System.nanoTime();
        for (int i = 0; i < bad; i++) {
            assertTrue(daemon.sendRaw(client.socketPath(), bytes("not json " + i)));
        }
        String oversized = "{\"path\":\"m\",\"type\":\"daemon_tracim_event\",\"data\":\"" + "y".repeat(100_000) + "\"}";
        daemon.sendRaw(client.socketPath(), bytes(oversized)); // false if cut off at the cap: expected
        daemon.sendTlm(RecordingDispatcher.tlm(7));
        assertEquals(7, RecordingDispatcher.poll(dispatcher.tlms, WAIT).eventId());
        long elapsed = System.nanoTime() - started;
        for (int i = 0; i < bad + 1; i++) {
            RecordingDispatcher.poll(errors, WAIT); // every one still reaches onError
        }
        assertNull(errors.poll());

        List<LogRecord> unreadable = log.at(Level.WARNING, "UNREADABLE_MESSAGE");
        // One line per interval: speed-proof, a slow machine that took more than one interval may write more.
        long intervals = 1 + elapsed / ProblemLog.DEFAULT_INTERVAL_NANOS;
        assertTrue(!unreadable.isEmpty() && unreadable.size() <= intervals,
                unreadable.size() + " lines for " + bad + " problems of one kind:\n" + log.dump());
        assertEquals(1, log.at(Level.WARNING, "OVERSIZED_MESSAGE").size(), "another kind has its own line\n"
                + log.dump());
        for (LogRecord record : log.records) {
            if (record.getLevel().intValue() >= Level.WARNING.intValue()) {
                assertNoStack(record);
            }
        }
        List<LogRecord> stacks = log.at(Level.FINE, "UNREADABLE_MESSAGE");
        assertEquals(unreadable.size(), stacks.size(), "the stack of each line written, at DEBUG\n" + log.dump());
        assertTrue(stacks.get(0).getThrown() instanceof org.tracimdaemon.sdk.runtime.decode.DecodeException,
                String.valueOf(stacks.get(0).getThrown()));
    }

    @Test
    void aRefusedPeerIsOneWarningLine() throws Exception {
        // Only as root can the test act as another user (nobody, through setpriv); skipped elsewhere.
        Assumptions.assumeTrue(new com.sun.security.auth.module.UnixSystem().getUid() == 0,
                "needs root to run a peer as nobody");
        Path setpriv = Path.of("/usr/bin/setpriv");
        Path python = Path.of("/usr/bin/python3");
        Assumptions.assumeTrue(Files.isExecutable(setpriv) && Files.isExecutable(python), "needs setpriv and python3");
        // Open the door the socket's modes normally keep shut, to reach the uid check behind it.
        Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwx--x--x"));
        Files.setPosixFilePermissions(client.socketPath(), PosixFilePermissions.fromString("rw-rw-rw-"));
        Process intruder = new ProcessBuilder(setpriv.toString(), "--reuid=65534", "--regid=65534",
                "--clear-groups", python.toString(), "-c",
                "import socket,sys\ns=socket.socket(socket.AF_UNIX)\ns.connect(sys.argv[1])\n"
                        + "try:\n    s.sendall(b'{\"path\":\"x\",\"type\":\"daemon_ping\"}')\n"
                        + "except (BrokenPipeError, ConnectionResetError):\n    pass\ns.close()",
                client.socketPath().toString()).redirectErrorStream(true).start();
        assertTrue(intruder.waitFor(10, TimeUnit.SECONDS));
        assertEquals(0, intruder.exitValue(), new String(intruder.getInputStream().readAllBytes()));
        DispatchError refused = RecordingDispatcher.poll(errors, WAIT);
        assertEquals(DispatchError.Kind.CONNECTION_FAILED, refused.kind());
        // Whatever the loop or the dispatcher would log about it is logged before the next event is handled.
        daemon.sendTlm(RecordingDispatcher.tlm(8));
        assertEquals(8, RecordingDispatcher.poll(dispatcher.tlms, WAIT).eventId());
        List<LogRecord> lines = log.records.stream()
                .filter(record -> record.getLevel().intValue() >= Level.WARNING.intValue()
                        && record.getMessage().contains("uid 65534"))
                .toList();
        assertEquals(1, lines.size(), "one line for one refused peer:\n" + log.dump());
        assertNoStack(lines.get(0));
        assertNull(errors.poll(), "reported once");
    }
}

package org.tracimdaemon.sdk.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.tracimdaemon.sdk.catalogue.DaemonTypes;
import org.tracimdaemon.sdk.testkit.FakeDaemon;

/**
 * Issue 11, fault 1: an {@code Error} on the event loop's thread (here the JVM's own
 * OutOfMemoryError) must never leave the plugin alive and deaf. A 10 MB event reaches a plugin
 * running at {@code -Xmx48m} whose own data holds 24 MB of it: the loop's read buffer cannot grow
 * to the message. What the code does: the loop catches it, reports it through onError as an
 * OVERSIZED_MESSAGE whose cause is the OutOfMemoryError, drops that connection and goes on (it
 * does not fail closed), so the next event is delivered and the next ping answered.
 */
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class SmallHeapTest {
    private static final Duration WAIT = Duration.ofSeconds(60);
    private static final Pattern READ_SO_FAR = Pattern.compile("reading a message of (\\d+)\\+ bytes");

    @TempDir
    Path dir;

    @Test
    void aTenMegabyteEventAt48MegabytesOfHeapIsReportedAndTheNextEventIsStillDelivered() throws Exception {
        Path socket = dir.resolve("p.sock");
        try (FakeDaemon daemon = FakeDaemon.start(dir.resolve("daemon"));
                ChildJvm plugin = ChildJvm.start(dir, "true", List.of("-Xmx48m", "-Dchild.ballastMegabytes=24"),
                        daemon.socketPath(), socket, Duration.ofSeconds(30))) {
            plugin.await("STARTED", WAIT);
            String tlm = "{\\\"event_id\\\": 1, \\\"event_type\\\": \\\"content.modified.html-document\\\", "
                    + "\\\"read\\\": null, \\\"created\\\": \\\"2025-05-20T10:02:15Z\\\", \\\"fields\\\": "
                    + "{\\\"raw_content\\\": \\\"" + "x".repeat(10 * 1024 * 1024) + "\\\"}}";
            byte[] huge = ("{\"path\":\"" + daemon.socketPath() + "\",\"type\":\"daemon_tracim_event\",\"data\":\""
                    + tlm + "\"}").getBytes(StandardCharsets.UTF_8);
            daemon.sendRaw(socket, huge); // false when the plugin closes the connection before the end: expected

            String outcome = plugin.await(line -> !line.startsWith("STARTED"), "a line after STARTED", WAIT);
            assertTrue(outcome.startsWith("ERROR OVERSIZED_MESSAGE java.lang.OutOfMemoryError "),
                    "the OutOfMemoryError reached onError, and nothing else came first:\n" + plugin.describe());
            Matcher readSoFar = READ_SO_FAR.matcher(outcome);
            assertTrue(readSoFar.find() && Long.parseLong(readSoFar.group(1)) > 0,
                    "the report says how much was read when memory ran out: " + outcome);

            // Alive and listening, not deaf: the next event is handled, the next ping answered.
            daemon.sendTlm(RecordingDispatcher.tlm(2));
            daemon.pingAll();
            assertEquals("EVENT 2", plugin.await(line -> !line.startsWith("ERROR"), "the next event", WAIT),
                    plugin.describe());
            daemon.awaitMessage(DaemonTypes.PONG, WAIT);
            assertTrue(Files.exists(socket), "still bound");
            assertTrue(plugin.isAlive());
            assertEquals(1, plugin.count("ERROR"), plugin.describe());
            assertEquals(0, plugin.count("UNCAUGHT") + plugin.count("CLOSED"), plugin.describe());
        }
    }
}

package org.tracimdaemon.sdk.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.newsclub.net.unix.AFUNIXSocket;
import org.newsclub.net.unix.AFUNIXSocketAddress;
import org.tracimdaemon.sdk.testkit.FakeDaemon;

/**
 * Issue 11, fault 9: a plugin out of file descriptors. A child JVM under {@code ulimit -n 256}
 * gets 600 idle same-user peers: its accepts fail with "Too many open files". That is reported
 * once (CONNECTION_FAILED, "accepting on ... failed"), not at each of the retries, and once the
 * peers close the plugin accepts again (logged at INFO with the number of failed attempts) and
 * delivers a new event.
 */
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class FileDescriptorExhaustionTest {
    private static final Duration WAIT = Duration.ofSeconds(60);
    private static final int PEERS = 600;
    private static final int RETRIES = 5;
    private static final Pattern ATTEMPTS = Pattern.compile("works again, after (\\d+) failed attempts");

    @TempDir
    Path dir;

    @Test
    void runningOutOfDescriptorsIsReportedOnceAndThePluginRecoversWhenThePeersClose() throws Exception {
        Path socket = dir.resolve("p.sock");
        List<AFUNIXSocket> peers = new ArrayList<>(PEERS);
        // A read timeout longer than the test: the idle peers hold their descriptors until they close.
        try (FakeDaemon daemon = FakeDaemon.start(dir.resolve("daemon"));
                ChildJvm plugin = ChildJvm.start(dir, "ulimit -n 256", List.of("-Xmx64m"), daemon.socketPath(),
                        socket, Duration.ofMinutes(5))) {
            plugin.await("STARTED", WAIT);
            // Warm the report and delivery paths: with no descriptor left, no class file can be opened.
            daemon.sendRaw(socket, "not json".getBytes(StandardCharsets.UTF_8));
            plugin.await("ERROR UNREADABLE_MESSAGE", WAIT);
            daemon.sendTlm(RecordingDispatcher.tlm(1));
            plugin.await("EVENT 1", WAIT);

            try {
                for (int i = 0; i < PEERS; i++) {
                    peers.add(AFUNIXSocket.connectTo(AFUNIXSocketAddress.of(socket))); // the backlog takes them all
                }
                String failed = plugin.await("ERROR CONNECTION_FAILED", WAIT);
                assertTrue(failed.contains("accepting on " + socket + " failed"), failed);
                // The fault lasts while the loop retries (every 100 ms) a few times: one report for all.
                plugin.await(line -> line.startsWith("DEBUG accepting on") && line.contains("failed " + RETRIES
                        + " times in a row"), RETRIES + " failed accepts", WAIT);
            } finally {
                // Newest first: those the plugin has not accepted yet are closed before it can, so
                // that what it accepts once descriptors come back is at its end and freed at once.
                for (int i = peers.size() - 1; i >= 0; i--) {
                    peers.get(i).close();
                }
            }

            daemon.sendTlm(RecordingDispatcher.tlm(2));
            plugin.await("EVENT 2", WAIT); // every error before it was handled: errors and events keep their order
            long acceptFailures = plugin.lines.stream()
                    .filter(line -> line.startsWith("ERROR CONNECTION_FAILED") && line.contains("accepting on"))
                    .count();
            assertEquals(1, acceptFailures, "one report for one streak of failed accepts, not one per retry\n"
                    + plugin.describe());
            assertEquals(0, plugin.count("UNCAUGHT") + plugin.count("CLOSED"), plugin.describe());
            assertTrue(plugin.stderr().contains("works again"), "the recovery is logged\n" + plugin.describe());
            assertTrue(plugin.isAlive());
            Matcher attempts = ATTEMPTS.matcher(plugin.stderr());
            assertTrue(attempts.find(), plugin.describe());
            assertTrue(Integer.parseInt(attempts.group(1)) >= RETRIES, plugin.describe());
            System.out.println("descriptors exhausted: " + attempts.group(1) + " failed accepts, "
                    + acceptFailures + " report");
        }
    }
}

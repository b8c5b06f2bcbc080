package org.tracimdaemon.example.notifier;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;
import org.newsclub.net.unix.AFUNIXSocket;
import org.newsclub.net.unix.AFUNIXSocketAddress;
import org.tracimdaemon.sdk.runtime.TracimDaemonClient;
import org.tracimdaemon.sdk.testkit.FakeDaemon;
import org.tracimdaemon.sdk.testkit.FakeDaemonExtension;

/**
 * The "connected" line when the daemon still knows the plugin's socket: after the plugin crashed
 * and was restarted at once (systemd's Restart=on-failure), the daemon answers its registration
 * with account info only, no daemon_client_added.
 */
@ExtendWith(FakeDaemonExtension.class)
class ConnectedLineTest {

    @Test
    @Timeout(10)
    void isSaidWhenTheDaemonAnswersWithAccountInfoOnly(FakeDaemon daemon) throws Exception {
        Path socket = daemon.socketPath().resolveSibling("notifier.sock");
        registerAsACrashedRunWould(daemon.socketPath(), socket);
        daemon.awaitMessage("daemon_client_add", RunningNotifier.WAIT);
        assertEquals(List.of(socket.toString()), daemon.registeredClients());

        BlockingQueue<String> messages = new LinkedBlockingQueue<>();
        Notifier notifier = new Notifier(notification -> { }, messages::add, ZoneOffset.UTC, BodyFetcher.disabled());
        try (TracimDaemonClient client = TracimDaemonClient.builder().masterSocket(daemon.socketPath())
                .clientSocket(socket).dispatcher(TracimNotifierDispatcher.of(notifier)).start()) {
            assertEquals("Tracim notifier: connected to TracimDaemon as user 1 (1 plugin registered).",
                    messages.poll(RunningNotifier.WAIT.toSeconds(), TimeUnit.SECONDS));
            assertEquals(List.of(client.socketPath().toString()), daemon.registeredClients());
        }
    }

    /** What the previous run sent before it crashed without unregistering. */
    private static void registerAsACrashedRunWould(Path master, Path socket) throws Exception {
        String add = "{\"path\":\"" + socket + "\",\"type\":\"daemon_client_add\",\"data\":{\"path\":\"" + socket
                + "\",\"pid\":\"1\"}}";
        try (AFUNIXSocket connection = AFUNIXSocket.connectTo(AFUNIXSocketAddress.of(master));
                OutputStream out = connection.getOutputStream()) {
            out.write(add.getBytes(StandardCharsets.UTF_8));
        }
    }
}

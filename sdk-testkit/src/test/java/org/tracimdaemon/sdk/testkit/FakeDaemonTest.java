package org.tracimdaemon.sdk.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.newsclub.net.unix.AFUNIXServerSocket;
import org.newsclub.net.unix.AFUNIXSocket;
import org.newsclub.net.unix.AFUNIXSocketAddress;

/** The fake daemon answers with the real daemon's bytes (see shared/samples/daemon). */
@Timeout(value = 30, unit = TimeUnit.SECONDS)
class FakeDaemonTest {
    private static final Duration WAIT = Duration.ofSeconds(10);

    @TempDir
    Path dir;

    private FakeDaemon daemon;
    private AFUNIXServerSocket plugin;
    private Path pluginPath;
    private final BlockingQueue<String> toPlugin = new LinkedBlockingQueue<>();

    @BeforeEach
    void start() throws Exception {
        daemon = FakeDaemon.start(dir);
        pluginPath = dir.resolve("plugin.sock");
        plugin = AFUNIXServerSocket.newInstance();
        plugin.bind(AFUNIXSocketAddress.of(pluginPath));
        Thread reader = new Thread(() -> {
            while (!plugin.isClosed()) {
                try (AFUNIXSocket connection = plugin.accept(); InputStream in = connection.getInputStream()) {
                    toPlugin.add(new String(in.readAllBytes(), StandardCharsets.UTF_8));
                } catch (Exception e) {
                    return;
                }
            }
        });
        reader.setDaemon(true);
        reader.start();
    }

    @AfterEach
    void stop() throws Exception {
        plugin.close();
        daemon.close();
    }

    private void send(String message) throws Exception {
        try (AFUNIXSocket connection = AFUNIXSocket.connectTo(AFUNIXSocketAddress.of(daemon.socketPath()))) {
            OutputStream out = connection.getOutputStream();
            out.write(message.getBytes(StandardCharsets.UTF_8));
        }
    }

    private String next() throws InterruptedException {
        String message = toPlugin.poll(WAIT.toMillis(), TimeUnit.MILLISECONDS);
        if (message == null) {
            throw new AssertionError("the plugin received nothing");
        }
        return message;
    }

    private String register() throws Exception {
        send("{\"path\":\"" + pluginPath + "\",\"type\":\"daemon_client_add\",\"data\":{\"path\":\"" + pluginPath
                + "\",\"pid\":\"48377\"}}");
        return next();
    }

    @Test
    void registrationAnswersAccountInfoThenBroadcastsClientAdded() throws Exception {
        String master = daemon.socketPath().toString();
        assertEquals("{\"path\":\"" + master + "\",\"type\":\"daemon_account_info\",\"data\":{\"user_id\":\"1\"}}",
                register());
        assertEquals("{\"path\":\"" + master + "\",\"type\":\"daemon_client_added\",\"data\":{\"path\":\""
                + pluginPath + "\",\"pid\":\"48377\"}}", next());
        assertEquals(List.of(pluginPath.toString()), daemon.registeredClients());
        assertEquals("48377", daemon.awaitMessage("daemon_client_add", WAIT).dataText("pid"));
    }

    @Test
    void tlmsAreJsonStringsWithGoEscaping() throws Exception {
        register();
        next();
        daemon.sendTlm("{\"label\": \"<a> & b\"}");
        assertEquals("{\"path\":\"" + daemon.socketPath()
                + "\",\"type\":\"daemon_tracim_event\",\"data\":\"{\\\"label\\\": \\\"\\u003ca\\u003e \\u0026 b\\\"}\"}",
                next());
    }

    @Test
    void deleteBroadcastsTheRequestsDataWithSortedKeys() throws Exception {
        register();
        next();
        Path other = dir.resolve("other.sock");
        send("{\"path\":\"" + other + "\",\"type\":\"daemon_client_delete\",\"data\":{\"pid\":\"2\",\"path\":\"" + other
                + "\",\"reason\":\"bye\"}}");
        assertEquals("{\"path\":\"" + daemon.socketPath() + "\",\"type\":\"daemon_client_deleted\",\"data\":"
                + "{\"path\":\"" + other + "\",\"pid\":\"2\",\"reason\":\"bye\"}}", next());
    }

    @Test
    void aClientAddWithoutDataCrashesItLikeTheRealDaemonLeavingTheSocketFile() throws Exception {
        send("{\"path\":\"" + pluginPath + "\",\"type\":\"daemon_client_add\"}");
        daemon.awaitMessage("daemon_client_add", WAIT);
        assertTrue(daemon.crashed());
        assertTrue(Files.exists(daemon.socketPath()));
        daemon.restart();
        assertFalse(daemon.crashed());
        register();
    }

    @Test
    void onlyTheFirst4096BytesAreReadSoALongerMessageGoesUnanswered() throws Exception {
        String longPing = "{\"path\":\"" + pluginPath + "\",\"type\":\"daemon_ping\",\"data\":\"" + "z".repeat(5000) + "\"}";
        send(longPing);
        ReceivedMessage cut = daemon.received().poll(WAIT.toMillis(), TimeUnit.MILLISECONDS);
        assertEquals(FakeDaemon.READ_LIMIT, cut.raw().length());
        assertEquals("", cut.type());
        send("{\"path\":\"" + pluginPath + "\",\"type\":\"daemon_ping\"}");
        assertEquals("{\"path\":\"" + daemon.socketPath() + "\",\"type\":\"daemon_pong\"}", next());
    }

    @Test
    void aKeepAliveRoundDropsWhoDidNotAnswerTheLastOne() throws Exception {
        register();
        next();
        daemon.pingAll();
        assertEquals("{\"path\":\"" + daemon.socketPath() + "\",\"type\":\"daemon_ping\"}", next());
        daemon.pingAll(); // no pong in between
        assertTrue(daemon.registeredClients().isEmpty());
    }

    @Test
    void requestsAnsweredAsIntendedEchoTheRequestAndCarryTracimsBody() throws Exception {
        daemon.answerRequestsAsIntended(TracimApi.of(java.util.Map.of("/users/1", "{\"public_name\":\"Alice\"}")));
        send("{\"path\":\"" + pluginPath + "\",\"type\":\"daemon_do_request\",\"data\":{\"Method\":\"GET\","
                + "\"Endpoint\":\"/users/1\",\"Body\":\"\"}}");
        assertEquals("{\"path\":\"" + daemon.socketPath() + "\",\"type\":\"daemon_request_result\",\"data\":"
                + "{\"Request\":{\"Method\":\"GET\",\"Endpoint\":\"/users/1\",\"Body\":null},\"StatusCode\":200,"
                + "\"Status\":\"200 OK\",\"data\":\"eyJwdWJsaWNfbmFtZSI6IkFsaWNlIn0=\"}}", next());
    }

    @Test
    void requestsTracimHasNoAnswerForGetNoneAsWithTheRealDaemon() throws Exception {
        daemon.answerRequestsAsIntended(TracimApi.of(java.util.Map.of("/users/1", "{}")));
        send("{\"path\":\"" + pluginPath + "\",\"type\":\"daemon_do_request\",\"data\":{\"Method\":\"GET\","
                + "\"Endpoint\":\"/users/2\"}}");
        daemon.awaitMessage("daemon_do_request", WAIT);
        send("{\"path\":\"" + pluginPath + "\",\"type\":\"daemon_ping\"}");
        // A request is recorded once handled: a result would have reached the plugin before this pong.
        assertEquals("{\"path\":\"" + daemon.socketPath() + "\",\"type\":\"daemon_pong\"}", next());
    }
}

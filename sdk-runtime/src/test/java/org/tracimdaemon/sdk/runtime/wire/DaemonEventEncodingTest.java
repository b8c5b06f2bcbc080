package org.tracimdaemon.sdk.runtime.wire;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.tracimdaemon.sdk.testkit.Samples;

/** What a plugin sends is exactly what the Go SDK sends, and never more than the daemon reads. */
class DaemonEventEncodingTest {

    private static final String CLIENT = "/home/alice/.config/note-watcher/client.sock";

    private static void assertSameBytes(String sample, DaemonEvent event) {
        assertEquals(new String(Samples.pluginRequest(sample), StandardCharsets.UTF_8),
                new String(event.encode(), StandardCharsets.UTF_8));
    }

    @Test
    void clientAdd() {
        assertSameBytes("daemon_client_add",
                DaemonEvent.of(CLIENT, "daemon_client_add", new ClientData(CLIENT, "48377")));
    }

    @Test
    void clientDelete() {
        assertSameBytes("daemon_client_delete",
                DaemonEvent.of(CLIENT, "daemon_client_delete", new ClientData(CLIENT, "48377")));
    }

    @Test
    void doRequestWithItsBodyInBase64AndGoKeyOrder() {
        byte[] body = "{\"parameters\": {\"param1\": 1}}".getBytes(StandardCharsets.UTF_8);
        assertSameBytes("daemon_do_request",
                DaemonEvent.of(CLIENT, "daemon_do_request", new DoRequestData("PUT", "/users/1/config", body)));
    }

    @Test
    void requestsWithoutDataLeaveTheKeyOut() {
        assertSameBytes("daemon_get_clients", DaemonEvent.of(CLIENT, "daemon_get_clients"));
        assertSameBytes("daemon_get_account_info", DaemonEvent.of(CLIENT, "daemon_get_account_info"));
        assertSameBytes("daemon_ping", DaemonEvent.of(CLIENT, "daemon_ping"));
        assertSameBytes("daemon_pong", DaemonEvent.of(CLIENT, "daemon_pong"));
    }

    @Test
    void encodedRequestsDecodeBack() {
        DaemonEvent add = DaemonEvent.decode(Samples.pluginRequest("daemon_client_add"));
        assertEquals(new ClientData(CLIENT, "48377"), add.dataAs(ClientData.class));
        DoRequestData request = DaemonEvent.decode(Samples.pluginRequest("daemon_do_request")).dataAs(DoRequestData.class);
        assertEquals("{\"parameters\": {\"param1\": 1}}", new String(request.body(), StandardCharsets.UTF_8));
        assertEquals("PUT", request.method());
        assertEquals("/users/1/config", request.endpoint());
    }

    @Test
    void messageOfExactlyTheLimitIsSent() {
        String prefix = "{\"path\":\"" + CLIENT + "\",\"type\":\"daemon_client_add\",\"data\":{\"path\":\"" + CLIENT
                + "\",\"pid\":\"";
        int pidLength = MessageTooLargeException.DAEMON_READ_LIMIT - prefix.length() - "\"}}".length();
        DaemonEvent event = DaemonEvent.of(CLIENT, "daemon_client_add", new ClientData(CLIENT, "9".repeat(pidLength)));
        assertEquals(4096, event.encode().length);
    }

    @Test
    void messageOverTheLimitIsRefusedNamingSizeAndLimit() {
        byte[] body = new byte[4000]; // 5336 bytes of base64, plus 138 of envelope
        DaemonEvent event = DaemonEvent.of(CLIENT, "daemon_do_request", new DoRequestData("PUT", "/users/1", body));
        MessageTooLargeException e = assertThrows(MessageTooLargeException.class, event::encode);
        assertEquals("daemon_do_request", e.type());
        assertEquals(5474, e.size());
        assertEquals("daemon_do_request message is 5474 bytes; the daemon reads at most 4096 bytes of a message,"
                + " so it would be cut and never answered. Send less data.", e.getMessage());
    }
}

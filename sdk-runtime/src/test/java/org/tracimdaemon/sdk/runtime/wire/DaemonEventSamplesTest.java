package org.tracimdaemon.sdk.runtime.wire;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.tracimdaemon.sdk.runtime.tlm.TLMEvent;
import org.tracimdaemon.sdk.testkit.Samples;

/** Every message the daemon sends, byte for byte as sampled, decodes into its record. */
class DaemonEventSamplesTest {

    private static final String MASTER = "/home/alice/.config/TracimDaemon/master.sock";
    private static final String PUSH = "/home/alice/.config/TracimPushNotification/tracim_push_notification.sock";
    private static final String NOTE_WATCHER = "/home/alice/.config/note-watcher/client.sock";

    private static DaemonEvent decode(String name) {
        DaemonEvent event = DaemonEvent.decode(Samples.daemonMessage(name));
        assertEquals(MASTER, event.path());
        return event;
    }

    @Test
    void accountInfoIdIsAStringDecodedAsANumber() {
        DaemonEvent event = decode("daemon_account_info");
        assertEquals("daemon_account_info", event.type());
        assertEquals(new AccountInfoData(1), event.dataAs(AccountInfoData.class));
    }

    @Test
    void messagesWithoutData() {
        for (String type : List.of("daemon_ack", "daemon_ping", "daemon_pong")) {
            DaemonEvent event = decode(type);
            assertEquals(type, event.type());
            assertFalse(event.hasData());
            assertTrue(event.data().isMissingNode());
        }
    }

    @Test
    void clientAdded() {
        assertEquals(new ClientData(PUSH, "48213"), decode("daemon_client_added").dataAs(ClientData.class));
        assertEquals(new ClientData(NOTE_WATCHER, "48377"),
                decode("daemon_client_added.second-plugin").dataAs(ClientData.class));
    }

    @Test
    void numericPidDroppedByTheDaemonIsEmpty() {
        assertEquals(new ClientData("/tmp/miniclient.sock", ""),
                decode("daemon_client_added.numeric-pid-dropped").dataAs(ClientData.class));
    }

    @Test
    void clientDeleted() {
        DaemonEvent event = decode("daemon_client_deleted");
        assertEquals("daemon_client_deleted", event.type());
        assertEquals(new ClientData("/tmp/miniclient.sock", "51002"), event.dataAs(ClientData.class));
    }

    @Test
    void clientDeletedWithoutDataIsAnEmptyClientNotNull() {
        DaemonEvent event = decode("daemon_client_deleted.no-data");
        assertEquals(false, event.hasData());
        assertEquals(new ClientData("", ""), event.dataAs(ClientData.class));
    }

    @Test
    void clientDeletedWithExtraKeysKeepsThemInTheTree() {
        DaemonEvent event = decode("daemon_client_deleted.extra-keys-sorted");
        assertEquals(new ClientData("/home/alice/.local/run/status-bar.sock", "50110"), event.dataAs(ClientData.class));
        assertEquals("shutdown", event.data().get("reason").textValue());
    }

    @Test
    void clientDeletedWithoutData() {
        DaemonEvent event = decode("daemon_client_deleted.no-data");
        assertEquals("daemon_client_deleted", event.type());
        assertFalse(event.hasData());
    }

    @Test
    void clientListsInRegistrationOrder() {
        assertEquals(new ClientList(List.of(new ClientData(PUSH, "48213"), new ClientData(NOTE_WATCHER, "48377"),
                new ClientData("/tmp/miniclient.sock", ""))), decode("daemon_clients").dataAs(ClientList.class));
        assertEquals(new ClientList(List.of(new ClientData(PUSH, "48213"))),
                decode("daemon_clients.one").dataAs(ClientList.class));
        assertEquals(List.of(), decode("daemon_clients.empty").dataAs(ClientList.class).clients());
    }

    @Test
    void requestResultBodiesAreBase64Decoded() {
        RequestResult json = decode("daemon_request_result").dataAs(RequestResult.class);
        assertEquals(200, json.statusCode());
        assertEquals("200 OK", json.status());
        assertEquals(new DoRequestData("", "", null), json.request());
        assertEquals("{\"message\": \"illustrative body: whatever GET <tracim url> answered\"}", json.bodyText());

        RequestResult html = decode("daemon_request_result.html-body").dataAs(RequestResult.class);
        assertEquals("<!DOCTYPE html><html><head><title>Tracim</title></head><body>proxy page</body></html>",
                html.bodyText());

        RequestResult empty = decode("daemon_request_result.empty-body").dataAs(RequestResult.class);
        assertArrayEquals(new byte[0], empty.body());
        assertEquals(0, empty.request().body().length);
    }

    @Test
    void tracimEventCarriesTheTlmAsAString() {
        DaemonEvent event = decode("daemon_tracim_event");
        assertTrue(event.data().isTextual());
        TLMEvent tlm = TLMEvent.decode(event);
        assertEquals(1230, tlm.eventId());
        assertEquals("content.created.html-document", tlm.eventType());
        assertEquals(new String(Samples.tlm("content.created.html-document").getBytes(StandardCharsets.UTF_8),
                StandardCharsets.UTF_8), tlm.json());
    }

    @Test
    void goEscapesAreDecoded() {
        TLMEvent tlm = TLMEvent.decode(decode("daemon_tracim_event.content.modified.folder"));
        assertTrue(tlm.json().contains("\"description\": \"<p> Le nouveau contenu </p>\""));
    }
}

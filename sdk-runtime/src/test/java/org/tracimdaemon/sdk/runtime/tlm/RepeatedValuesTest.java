package org.tracimdaemon.sdk.runtime.tlm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.tracimdaemon.sdk.runtime.decode.DecodeException;
import org.tracimdaemon.sdk.runtime.wire.DaemonEvent;

/**
 * People and space menus met again in an envelope's bytes are taken whole ({@link RepeatedValues}):
 * the values are those a reading from scratch gives, and bytes that differ anywhere are read anew.
 */
class RepeatedValuesTest {

    private static final String USER = "{\"user_id\": 1, \"has_avatar\": true, \"has_cover\": false,"
            + " \"public_name\": \"Global manager\", \"username\": \"TheAdmin\", \"is_active\": true}";
    private static final String SIDEBAR = "[{\"slug\": \"dashboard\", \"label\": \"Dashboard\","
            + " \"route\": \"/ui/workspaces/2/dashboard\", \"fa_icon\": \"fas fa-tachometer-alt\", \"hexcolor\": \"#fdfdfd\"},"
            + " {\"slug\": \"agenda\", \"label\": \"Agenda\", \"route\": \"/ui/workspaces/2/agenda\","
            + " \"fa_icon\": \"fas fa-calendar-alt\", \"hexcolor\": \"#0b166a\"}]";

    private static String tlm(String author, String modifier, String owner, String sidebar) {
        return "{\"event_id\": 1, \"event_type\": \"content.modified.html-document\", \"created\": \"2025-05-20T10:27:44Z\","
                + " \"read\": null, \"fields\": {\"author\": " + author + ", \"client_token\": null, \"content\": {"
                + "\"content_type\": \"html-document\", \"content_id\": 41, \"label\": \"Log\", \"author\": " + author
                + ", \"last_modifier\": " + modifier + ", \"created\": \"2025-05-20T10:25:00Z\","
                + " \"modified\": \"2025-05-20T10:27:44Z\", \"status\": \"open\"}, \"workspace\": {\"workspace_id\": 2,"
                + " \"label\": \"Recipes\", \"slug\": \"recipes\", \"access_type\": \"confidential\","
                + " \"default_user_role\": \"reader\", \"created\": \"2025-05-19T08:00:11Z\", \"owner\": " + owner
                + ", \"sidebar_entries\": " + sidebar + "}}}";
    }

    /** The TLM carried as the envelope's string, as the daemon sends it: read in place by EscapedTlmParser. */
    private static ContentEvent carried(String tlm) throws Exception {
        String envelope = "{\"path\":\"/m.sock\",\"type\":\"daemon_tracim_event\",\"data\":"
                + new ObjectMapper().writeValueAsString(tlm) + "}";
        return TLMEvent.decode(DaemonEvent.decode(envelope.getBytes(StandardCharsets.UTF_8))).fields(ContentEvent.class);
    }

    private static ContentEvent fromScratch(String tlm) {
        return TLMEvent.decode(tlm).fields(ContentEvent.class);
    }

    @Test
    void aPersonMetAgainIsTheSameValue() throws Exception {
        // The author is met four times in one event: noted, kept, then taken twice.
        String tlm = tlm(USER, USER, USER, SIDEBAR);
        ContentEvent first = carried(tlm);
        assertEquals(fromScratch(tlm), first);
        assertSame(((MessageContent) first.content()).lastModifier(), first.workspace().owner().orElseThrow());
        // The menu is met once an event: noted, then kept, then taken.
        ContentEvent second = carried(tlm);
        ContentEvent third = carried(tlm);
        assertEquals(first, third);
        assertSame(second.workspace().sidebarEntries(), third.workspace().sidebarEntries());
    }

    @Test
    void bytesThatDifferAreReadAnew() throws Exception {
        carried(tlm(USER, USER, USER, SIDEBAR));
        String other = USER.replace("Global manager", "Global managed");
        String longer = USER.replace("}", ", \"from_a_newer_tracim\": [1]}");
        String otherSidebar = SIDEBAR.replace("#0b166a", "#0b166b");
        String tlm = tlm(other, longer, "null", otherSidebar);
        ContentEvent event = carried(tlm);
        assertEquals(fromScratch(tlm), event);
        assertEquals("Global managed", event.author().orElseThrow().publicName());
        assertNotEquals(event.author(), event.workspace().owner());
        assertEquals("#0b166b", event.workspace().sidebarEntries().get(1).hexcolor());
    }

    @Test
    void aMenuThatFailsFailsAsFromScratchEveryTime() throws Exception {
        String tlm = tlm(USER, USER, USER, "[null]");
        DecodeException expected = assertThrows(DecodeException.class, () -> fromScratch(tlm));
        for (int i = 0; i < 2; i++) {
            DecodeException e = assertThrows(DecodeException.class, () -> carried(tlm));
            assertEquals(expected.where(), e.where());
            assertEquals(expected.getMessage(), e.getMessage());
        }
    }
}

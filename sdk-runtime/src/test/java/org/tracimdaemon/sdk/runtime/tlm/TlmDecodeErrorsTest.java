package org.tracimdaemon.sdk.runtime.tlm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.tracimdaemon.sdk.runtime.decode.DecodeException;
import org.tracimdaemon.sdk.runtime.wire.DaemonEvent;

/** A malformed TLM fails with a {@link DecodeException} saying what is wrong and where. */
class TlmDecodeErrorsTest {

    private static final String HEADER = "\"event_id\": 7, \"event_type\": \"user.modified\", \"read\": null";

    private static DecodeException failure(String tlm) {
        return assertThrows(DecodeException.class, () -> TLMEvent.decode(tlm));
    }

    private static DaemonEvent tracimEvent(String data) {
        return DaemonEvent.decode(("{\"path\":\"/m.sock\",\"type\":\"daemon_tracim_event\",\"data\":" + data + "}")
                .getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void dataThatIsANumber() {
        DecodeException e = assertThrows(DecodeException.class, () -> TLMEvent.decode(tracimEvent("42")));
        assertEquals("data", e.where());
        assertEquals("data: a daemon_tracim_event carries the TLM as a JSON string or object, got number",
                e.getMessage());
    }

    @Test
    void dataMissing() {
        DecodeException e = assertThrows(DecodeException.class, () -> TLMEvent.decode(
                DaemonEvent.decode("{\"path\":\"/m.sock\",\"type\":\"daemon_tracim_event\"}".getBytes(StandardCharsets.UTF_8))));
        assertEquals("data: a daemon_tracim_event carries the TLM as a JSON string or object, got no data",
                e.getMessage());
    }

    @Test
    void malformedTlmInsideTheString() {
        DecodeException e = assertThrows(DecodeException.class, () -> TLMEvent.decode(tracimEvent("\"{\\\"event_id\\\": \"")));
        assertEquals("data", e.where());
        assertEquals(true, e.getMessage().startsWith("data: the TLM is not readable JSON: Unexpected end-of-input"),
                e.getMessage());
    }

    @Test
    void missingEventType() {
        DecodeException e = failure("{\"event_id\": 7, \"created\": \"2025-05-20T09:02:11Z\", \"fields\": {}}");
        assertEquals("event_type", e.where());
        assertEquals("event_type: missing: every TLM has event_type", e.getMessage());
    }

    @Test
    void missingEventTypeThroughTheEnvelopeNamesDataToo() {
        DecodeException e = assertThrows(DecodeException.class, () -> TLMEvent.decode(
                tracimEvent("{\"event_id\": 7, \"created\": \"2025-05-20T09:02:11Z\", \"fields\": {}}")));
        assertEquals("data.event_type: missing: every TLM has event_type", e.getMessage());
    }

    @Test
    void dateWithMicrosecondsAndOffset() {
        DecodeException e = failure("{" + HEADER + ", \"created\": \"2025-05-20T10:02:15.123456+00:00\", \"fields\": {}}");
        assertEquals("created", e.where());
        assertEquals("created: expected a date like \"2025-05-20T09:02:11Z\" (UTC, whole seconds), got"
                + " \"2025-05-20T10:02:15.123456+00:00\"", e.getMessage());
    }

    @Test
    void fieldsNotAnObject() {
        DecodeException e = failure("{" + HEADER + ", \"created\": \"2025-05-20T09:02:11Z\", \"fields\": [1]}");
        assertEquals("fields: expected an object, got [", e.getMessage());
    }

    @Test
    void mainObjectMissingFromFields() {
        TLMEvent tlm = TLMEvent.decode("{" + HEADER + ", \"created\": \"2025-05-20T09:02:11Z\","
                + " \"fields\": {\"author\": null, \"client_token\": null}}");
        DecodeException e = assertThrows(DecodeException.class, () -> tlm.fields(UserEvent.class));
        assertEquals("fields.user", e.where());
        assertEquals("fields.user: missing or null, but Tracim always sends it", e.getMessage());
    }

    @Test
    void nestedDateInAnotherFormat() {
        TLMEvent tlm = TLMEvent.decode("{" + HEADER + ", \"created\": \"2025-05-20T09:02:11Z\", \"fields\": {"
                + "\"reaction\": {\"reaction_id\": 1, \"created\": \"2025-05-20 10:40:12\"}}}");
        DecodeException e = assertThrows(DecodeException.class, () -> tlm.fields(ReactionEvent.class));
        assertEquals("fields.reaction.created: expected a date like \"2025-05-20T09:02:11Z\" (UTC, whole seconds),"
                + " got \"2025-05-20 10:40:12\"", e.getMessage());
    }

    @Test
    void unknownMentionCodeIsUnknownNotAnOrdinal() {
        TLMEvent tlm = TLMEvent.decode("{" + HEADER + ", \"created\": \"2025-05-20T09:02:11Z\", \"fields\": {"
                + "\"mention\": {\"type\": 0, \"recipient\": 5, \"content_id\": 9}}}");
        assertEquals(new Mention(MentionType.UNKNOWN, 5, 9), org.tracimdaemon.sdk.runtime.internal.json.WireJson.treeToValue(
                tlm.fieldsTree().get("mention"), Mention.class, "fields.mention"));
        assertEquals(MentionType.USER, MentionType.of(1));
        assertEquals(MentionType.ROLE, MentionType.of(2));
        assertEquals(MentionType.UNKNOWN, MentionType.of(3));
    }
}

package org.tracimdaemon.sdk.runtime.tlm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.tracimdaemon.sdk.runtime.decode.DecodeException;

/** How a content object becomes one of the five {@link Content} variants, and how it fails. */
class ContentDecodingTest {

    private static final String USER = "{\"user_id\": 1, \"has_avatar\": true, \"has_cover\": false,"
            + " \"public_name\": \"Global manager\", \"username\": \"TheAdmin\", \"is_active\": true}";
    private static final String WORKSPACE = "{\"workspace_id\": 2, \"label\": \"Recipes\", \"slug\": \"recipes\","
            + " \"access_type\": \"confidential\", \"default_user_role\": \"reader\", \"created\": \"2025-05-19T08:00:11Z\"}";
    private static final String COMMON = "\"content_id\": 41, \"label\": \"Log\", \"author\": " + USER
            + ", \"last_modifier\": " + USER + ", \"created\": \"2025-05-20T10:25:00Z\","
            + " \"modified\": \"2025-05-20T10:27:44Z\", \"status\": \"open\"";
    private static final String TODO_KEYS = "\"content_id\": 40, \"author\": " + USER
            + ", \"created\": \"2025-05-20T10:20:00Z\", \"parent\": {\"content_id\": 6, \"label\": \"Tiramisu\","
            + " \"slug\": \"tiramisu\", \"content_type\": \"html-document\"}, \"raw_content\": \"Buy mascarpone\","
            + " \"workspace\": {\"workspace_id\": 2, \"label\": \"Recipes\"}, \"status\": \"open\"";

    private static ContentEvent decode(String content) {
        String tlm = "{\"event_id\": 1, \"event_type\": \"content.modified.x\", \"created\": \"2025-05-20T10:27:44Z\","
                + " \"read\": null, \"fields\": {\"author\": null, \"client_token\": null, \"content\": " + content
                + ", \"workspace\": " + WORKSPACE + "}}";
        return TLMEvent.decode(tlm).fields(ContentEvent.class);
    }

    private static DecodeException failure(String content) {
        return assertThrows(DecodeException.class, () -> decode(content));
    }

    @Test
    void contentTypeFirstOrLastPicksTheSameVariant() {
        RawContent first = assertInstanceOf(RawContent.class,
                decode("{\"content_type\": \"logbook\", " + COMMON + ", \"raw_content\": \"\"}").content());
        RawContent last = assertInstanceOf(RawContent.class,
                decode("{" + COMMON + ", \"raw_content\": \"\", \"content_type\": \"logbook\"}").content());
        assertEquals(first, last);
        assertEquals("logbook", last.contentType());
        assertEquals(41, last.contentId());
        assertEquals("Global manager", last.author().publicName());
    }

    @Test
    void unknownKeysAreIgnored() {
        MessageContent note = assertInstanceOf(MessageContent.class, decode("{\"content_type\": \"html-document\", "
                + COMMON + ", \"from_a_newer_tracim\": {\"nested\": [1, 2]}}").content());
        assertEquals("Log", note.label());
    }

    @Test
    void unknownEnumValuesBecomeUnknown() {
        MessageContent note = assertInstanceOf(MessageContent.class, decode(("{\"content_type\": \"thread\", " + COMMON
                + ", \"current_revision_type\": \"teleport\", \"content_namespace\": \"future\"}")
                .replace("\"status\": \"open\"", "\"status\": \"half-open\"")).content());
        assertEquals(ContentStatus.UNKNOWN, note.status());
        assertEquals(RevisionType.UNKNOWN, note.currentRevisionType());
        assertEquals(ContentNamespace.UNKNOWN, note.contentNamespace());
    }

    @Test
    void absentEnumsAndListsGetDefaultsNotNulls() {
        MessageContent note = assertInstanceOf(MessageContent.class,
                decode("{\"content_type\": \"folder\", " + COMMON + "}").content());
        assertEquals(RevisionType.UNKNOWN, note.currentRevisionType());
        assertEquals(java.util.List.of(), note.subContentTypes());
        assertEquals(java.util.OptionalLong.empty(), note.parentId());
        assertEquals("", note.filename());
    }

    @Test
    void todoWithoutTypeKeyIsFoundByParentAndAssignee() {
        TodoContent todo = assertInstanceOf(TodoContent.class,
                decode("{" + TODO_KEYS + ", \"assignee\": " + USER + "}").content());
        assertEquals(Optional.of(1L), todo.assignee().map(User::userId));
        assertEquals("todo", todo.contentType());
    }

    @Test
    void unassignedTodoHasNoAssignee() {
        TodoContent todo = assertInstanceOf(TodoContent.class,
                decode("{\"assignee\": {\"has_avatar\": true}, " + TODO_KEYS + "}").content());
        assertEquals(Optional.empty(), todo.assignee());
        assertEquals("Buy mascarpone", todo.rawContent());
    }

    @Test
    void unknownContentTypeNamesTheValueTheKnownTypesAndThePath() {
        DecodeException e = failure("{" + COMMON + ", \"content_type\": \"whiteboard\"}");
        assertEquals("fields.content.content_type", e.where());
        assertEquals("fields.content.content_type: unknown content type \"whiteboard\"; known types: html-document,"
                + " file, folder, thread, comment, kanban, logbook, todo", e.getMessage());
    }

    @Test
    void contentNeitherTypedNorTodoIsRefused() {
        DecodeException e = failure("{" + COMMON + "}");
        assertEquals("fields.content.content_type: missing, and the object is not a todo (no \"parent\" and"
                + " \"assignee\"): cannot tell which content it is", e.getMessage());
    }

    @Test
    void contentTypeThatIsNotAStringIsRefused() {
        DecodeException e = failure("{\"content_type\": 3}");
        assertEquals("fields.content.content_type: expected a string, got 3", e.getMessage());
    }

    @Test
    void contentThatIsNotAnObjectIsRefused() {
        DecodeException e = failure("\"a note\"");
        assertEquals("fields.content: a content is a JSON object, got a note", e.getMessage());
    }

    @Test
    void dateInAnotherFormatNamesTheNestedKey() {
        DecodeException e = failure("{\"content_type\": \"file\", "
                + COMMON.replace("\"2025-05-20T10:25:00Z\"", "\"2025-05-20T10:25:00.123456+00:00\"") + "}");
        assertEquals("fields.content.created", e.where());
        assertEquals("fields.content.created: expected a date like \"2025-05-20T09:02:11Z\" (UTC, whole seconds), got"
                + " \"2025-05-20T10:25:00.123456+00:00\"", e.getMessage());
    }

    @Test
    void missingRequiredObjectNamesIt() {
        DecodeException e = failure("{\"content_type\": \"comment\", \"content_id\": 3}");
        assertEquals("fields.content.author", e.where());
        assertEquals("fields.content.author: missing or null, but Tracim always sends it", e.getMessage());
    }

    @Test
    void aContentDecodesOnItsOwnToo() throws Exception {
        Content content = org.tracimdaemon.sdk.runtime.internal.json.WireJson.mapper().readValue(
                "{\"content_type\": \"kanban\", " + COMMON + "}", Content.class);
        assertEquals("kanban", assertInstanceOf(RawContent.class, content).contentType());
    }
}

package org.tracimdaemon.sdk.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** What the builders write; that the SDK decodes it is tested in sdk-runtime (TlmBuildersDecodeTest). */
class TlmTest {
    private static JsonNode json(Tlm tlm) throws Exception {
        return GoJson.MAPPER.readTree(tlm.build());
    }

    @Test
    void contentEventsTakeTheirTypeAndKeepLabelAndSlugTogether() throws Exception {
        JsonNode tlm = json(Tlm.contentCreated("folder").label("Crème brûlée & co").workspace(2, "Recipes")
                .eventId(7).created(Instant.parse("2025-05-20T09:02:11.5Z")));
        assertEquals("content.created.folder", tlm.path("event_type").asText());
        assertEquals(7, tlm.path("event_id").asLong());
        assertEquals("2025-05-20T09:02:11Z", tlm.path("created").asText());
        JsonNode content = tlm.path("fields").path("content");
        assertEquals("folder", content.path("content_type").asText());
        assertEquals("", content.path("file_extension").asText());
        assertEquals("Crème brûlée & co", content.path("label").asText());
        assertEquals("cr-me-br-l-e-co", content.path("slug").asText());
        assertEquals(2, content.path("workspace_id").asLong());
        assertEquals("Recipes", tlm.path("fields").path("workspace").path("label").asText());
    }

    @Test
    void eachContentTypeStartsFromTheSampleOfItsShape() throws Exception {
        assertTrue(json(Tlm.contentModified("file")).path("fields").path("content").has("mimetype"));
        assertTrue(json(Tlm.contentCreated("logbook")).path("fields").path("content").has("raw_content"));
        assertTrue(json(Tlm.contentCreated("comment")).path("fields").path("content").has("parent_label"));
        assertTrue(json(Tlm.content("deleted", "todo")).path("fields").path("content").has("assignee"));
        assertThrows(IllegalArgumentException.class, () -> Tlm.contentCreated("page"));
    }

    @Test
    void mentionsNameAUserOrARole() throws Exception {
        JsonNode user = json(Tlm.mention().toUser(42).contentId(9)).path("fields");
        assertEquals(1, user.path("mention").path("type").asInt());
        assertEquals(42, user.path("mention").path("recipient").asLong());
        assertEquals(9, user.path("mention").path("content_id").asLong());
        assertEquals(9, user.path("content").path("content_id").asLong());
        JsonNode role = json(Tlm.mention().toRole(0)).path("fields").path("mention");
        assertEquals(2, role.path("type").asInt());
        assertEquals(0, role.path("recipient").asLong());
    }

    @Test
    void aReactionsAuthorIsAlsoItsUser() throws Exception {
        JsonNode fields = json(Tlm.reaction("👍").author(3, "Bob i.").contentAuthor(42, "Alice")).path("fields");
        assertEquals("👍", fields.path("reaction").path("value").asText());
        assertEquals(3, fields.path("reaction").path("author").path("user_id").asLong());
        assertEquals(3, fields.path("user").path("user_id").asLong());
        assertEquals(42, fields.path("content").path("author").path("user_id").asLong());
    }

    @Test
    void setReachesAnyKeyAndNoAuthorIsNull() throws Exception {
        JsonNode fields = json(Tlm.contentModified("html-document").set("/fields/content/status", "closed-validated")
                .noAuthor()).path("fields");
        assertEquals("closed-validated", fields.path("content").path("status").asText());
        assertTrue(fields.path("author").isNull());
    }
}

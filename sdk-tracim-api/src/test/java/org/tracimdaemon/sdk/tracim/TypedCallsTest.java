package org.tracimdaemon.sdk.tracim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.tracimdaemon.sdk.tracim.TracimFixture.await;
import static org.tracimdaemon.sdk.tracim.TracimFixture.client;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.util.List;
import java.util.OptionalLong;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.tracimdaemon.sdk.runtime.tlm.AccessType;
import org.tracimdaemon.sdk.runtime.tlm.FileContent;
import org.tracimdaemon.sdk.runtime.tlm.MentionEvent;
import org.tracimdaemon.sdk.runtime.tlm.TLMEvent;
import org.tracimdaemon.sdk.runtime.tlm.User;
import org.tracimdaemon.sdk.runtime.tlm.Workspace;
import org.tracimdaemon.sdk.testkit.Tlm;
import org.tracimdaemon.sdk.testkit.tracim.FakeTracim;
import org.tracimdaemon.sdk.testkit.tracim.RecordedCall;

/** Each call against the fake Tracim over real HTTP, decoded into the SDK's records. */
@Timeout(20)
class TypedCallsTest {
    private final FakeTracim tracim = TracimFixture.tracim();
    private final TracimRestClient client = client(tracim);

    @AfterEach
    void stop() {
        tracim.close();
    }

    @Test
    void aNoteComesWithItsText() throws Exception {
        TextContent note = await(client.note(2, 6));
        assertEquals("<p>Whisk 3 eggs with <b>sugar</b></p>", note.rawContent());
        assertEquals(6, note.content().contentId());
        assertEquals("html-document", note.content().contentType());
        assertEquals("Tiramisu Recipe", note.content().label());
        assertEquals(2, note.content().workspaceId());
        assertEquals(OptionalLong.empty(), note.content().parentId());
    }

    @Test
    void aThreadComesWithItsText() throws Exception {
        TextContent thread = await(client.thread(2, 7));
        assertEquals("thread", thread.content().contentType());
        assertEquals("<p>Friday?</p>", thread.rawContent());
    }

    @Test
    void aFileComesWithItsMetadata() throws Exception {
        FileContent file = await(client.file(2, 8));
        assertEquals("cake.jpg", file.label());
        assertEquals("image/jpeg", file.mimetype());
        assertEquals(OptionalLong.of(123456), file.size());
    }

    @Test
    void theCommentsOfAContentComeWithTheirTextsAndAuthors() throws Exception {
        List<Comment> comments = await(client.comments(2, 6));
        assertEquals(List.of(60L, 61L), comments.stream().map(Comment::contentId).toList());
        Comment first = comments.get(0);
        assertEquals("<p>Less sugar next time?</p>", first.rawContent());
        assertEquals("Bob i.", first.author().publicName());
        assertEquals(6, first.parentId());
        assertEquals("Tiramisu Recipe", first.parentLabel());
        assertEquals("html-document", first.parentContentType());
    }

    @Test
    void postingACommentSendsItsHtmlAndGivesTheNewComment() throws Exception {
        Comment posted = await(client.comment(2, 6, "<p>Will do!</p>"));
        assertEquals("<p>Will do!</p>", posted.rawContent());
        assertEquals(1, posted.author().userId());
        RecordedCall call = tracim.awaitCall("POST", "/workspaces/2/contents/6/comments", TracimFixture.WAIT);
        assertEquals("{\"raw_content\":\"<p>Will do!</p>\"}", call.body());
        assertEquals(3, await(client.comments(2, 6)).size());
    }

    @Test
    void anEmptyCommentIsRefusedBeforeAnyCall() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> client.comment(2, 6, "  "));
        assertEquals("a Tracim comment cannot be empty", e.getMessage());
    }

    @Test
    void aMentionInACommentIsAnsweredBesideItOnTheSameContent() throws Exception {
        MentionEvent mention = mention(Tlm.mention().toUser(1).contentId(60).author(3, "Bob i.")
                .workspace(2, "Recipes").parent(6, "Tiramisu Recipe").build());
        Comment reply = await(client.reply(mention, "<p>Sure, Bob.</p>"));
        assertEquals(6, reply.parentId());
        assertEquals("<p>Sure, Bob.</p>", tracim.comments(2, 6).get(2).path("raw_content").asText());
    }

    @Test
    void aMentionInANoteIsAnsweredOnTheNote() throws Exception {
        tracim.note(2, 9, "Menu", "<p>@alice</p>");
        MentionEvent mention = mention(Tlm.mention().toUser(1).contentId(9).workspace(2, "Recipes")
                .set("/fields/content", new ObjectMapper().readTree(Tlm.contentCreated("html-document").contentId(9)
                        .workspace(2, "Recipes").build()).path("fields").path("content"))
                .build());
        await(client.reply(mention, "<p>Seen.</p>"));
        tracim.awaitCall("POST", "/workspaces/2/contents/9/comments", TracimFixture.WAIT);
    }

    @Test
    void aUserIsTheTlmUserRecord() throws Exception {
        User bob = await(client.user(3));
        assertEquals(3, bob.userId());
        assertEquals("Bob i.", bob.publicName());
        assertEquals("bob", bob.username().orElseThrow());
        assertEquals(true, bob.isActive());
    }

    @Test
    void aSpaceIsTheTlmWorkspaceRecord() throws Exception {
        Workspace space = await(client.workspace(2));
        assertEquals(2, space.workspaceId());
        assertEquals("Recipes", space.label());
        assertEquals("recipes", space.slug());
        assertEquals(AccessType.class, space.accessType().getClass());
        assertEquals(Instant.class, space.created().getClass());
    }

    private static MentionEvent mention(String tlm) {
        return TLMEvent.decode(tlm).fields(MentionEvent.class);
    }
}

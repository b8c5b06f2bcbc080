package org.tracimdaemon.sdk.runtime.tlm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;
import org.tracimdaemon.sdk.catalogue.EventCatalogue;
import org.tracimdaemon.sdk.catalogue.TlmEventType;
import org.tracimdaemon.sdk.runtime.wire.DaemonEvent;
import org.tracimdaemon.sdk.testkit.Samples;

/**
 * Every TLM sample decodes into its payload record with the values Tracim sent. Samples the daemon
 * also wrapped in a {@code daemon_tracim_event} are read through that envelope, the way a plugin
 * receives them.
 */
class TlmSamplesTest {

    /** The daemon envelopes holding a TLM sample, by the TLM's event type. */
    private static final Map<String, String> WRAPPED = Map.of(
            "content.created.html-document", "daemon_tracim_event",
            "user.modified", "daemon_tracim_event.user.modified",
            "content.created.comment", "daemon_tracim_event.content.created.comment",
            "mention.created", "daemon_tracim_event.mention.created",
            "reaction.created", "daemon_tracim_event.reaction.created",
            "content.modified.folder", "daemon_tracim_event.content.modified.folder");

    static final List<String> TLM_EVENT_TYPES = Samples.TLM_EVENT_TYPES;

    private static TLMEvent load(String file) {
        String envelope = WRAPPED.get(file);
        if (envelope == null) {
            return TLMEvent.decode(Samples.tlm(file));
        }
        TLMEvent tlm = TLMEvent.decode(DaemonEvent.decode(Samples.daemonMessage(envelope)));
        assertEquals(Samples.tlm(file), tlm.json(), "the daemon's string is the TLM document verbatim");
        return tlm;
    }

    private static <T> T fields(String file, Class<T> type) {
        return load(file).fields(type);
    }

    private static final User ADMIN = new User(1, "Global manager", Optional.of("TheAdmin"), true, false, true, List.of());

    @Test
    void everySampleIsDecodedBelow() {
        assertEquals(25, TLM_EVENT_TYPES.size());
    }

    @ParameterizedTest
    @FieldSource("TLM_EVENT_TYPES")
    void everySampleDecodesIntoTheCataloguesPayloadRecord(String file) throws ReflectiveOperationException {
        TLMEvent tlm = load(file);
        assertEquals(file, tlm.eventType());
        assertEquals(Optional.empty(), tlm.read());
        TlmEventType type = EventCatalogue.tlm(tlm.eventType()).orElseThrow();
        Object fields = tlm.fields(Class.forName(type.payloadClass()));
        assertEquals(type.payloadClass(), fields.getClass().getName());
        // The same document embedded as an object (accepted too) decodes to the same record.
        String embedded = "{\"path\":\"/m.sock\",\"type\":\"daemon_tracim_event\",\"data\":" + Samples.tlm(file) + "}";
        TLMEvent fromObject = TLMEvent.decode(DaemonEvent.decode(embedded.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        assertEquals(tlm.eventId(), fromObject.eventId());
        assertEquals(fields, fromObject.fields(fields.getClass()));
    }

    @Test
    void noteCreatedIsAMessageContentWithEveryKey() {
        TLMEvent tlm = load("content.created.html-document");
        assertEquals(1230, tlm.eventId());
        assertEquals(Instant.parse("2025-05-19T08:01:02Z"), tlm.created());
        ContentEvent event = tlm.fields(ContentEvent.class);
        assertEquals(Optional.of(ADMIN), event.author());
        assertEquals(Optional.of("e63a5a8f-811e-4bfb-82f5-dc27a00a412a"), event.clientToken());
        MessageContent note = assertInstanceOf(MessageContent.class, event.content());
        assertEquals(6, note.contentId());
        assertEquals("Tiramisu Recipe", note.label());
        assertEquals("tiramisu-recipe", note.slug());
        assertEquals("html-document", note.contentType());
        assertEquals(OptionalLong.of(3), note.parentId());
        assertEquals(2, note.workspaceId());
        assertEquals(ContentNamespace.CONTENT, note.contentNamespace());
        assertEquals(ADMIN, note.author());
        assertEquals(ADMIN, note.lastModifier());
        assertEquals(OptionalLong.empty(), note.assigneeId());
        assertEquals(27, note.currentRevisionId());
        assertEquals(RevisionType.CREATION, note.currentRevisionType());
        assertEquals(ContentStatus.OPEN, note.status());
        assertFalse(note.isArchived());
        assertFalse(note.isDeleted());
        assertTrue(note.isEditable());
        assertFalse(note.isTemplate());
        assertTrue(note.showInUi());
        assertEquals(List.of("logbook", "thread", "file", "html-document", "folder", "kanban", "todo", "comment"),
                note.subContentTypes());
        assertEquals(".document.html", note.fileExtension());
        assertEquals("Tiramisu Recipe.document.html", note.filename());
        assertEquals(Instant.parse("2025-05-19T08:01:02Z"), note.created());
        assertEquals(Instant.parse("2025-05-19T08:01:02Z"), note.modified());
        assertEquals(0, note.activesShares());
        assertEquals("", note.description());
        assertEquals(1, note.versionNumber());

        Workspace space = event.workspace();
        assertEquals(2, space.workspaceId());
        assertEquals("Recipes", space.label());
        assertEquals("recipes", space.slug());
        assertEquals(Optional.empty(), space.description(), "content events send the space without description");
        assertEquals(AccessType.CONFIDENTIAL, space.accessType());
        assertEquals(WorkspaceRole.READER, space.defaultUserRole());
        assertEquals(Instant.parse("2025-05-19T08:00:11Z"), space.created());
        assertEquals(Optional.of(ADMIN), space.owner());
        assertEquals(5, space.sidebarEntries().size());
        assertEquals(new SidebarEntry("dashboard", "Dashboard", "/ui/workspaces/2/dashboard", "fas fa-tachometer-alt",
                "#fdfdfd"), space.sidebarEntries().get(0));
        assertEquals("contents/all", space.sidebarEntries().get(2).slug());
        assertFalse(space.isDeleted());
        assertTrue(space.agendaEnabled());
        assertTrue(space.publicUploadEnabled());
        assertTrue(space.publicDownloadEnabled());
        assertTrue(space.publicationEnabled());
        assertEquals(OptionalLong.empty(), space.parentId());
        assertEquals(3, space.numberOfMembers());
    }

    @Test
    void threadIsAMessageContent() {
        MessageContent thread = assertInstanceOf(MessageContent.class,
                fields("content.created.thread", ContentEvent.class).content());
        assertEquals(7, thread.contentId());
        assertEquals("thread", thread.contentType());
        assertEquals("Best Cakes?", thread.label());
        assertEquals(".thread.html", thread.fileExtension());
    }

    @Test
    void folderKeepsTheHtmlTheDaemonEscaped() {
        ContentEvent event = fields("content.modified.folder", ContentEvent.class);
        MessageContent folder = assertInstanceOf(MessageContent.class, event.content());
        assertEquals("folder", folder.contentType());
        assertEquals("My New label", folder.label());
        assertEquals("<p> Le nouveau contenu </p>", folder.description(), "\\u003c and \\u003e decoded");
        assertEquals(List.of("folder"), folder.subContentTypes());
        assertEquals("", folder.fileExtension());
        assertEquals(OptionalLong.empty(), folder.parentId());
        assertEquals(RevisionType.EDITION, folder.currentRevisionType());
        assertEquals(Optional.of("justaclienttoken"), event.clientToken());
    }

    @Test
    void statusUpdateOfANote() {
        ContentEvent event = fields("content.modified.html-document", ContentEvent.class);
        MessageContent note = assertInstanceOf(MessageContent.class, event.content());
        assertEquals(ContentStatus.CLOSED_VALIDATED, note.status());
        assertEquals(RevisionType.STATUS_UPDATE, note.currentRevisionType());
        assertFalse(note.isEditable());
        assertEquals(Optional.empty(), event.clientToken());
        assertEquals("Foobar", event.workspace().label());
    }

    @Test
    void fileEventsAreFileContents() {
        FileContent modified = assertInstanceOf(FileContent.class,
                fields("content.modified.file", ContentEvent.class).content());
        assertEquals(9, modified.contentId());
        assertEquals("New File.jpeg", modified.filename());
        assertEquals("image/jpeg", modified.mimetype());
        assertEquals(OptionalLong.of(42), modified.size());
        assertEquals("", modified.rawContent());
        assertEquals(137, modified.currentRevisionId());
        assertEquals(RevisionType.REVISION, modified.currentRevisionType());
        assertEquals(Instant.parse("2020-05-20T12:14:57Z"), modified.created());

        FileContent deleted = assertInstanceOf(FileContent.class,
                fields("content.deleted.file", ContentEvent.class).content());
        assertEquals(8, deleted.contentId());
        assertTrue(deleted.isDeleted());
        assertEquals(RevisionType.DELETION, deleted.currentRevisionType());
        assertEquals("text/plain", deleted.mimetype());
        assertEquals(OptionalLong.of(16), deleted.size());

        FileContent undeleted = assertInstanceOf(FileContent.class,
                fields("content.undeleted.file", ContentEvent.class).content());
        assertFalse(undeleted.isDeleted());
        assertEquals(RevisionType.UNDELETION, undeleted.currentRevisionType());
        assertEquals(3, undeleted.versionNumber());
    }

    @Test
    void kanbanIsARawContent() {
        ContentEvent event = fields("content.modified.kanban", ContentEvent.class);
        RawContent board = assertInstanceOf(RawContent.class, event.content());
        assertEquals(41, board.contentId());
        assertEquals("kanban", board.contentType());
        assertEquals("Sprint board", board.label());
        assertEquals(".kanban", board.fileExtension());
        assertEquals("", board.rawContent());
        assertEquals(3, event.author().orElseThrow().userId());
    }

    @Test
    void commentIsACommentContent() {
        TLMEvent tlm = load("content.created.comment");
        assertEquals(241, tlm.eventId());
        ContentEvent event = tlm.fields(ContentEvent.class);
        CommentContent comment = assertInstanceOf(CommentContent.class, event.content());
        assertEquals(55, comment.contentId());
        assertEquals("comment", comment.contentType());
        assertEquals(1, comment.parentId());
        assertEquals("html-document", comment.parentContentType());
        assertEquals(ContentNamespace.CONTENT, comment.parentContentNamespace());
        assertEquals("First note", comment.parentLabel());
        assertEquals(ADMIN, comment.author());
        assertEquals(ADMIN, comment.lastModifier());
        assertEquals(Instant.parse("2020-08-19T07:25:13Z"), comment.created());
        assertEquals(Instant.parse("2020-08-19T07:25:13Z"), comment.modified());
        assertEquals("", comment.description());
        assertEquals(AccessType.OPEN, event.workspace().accessType());
        assertEquals(1, event.workspace().numberOfMembers());
    }

    @Test
    void todoIsATodoContentFoundByItsKeys() {
        ContentEvent event = fields("content.created.todo", ContentEvent.class);
        TodoContent todo = assertInstanceOf(TodoContent.class, event.content());
        Content asContent = todo;
        assertEquals("todo", asContent.contentType());
        assertEquals(40, asContent.contentId());
        assertEquals(ADMIN, asContent.author());
        assertEquals(Instant.parse("2025-05-20T10:20:00Z"), asContent.created());
        assertEquals("Buy mascarpone", todo.rawContent());
        assertEquals(ContentStatus.OPEN, todo.status());
        assertEquals(3, todo.assignee().orElseThrow().userId());
        assertEquals("Bob i.", todo.assignee().orElseThrow().publicName());
        assertEquals(new ContentDigest(6, "Tiramisu Recipe", "tiramisu-recipe", "html-document"), todo.parent());
        assertEquals(new WorkspaceDigest(2, "Recipes"), todo.workspace());
    }

    @Test
    void userCreatedWithoutAuthorTokenOrUsername() {
        TLMEvent tlm = load("user.created");
        assertEquals(1201, tlm.eventId());
        assertEquals(Instant.parse("2025-05-20T09:02:11Z"), tlm.created());
        UserEvent event = tlm.fields(UserEvent.class);
        assertEquals(Optional.of(ADMIN), event.author());
        assertEquals(Optional.empty(), event.clientToken());
        assertEquals(new User(5, "test user", Optional.empty(), true, false, true, List.of()), event.user());
    }

    @Test
    void userModified() {
        TLMEvent tlm = load("user.modified");
        assertEquals(240, tlm.eventId());
        UserEvent event = tlm.fields(UserEvent.class);
        assertEquals("updated", event.user().publicName());
        assertEquals(Optional.of("TheAdmin"), event.user().username());
        assertEquals(Optional.of("d005a16c-dc12-4422-b69e-b3c3f144aaa8"), event.clientToken());
    }

    @Test
    void workspaceEventsCarryTheDescription() {
        Workspace created = fields("workspace.created", WorkspaceEvent.class).workspace();
        assertEquals(5, created.workspaceId());
        assertEquals(Optional.of("mysuperdescription"), created.description());
        assertFalse(created.agendaEnabled());
        assertFalse(created.publicUploadEnabled());
        assertFalse(created.publicDownloadEnabled());

        Workspace modified = fields("workspace.modified", WorkspaceEvent.class).workspace();
        assertEquals("another label", modified.label());
        assertEquals("another-slug", modified.slug());
        assertEquals(Optional.of("first workspace description"), modified.description());
        assertEquals(AccessType.OPEN, modified.accessType());

        Workspace deleted = fields("workspace.deleted", WorkspaceEvent.class).workspace();
        assertTrue(deleted.isDeleted());
        assertEquals(Optional.of(""), deleted.description());
    }

    @Test
    void workspaceMembers() {
        WorkspaceMemberEvent added = fields("workspace_member.created", WorkspaceMemberEvent.class);
        assertEquals(2, added.user().orElseThrow().userId());
        assertEquals("Lawrence L.", added.user().orElseThrow().publicName());
        assertEquals(new Member(WorkspaceRole.CONTENT_MANAGER, EmailNotificationType.NONE), added.member());
        assertEquals("Business", added.workspace().label());
        assertEquals(2, added.workspace().numberOfMembers());

        WorkspaceMemberEvent removed = fields("workspace_member.deleted", WorkspaceMemberEvent.class);
        assertEquals(WorkspaceRole.WORKSPACE_MANAGER, removed.member().role());
        assertEquals(7, removed.user().orElseThrow().userId());
    }

    @Test
    void workspaceSubscriptions() {
        WorkspaceSubscriptionEvent asked = fields("workspace_subscription.created",
                WorkspaceSubscriptionEvent.class);
        Subscription pending = asked.subscription();
        assertEquals(SubscriptionState.PENDING, pending.state());
        assertEquals(Instant.parse("2025-05-20T09:15:12Z"), pending.createdDate());
        assertEquals(new WorkspaceDigest(8, "on_request"), pending.workspace());
        assertEquals(9, pending.author().userId());
        assertEquals(Optional.empty(), pending.evaluationDate());
        assertEquals(Optional.empty(), pending.evaluator());
        assertEquals(AccessType.ON_REQUEST, asked.workspace().accessType());
        assertEquals(9, asked.user().userId());
        assertEquals(9, asked.author().orElseThrow().userId());

        Subscription accepted = fields("workspace_subscription.modified", WorkspaceSubscriptionEvent.class)
                .subscription();
        assertEquals(SubscriptionState.ACCEPTED, accepted.state());
        assertEquals(Optional.of(Instant.parse("2025-05-20T09:20:47Z")), accepted.evaluationDate());
        assertEquals(Optional.of(ADMIN), accepted.evaluator());
    }

    @Test
    void mentionOfEverybodyInAComment() {
        MentionEvent event = fields("mention.created", MentionEvent.class);
        assertEquals(new Mention(MentionType.ROLE, 0, 45), event.mention());
        assertTrue(event.mention().isEveryone());
        CommentContent comment = assertInstanceOf(CommentContent.class, event.content());
        assertEquals(45, comment.contentId());
        assertEquals("test_thread_updated", comment.parentLabel());
        assertEquals(Optional.of(""), event.workspace().description());
    }

    @Test
    void reactionWithAnEmojiFromASurrogatePair() {
        ReactionEvent event = fields("reaction.created", ReactionEvent.class);
        Reaction reaction = event.reaction();
        assertEquals("\uD83D\uDC27", reaction.value());
        assertEquals("🐧", reaction.value());
        assertEquals(0x1F427, reaction.value().codePointAt(0));
        assertEquals(1, reaction.reactionId());
        assertEquals(46, reaction.contentId());
        assertEquals(ADMIN, reaction.author());
        assertEquals(Instant.parse("2025-05-20T10:40:12Z"), reaction.created());
        assertEquals(ADMIN, event.user());
        MessageContent folder = assertInstanceOf(MessageContent.class, event.content());
        assertEquals("folder", folder.contentType());
        assertEquals("test-folder", folder.label());
        assertEquals(12, event.workspace().workspaceId());
    }

    @Test
    void tags() {
        TagEvent tag = fields("tag.created", TagEvent.class);
        assertEquals(new Tag(1, 10, "foo"), tag.tag());
        assertEquals("Foobar", tag.workspace().label());

        ContentTagEvent onContent = fields("content_tag.created", ContentTagEvent.class);
        assertEquals(new Tag(1, 10, "foo"), onContent.tag());
        assertEquals(31, onContent.content().contentId());
        assertEquals("html-document", onContent.content().contentType());
    }

    @Test
    void userCall() {
        UserCallEvent event = fields("user_call.created", UserCallEvent.class);
        UserCall call = event.userCall();
        assertEquals(1, call.callId());
        assertEquals(2, call.caller().userId());
        assertEquals("bob", call.caller().publicName());
        assertEquals(new User(3, "Riyad Faisal", Optional.of("riyad"), true, false, true, List.of()), call.callee());
        assertEquals(CallState.IN_PROGRESS, call.state());
        assertEquals(Instant.parse("2025-05-20T11:00:00Z"), call.created());
        assertEquals(Instant.parse("2025-05-20T11:00:00Z"), call.modified());
        assertEquals("https://meet.jit.si/tracim-535fa30d7e25dd8a49f1536779734ec8286108d115da5045d77f3b4185d8f790",
                call.url());
        assertEquals(call.callee(), event.user());
        assertEquals(Optional.of("9f0c3b1a-5e2d-4c6b-8f7a-1d2e3c4b5a69"), event.clientToken());
    }

    @Test
    void userConfigKeepsItsFreeFormParameters() {
        UserConfigEvent event = fields("user_config.modified", UserConfigEvent.class);
        Map<String, Object> expected = new LinkedHashMap<>();
        expected.put("param1", 1);
        expected.put("param2", "two");
        assertEquals(expected, event.userConfig().parameters());
        assertEquals(13, event.user().userId());
        assertEquals(Optional.empty(), event.user().username());
        org.junit.jupiter.api.Assertions.assertThrows(UnsupportedOperationException.class,
                () -> event.userConfig().parameters().put("x", 1));
    }
}

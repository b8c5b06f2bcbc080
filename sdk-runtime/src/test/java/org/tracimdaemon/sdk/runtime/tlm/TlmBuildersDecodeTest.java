package org.tracimdaemon.sdk.runtime.tlm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.tracimdaemon.sdk.catalogue.EventCatalogue;
import org.tracimdaemon.sdk.testkit.Samples;
import org.tracimdaemon.sdk.testkit.Tlm;

/** The test kit's TLMs are ones the SDK decodes: plugin authors' tests exercise the real decoding. */
class TlmBuildersDecodeTest {
    private static final Map<String, Class<? extends Content>> SHAPES = Map.of(
            "html-document", MessageContent.class, "folder", MessageContent.class, "thread", MessageContent.class,
            "file", FileContent.class, "kanban", RawContent.class, "logbook", RawContent.class,
            "comment", CommentContent.class, "todo", TodoContent.class);

    @Test
    void everyContentTypeAndOperationDecodesInItsShape() {
        for (String operation : EventCatalogue.OPERATIONS) {
            for (String type : EventCatalogue.CONTENT_TYPES) {
                TLMEvent tlm = TLMEvent.decode(Tlm.content(operation, type).label("L").workspace(5, "S").build());
                assertEquals("content." + operation + "." + type, tlm.eventType());
                ContentEvent event = tlm.fields(ContentEvent.class);
                assertInstanceOf(SHAPES.get(type), event.content(), type);
                assertEquals(type, event.content().contentType());
                assertEquals("S", event.workspace().label());
            }
        }
    }

    @Test
    void mentionsAndReactionsDecodeWithWhatTheBuilderSet() {
        MentionEvent mention = TLMEvent.decode(Tlm.mention().toUser(42).author(3, "Bob").build()).fields(MentionEvent.class);
        assertEquals(new Mention(MentionType.USER, 42, 45), mention.mention());
        assertEquals("Bob", mention.author().orElseThrow().publicName());
        assertTrue(TLMEvent.decode(Tlm.mention().toRole(0).build()).fields(MentionEvent.class).mention().isEveryone());

        ReactionEvent reaction = TLMEvent.decode(Tlm.reaction("👍").contentAuthor(42, "Alice").build())
                .fields(ReactionEvent.class);
        assertEquals("👍", reaction.reaction().value());
        assertEquals(42, reaction.content().author().userId());
    }

    @Test
    void everyBundledSampleDecodes() {
        for (String type : Samples.TLM_EVENT_TYPES) {
            TLMEvent tlm = TLMEvent.decode(Samples.tlm(type));
            String payload = EventCatalogue.tlm(type).orElseThrow().payloadClass();
            try {
                assertEquals(type, tlm.eventType());
                tlm.fields(Class.forName(payload));
            } catch (ClassNotFoundException e) {
                throw new AssertionError(payload, e);
            }
        }
    }
}

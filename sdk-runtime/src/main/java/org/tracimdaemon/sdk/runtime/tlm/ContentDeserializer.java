package org.tracimdaemon.sdk.runtime.tlm;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.util.JsonParserSequence;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.deser.ResolvableDeserializer;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.util.TokenBuffer;
import java.io.IOException;
import org.tracimdaemon.sdk.catalogue.EventCatalogue;
import org.tracimdaemon.sdk.runtime.decode.DecodeException;

/**
 * Picks the {@link Content} variant by the object's {@code content_type} key, or, for todos (which
 * have none), by the presence of {@code parent} and {@code assignee}.
 *
 * <p>This is the hot path of every content event, so it streams: the keys before
 * {@code content_type} are kept in a {@link TokenBuffer} and replayed in front of the rest of the
 * input, which the chosen record's deserializer then reads straight from the parser. Only todos,
 * which have no type key, are buffered whole.
 */
final class ContentDeserializer extends StdDeserializer<Content> implements ResolvableDeserializer {
    private static final long serialVersionUID = 1L;

    private static final String TYPE_KEY = "content_type";

    /**
     * Reader attribute: the content type a content event's type names. With it the variant is
     * known before reading, so nothing is buffered; the content's own {@code content_type} must agree.
     */
    static final String CONTENT_TYPE_HINT = "tracim.contentType";

    private transient JsonDeserializer<Object> message;
    private transient JsonDeserializer<Object> file;
    private transient JsonDeserializer<Object> raw;
    private transient JsonDeserializer<Object> comment;
    private transient JsonDeserializer<Object> todo;

    ContentDeserializer() {
        super(Content.class);
    }

    @Override
    public void resolve(DeserializationContext context) throws JsonMappingException {
        message = context.findRootValueDeserializer(context.constructType(MessageContent.class));
        file = context.findRootValueDeserializer(context.constructType(FileContent.class));
        raw = context.findRootValueDeserializer(context.constructType(RawContent.class));
        comment = context.findRootValueDeserializer(context.constructType(CommentContent.class));
        todo = context.findRootValueDeserializer(context.constructType(TodoContent.class));
    }

    @Override
    public Content deserialize(JsonParser parser, DeserializationContext context) throws IOException {
        if (context.getAttribute(CONTENT_TYPE_HINT) instanceof String hint) {
            Content content = (Content) byType(hint).deserialize(parser, context);
            if (!content.contentType().equals(hint)) {
                throw new DecodeException(TYPE_KEY, "the event type says \"" + hint + "\" but the content is \""
                        + content.contentType() + "\"");
            }
            return content;
        }
        JsonToken token = parser.currentToken();
        if (token == JsonToken.START_OBJECT) {
            token = parser.nextToken();
        } else if (token != JsonToken.FIELD_NAME && token != JsonToken.END_OBJECT) {
            throw new DecodeException("", "a content is a JSON object, got " + parser.getText());
        }
        TokenBuffer buffered = null;
        boolean hasParent = false;
        boolean hasAssignee = false;
        for (; token == JsonToken.FIELD_NAME; token = parser.nextToken()) {
            String key = parser.currentName();
            JsonToken value = parser.nextToken();
            if (key.equals(TYPE_KEY)) {
                if (value != JsonToken.VALUE_STRING) {
                    throw new DecodeException(TYPE_KEY, "expected a string, got " + parser.getText());
                }
                String contentType = parser.getText();
                JsonDeserializer<Object> chosen = byType(contentType);
                if (buffered == null) {
                    buffered = context.bufferForInputBuffering(parser);
                }
                // The records keep content_type, so it is replayed too.
                buffered.writeFieldName(key);
                buffered.writeString(contentType);
                parser.clearCurrentToken();
                JsonParser replay = JsonParserSequence.createFlattened(false, buffered.asParser(parser), parser);
                replay.nextToken();
                return (Content) chosen.deserialize(replay, context);
            }
            hasParent |= key.equals("parent");
            hasAssignee |= key.equals("assignee");
            if (buffered == null) {
                buffered = context.bufferForInputBuffering(parser);
            }
            buffered.writeFieldName(key);
            buffered.copyCurrentStructure(parser);
        }
        if (!(hasParent && hasAssignee)) {
            throw new DecodeException(TYPE_KEY, "missing, and the object is not a todo (no \"parent\" and"
                    + " \"assignee\"): cannot tell which content it is");
        }
        buffered.writeEndObject();
        JsonParser replay = buffered.asParser(parser);
        replay.nextToken();
        return (Content) todo.deserialize(replay, context);
    }

    private JsonDeserializer<Object> byType(String contentType) {
        return switch (contentType) {
            case "html-document", "folder", "thread" -> message;
            case "file" -> file;
            case "kanban", "logbook" -> raw;
            case "comment" -> comment;
            case TodoContent.CONTENT_TYPE -> todo;
            default -> throw new DecodeException(TYPE_KEY, "unknown content type \"" + contentType
                    + "\"; known types: " + String.join(", ", EventCatalogue.CONTENT_TYPES));
        };
    }
}

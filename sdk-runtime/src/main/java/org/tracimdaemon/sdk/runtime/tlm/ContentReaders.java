package org.tracimdaemon.sdk.runtime.tlm;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.util.JsonParserSequence;
import com.fasterxml.jackson.databind.util.TokenBuffer;
import java.io.IOException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import org.tracimdaemon.sdk.catalogue.EventCatalogue;
import org.tracimdaemon.sdk.runtime.decode.DecodeException;

/**
 * Streaming readers of the five content shapes, and the choice between them: by the content type
 * the event type names when there is one (content events), else by the object's
 * {@code content_type} key, keys before it buffered and replayed, or, for todos, which have none,
 * by the presence of {@code parent} and {@code assignee}: the rules of {@link ContentDeserializer}.
 */
final class ContentReaders {
    private ContentReaders() {}

    private static final String TYPE_KEY = "content_type";

    /** A content at {@code key}: null for null, databind's verdict for what is not an object. */
    static Content content(FieldsReading in, String key) throws IOException {
        JsonToken token = in.parser.currentToken();
        if (token == JsonToken.VALUE_NULL) {
            return null;
        }
        if (token != JsonToken.START_OBJECT) {
            return in.databindContent(key);
        }
        try {
            return in.contentHint != null ? hinted(in, in.contentHint) : byKeys(in);
        } catch (DecodeException e) {
            throw FieldsReading.under(key, e);
        }
    }

    private static Content hinted(FieldsReading in, String hint) throws IOException {
        Content content = byType(hint).read(in);
        if (!content.contentType().equals(hint)) {
            throw new DecodeException(TYPE_KEY, "the event type says \"" + hint + "\" but the content is \""
                    + content.contentType() + "\"");
        }
        return content;
    }

    private static Content byKeys(FieldsReading in) throws IOException {
        JsonParser parser = in.parser;
        if (parser instanceof EscapedTlmParser) {
            throw EscapedTlmParser.NOT_PLAIN; // the token buffer wants Jackson's parser: the reading starts again with it
        }
        TokenBuffer buffered = new TokenBuffer(parser);
        buffered.writeStartObject();
        boolean hasParent = false;
        boolean hasAssignee = false;
        for (JsonToken token = parser.nextToken(); token == JsonToken.FIELD_NAME; token = parser.nextToken()) {
            String key = parser.currentName();
            JsonToken value = parser.nextToken();
            if (key.equals(TYPE_KEY)) {
                if (value != JsonToken.VALUE_STRING) {
                    throw new DecodeException(TYPE_KEY, "expected a string, got " + parser.getText());
                }
                String contentType = parser.getText();
                RecordReader<? extends Content> chosen = byType(contentType);
                // The records keep content_type, so it is replayed too.
                buffered.writeFieldName(key);
                buffered.writeString(contentType);
                parser.clearCurrentToken();
                return replayed(in, JsonParserSequence.createFlattened(false, buffered.asParser(parser), parser), chosen);
            }
            hasParent |= key.equals("parent");
            hasAssignee |= key.equals("assignee");
            buffered.writeFieldName(key);
            buffered.copyCurrentStructure(parser);
        }
        if (!(hasParent && hasAssignee)) {
            throw new DecodeException(TYPE_KEY, "missing, and the object is not a todo (no \"parent\" and"
                    + " \"assignee\"): cannot tell which content it is");
        }
        buffered.writeEndObject();
        return replayed(in, buffered.asParser(parser), ContentReaders::todo);
    }

    /** Reads through {@code replay} (the buffered keys, then the rest of the object), then back on the parser. */
    private static Content replayed(FieldsReading in, JsonParser replay, RecordReader<? extends Content> reader)
            throws IOException {
        JsonParser original = in.parser;
        in.parser = replay;
        try {
            replay.nextToken();
            return reader.read(in);
        } finally {
            in.parser = original;
        }
    }

    private static RecordReader<? extends Content> byType(String contentType) {
        return switch (contentType) {
            case "html-document", "folder", "thread" -> ContentReaders::message;
            case "file" -> ContentReaders::file;
            case "kanban", "logbook" -> ContentReaders::raw;
            case "comment" -> ContentReaders::comment;
            case TodoContent.CONTENT_TYPE -> ContentReaders::todo;
            default -> throw new DecodeException(TYPE_KEY, "unknown content type \"" + contentType
                    + "\"; known types: " + String.join(", ", EventCatalogue.CONTENT_TYPES));
        };
    }

    static MessageContent message(FieldsReading in) throws IOException {
        CommonKeys c = CommonKeys.read(in, false, false);
        try {
            return new MessageContent(c.contentId, c.label, c.slug, c.contentType, c.parentId, c.workspaceId,
                    c.contentNamespace, c.author, c.lastModifier, c.assigneeId, c.currentRevisionId,
                    c.currentRevisionType, c.status, c.isArchived, c.isDeleted, c.isEditable, c.isTemplate,
                    c.showInUi, c.subContentTypes, c.fileExtension, c.filename, c.created, c.modified,
                    c.activesShares, c.description, c.versionNumber);
        } catch (RuntimeException e) {
            throw in.constructionFailed(MessageContent.class, e);
        }
    }

    static FileContent file(FieldsReading in) throws IOException {
        CommonKeys c = CommonKeys.read(in, true, true);
        try {
            return new FileContent(c.contentId, c.label, c.slug, c.contentType, c.parentId, c.workspaceId,
                    c.contentNamespace, c.author, c.lastModifier, c.assigneeId, c.currentRevisionId,
                    c.currentRevisionType, c.status, c.isArchived, c.isDeleted, c.isEditable, c.isTemplate,
                    c.showInUi, c.subContentTypes, c.fileExtension, c.filename, c.created, c.modified,
                    c.activesShares, c.description, c.versionNumber, c.rawContent, c.mimetype, c.size);
        } catch (RuntimeException e) {
            throw in.constructionFailed(FileContent.class, e);
        }
    }

    static RawContent raw(FieldsReading in) throws IOException {
        CommonKeys c = CommonKeys.read(in, true, false);
        try {
            return new RawContent(c.contentId, c.label, c.slug, c.contentType, c.parentId, c.workspaceId,
                    c.contentNamespace, c.author, c.lastModifier, c.assigneeId, c.currentRevisionId,
                    c.currentRevisionType, c.status, c.isArchived, c.isDeleted, c.isEditable, c.isTemplate,
                    c.showInUi, c.subContentTypes, c.fileExtension, c.filename, c.created, c.modified,
                    c.activesShares, c.description, c.versionNumber, c.rawContent);
        } catch (RuntimeException e) {
            throw in.constructionFailed(RawContent.class, e);
        }
    }

    /**
     * The keys notes, folders, threads, files, boards and logbooks share; {@code raw_content} only
     * for the shapes that have it, {@code mimetype} and {@code size} only for files, so that the
     * others skip them as unknown keys, as databind did.
     */
    private static final class CommonKeys {
        long contentId;
        String label;
        String slug;
        String contentType;
        OptionalLong parentId;
        long workspaceId;
        ContentNamespace contentNamespace;
        User author;
        User lastModifier;
        OptionalLong assigneeId;
        long currentRevisionId;
        RevisionType currentRevisionType;
        ContentStatus status;
        boolean isArchived;
        boolean isDeleted;
        boolean isEditable;
        boolean isTemplate;
        boolean showInUi;
        List<String> subContentTypes;
        String fileExtension;
        String filename;
        Instant created;
        Instant modified;
        int activesShares;
        String description;
        int versionNumber;
        String rawContent;
        String mimetype;
        OptionalLong size;

        static CommonKeys read(FieldsReading in, boolean hasRawContent, boolean isFile) throws IOException {
            JsonParser p = in.parser;
            CommonKeys c = new CommonKeys();
            for (String key = p.nextFieldName(); key != null; key = p.nextFieldName()) {
                p.nextToken();
                switch (key) {
                    case "content_id" -> c.contentId = in.longValue(key);
                    case "label" -> c.label = in.string(key);
                    case "slug" -> c.slug = in.string(key);
                    case "content_type" -> c.contentType = in.repeated(key);
                    case "parent_id" -> c.parentId = in.optionalLong(key);
                    case "workspace_id" -> c.workspaceId = in.longValue(key);
                    case "content_namespace" -> c.contentNamespace = in.enumValue(key, ContentNamespace.class, Spellings.NAMESPACE);
                    case "author" -> c.author = ObjectReaders.requiredUser(in, key);
                    case "last_modifier" -> c.lastModifier = ObjectReaders.requiredUser(in, key);
                    case "assignee_id" -> c.assigneeId = in.optionalLong(key);
                    case "current_revision_id" -> c.currentRevisionId = in.longValue(key);
                    case "current_revision_type" -> c.currentRevisionType = in.enumValue(key, RevisionType.class, Spellings.REVISION);
                    case "status" -> c.status = in.enumValue(key, ContentStatus.class, Spellings.STATUS);
                    case "is_archived" -> c.isArchived = in.bool(key);
                    case "is_deleted" -> c.isDeleted = in.bool(key);
                    case "is_editable" -> c.isEditable = in.bool(key);
                    case "is_template" -> c.isTemplate = in.bool(key);
                    case "show_in_ui" -> c.showInUi = in.bool(key);
                    case "sub_content_types" -> c.subContentTypes = in.list(key, String.class, ContentReaders::slug);
                    case "file_extension" -> c.fileExtension = in.repeated(key);
                    case "filename" -> c.filename = in.string(key);
                    case "created" -> c.created = in.instant(key);
                    case "modified" -> c.modified = in.instant(key);
                    case "actives_shares" -> c.activesShares = in.intValue(key);
                    case "description" -> c.description = in.string(key);
                    case "version_number" -> c.versionNumber = in.intValue(key);
                    case "raw_content" -> {
                        if (hasRawContent) {
                            c.rawContent = in.string(key);
                        } else {
                            p.skipChildren();
                        }
                    }
                    case "mimetype" -> {
                        if (isFile) {
                            c.mimetype = in.repeated(key);
                        } else {
                            p.skipChildren();
                        }
                    }
                    case "size" -> {
                        if (isFile) {
                            c.size = in.optionalLong(key);
                        } else {
                            p.skipChildren();
                        }
                    }
                    default -> p.skipChildren();
                }
            }
            return c;
        }
    }

    /** One of a list of type slugs. */
    private static String slug(FieldsReading in) throws IOException {
        return in.repeated("");
    }

    static CommentContent comment(FieldsReading in) throws IOException {
        JsonParser p = in.parser;
        long contentId = 0;
        String contentType = null;
        long parentId = 0;
        String parentContentType = null;
        ContentNamespace parentContentNamespace = null;
        String parentLabel = null;
        User author = null;
        User lastModifier = null;
        Instant created = null;
        Instant modified = null;
        String description = null;
        for (String key = p.nextFieldName(); key != null; key = p.nextFieldName()) {
            p.nextToken();
            switch (key) {
                case "content_id" -> contentId = in.longValue(key);
                case "content_type" -> contentType = in.repeated(key);
                case "parent_id" -> parentId = in.longValue(key);
                case "parent_content_type" -> parentContentType = in.repeated(key);
                case "parent_content_namespace" ->
                        parentContentNamespace = in.enumValue(key, ContentNamespace.class, Spellings.NAMESPACE);
                case "parent_label" -> parentLabel = in.string(key);
                case "author" -> author = ObjectReaders.requiredUser(in, key);
                case "last_modifier" -> lastModifier = ObjectReaders.requiredUser(in, key);
                case "created" -> created = in.instant(key);
                case "modified" -> modified = in.instant(key);
                case "description" -> description = in.string(key);
                default -> p.skipChildren();
            }
        }
        try {
            return new CommentContent(contentId, contentType, parentId, parentContentType, parentContentNamespace,
                    parentLabel, author, lastModifier, created, modified, description);
        } catch (RuntimeException e) {
            throw in.constructionFailed(CommentContent.class, e);
        }
    }

    static TodoContent todo(FieldsReading in) throws IOException {
        JsonParser p = in.parser;
        long contentId = 0;
        String rawContent = null;
        ContentStatus status = null;
        Instant created = null;
        User author = null;
        Optional<User> assignee = null;
        ContentDigest parent = null;
        WorkspaceDigest workspace = null;
        for (String key = p.nextFieldName(); key != null; key = p.nextFieldName()) {
            p.nextToken();
            switch (key) {
                case "content_id" -> contentId = in.longValue(key);
                case "raw_content" -> rawContent = in.string(key);
                case "status" -> status = in.enumValue(key, ContentStatus.class, Spellings.STATUS);
                case "created" -> created = in.instant(key);
                case "author" -> author = ObjectReaders.requiredUser(in, key);
                case "assignee" -> assignee = ObjectReaders.optionalUser(in, key);
                case "parent" -> parent = in.object(key, ContentDigest.class, ObjectReaders::contentDigest);
                case "workspace" -> workspace = in.object(key, WorkspaceDigest.class, ObjectReaders::workspaceDigest);
                default -> p.skipChildren();
            }
        }
        try {
            return new TodoContent(contentId, rawContent, status, created, author, assignee, parent, workspace);
        } catch (RuntimeException e) {
            throw in.constructionFailed(TodoContent.class, e);
        }
    }
}

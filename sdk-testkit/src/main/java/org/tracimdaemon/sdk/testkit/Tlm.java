package org.tracimdaemon.sdk.testkit;

import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;

/**
 * Builds a TLM that the SDK decodes like one from Tracim: it starts from a bundled sample of the
 * right shape (every key Tracim sends is there) and changes only what the test says.
 *
 * <pre>{@code
 * daemon.sendTlm(Tlm.contentCreated("html-document").label("Tiramisu").workspace(2, "Recipes").build());
 * daemon.sendTlm(Tlm.mention().toUser(42).author(3, "Bob").build());
 * daemon.sendTlm(Tlm.reaction("👍").contentAuthor(42, "Alice").build());
 * }</pre>
 *
 * <p>Each setter writes the keys Tracim would keep consistent (a label also changes the slug, a
 * workspace also the content's {@code workspace_id}); {@link #set} reaches any other key.
 */
public final class Tlm {
    private static final List<String> CONTENT_TYPES = List.of(
            "html-document", "file", "folder", "thread", "comment", "kanban", "logbook", "todo");

    private final ObjectNode root;

    private Tlm(String sample) {
        try {
            root = (ObjectNode) GoJson.MAPPER.readTree(sample);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Starts from the bundled sample of {@code eventType} (see {@link Samples#TLM_EVENT_TYPES}).
     *
     * @param eventType a TLM event type, e.g. {@code mention.created}
     * @return a builder of that sample
     */
    public static Tlm sample(String eventType) {
        return new Tlm(Samples.tlm(eventType));
    }

    /**
     * {@code content.created.<contentType>}: a new note, file, comment...
     *
     * @param contentType {@code html-document}, {@code file}, {@code comment}...
     * @return a builder of that event
     */
    public static Tlm contentCreated(String contentType) {
        return content("created", contentType);
    }

    /**
     * {@code content.modified.<contentType>}: a new revision (edit, rename, status, move...).
     *
     * @param contentType {@code html-document}, {@code file}, {@code comment}...
     * @return a builder of that event
     */
    public static Tlm contentModified(String contentType) {
        return content("modified", contentType);
    }

    /**
     * {@code content.<operation>.<contentType>}, with the content in the shape Tracim uses for
     * that type.
     *
     * @param operation   {@code created}, {@code modified}, {@code deleted}, {@code undeleted} or {@code copied}
     * @param contentType {@code html-document}, {@code file}, {@code comment}...
     * @return a builder of that event
     * @throws IllegalArgumentException for a content type Tracim does not have
     */
    public static Tlm content(String operation, String contentType) {
        Tlm tlm = switch (contentType) {
            case "html-document", "folder", "thread" -> sample("content.created.html-document");
            case "file" -> sample("content.modified.file");
            case "kanban", "logbook" -> sample("content.modified.kanban");
            case "comment" -> sample("content.created.comment");
            case "todo" -> sample("content.created.todo");
            default -> throw new IllegalArgumentException("\"" + contentType + "\" is not a Tracim content type; use one of "
                    + CONTENT_TYPES);
        };
        tlm.root.put("event_type", "content." + operation + "." + contentType);
        ObjectNode content = tlm.object("/fields/content");
        if (content.has("content_type")) {
            content.put("content_type", contentType);
        }
        if (content.has("file_extension") && !contentType.equals("file")) {
            content.put("file_extension", switch (contentType) {
                case "folder" -> "";
                case "html-document" -> ".document.html";
                default -> "." + contentType + (contentType.equals("thread") ? ".html" : "");
            });
        }
        return tlm;
    }

    /**
     * {@code mention.created}: as sampled, {@code @all} in a comment; see {@link #toUser} and {@link #toRole}.
     *
     * @return a builder of that event
     */
    public static Tlm mention() {
        return sample("mention.created");
    }

    /**
     * {@code reaction.created} with this emoji (or {@code :custom_text:}).
     *
     * @param value the emoji, e.g. {@code "👍"}
     * @return a builder of that event
     */
    public static Tlm reaction(String value) {
        return sample("reaction.created").set("/fields/reaction/value", value);
    }

    /**
     * The event's id (Tracim's ids increase).
     *
     * @param eventId the TLM's {@code event_id}
     * @return this builder
     */
    public Tlm eventId(long eventId) {
        root.put("event_id", eventId);
        return this;
    }

    /**
     * When Tracim created the event; kept to whole seconds, as Tracim writes dates.
     *
     * @param created the TLM's {@code created}
     * @return this builder
     */
    public Tlm created(Instant created) {
        root.put("created", created.truncatedTo(ChronoUnit.SECONDS).toString());
        return this;
    }

    /**
     * Who did it: {@code fields.author}, and the reaction's author for a reaction.
     *
     * @param userId     the author's user id
     * @param publicName the author's display name
     * @return this builder
     */
    public Tlm author(long userId, String publicName) {
        object("/fields").set("author", user(userId, publicName));
        if (root.path("fields").path("reaction").isObject()) {
            object("/fields/reaction").set("author", user(userId, publicName));
            object("/fields").set("user", user(userId, publicName));
        }
        return this;
    }

    /**
     * Nobody was logged in for the action: {@code fields.author} is null.
     *
     * @return this builder
     */
    public Tlm noAuthor() {
        object("/fields").putNull("author");
        return this;
    }

    /**
     * The space: {@code fields.workspace} (id, label, slug) and the content's {@code workspace_id}.
     *
     * @param workspaceId the space's id
     * @param label       the space's name
     * @return this builder
     */
    public Tlm workspace(long workspaceId, String label) {
        ObjectNode workspace = object("/fields/workspace");
        workspace.put("workspace_id", workspaceId).put("label", label).put("slug", slug(label));
        JsonNode content = root.path("fields").path("content");
        if (content.has("workspace_id")) {
            ((ObjectNode) content).put("workspace_id", workspaceId);
        }
        return this;
    }

    /**
     * The content's id, and the ids pointing at it (a mention's or reaction's {@code content_id}).
     *
     * @param contentId the content's id
     * @return this builder
     */
    public Tlm contentId(long contentId) {
        object("/fields/content").put("content_id", contentId);
        for (String holder : List.of("/fields/mention", "/fields/reaction")) {
            if (root.at(holder).isObject()) {
                object(holder).put("content_id", contentId);
            }
        }
        return this;
    }

    /**
     * The content's title (and slug, and WebDAV file name for notes).
     *
     * @param label the content's title
     * @return this builder
     */
    public Tlm label(String label) {
        ObjectNode content = object("/fields/content");
        content.put("label", label).put("slug", slug(label));
        if (content.has("filename")) {
            content.put("filename", label + content.path("file_extension").asText(""));
        }
        return this;
    }

    /**
     * Who created the content (reactions are usually about this).
     *
     * @param userId     the content author's user id
     * @param publicName the content author's display name
     * @return this builder
     */
    public Tlm contentAuthor(long userId, String publicName) {
        object("/fields/content").set("author", user(userId, publicName));
        return this;
    }

    /**
     * The content's parent: {@code parent_id}, and for a comment {@code parent_label} too.
     *
     * @param parentId    the parent content's id
     * @param parentLabel the parent content's title
     * @return this builder
     */
    public Tlm parent(long parentId, String parentLabel) {
        ObjectNode content = object("/fields/content");
        content.put("parent_id", parentId);
        if (content.has("parent_label")) {
            content.put("parent_label", parentLabel);
        }
        return this;
    }

    /**
     * A mention of one user ({@code type} 1).
     *
     * @param userId the mentioned user's id
     * @return this builder
     */
    public Tlm toUser(long userId) {
        object("/fields/mention").put("type", 1).put("recipient", userId);
        return this;
    }

    /**
     * A mention of a role level ({@code type} 2); 0 is everybody, the UI's {@code @all}.
     *
     * @param level the mentioned role level
     * @return this builder
     */
    public Tlm toRole(int level) {
        object("/fields/mention").put("type", 2).put("recipient", level);
        return this;
    }

    /**
     * Sets any key, addressed by a JSON pointer, e.g. {@code set("/fields/content/status", "closed-validated")}.
     * Values: strings, numbers, booleans, or null.
     *
     * @param pointer a JSON pointer into the TLM, e.g. {@code /fields/content/label}
     * @param value   the value to write there
     * @return this builder
     */
    public Tlm set(String pointer, Object value) {
        JsonPointer at = JsonPointer.compile(pointer);
        ObjectNode parent = object(at.head().toString());
        String key = at.last().getMatchingProperty();
        parent.set(key, GoJson.MAPPER.valueToTree(value));
        return this;
    }

    /**
     * The TLM document: the text a {@code daemon_tracim_event} carries, for {@link FakeDaemon#sendTlm}.
     *
     * @return the TLM as JSON text
     */
    public String build() {
        try {
            return GoJson.MAPPER.writeValueAsString(root);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public String toString() {
        return build();
    }

    private ObjectNode object(String pointer) {
        JsonNode node = root.at(pointer);
        if (!node.isObject()) {
            throw new IllegalStateException("a " + root.path("event_type").asText() + " TLM has no object at " + pointer);
        }
        return (ObjectNode) node;
    }

    private static ObjectNode user(long userId, String publicName) {
        return GoJson.MAPPER.createObjectNode().put("user_id", userId).put("has_avatar", true).put("has_cover", false)
                .put("public_name", publicName).putNull("username").put("is_active", true);
    }

    private static String slug(String label) {
        return label.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
    }
}

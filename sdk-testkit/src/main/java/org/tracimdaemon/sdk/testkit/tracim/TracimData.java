package org.tracimdaemon.sdk.testkit.tracim;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.tracimdaemon.sdk.testkit.Samples;

/**
 * What {@link FakeTracim} knows, kept as the JSON Tracim's REST API answers with: contents start
 * from the test kit's TLM samples (the same schemas) with the REST-only keys added.
 */
final class TracimData {
    static final ObjectMapper JSON = new ObjectMapper();

    /** A user and the password the fake accepts for them. */
    record Account(ObjectNode user, String password) {}

    private final Map<Long, Account> users = new LinkedHashMap<>();
    private final Map<Long, ObjectNode> workspaces = new LinkedHashMap<>();
    private final Map<String, ObjectNode> contents = new LinkedHashMap<>();
    private final Map<String, List<ObjectNode>> comments = new LinkedHashMap<>();
    private long nextCommentId = 1000;

    synchronized void user(long userId, String username, String email, String publicName, String password) {
        ObjectNode user = digest(userId, publicName, username);
        user.put("email", email);
        user.put("created", "2025-05-19T08:00:00Z");
        user.put("is_deleted", false);
        user.put("profile", "users");
        user.put("lang", "en");
        user.put("timezone", "Europe/Paris");
        user.put("auth_type", "internal");
        users.put(userId, new Account(user, password));
    }

    synchronized void workspace(long workspaceId, String label) {
        ObjectNode workspace = (ObjectNode) sample("workspace.created").path("workspace").deepCopy();
        workspace.put("workspace_id", workspaceId);
        workspace.put("label", label);
        workspace.put("slug", slug(label));
        workspaces.put(workspaceId, workspace);
    }

    synchronized void textContent(String type, long workspaceId, long contentId, String label, String html) {
        ObjectNode content = content("content.created." + type, workspaceId, contentId, label);
        content.put("raw_content", html);
        contents.put(key(type, workspaceId, contentId), content);
    }

    synchronized void file(long workspaceId, long contentId, String label, String mimetype, long size) {
        ObjectNode content = content("content.modified.file", workspaceId, contentId, label);
        content.put("raw_content", "");
        content.put("mimetype", mimetype);
        content.put("size", size);
        content.putNull("page_nb");
        content.put("has_pdf_preview", false);
        content.put("has_jpeg_preview", mimetype.startsWith("image/"));
        contents.put(key("file", workspaceId, contentId), content);
    }

    /** Adds a comment by {@code authorId} on content {@code parentId}; {@code commentId} 0 picks a new id. */
    synchronized ObjectNode comment(long workspaceId, long parentId, long commentId, long authorId, String html) {
        Optional<ObjectNode> parent = anyContent(workspaceId, parentId);
        ObjectNode comment = JSON.createObjectNode();
        comment.put("content_id", commentId > 0 ? commentId : nextCommentId++);
        comment.put("parent_id", parentId);
        comment.put("content_type", "comment");
        comment.put("parent_content_type", parent.map(p -> p.path("content_type").asText()).orElse("html-document"));
        comment.put("parent_label", parent.map(p -> p.path("label").asText()).orElse(""));
        comment.put("raw_content", html.strip());
        Account author = users.get(authorId);
        comment.set("author", author != null ? digestOf(author.user()) : digest(authorId, "User " + authorId, null));
        comment.put("created", Instant.now().truncatedTo(ChronoUnit.SECONDS).toString());
        comments.computeIfAbsent(workspaceId + "/" + parentId, k -> new ArrayList<>()).add(comment);
        return comment;
    }

    synchronized Optional<Account> account(String login, String password) {
        return users.values().stream()
                .filter(account -> login.equals(account.user().path("email").asText(null))
                        || login.equals(account.user().path("username").asText(null)))
                .filter(account -> account.password().equals(password))
                .findFirst();
    }

    synchronized Optional<Long> userIdByLogin(String login) {
        return users.entrySet().stream()
                .filter(entry -> login.equals(entry.getValue().user().path("email").asText(null))
                        || login.equals(entry.getValue().user().path("username").asText(null)))
                .map(Map.Entry::getKey)
                .findFirst();
    }

    synchronized Optional<JsonNode> user(long userId) {
        return Optional.ofNullable(users.get(userId)).map(Account::user);
    }

    synchronized Optional<JsonNode> workspace(long workspaceId) {
        return Optional.ofNullable(workspaces.get(workspaceId));
    }

    synchronized Optional<JsonNode> content(String type, long workspaceId, long contentId) {
        return Optional.ofNullable(contents.get(key(type, workspaceId, contentId)));
    }

    synchronized boolean hasContent(long workspaceId, long contentId) {
        return anyContent(workspaceId, contentId).isPresent();
    }

    synchronized ArrayNode comments(long workspaceId, long parentId) {
        ArrayNode list = JSON.createArrayNode();
        comments.getOrDefault(workspaceId + "/" + parentId, List.of()).forEach(list::add);
        return list;
    }

    private Optional<ObjectNode> anyContent(long workspaceId, long contentId) {
        return contents.values().stream()
                .filter(c -> c.path("workspace_id").asLong() == workspaceId && c.path("content_id").asLong() == contentId)
                .findFirst();
    }

    private ObjectNode content(String sample, long workspaceId, long contentId, String label) {
        ObjectNode content = (ObjectNode) sample(sample).path("content").deepCopy();
        content.put("workspace_id", workspaceId);
        content.put("content_id", contentId);
        content.put("label", label);
        content.put("slug", slug(label));
        content.putNull("parent_id");
        return content;
    }

    private static String key(String type, long workspaceId, long contentId) {
        return type + ":" + workspaceId + "/" + contentId;
    }

    private static ObjectNode digest(long userId, String publicName, String username) {
        ObjectNode user = JSON.createObjectNode();
        user.put("user_id", userId);
        user.put("public_name", publicName);
        user.put("username", username);
        user.put("has_avatar", true);
        user.put("has_cover", false);
        user.put("is_active", true);
        return user;
    }

    private static ObjectNode digestOf(ObjectNode user) {
        return digest(user.path("user_id").asLong(), user.path("public_name").asText(),
                user.path("username").asText(null));
    }

    private static JsonNode sample(String eventType) {
        try {
            return JSON.readTree(Samples.tlm(eventType)).path("fields");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String slug(String label) {
        return label.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
    }
}

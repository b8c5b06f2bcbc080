package org.tracimdaemon.sdk.tracim;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import org.tracimdaemon.sdk.runtime.tlm.CommentContent;
import org.tracimdaemon.sdk.runtime.tlm.Content;
import org.tracimdaemon.sdk.runtime.tlm.FileContent;
import org.tracimdaemon.sdk.runtime.tlm.MentionEvent;
import org.tracimdaemon.sdk.runtime.tlm.MessageContent;
import org.tracimdaemon.sdk.runtime.tlm.User;
import org.tracimdaemon.sdk.runtime.tlm.Workspace;
import org.tracimdaemon.sdk.runtime.internal.json.WireJson;

/**
 * A typed client of Tracim's REST API, for what TLMs leave out (the text of a note, a thread or a
 * comment) and for acting on Tracim (answering a mention). Today's TracimDaemon cannot relay REST
 * calls ({@code daemon_do_request} ignores what is asked), so the plugin calls Tracim itself,
 * logged in as the daemon is: by default with the daemon's own {@code config.json}.
 *
 * <pre>{@code
 * TracimRestClient tracim = TracimRestClient.fromDaemonConfig();     // the daemon's URL and login
 * Plugin plugin = new Plugin(tracim);                                 // handlers get it by constructor
 * ...
 * // in a mention.created handler:
 * tracim.reply(mention, "<p>On it!</p>").exceptionally(failure -> { log(failure.getMessage()); return null; });
 * }</pre>
 *
 * <p>Every call returns a {@link CompletableFuture} that completes within the call timeout (10 s by
 * default, {@link Builder#callTimeout}), login and retry included, or fails with a
 * {@link TracimApiException} naming the endpoint, Tracim's HTTP status and Tracim's error message.
 * The client logs in on the first call, keeps the session for the next ones, and when Tracim says
 * 401 (the session expired) logs in again and retries the call once. It is thread-safe; make one
 * per plugin. Neither its messages nor its {@code toString()} ever show a password, an API key or
 * a session cookie.
 */
public final class TracimRestClient {
    private static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(10);

    private final TracimHttp http;

    private TracimRestClient(TracimHttp http) {
        this.http = http;
    }

    /**
     * A client with the URL and login of TracimDaemon's config ({@link DaemonConfig#defaultPath()}).
     *
     * @return a client that has not connected yet: the first call logs in
     * @throws TracimConfigException    if that file is missing, unreadable, not this user's, open to
     *                                  other users, or lacks the Tracim URL or credentials
     * @throws IllegalArgumentException if the file's URL is one {@link Builder#build()} refuses
     */
    public static TracimRestClient fromDaemonConfig() throws TracimConfigException {
        return builder().daemonConfig(DaemonConfig.defaultPath()).build();
    }

    /**
     * A builder: give {@link Builder#url} and {@link Builder#login}, or {@link Builder#daemonConfig}.
     *
     * @return a new builder with the default call timeout (10 s)
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Logs in now ({@code POST /auth/login}; with an API key, {@code GET /auth/whoami}) and gives
     * the user. Optional: the first call logs in by itself.
     *
     * @return the logged-in user; fails with a {@link TracimApiException} if Tracim refuses the login or cannot be reached
     */
    public CompletableFuture<User> login() {
        return http.login().thenApply(body -> decodeOrFail("POST /auth/login", body, User.class));
    }

    /**
     * The logged-in user: {@code GET /auth/whoami}.
     *
     * @return that user; fails with a {@link TracimApiException} if the call fails
     */
    public CompletableFuture<User> whoami() {
        return get("/auth/whoami", "a user", body -> WireJson.mapper().readValue(body, User.class));
    }

    /**
     * A note with its text: {@code GET /workspaces/{workspaceId}/html-documents/{contentId}}.
     *
     * @param workspaceId the space it is in
     * @param contentId   its {@code content_id}
     * @return the note and its HTML text; fails with a {@link TracimApiException} if the call fails
     */
    public CompletableFuture<TextContent> note(long workspaceId, long contentId) {
        return get("/workspaces/" + workspaceId + "/html-documents/" + contentId, "a note", TracimRestClient::text);
    }

    /**
     * A thread with its text: {@code GET /workspaces/{workspaceId}/threads/{contentId}}.
     *
     * @param workspaceId the space it is in
     * @param contentId   its {@code content_id}
     * @return the thread and its HTML text; fails with a {@link TracimApiException} if the call fails
     */
    public CompletableFuture<TextContent> thread(long workspaceId, long contentId) {
        return get("/workspaces/" + workspaceId + "/threads/" + contentId, "a thread", TracimRestClient::text);
    }

    /**
     * A file's metadata (type, size, description): {@code GET /workspaces/{workspaceId}/files/{contentId}}.
     *
     * @param workspaceId the space it is in
     * @param contentId   its {@code content_id}
     * @return the file's metadata, not its bytes; fails with a {@link TracimApiException} if the call fails
     */
    public CompletableFuture<FileContent> file(long workspaceId, long contentId) {
        return get("/workspaces/" + workspaceId + "/files/" + contentId, "a file",
                body -> WireJson.mapper().readValue(body, FileContent.class));
    }

    /**
     * The comments of a content, oldest first, with their texts: {@code GET /workspaces/{w}/contents/{c}/comments}.
     *
     * @param workspaceId the space of the content
     * @param contentId   the content commented on
     * @return its comments, an unmodifiable list, empty for none; fails with a {@link TracimApiException} if the call fails
     */
    public CompletableFuture<List<Comment>> comments(long workspaceId, long contentId) {
        return get(commentsOf(workspaceId, contentId), "a list of comments", TracimRestClient::comments);
    }

    /**
     * Posts a comment on a content: {@code POST /workspaces/{w}/contents/{c}/comments}.
     *
     * @param workspaceId the space of the content
     * @param contentId   the content to comment on
     * @param html        the comment, as Tracim stores it: HTML such as {@code <p>Thanks!</p>}
     * @return the comment as Tracim stored it; fails with a {@link TracimApiException} if the call fails
     * @throws NullPointerException     if {@code html} is {@code null}
     * @throws IllegalArgumentException if {@code html} is blank (Tracim refuses empty comments)
     */
    public CompletableFuture<Comment> comment(long workspaceId, long contentId, String html) {
        Objects.requireNonNull(html, "html");
        if (html.isBlank()) {
            throw new IllegalArgumentException("a Tracim comment cannot be empty");
        }
        return http.call("POST", commentsOf(workspaceId, contentId), Optional.of(Map.of("raw_content", html)),
                "a comment", body -> WireJson.mapper().readValue(body, Comment.class));
    }

    /**
     * Answers a mention where it was made: a mention in a comment is answered by a comment on the
     * same content (beside it), a mention in a note or thread by a comment on that note or thread.
     *
     * @param mention the {@code mention.created} event to answer
     * @param html    the answer, HTML such as {@code <p>On it!</p>}
     * @return the answer as Tracim stored it; fails with a {@link TracimApiException} if the call fails
     * @throws NullPointerException     if {@code html} is {@code null}
     * @throws IllegalArgumentException if {@code html} is blank
     */
    public CompletableFuture<Comment> reply(MentionEvent mention, String html) {
        Content where = mention.content();
        long target = where instanceof CommentContent comment ? comment.parentId() : where.contentId();
        return comment(mention.workspace().workspaceId(), target, html);
    }

    /**
     * A user: {@code GET /users/{userId}}. Tracim shows e-mails only to admins and the user; {@link User} has none.
     *
     * @param userId the user's {@code user_id}
     * @return that user; fails with a {@link TracimApiException} if the call fails
     */
    public CompletableFuture<User> user(long userId) {
        return get("/users/" + userId, "a user", body -> WireJson.mapper().readValue(body, User.class));
    }

    /**
     * A space: {@code GET /workspaces/{workspaceId}}.
     *
     * @param workspaceId the space's {@code workspace_id}
     * @return that space; fails with a {@link TracimApiException} if the call fails
     */
    public CompletableFuture<Workspace> workspace(long workspaceId) {
        return get("/workspaces/" + workspaceId, "a space", body -> WireJson.mapper().readValue(body, Workspace.class));
    }

    @Override
    public String toString() {
        return "TracimRestClient[" + http + "]";
    }

    private <T> CompletableFuture<T> get(String endpoint, String expected, TracimHttp.Decoder<T> decoder) {
        return http.call("GET", endpoint, Optional.empty(), expected, decoder);
    }

    private static String commentsOf(long workspaceId, long contentId) {
        return "/workspaces/" + workspaceId + "/contents/" + contentId + "/comments";
    }

    private static TextContent text(byte[] body) throws IOException {
        JsonNode tree = WireJson.mapper().readTree(body);
        MessageContent content = WireJson.treeToValue(tree, MessageContent.class, "");
        return new TextContent(content, tree.path("raw_content").asText(""));
    }

    private static List<Comment> comments(byte[] body) throws IOException {
        JsonNode tree = WireJson.mapper().readTree(body);
        if (!tree.isArray()) {
            throw new IOException("expected a JSON array");
        }
        List<Comment> comments = new ArrayList<>(tree.size());
        for (JsonNode comment : tree) {
            comments.add(WireJson.treeToValue(comment, Comment.class, String.valueOf(comments.size())));
        }
        return List.copyOf(comments);
    }

    private <T> T decodeOrFail(String call, byte[] body, Class<T> type) {
        try {
            return WireJson.mapper().readValue(body, type);
        } catch (IOException e) {
            throw new TracimApiException(call, 200, null, null, call + ": Tracim's answer is not a user: "
                    + WireJson.firstLine(e), null);
        }
    }

    /**
     * How to reach and log in to Tracim.
     *
     * <pre>{@code
     * TracimRestClient tracim = TracimRestClient.builder()
     *         .url(URI.create("https://tracim.example.com/api"))
     *         .login(TracimLogin.apiKey("bot@example.com", System.getenv("TRACIM_API_KEY")))
     *         .callTimeout(Duration.ofSeconds(5))
     *         .build();
     * }</pre>
     */
    public static final class Builder {
        private URI url;
        private TracimLogin login;
        private Duration callTimeout = DEFAULT_TIMEOUT;
        private boolean allowPlainHttp;

        private Builder() {}

        /**
         * Tracim's API URL, {@code /api} included, as in the daemon's config.
         *
         * @param url e.g. {@code https://tracim.example.com/api}; {@link #build()} checks it
         * @return this builder
         * @throws NullPointerException if {@code url} is {@code null}
         */
        public Builder url(URI url) {
            this.url = Objects.requireNonNull(url, "url");
            return this;
        }

        /**
         * The user to log in as.
         *
         * @param login {@link TracimLogin#password} or {@link TracimLogin#apiKey}
         * @return this builder
         * @throws NullPointerException if {@code login} is {@code null}
         */
        public Builder login(TracimLogin login) {
            this.login = Objects.requireNonNull(login, "login");
            return this;
        }

        /**
         * The URL and login of TracimDaemon's config file, read now. Refused unless the file is
         * this user's and no other user may read or write it.
         *
         * @param configFile the daemon's {@code config.json}, e.g. {@link DaemonConfig#defaultPath()}
         * @return this builder, with the file's URL and login
         * @throws TracimConfigException saying what is wrong with the file and how to fix it
         */
        public Builder daemonConfig(Path configFile) throws TracimConfigException {
            DaemonConfig config = DaemonConfig.read(configFile);
            this.url = config.url();
            this.login = config.login();
            return this;
        }

        /**
         * How long a call may take, login and retry included (default 10 s).
         *
         * @param callTimeout the longest a call's future stays incomplete
         * @return this builder
         * @throws IllegalArgumentException if {@code callTimeout} is zero or negative
         */
        public Builder callTimeout(Duration callTimeout) {
            if (callTimeout.isNegative() || callTimeout.isZero()) {
                throw new IllegalArgumentException("the call timeout must be positive, not " + callTimeout);
            }
            this.callTimeout = callTimeout;
            return this;
        }

        /**
         * Allows plain {@code http://} to a Tracim that is not on this machine. Off by default: the
         * password and the session cookie would cross the network unencrypted.
         *
         * @return this builder
         */
        public Builder allowPlainHttp() {
            this.allowPlainHttp = true;
            return this;
        }

        /**
         * The client. It does not connect yet: the first call logs in.
         *
         * @return a client with this URL, login and call timeout
         * @throws IllegalArgumentException for a missing URL or login, or plain {@code http://} to
         *                                  another machine without {@link #allowPlainHttp()}
         */
        public TracimRestClient build() {
            if (url == null || login == null) {
                throw new IllegalArgumentException("a TracimRestClient needs url(...) and login(...), or daemonConfig(...)");
            }
            return new TracimRestClient(new TracimHttp(ApiUrl.of(url, allowPlainHttp), login, callTimeout));
        }
    }
}

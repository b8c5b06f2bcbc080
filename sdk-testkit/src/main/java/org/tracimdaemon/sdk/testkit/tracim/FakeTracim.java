package org.tracimdaemon.sdk.testkit.tracim;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A fake Tracim REST API over real HTTP (the JDK's server, on 127.0.0.1 and a free port), for
 * plugin tests: the endpoints a plugin needs, Tracim's login and session cookie, its API key
 * headers and its JSON error answers, with scripted failures (401, 404, 500, a stall).
 *
 * <pre>{@code
 * try (FakeTracim tracim = FakeTracim.start()) {
 *     tracim.user(1, "alice", "alice@example.com", "Alice", "secret-pass")
 *           .note(2, 6, "Tiramisu", "<p>Mascarpone</p>");
 *     TracimRestClient client = TracimRestClient.builder().url(tracim.apiUrl())
 *             .login(TracimLogin.password("alice", "secret-pass")).build();
 *     assertEquals("<p>Mascarpone</p>", client.note(2, 6).get(5, SECONDS).rawContent());
 * }
 * }</pre>
 *
 * <p>Endpoints, below {@code /api} as in Tracim: {@code POST /auth/login} (JSON {@code email}
 * and/or {@code username}, {@code password}; sets cookie {@code session_key}), {@code GET
 * /auth/whoami}, {@code GET /users/{id}}, {@code GET /workspaces/{id}}, {@code GET
 * /workspaces/{id}/html-documents/{id}}, {@code .../threads/{id}}, {@code .../files/{id}}, {@code GET}
 * and {@code POST /workspaces/{id}/contents/{id}/comments}. Every other call needs the session
 * cookie or the headers {@code Tracim-Api-Key} + {@code Tracim-Api-Login}, else it gets a 401.
 * Errors are Tracim's JSON: {@code {"code": ..., "message": ..., "details": {}}}; the codes are
 * the fake's own, so tests should script the ones they assert.
 */
public final class FakeTracim implements AutoCloseable {
    /** The cookie of a Tracim session. */
    public static final String SESSION_COOKIE = "session_key";

    private static final Pattern USER = Pattern.compile("/users/(\\d+)");
    private static final Pattern WORKSPACE = Pattern.compile("/workspaces/(\\d+)");
    private static final Pattern TYPED = Pattern.compile("/workspaces/(\\d+)/(html-documents|threads|files)/(\\d+)");
    private static final Pattern COMMENTS = Pattern.compile("/workspaces/(\\d+)/contents/(\\d+)/comments");
    private static final SecureRandom RANDOM = new SecureRandom();

    /** A scripted answer to the next matching call. */
    private record Scripted(String method, String endpoint, int status, String contentType, String body, boolean stall) {}

    /** What the fake answers to one call. */
    private record Answer(int status, String contentType, String body, Optional<String> cookie) {}

    private final HttpServer server;
    private final ExecutorService executor;
    private final TracimData data = new TracimData();
    private final Map<String, Long> sessions = new ConcurrentHashMap<>();
    private final List<Scripted> scripted = new ArrayList<>();
    private final List<RecordedCall> calls = new ArrayList<>();
    private final AtomicInteger logins = new AtomicInteger();
    private final CountDownLatch closed = new CountDownLatch(1);
    private volatile String apiKey;
    private volatile boolean reissue;

    private FakeTracim(HttpServer server, ExecutorService executor) {
        this.server = server;
        this.executor = executor;
    }

    /**
     * Starts a fake Tracim on 127.0.0.1 and a free port; nothing in it yet.
     *
     * @return the running fake, to close when the test ends
     * @throws UncheckedIOException if the HTTP server cannot be created
     */
    public static FakeTracim start() {
        HttpServer server;
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start FakeTracim", e);
        }
        // Several threads, so that a stalled call does not hold up the others.
        ExecutorService executor = Executors.newCachedThreadPool(runnable -> {
            Thread thread = new Thread(runnable, "fake-tracim");
            thread.setDaemon(true);
            return thread;
        });
        FakeTracim tracim = new FakeTracim(server, executor);
        server.createContext("/api/", tracim::handle);
        server.setExecutor(executor);
        server.start();
        return tracim;
    }

    /**
     * The API URL, {@code /api} included, as TracimDaemon's config holds it.
     *
     * @return {@code http://127.0.0.1:PORT/api}
     */
    public URI apiUrl() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/api");
    }

    /**
     * Adds a user that may log in with {@code password}, by username or e-mail.
     *
     * @param userId     Tracim's {@code user_id}
     * @param username   the login name, {@code username} in Tracim's JSON
     * @param email      the e-mail, which also logs in
     * @param publicName the name shown to others, {@code public_name}
     * @param password   the only password the fake accepts for this user
     * @return this fake, to add more
     */
    public FakeTracim user(long userId, String username, String email, String publicName, String password) {
        data.user(userId, username, email, publicName, password);
        return this;
    }

    /**
     * Accepts this API key with {@code Tracim-Api-Login} naming any user (username or e-mail).
     *
     * @param key the value of the {@code Tracim-Api-Key} header; it replaces any key set before
     * @return this fake, to add more
     */
    public FakeTracim apiKey(String key) {
        this.apiKey = key;
        return this;
    }

    /**
     * Adds a space.
     *
     * @param workspaceId Tracim's {@code workspace_id}
     * @param label       the space's name; its slug is made from it
     * @return this fake, to add more
     */
    public FakeTracim workspace(long workspaceId, String label) {
        data.workspace(workspaceId, label);
        return this;
    }

    /**
     * Adds a note ({@code html-document}) with its HTML text.
     *
     * @param workspaceId the space it is in
     * @param contentId   Tracim's {@code content_id}
     * @param label       the note's title
     * @param html        its text, {@code raw_content} in Tracim's JSON
     * @return this fake, to add more
     */
    public FakeTracim note(long workspaceId, long contentId, String label, String html) {
        data.textContent("html-document", workspaceId, contentId, label, html);
        return this;
    }

    /**
     * Adds a thread with its HTML text.
     *
     * @param workspaceId the space it is in
     * @param contentId   Tracim's {@code content_id}
     * @param label       the thread's title
     * @param html        its text, {@code raw_content} in Tracim's JSON
     * @return this fake, to add more
     */
    public FakeTracim thread(long workspaceId, long contentId, String label, String html) {
        data.textContent("thread", workspaceId, contentId, label, html);
        return this;
    }

    /**
     * Adds a file's metadata (the fake serves no file bytes).
     *
     * @param workspaceId the space it is in
     * @param contentId   Tracim's {@code content_id}
     * @param label       the file's title
     * @param mimetype    e.g. {@code image/png}; an {@code image/} type says it has a JPEG preview
     * @param size        its size in bytes
     * @return this fake, to add more
     */
    public FakeTracim file(long workspaceId, long contentId, String label, String mimetype, long size) {
        data.file(workspaceId, contentId, label, mimetype, size);
        return this;
    }

    /**
     * Adds a comment by user {@code authorId} on content {@code parentId}.
     *
     * @param workspaceId the space of the content
     * @param parentId    the content commented on
     * @param commentId   the comment's {@code content_id}; 0 picks a new one
     * @param authorId    the user who wrote it; one not added shows as {@code User <id>}
     * @param html        its text, stripped of surrounding white space
     * @return this fake, to add more
     */
    public FakeTracim comment(long workspaceId, long parentId, long commentId, long authorId, String html) {
        data.comment(workspaceId, parentId, commentId, authorId, html);
        return this;
    }

    /**
     * The comments of a content as the fake holds them, posted ones included.
     *
     * @param workspaceId the space of the content
     * @param contentId   the content commented on
     * @return its comments in the order they were added, as JSON objects with Tracim's keys;
     *         empty if it has none
     */
    public List<JsonNode> comments(long workspaceId, long contentId) {
        List<JsonNode> list = new ArrayList<>();
        data.comments(workspaceId, contentId).forEach(list::add);
        return list;
    }

    /** Ends every session so far, as a Tracim restart or a session timeout does: their next call gets a 401. */
    public void expireSessions() {
        sessions.clear();
    }

    /**
     * The next call made with a session cookie gets a new cookie for the same session in its
     * answer, as Tracim re-issues a live session's cookie now and then; the old one stays valid.
     */
    public void reissueNextCookie() {
        reissue = true;
    }

    /**
     * How many logins succeeded.
     *
     * @return the number of {@code POST /auth/login} calls that opened a session so far
     */
    public int logins() {
        return logins.get();
    }

    /**
     * The next {@code method endpoint} call gets this status and a Tracim error with this code and message;
     * later calls are served as usual.
     *
     * @param method   the HTTP method, e.g. {@code GET}
     * @param endpoint the path below {@code /api}, e.g. {@code /workspaces/2/html-documents/6}
     * @param status   the HTTP status of the answer, e.g. 500
     * @param code     the error's {@code code} in Tracim's JSON
     * @param message  the error's {@code message}
     */
    public void failNext(String method, String endpoint, int status, int code, String message) {
        ObjectNode error = error(code, message);
        script(new Scripted(method, endpoint, status, "application/json", error.toString(), false));
    }

    /**
     * The next {@code method endpoint} call gets exactly this answer (a proxy's HTML page, a broken body...);
     * later calls are served as usual.
     *
     * @param method      the HTTP method, e.g. {@code GET}
     * @param endpoint    the path below {@code /api}
     * @param status      the HTTP status of the answer
     * @param contentType its {@code Content-Type}; empty for no such header
     * @param body        its body, sent as UTF-8
     */
    public void answerNext(String method, String endpoint, int status, String contentType, String body) {
        script(new Scripted(method, endpoint, status, contentType, body, false));
    }

    /**
     * The next {@code method endpoint} call gets no answer at all until the fake is closed.
     *
     * @param method   the HTTP method, e.g. {@code GET}
     * @param endpoint the path below {@code /api}
     */
    public void stallNext(String method, String endpoint) {
        script(new Scripted(method, endpoint, 0, "", "", true));
    }

    /**
     * Every call received so far, in order; a call shows here before its answer leaves.
     *
     * @return a copy, which later calls do not change
     */
    public List<RecordedCall> calls() {
        synchronized (calls) {
            return List.copyOf(calls);
        }
    }

    /**
     * Waits for a {@code method endpoint} call (one already received counts); what it changed is visible by then.
     *
     * @param method   the HTTP method, e.g. {@code POST}
     * @param endpoint the path below {@code /api}, exactly
     * @param timeout  how long to wait at most
     * @return the first such call received
     * @throws InterruptedException if the waiting thread is interrupted
     * @throws AssertionError       if no such call came within {@code timeout}; it lists the calls received
     */
    public RecordedCall awaitCall(String method, String endpoint, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        synchronized (calls) {
            while (true) {
                for (RecordedCall call : calls) {
                    if (call.method().equals(method) && call.endpoint().equals(endpoint)) {
                        return call;
                    }
                }
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    throw new AssertionError("FakeTracim received no " + method + " " + endpoint + " within " + timeout
                            + "; it received " + calls.stream().map(c -> c.method() + " " + c.endpoint()).toList());
                }
                TimeUnit.NANOSECONDS.timedWait(calls, left);
            }
        }
    }

    @Override
    public void close() {
        closed.countDown();
        server.stop(0);
        executor.shutdownNow();
    }

    private void script(Scripted answer) {
        synchronized (scripted) {
            scripted.add(answer);
        }
    }

    private Optional<Scripted> scriptedFor(String method, String endpoint) {
        synchronized (scripted) {
            for (Iterator<Scripted> it = scripted.iterator(); it.hasNext(); ) {
                Scripted answer = it.next();
                if (answer.method().equals(method) && answer.endpoint().equals(endpoint)) {
                    it.remove();
                    return Optional.of(answer);
                }
            }
        }
        return Optional.empty();
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String method = exchange.getRequestMethod();
            String endpoint = exchange.getRequestURI().getPath().substring("/api".length());
            String body;
            try (InputStream in = exchange.getRequestBody()) {
                body = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
            Map<String, String> headers = new LinkedHashMap<>();
            exchange.getRequestHeaders().forEach((name, values) ->
                    headers.put(name.toLowerCase(Locale.ROOT), values.isEmpty() ? "" : values.get(0)));
            RecordedCall call = new RecordedCall(method, endpoint, headers, body);
            Optional<Scripted> scriptedAnswer = scriptedFor(method, endpoint);
            if (scriptedAnswer.isPresent() && scriptedAnswer.get().stall()) {
                record(call);
                awaitClose();
                return;
            }
            Answer answer = scriptedAnswer
                    .map(a -> new Answer(a.status(), a.contentType(), a.body(), Optional.empty()))
                    .orElseGet(() -> route(method, endpoint, headers, body));
            // Recorded before the answer leaves: once the plugin has it, calls() shows the call and its effect.
            record(call);
            answer.cookie().ifPresent(cookie -> exchange.getResponseHeaders().add("Set-Cookie", cookie));
            send(exchange, answer.status(), answer.contentType(), answer.body());
        }
    }

    private void record(RecordedCall call) {
        synchronized (calls) {
            calls.add(call);
            calls.notifyAll();
        }
    }

    private Answer route(String method, String endpoint, Map<String, String> headers, String body) {
        if (endpoint.equals("/auth/login") && method.equals("POST")) {
            return login(body);
        }
        Optional<Long> user = authenticated(headers);
        if (user.isEmpty()) {
            return json(401, error(null, "You are not authenticated"));
        }
        Answer answer = authenticatedRoute(method, endpoint, user.get(), body);
        if (reissue && headers.containsKey("cookie")) {
            reissue = false;
            return new Answer(answer.status(), answer.contentType(), answer.body(), Optional.of(newSession(user.get())));
        }
        return answer;
    }

    private Answer authenticatedRoute(String method, String endpoint, long userId, String body) {
        Matcher m;
        if (endpoint.equals("/auth/whoami") && method.equals("GET")) {
            return found(data.user(userId), "user " + userId);
        } else if ((m = USER.matcher(endpoint)).matches() && method.equals("GET")) {
            return found(data.user(Long.parseLong(m.group(1))), "user " + m.group(1));
        } else if ((m = WORKSPACE.matcher(endpoint)).matches() && method.equals("GET")) {
            return found(data.workspace(Long.parseLong(m.group(1))), "workspace " + m.group(1));
        } else if ((m = TYPED.matcher(endpoint)).matches() && method.equals("GET")) {
            String type = switch (m.group(2)) {
                case "html-documents" -> "html-document";
                case "threads" -> "thread";
                default -> "file";
            };
            return found(data.content(type, Long.parseLong(m.group(1)), Long.parseLong(m.group(3))),
                    "content " + m.group(3));
        } else if ((m = COMMENTS.matcher(endpoint)).matches() && (method.equals("GET") || method.equals("POST"))) {
            return comments(method, Long.parseLong(m.group(1)), Long.parseLong(m.group(2)), userId, body);
        }
        return json(404, error(null, "no such endpoint in FakeTracim: " + method + " " + endpoint));
    }

    private Answer login(String body) {
        JsonNode credentials;
        try {
            credentials = TracimData.JSON.readTree(body);
        } catch (IOException e) {
            return json(400, error(2001, "Validation error of input data"));
        }
        String password = credentials.path("password").asText("");
        Optional<TracimData.Account> account = Optional.empty();
        for (String key : List.of("email", "username")) { // Tracim tries the e-mail first
            if (account.isEmpty() && credentials.path(key).isTextual()) {
                account = data.account(credentials.path(key).textValue(), password);
            }
        }
        if (account.isEmpty()) {
            return json(403, error(1001, "Authentication failed"));
        }
        logins.incrementAndGet();
        return new Answer(200, "application/json", account.get().user().toString(),
                Optional.of(newSession(account.get().user().path("user_id").asLong())));
    }

    /** A new session of {@code userId}: its {@code Set-Cookie} header value. */
    private String newSession(long userId) {
        String cookie = HexFormat.of().formatHex(randomBytes());
        sessions.put(cookie, userId);
        String expires = DateTimeFormatter.RFC_1123_DATE_TIME.format(ZonedDateTime.now(ZoneOffset.UTC).plusDays(1));
        return SESSION_COOKIE + "=" + cookie + "; expires=" + expires + "; Path=/; SameSite=Lax";
    }

    private Answer comments(String method, long workspaceId, long contentId, long userId, String body) {
        if (!data.hasContent(workspaceId, contentId)) {
            return json(404, error(1003, "Content " + contentId + " not found in workspace " + workspaceId));
        }
        if (method.equals("GET")) {
            return json(200, data.comments(workspaceId, contentId));
        }
        String html;
        try {
            html = TracimData.JSON.readTree(body).path("raw_content").asText("");
        } catch (IOException e) {
            html = "";
        }
        if (html.isBlank()) {
            return json(400, error(2001, "Validation error of input data"));
        }
        return json(200, data.comment(workspaceId, contentId, 0, userId, html));
    }

    private Optional<Long> authenticated(Map<String, String> headers) {
        String cookies = headers.getOrDefault("cookie", "");
        for (String pair : cookies.split(";")) {
            String[] nameValue = pair.strip().split("=", 2);
            if (nameValue.length == 2 && nameValue[0].equals(SESSION_COOKIE) && sessions.containsKey(nameValue[1])) {
                return Optional.of(sessions.get(nameValue[1]));
            }
        }
        String key = apiKey;
        if (key != null && key.equals(headers.get("tracim-api-key"))) {
            return data.userIdByLogin(headers.getOrDefault("tracim-api-login", ""));
        }
        return Optional.empty();
    }

    private static Answer found(Optional<JsonNode> value, String what) {
        return value.map(found -> json(200, found)).orElseGet(() -> json(404, error(1003, capitalized(what) + " not found")));
    }

    private static ObjectNode error(Integer code, String message) {
        ObjectNode error = TracimData.JSON.createObjectNode();
        if (code == null) {
            error.putNull("code");
        } else {
            error.put("code", code);
        }
        error.put("message", message);
        error.putObject("details");
        return error;
    }

    private static Answer json(int status, JsonNode body) {
        return new Answer(status, "application/json", body.toString(), Optional.empty());
    }

    private static void send(HttpExchange exchange, int status, String contentType, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        if (!contentType.isEmpty()) {
            exchange.getResponseHeaders().set("Content-Type", contentType);
        }
        exchange.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
        if (bytes.length > 0) {
            exchange.getResponseBody().write(bytes);
        }
    }

    private void awaitClose() {
        try {
            closed.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static byte[] randomBytes() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return bytes;
    }

    private static String capitalized(String text) {
        return Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}

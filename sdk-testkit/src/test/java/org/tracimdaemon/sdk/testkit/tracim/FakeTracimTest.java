package org.tracimdaemon.sdk.testkit.tracim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** The fake speaks Tracim's login, cookie, API key and JSON errors over real HTTP, and plays scripted failures. */
@Timeout(20)
class FakeTracimTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final FakeTracim tracim = FakeTracim.start()
            .user(1, "alice", "alice@example.com", "Alice", "alices-password")
            .workspace(2, "Recipes")
            .note(2, 6, "Tiramisu Recipe", "<p>Mascarpone</p>");
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    @AfterEach
    void stop() {
        tracim.close();
    }

    private HttpResponse<String> call(String method, String endpoint, String body, String... headers) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(java.net.URI.create(tracim.apiUrl() + endpoint))
                .timeout(Duration.ofSeconds(5))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (headers.length > 0) {
            request.headers(headers);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private String login() throws Exception {
        HttpResponse<String> response = call("POST", "/auth/login", "{\"username\": \"alice\", \"password\": \"alices-password\"}");
        assertEquals(200, response.statusCode());
        String cookie = response.headers().firstValue("Set-Cookie").orElseThrow();
        assertTrue(cookie.matches("session_key=[0-9a-f]{64}; expires=.*; Path=/; SameSite=Lax"), cookie);
        return cookie.split(";")[0];
    }

    @Test
    void aLoginSetsTheSessionCookieAndGivesTheUser() throws Exception {
        String cookie = login();
        JsonNode me = JSON.readTree(call("GET", "/auth/whoami", null, "Cookie", cookie).body());
        assertEquals("alice@example.com", me.path("email").asText());
        assertEquals(1, tracim.logins());
    }

    @Test
    void aNoteComesInTracimsShapeWithItsText() throws Exception {
        JsonNode note = JSON.readTree(call("GET", "/workspaces/2/html-documents/6", null, "Cookie", login()).body());
        assertEquals("<p>Mascarpone</p>", note.path("raw_content").asText());
        assertEquals("html-document", note.path("content_type").asText());
        assertEquals("Tiramisu Recipe", note.path("label").asText());
        assertTrue(note.path("author").path("user_id").isInt());
    }

    @Test
    void aWrongPasswordIsA403AndNoCookie() throws Exception {
        HttpResponse<String> response = call("POST", "/auth/login", "{\"email\": \"alice@example.com\", \"password\": \"x\"}");
        assertEquals(403, response.statusCode());
        assertEquals("Authentication failed", JSON.readTree(response.body()).path("message").asText());
        assertTrue(response.headers().firstValue("Set-Cookie").isEmpty());
    }

    @Test
    void withoutSessionOrKeyEveryCallIsTracims401() throws Exception {
        HttpResponse<String> response = call("GET", "/workspaces/2", null);
        assertEquals(401, response.statusCode());
        JsonNode error = JSON.readTree(response.body());
        assertTrue(error.path("code").isNull());
        assertEquals("You are not authenticated", error.path("message").asText());
        assertTrue(error.path("details").isObject());
    }

    @Test
    void anExpiredSessionIsA401() throws Exception {
        String cookie = login();
        tracim.expireSessions();
        assertEquals(401, call("GET", "/workspaces/2", null, "Cookie", cookie).statusCode());
    }

    @Test
    void anApiKeyActsAsTheUserItNames() throws Exception {
        tracim.apiKey("the-key");
        HttpResponse<String> response = call("GET", "/auth/whoami", null, "Tracim-Api-Key", "the-key",
                "Tracim-Api-Login", "alice");
        assertEquals(1, JSON.readTree(response.body()).path("user_id").asInt());
        assertEquals(401, call("GET", "/auth/whoami", null, "Tracim-Api-Key", "wrong", "Tracim-Api-Login", "alice")
                .statusCode());
    }

    @Test
    void aScriptedFailureAnswersTheNextMatchingCallOnly() throws Exception {
        String cookie = login();
        tracim.failNext("GET", "/workspaces/2", 500, 42, "boom");
        HttpResponse<String> failed = call("GET", "/workspaces/2", null, "Cookie", cookie);
        assertEquals(500, failed.statusCode());
        assertEquals(42, JSON.readTree(failed.body()).path("code").asInt());
        assertEquals(200, call("GET", "/workspaces/2", null, "Cookie", cookie).statusCode());
    }

    @Test
    void aStalledCallIsReceivedButNeverAnswered() throws Exception {
        tracim.stallNext("GET", "/users/1");
        HttpRequest request = HttpRequest.newBuilder(java.net.URI.create(tracim.apiUrl() + "/users/1"))
                .timeout(Duration.ofMillis(300)).build();
        assertThrows(HttpTimeoutException.class, () -> http.send(request, HttpResponse.BodyHandlers.ofString()));
        assertEquals("GET", tracim.awaitCall("GET", "/users/1", Duration.ofSeconds(1)).method());
    }

    @Test
    void aPostedCommentIsKeptAndListed() throws Exception {
        String cookie = login();
        HttpResponse<String> posted = call("POST", "/workspaces/2/contents/6/comments", "{\"raw_content\": \"<p>Yum</p>\"}",
                "Cookie", cookie, "Content-Type", "application/json");
        assertEquals(200, posted.statusCode());
        JsonNode list = JSON.readTree(call("GET", "/workspaces/2/contents/6/comments", null, "Cookie", cookie).body());
        assertEquals("<p>Yum</p>", list.get(0).path("raw_content").asText());
        assertEquals("Tiramisu Recipe", list.get(0).path("parent_label").asText());
        assertEquals(404, call("POST", "/workspaces/2/contents/99/comments", "{\"raw_content\": \"x\"}", "Cookie", cookie)
                .statusCode());
    }
}

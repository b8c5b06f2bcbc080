package org.tracimdaemon.sdk.tracim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.tracimdaemon.sdk.tracim.TracimFixture.API_KEY;
import static org.tracimdaemon.sdk.tracim.TracimFixture.PASSWORD;
import static org.tracimdaemon.sdk.tracim.TracimFixture.await;
import static org.tracimdaemon.sdk.tracim.TracimFixture.client;
import static org.tracimdaemon.sdk.tracim.TracimFixture.failure;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.tracimdaemon.sdk.runtime.tlm.User;
import org.tracimdaemon.sdk.testkit.tracim.FakeTracim;
import org.tracimdaemon.sdk.testkit.tracim.RecordedCall;

/** Logging in as TracimDaemon does, keeping the session, renewing it after a 401; API keys. */
@Timeout(20)
class SessionTest {
    private final FakeTracim tracim = TracimFixture.tracim();

    @AfterEach
    void stop() {
        tracim.close();
    }

    @Test
    void logsInByUsernameAsTheDaemonDoesAndGivesTheUser() throws Exception {
        User alice = await(client(tracim).login());
        assertEquals(1, alice.userId());
        assertEquals("Alice A.", alice.publicName());
        RecordedCall login = tracim.awaitCall("POST", "/auth/login", TracimFixture.WAIT);
        assertEquals("{\"username\":\"alice\",\"password\":\"" + PASSWORD + "\"}", login.body());
        assertEquals("application/json", login.header("Content-Type").orElseThrow());
    }

    @Test
    void logsInByEmail() throws Exception {
        TracimRestClient client = TracimRestClient.builder().url(tracim.apiUrl())
                .login(TracimLogin.password("alice@example.com", PASSWORD)).build();
        assertEquals(1, await(client.whoami()).userId());
        assertTrue(tracim.awaitCall("POST", "/auth/login", TracimFixture.WAIT).body().startsWith("{\"email\":"));
    }

    @Test
    void theFirstCallLogsInAndLaterCallsKeepTheSession() throws Exception {
        TracimRestClient client = client(tracim);
        await(client.note(2, 6));
        await(client.comments(2, 6));
        await(client.workspace(2));
        assertEquals(1, tracim.logins());
        List<RecordedCall> calls = tracim.calls();
        assertEquals(List.of("POST /auth/login", "GET /workspaces/2/html-documents/6", "GET /workspaces/2/contents/6/comments",
                "GET /workspaces/2"), calls.stream().map(c -> c.method() + " " + c.endpoint()).toList());
        String cookie = calls.get(1).header("Cookie").orElseThrow();
        assertTrue(cookie.startsWith(FakeTracim.SESSION_COOKIE + "="), cookie);
        assertEquals(cookie, calls.get(3).header("Cookie").orElseThrow());
    }

    @Test
    void anExpiredSessionIsRenewedOnceAndTheCallRetried() throws Exception {
        TracimRestClient client = client(tracim);
        await(client.whoami());
        tracim.expireSessions();
        assertEquals("Tiramisu Recipe", await(client.note(2, 6)).content().label());
        assertEquals(2, tracim.logins());
        List<String> calls = tracim.calls().stream().map(c -> c.method() + " " + c.endpoint()).toList();
        assertEquals(List.of("POST /auth/login", "GET /auth/whoami", "GET /workspaces/2/html-documents/6",
                "POST /auth/login", "GET /workspaces/2/html-documents/6"), calls);
    }

    @Test
    void aCookieTracimReissuesIsUsedFromThenOn() throws Exception {
        TracimRestClient client = client(tracim);
        await(client.whoami());
        tracim.reissueNextCookie();
        await(client.workspace(2));
        await(client.user(1));
        List<RecordedCall> calls = tracim.calls();
        String first = calls.get(1).header("Cookie").orElseThrow();
        assertEquals(first, calls.get(2).header("Cookie").orElseThrow());
        String next = calls.get(3).header("Cookie").orElseThrow();
        assertFalse(next.equals(first), "the re-issued cookie is sent");
        assertEquals(1, tracim.logins());
    }

    @Test
    void concurrentCallsThatMeetTheSame401LogInOnlyOnce() throws Exception {
        TracimRestClient client = client(tracim);
        await(client.whoami());
        tracim.expireSessions();
        CompletableFuture<?> first = client.note(2, 6);
        CompletableFuture<?> second = client.thread(2, 7);
        await(first);
        await(second);
        assertEquals(2, tracim.logins(), "one new login for the one stale cookie");
    }

    @Test
    void a401AfterLoggingInAgainFailsTheCallWithoutLooping() throws Exception {
        TracimRestClient client = client(tracim);
        await(client.whoami());
        tracim.failNext("GET", "/users/3", 401, 0, "You are not authenticated");
        tracim.failNext("GET", "/users/3", 401, 0, "You are not authenticated");
        TracimApiException e = failure(client.user(3));
        assertEquals("GET /users/3: Tracim answered HTTP 401 even after logging in again (error 0: \"You are not"
                + " authenticated\")", e.getMessage());
        assertEquals(2, tracim.logins());
    }

    @Test
    void aWrongPasswordFailsTheCallWithTracimsAnswerToTheLogin() throws Exception {
        TracimRestClient client = TracimRestClient.builder().url(tracim.apiUrl())
                .login(TracimLogin.password("alice", "not-the-password")).build();
        TracimApiException e = failure(client.note(2, 6));
        assertEquals("GET /workspaces/2/html-documents/6: cannot log in to Tracim: POST /auth/login: Tracim answered"
                + " HTTP 403 (error 1001: \"Authentication failed\")", e.getMessage());
        assertEquals(403, e.status().orElseThrow());
        assertEquals(1001, e.tracimCode().orElseThrow());
        // The next call tries again rather than keeping the failed login forever.
        failure(client.note(2, 6));
        assertEquals(2, tracim.calls().stream().filter(c -> c.endpoint().equals("/auth/login")).count());
    }

    @Test
    void anApiKeyGoesInTracimsHeadersOnEveryCallWithoutLoggingIn() throws Exception {
        tracim.apiKey(API_KEY);
        TracimRestClient client = TracimRestClient.builder().url(tracim.apiUrl())
                .login(TracimLogin.apiKey("bob@example.com", API_KEY)).build();
        assertEquals(3, await(client.login()).userId());
        assertEquals("Less sugar next time?", await(client.comment(2, 6, "<p>Less sugar next time?</p>")).rawContent()
                .replaceAll("<[^>]*>", ""));
        assertEquals(0, tracim.logins());
        for (RecordedCall call : tracim.calls()) {
            assertEquals(API_KEY, call.header("Tracim-Api-Key").orElseThrow());
            assertEquals("bob@example.com", call.header("Tracim-Api-Login").orElseThrow());
            assertFalse(call.header("Cookie").isPresent());
        }
    }

    @Test
    void aWrongApiKeyIsTracims401() throws Exception {
        tracim.apiKey(API_KEY);
        TracimRestClient client = TracimRestClient.builder().url(tracim.apiUrl())
                .login(TracimLogin.apiKey("bob", "wrong-key")).build();
        TracimApiException e = failure(client.whoami());
        assertEquals("GET /auth/whoami: Tracim answered HTTP 401 (\"You are not authenticated\")", e.getMessage());
    }
}

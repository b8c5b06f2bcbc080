package org.tracimdaemon.sdk.tracim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.tracimdaemon.sdk.tracim.TracimFixture.PASSWORD;
import static org.tracimdaemon.sdk.tracim.TracimFixture.await;
import static org.tracimdaemon.sdk.tracim.TracimFixture.client;
import static org.tracimdaemon.sdk.tracim.TracimFixture.failure;

import java.net.URI;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.tracimdaemon.sdk.testkit.tracim.FakeTracim;

/** Each way a call fails, and the message that says so: the endpoint, Tracim's status, its error. */
@Timeout(20)
class FailuresTest {
    private final FakeTracim tracim = TracimFixture.tracim();
    private final TracimRestClient client = client(tracim);

    @AfterEach
    void stop() {
        tracim.close();
    }

    @Test
    void aMissingContentIsTracims404WithItsMessage() throws Exception {
        TracimApiException e = failure(client.note(2, 404));
        assertEquals("GET /workspaces/2/html-documents/404: Tracim answered HTTP 404 (error 1003: \"Content 404 not"
                + " found\")", e.getMessage());
        assertEquals("GET /workspaces/2/html-documents/404", e.call());
        assertEquals(404, e.status().orElseThrow());
        assertEquals("Content 404 not found", e.tracimMessage().orElseThrow());
        assertEquals(1003, e.tracimCode().orElseThrow());
    }

    @Test
    void aServerErrorKeepsTracimsMessageAndCode() throws Exception {
        tracim.failNext("GET", "/workspaces/2/contents/6/comments", 500, 9999, "Internal server error");
        TracimApiException e = failure(client.comments(2, 6));
        assertEquals("GET /workspaces/2/contents/6/comments: Tracim answered HTTP 500 (error 9999: \"Internal server"
                + " error\")", e.getMessage());
    }

    @Test
    void anAnswerThatIsNotTracimsErrorIsQuoted() throws Exception {
        tracim.answerNext("POST", "/workspaces/2/contents/6/comments", 502, "text/html",
                "<html><body><h1>502 Bad Gateway</h1></body></html>");
        TracimApiException e = failure(client.comment(2, 6, "<p>hi</p>"));
        assertEquals("POST /workspaces/2/contents/6/comments: Tracim answered HTTP 502 (no Tracim error: \"<html><body>"
                + "<h1>502 Bad Gateway</h1></body></html>\")", e.getMessage());
        assertTrue(e.tracimMessage().isEmpty());
    }

    @Test
    void aSlowTracimFailsTheCallAtItsTimeout() throws Exception {
        TracimRestClient impatient = TracimRestClient.builder().url(tracim.apiUrl())
                .login(TracimLogin.password("alice", PASSWORD)).callTimeout(Duration.ofMillis(300)).build();
        await(impatient.login());
        tracim.stallNext("GET", "/users/3");
        TracimApiException e = failure(impatient.user(3));
        assertEquals("GET /users/3: Tracim at " + tracim.apiUrl() + " sent no answer within 300 ms", e.getMessage());
        assertTrue(e.status().isEmpty());
    }

    @Test
    void anUnreachableTracimIsSaidSo() throws Exception {
        URI gone = tracim.apiUrl();
        tracim.close();
        TracimRestClient client = TracimRestClient.builder().url(gone).login(TracimLogin.password("alice", PASSWORD))
                .build();
        TracimApiException e = failure(client.workspace(2));
        assertEquals("GET /workspaces/2: cannot reach Tracim at " + gone + " (connection refused)", e.getMessage());
    }

    @Test
    void anAnswerOfTheWrongShapeNamesWhatWasExpected() throws Exception {
        tracim.answerNext("GET", "/workspaces/2/contents/6/comments", 200, "application/json", "{\"items\": []}");
        TracimApiException e = failure(client.comments(2, 6));
        assertEquals("GET /workspaces/2/contents/6/comments: Tracim's answer is not a list of comments: expected a"
                + " JSON array", e.getMessage());
    }
}

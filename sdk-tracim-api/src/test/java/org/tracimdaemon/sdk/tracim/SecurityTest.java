package org.tracimdaemon.sdk.tracim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.tracimdaemon.sdk.tracim.TracimFixture.API_KEY;
import static org.tracimdaemon.sdk.tracim.TracimFixture.PASSWORD;
import static org.tracimdaemon.sdk.tracim.TracimFixture.await;
import static org.tracimdaemon.sdk.tracim.TracimFixture.client;
import static org.tracimdaemon.sdk.tracim.TracimFixture.failure;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.tracimdaemon.sdk.testkit.tracim.FakeTracim;

/** Secrets stay secret; plain http:// only to this machine unless the plugin opts in. */
@Timeout(20)
class SecurityTest {
    private final FakeTracim tracim = TracimFixture.tracim();

    @AfterEach
    void stop() {
        tracim.close();
    }

    @Test
    void noToStringShowsAPasswordOrAKey() {
        TracimLogin password = TracimLogin.password("alice", PASSWORD);
        TracimLogin key = TracimLogin.apiKey("bot@example.com", API_KEY);
        assertEquals("Password[alice, password=***]", password.toString());
        assertEquals("ApiKey[bot@example.com, key=***]", key.toString());
        DaemonConfig config = new DaemonConfig(URI.create("https://tracim.example.com/api"), password);
        assertEquals("DaemonConfig[url=https://tracim.example.com/api, login=Password[alice, password=***]]",
                config.toString());
        TracimRestClient client = TracimRestClient.builder().url(tracim.apiUrl()).login(password).build();
        assertEquals("TracimRestClient[" + tracim.apiUrl() + " as Password[alice, password=***]]", client.toString());
    }

    @Test
    void failuresNeverShowThePasswordOrTheSessionCookieEvenWhenTracimEchoesThem() throws Exception {
        TracimRestClient client = client(tracim);
        await(client.whoami());
        String cookie = tracim.awaitCall("GET", "/auth/whoami", TracimFixture.WAIT).header("Cookie").orElseThrow()
                .substring((FakeTracim.SESSION_COOKIE + "=").length());
        List<Throwable> failures = new ArrayList<>();
        tracim.failNext("GET", "/users/3", 500, 1, "cannot use password " + PASSWORD + " with session_key=" + cookie);
        failures.add(failure(client.user(3)));
        tracim.answerNext("GET", "/workspaces/2", 502, "text/plain", "proxy saw Cookie: session_key=" + cookie);
        failures.add(failure(client.workspace(2)));
        tracim.answerNext("GET", "/workspaces/2/contents/6/comments", 200, "application/json", "[" + PASSWORD + "]");
        failures.add(failure(client.comments(2, 6)));
        tracim.expireSessions();
        tracim.failNext("POST", "/auth/login", 403, 1001, "wrong password " + PASSWORD);
        failures.add(failure(client.note(2, 6)));
        for (Throwable failure : failures) {
            String everything = stackTrace(failure);
            assertFalse(everything.contains(PASSWORD), everything);
            assertFalse(everything.contains(cookie), everything);
        }
        assertEquals("GET /users/3: Tracim answered HTTP 500 (error 1: \"cannot use password *** with session_key=***\")",
                failures.get(0).getMessage());
    }

    @Test
    void theLogHoldsNoPasswordOrCookieEvenAtItsFinestLevel() throws Exception {
        Logger log = Logger.getLogger("org.tracimdaemon.sdk.tracim");
        List<String> records = new java.util.concurrent.CopyOnWriteArrayList<>();
        Handler handler = new Handler() {
            @Override
            public void publish(LogRecord record) {
                records.add(record.getMessage());
            }

            @Override
            public void flush() {}

            @Override
            public void close() {}
        };
        Level level = log.getLevel();
        log.setLevel(Level.ALL);
        log.addHandler(handler);
        try {
            TracimRestClient client = client(tracim);
            await(client.whoami());
            tracim.expireSessions();
            await(client.note(2, 6));                       // logs the 401 and the new login
            String cookie = tracim.calls().get(tracim.calls().size() - 1).header("Cookie").orElseThrow()
                    .substring((FakeTracim.SESSION_COOKIE + "=").length());
            assertEquals(3, records.size(), records::toString);
            for (String record : records) {
                assertFalse(record.contains(PASSWORD), record);
                assertFalse(record.contains(cookie), record);
            }
        } finally {
            log.removeHandler(handler);
            log.setLevel(level);
        }
    }

    @Test
    void anApiKeyNeverShowsInFailures() throws Exception {
        tracim.apiKey(API_KEY);
        TracimRestClient client = TracimRestClient.builder().url(tracim.apiUrl())
                .login(TracimLogin.apiKey("alice", API_KEY)).build();
        tracim.failNext("GET", "/users/1", 500, 1, "bad key " + API_KEY);
        TracimApiException e = failure(client.user(1));
        assertEquals("GET /users/1: Tracim answered HTTP 500 (error 1: \"bad key ***\")", e.getMessage());
        assertEquals("bad key ***", e.tracimMessage().orElseThrow());
    }

    @Test
    void plainHttpToAnotherMachineIsRefusedNamingTheOptIn() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> TracimRestClient.builder()
                .url(URI.create("http://tracim.example.com/api")).login(TracimLogin.password("alice", PASSWORD)).build());
        assertEquals("refusing plain http:// to tracim.example.com, which is not this machine: the password and the"
                + " session cookie would cross the network unencrypted. Use https://, or opt in with"
                + " TracimRestClient.Builder.allowPlainHttp() if the network is trusted", e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> TracimRestClient.builder()
                .url(URI.create("http://192.0.2.10:8080/api")).login(TracimLogin.password("alice", PASSWORD)).build());
    }

    @Test
    void plainHttpIsFineToThisMachineOrWhenOptedIn() {
        for (String url : List.of("http://localhost:8080/api", "http://127.0.0.1:6543/api", "http://[::1]:8080/api",
                "https://tracim.example.com/api")) {
            TracimRestClient.builder().url(URI.create(url)).login(TracimLogin.password("alice", PASSWORD)).build();
        }
        TracimRestClient.builder().url(URI.create("http://tracim.lan/api")).allowPlainHttp()
                .login(TracimLogin.password("alice", PASSWORD)).build();
    }

    @Test
    void aUrlHoldingCredentialsIsRefusedWithoutEchoingThem() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> TracimRestClient.builder()
                .url(URI.create("https://alice:" + PASSWORD + "@tracim.example.com/api"))
                .login(TracimLogin.password("alice", PASSWORD)).build());
        assertEquals("Tracim's URL must not hold a user or password: give them with login(...) instead", e.getMessage());
    }

    private static String stackTrace(Throwable failure) {
        StringWriter text = new StringWriter();
        failure.printStackTrace(new PrintWriter(text));
        return text.toString();
    }
}

package org.tracimdaemon.sdk.tracim;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.System.Logger.Level;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.TimeUnit;
import org.tracimdaemon.sdk.runtime.internal.json.WireJson;

/**
 * Sends one call to Tracim, authenticated: with the session cookie of a password login (logging
 * in first, and once more if Tracim answers 401, then retrying the call once), or with the API
 * key headers. Every call is bounded by the call timeout, login and retry included.
 */
final class TracimHttp {
    static final System.Logger LOG = System.getLogger("org.tracimdaemon.sdk.tracim");

    private static final String COOKIE = "session_key";
    private static final String LOGIN = "/auth/login";

    /** A decoder of a 2xx answer's body; what it throws becomes "Tracim's answer is not ...". */
    @FunctionalInterface
    interface Decoder<T> {
        T decode(byte[] body) throws IOException;
    }

    private final HttpClient http;
    private final ApiUrl url;
    private final TracimLogin login;
    private final Duration timeout;
    private final Secrets secrets = new Secrets();
    private final Failures failures;
    private final Session session;

    TracimHttp(ApiUrl url, TracimLogin login, Duration timeout) {
        this.url = url;
        this.login = login;
        this.timeout = timeout;
        this.failures = new Failures(secrets, url, timeout);
        // Redirects are not followed: the session cookie or API key must go to Tracim's URL only.
        this.http = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(timeout)
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
        if (login instanceof TracimLogin.Password password) {
            secrets.add(password.password());
            session = new Session(this::logIn);
        } else {
            secrets.add(((TracimLogin.ApiKey) login).key());
            session = null;
        }
    }

    /** {@code method endpoint} with an optional JSON body, decoded by {@code decoder}, as a bounded future. */
    <T> CompletableFuture<T> call(String method, String endpoint, Optional<Object> body, String expected,
            Decoder<T> decoder) {
        String call = method + " " + endpoint;
        byte[] json = body.map(TracimHttp::encode).orElse(null);
        CompletableFuture<HttpResponse<byte[]>> answer;
        if (session == null) {
            answer = send(method, endpoint, json, Optional.empty());
        } else {
            answer = session.current().thenCompose(loggedIn -> send(method, endpoint, json,
                    Optional.of(loggedIn.cookie())).thenCompose(response -> {
                        if (response.statusCode() != 401) {
                            return CompletableFuture.completedFuture(response);
                        }
                        LOG.log(Level.DEBUG, () -> call + ": Tracim answered 401, the session expired: logging in again");
                        return session.renew(loggedIn.cookie()).thenCompose(renewed ->
                                send(method, endpoint, json, Optional.of(renewed.cookie())));
                    }));
        }
        return bounded(call, answer.thenApply(response -> decode(call, response, expected, decoder)));
    }

    /** A fresh password login, or, with an API key, who the key acts as. */
    CompletableFuture<byte[]> login() {
        if (session == null) {
            return call("GET", "/auth/whoami", Optional.empty(), "a user", bytes -> bytes);
        }
        return bounded("POST " + LOGIN, session.relogin().thenApply(Session.LoggedIn::user));
    }

    private CompletableFuture<Session.LoggedIn> logIn() {
        TracimLogin.Password password = (TracimLogin.Password) login;
        ObjectNode body = WireJson.mapper().createObjectNode();
        password.email().ifPresent(email -> body.put("email", email));
        password.username().ifPresent(username -> body.put("username", username));
        body.put("password", password.password());
        String call = "POST " + LOGIN;
        return send("POST", LOGIN, encode(body), Optional.empty()).thenApply(response -> {
            if (response.statusCode() != 200) {
                throw failures.status(call, response.statusCode(), response.body(), "");
            }
            String cookie = sessionCookie(response).orElseThrow(() -> new TracimApiException(call, 200, null, null,
                    call + ": Tracim accepted the login but set no " + COOKIE + " cookie", null));
            secrets.add(cookie);
            LOG.log(Level.DEBUG, () -> "logged in to Tracim at " + url + " as " + login);
            return new Session.LoggedIn(cookie, response.body());
        });
    }

    private CompletableFuture<HttpResponse<byte[]>> send(String method, String endpoint, byte[] json,
            Optional<String> cookie) {
        HttpRequest.Builder request = HttpRequest.newBuilder(url.resolve(endpoint))
                .timeout(timeout)
                .header("Accept", "application/json")
                .method(method, json == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofByteArray(json));
        if (json != null) {
            request.header("Content-Type", "application/json");
        }
        cookie.ifPresent(value -> request.header("Cookie", COOKIE + "=" + value));
        if (login instanceof TracimLogin.ApiKey key) {
            request.header("Tracim-Api-Key", key.key()).header("Tracim-Api-Login", key.login());
        }
        return http.sendAsync(request.build(), HttpResponse.BodyHandlers.ofByteArray()).thenApply(response -> {
            // Tracim re-issues the cookie of a live session now and then: keep the newest.
            if (session != null && cookie.isPresent() && response.statusCode() != 401) {
                sessionCookie(response).filter(fresh -> !fresh.equals(cookie.get())).ifPresent(fresh -> {
                    secrets.add(fresh);
                    session.reissued(fresh);
                });
            }
            return response;
        });
    }

    private <T> T decode(String call, HttpResponse<byte[]> response, String expected, Decoder<T> decoder) {
        int status = response.statusCode();
        if (status < 200 || status > 299) {
            String context = status == 401 && session != null ? " even after logging in again" : "";
            throw failures.status(call, status, response.body(), context);
        }
        try {
            return decoder.decode(response.body());
        } catch (IOException | RuntimeException e) {
            throw failures.unreadable(call, status, expected, e);
        }
    }

    private <T> CompletableFuture<T> bounded(String call, CompletableFuture<T> future) {
        return future.orTimeout(timeout.toMillis(), TimeUnit.MILLISECONDS).handle((value, failure) -> {
            if (failure != null) {
                throw new CompletionException(failures.of(call, failure));
            }
            return value;
        });
    }

    private static Optional<String> sessionCookie(HttpResponse<?> response) {
        for (String header : response.headers().allValues("set-cookie")) {
            String pair = header.split(";", 2)[0].strip();
            if (pair.startsWith(COOKIE + "=") && pair.length() > COOKIE.length() + 1) {
                return Optional.of(pair.substring(COOKIE.length() + 1));
            }
        }
        return Optional.empty();
    }

    private static byte[] encode(Object body) {
        try {
            return WireJson.mapper().writeValueAsBytes(body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public String toString() {
        return url + " as " + login;
    }
}

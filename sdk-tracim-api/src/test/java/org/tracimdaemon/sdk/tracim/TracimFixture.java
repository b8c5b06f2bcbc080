package org.tracimdaemon.sdk.tracim;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.tracimdaemon.sdk.testkit.tracim.FakeTracim;

/** A FakeTracim with a user, a space, a note, a thread, a file and comments, and helpers to wait on futures. */
final class TracimFixture {
    static final String PASSWORD = "s3cr3t-Pa55word";
    static final String API_KEY = "k3y-0f-the-daem0n";
    static final Duration WAIT = Duration.ofSeconds(5);

    private TracimFixture() {}

    static FakeTracim tracim() {
        FakeTracim tracim = FakeTracim.start();
        tracim.user(1, "alice", "alice@example.com", "Alice A.", PASSWORD)
                .user(3, "bob", "bob@example.com", "Bob i.", "bobs-password")
                .workspace(2, "Recipes")
                .note(2, 6, "Tiramisu Recipe", "<p>Whisk 3 eggs with <b>sugar</b></p>")
                .thread(2, 7, "Dinner plans", "<p>Friday?</p>")
                .file(2, 8, "cake.jpg", "image/jpeg", 123456)
                .comment(2, 6, 60, 3, "<p>Less sugar next time?</p>")
                .comment(2, 6, 61, 1, "<p>Noted.</p>");
        return tracim;
    }

    static TracimRestClient client(FakeTracim tracim) {
        return TracimRestClient.builder().url(tracim.apiUrl()).login(TracimLogin.password("alice", PASSWORD))
                .callTimeout(WAIT).build();
    }

    static <T> T await(CompletableFuture<T> future) throws Exception {
        try {
            return future.get(WAIT.toMillis() * 2, TimeUnit.MILLISECONDS);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof Exception cause) {
                throw cause;
            }
            throw e;
        }
    }

    /** The TracimApiException a future fails with. */
    static TracimApiException failure(CompletableFuture<?> future) throws Exception {
        try {
            Object value = future.get(WAIT.toMillis() * 2, TimeUnit.MILLISECONDS);
            throw new AssertionError("expected a TracimApiException, got " + value);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof TracimApiException api) {
                return api;
            }
            throw new AssertionError("expected a TracimApiException", e.getCause());
        }
    }
}

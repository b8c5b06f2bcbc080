package org.tracimdaemon.example.notifier;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;
import org.tracimdaemon.sdk.tracim.Comment;
import org.tracimdaemon.sdk.tracim.TracimApiException;
import org.tracimdaemon.sdk.tracim.TracimRestClient;

/**
 * Fetches what TLMs leave out (a note's text, a comment's text) from Tracim's REST API with the
 * SDK's {@link TracimRestClient}. A content deleted meanwhile (404) just has no text; any other
 * failure (Tracim down, login refused, too slow) is explained in one line and fetching stops,
 * rather than making every later event wait for calls that fail.
 */
public final class BodyFetcher {
    private static final int EXCERPT = 100;

    private final Optional<TracimRestClient> tracim;
    private final Duration timeout;
    private final Consumer<String> explain;
    private volatile boolean enabled;

    /**
     * @param tracim  the REST client, logged in as the daemon is
     * @param timeout how long one event may wait for Tracim's answer
     * @param explain where the one-line explanation of a failure goes
     */
    public BodyFetcher(TracimRestClient tracim, Duration timeout, Consumer<String> explain) {
        this(Optional.of(tracim), timeout, explain);
    }

    private BodyFetcher(Optional<TracimRestClient> tracim, Duration timeout, Consumer<String> explain) {
        this.tracim = tracim;
        this.timeout = timeout;
        this.explain = explain;
        this.enabled = tracim.isPresent();
    }

    /** A fetcher that never asks. */
    public static BodyFetcher disabled() {
        return new BodyFetcher(Optional.empty(), Duration.ofSeconds(1), line -> { });
    }

    /** The start of a note's text. */
    Optional<String> note(long workspaceId, long contentId) {
        return fetch(client -> client.note(workspaceId, contentId)).map(note -> excerpt(note.rawContent()));
    }

    /** The start of a comment's text: Tracim lists a content's comments, so pick this one. */
    Optional<String> comment(long workspaceId, long parentId, long commentId) {
        return fetch(client -> client.comments(workspaceId, parentId)).flatMap((List<Comment> comments) ->
                comments.stream().filter(comment -> comment.contentId() == commentId).findFirst())
                .map(comment -> excerpt(comment.rawContent()));
    }

    private <T> Optional<T> fetch(java.util.function.Function<TracimRestClient, CompletableFuture<T>> call) {
        if (!enabled) {
            return Optional.empty();
        }
        try {
            return Optional.of(call.apply(tracim.orElseThrow()).get(timeout.toMillis(), TimeUnit.MILLISECONDS));
        } catch (ExecutionException e) {
            if (e.getCause() instanceof TracimApiException api && api.status().orElse(0) == 404) {
                return Optional.empty(); // deleted since the event: nothing to show
            }
            return giveUp(e.getCause().getMessage());
        } catch (TimeoutException e) {
            return giveUp("Tracim sent no answer within " + timeout.toMillis() + " ms");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
    }

    private <T> Optional<T> giveUp(String why) {
        enabled = false;
        explain.accept("(--fetch-bodies is off from now on: " + why + ")");
        return Optional.empty();
    }

    /** Tracim stores HTML: keep the words, cut to one short line. */
    static String excerpt(String html) {
        String text = html.replaceAll("<html-mention roleid=\"0\"></html-mention>", "@all")
                .replaceAll("<[^>]*>", " ")
                .replace("&nbsp;", " ").replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"")
                .replace("&#39;", "'").replace("&amp;", "&")
                .replaceAll("\\s+", " ").strip();
        return text.length() <= EXCERPT ? text : text.substring(0, EXCERPT - 1) + "…";
    }
}

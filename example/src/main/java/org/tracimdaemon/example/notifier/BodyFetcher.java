package org.tracimdaemon.example.notifier;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;
import org.tracimdaemon.sdk.runtime.DaemonClient;
import org.tracimdaemon.sdk.runtime.wire.RequestResult;

/**
 * Fetches what TLMs leave out (a note's body, a comment's text) from Tracim's REST API through
 * {@code daemon_do_request}. Today's TracimDaemon ignores the endpoint of that call (PROTOCOL.md),
 * so this fails soft: the first failure is explained in one line and fetching stops, rather than
 * making every later event wait for an answer that never comes.
 */
public final class BodyFetcher {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int EXCERPT = 100;

    private final Duration timeout;
    private final Consumer<String> explain;
    private volatile boolean enabled;

    /**
     * @param enabled whether to fetch at all (the {@code --fetch-bodies} option)
     * @param timeout how long one event may wait for Tracim's answer
     * @param explain where the one-line explanation of a failure goes
     */
    public BodyFetcher(boolean enabled, Duration timeout, Consumer<String> explain) {
        this.enabled = enabled;
        this.timeout = timeout;
        this.explain = explain;
    }

    /** A fetcher that never asks. */
    public static BodyFetcher disabled() {
        return new BodyFetcher(false, Duration.ofSeconds(1), line -> { });
    }

    /** The start of a note's text. */
    Optional<String> note(DaemonClient daemon, long workspaceId, long contentId) {
        return fetch(daemon, "/workspaces/" + workspaceId + "/html-documents/" + contentId)
                .map(body -> body.path("raw_content").asText(""))
                .map(BodyFetcher::excerpt);
    }

    /** The start of a comment's text: Tracim lists a content's comments, so pick this one. */
    Optional<String> comment(DaemonClient daemon, long workspaceId, long parentId, long commentId) {
        return fetch(daemon, "/workspaces/" + workspaceId + "/contents/" + parentId + "/comments")
                .flatMap(comments -> {
                    for (JsonNode comment : comments) {
                        if (comment.path("content_id").asLong() == commentId) {
                            return Optional.of(excerpt(comment.path("raw_content").asText("")));
                        }
                    }
                    return Optional.empty();
                });
    }

    private Optional<JsonNode> fetch(DaemonClient daemon, String endpoint) {
        if (!enabled) {
            return Optional.empty();
        }
        try {
            RequestResult result = daemon.request("GET", endpoint, new byte[0])
                    .get(timeout.toMillis(), TimeUnit.MILLISECONDS);
            if (!result.request().endpoint().equals(endpoint)) {
                // The daemon called GET <tracim url> instead, and Tracim happened to say 200.
                return giveUp("TracimDaemon answered for \"" + result.request().endpoint() + "\", not " + endpoint
                        + ": this daemon ignores the endpoint of daemon_do_request");
            }
            return Optional.of(JSON.readTree(result.body()));
        } catch (TimeoutException e) {
            return giveUp(silence());
        } catch (ExecutionException e) {
            return giveUp(e.getCause() instanceof TimeoutException ? silence()
                    : "daemon_do_request failed: " + e.getCause().getMessage());
        } catch (IOException e) {
            return giveUp("Tracim's answer to " + endpoint + " is not JSON");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
    }

    private String silence() {
        return ("TracimDaemon sent no answer to daemon_do_request within " + timeout.toMillis() + " ms:"
                    + " today's daemon ignores the endpoint, calls the bare API URL and stays silent unless Tracim"
                    + " says 200");
    }

    private Optional<JsonNode> giveUp(String why) {
        enabled = false;
        explain.accept("(--fetch-bodies is off from now on: " + why + ". Bodies need a TracimDaemon that honours"
                + " daemon_do_request.)");
        return Optional.empty();
    }

    /** Tracim stores HTML: keep the words, cut to one short line. */
    static String excerpt(String html) {
        String text = html.replaceAll("<[^>]*>", " ")
                .replace("&nbsp;", " ").replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"")
                .replace("&#39;", "'").replace("&amp;", "&")
                .replaceAll("\\s+", " ").strip();
        return text.length() <= EXCERPT ? text : text.substring(0, EXCERPT - 1) + "…";
    }
}

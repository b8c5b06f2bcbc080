package org.tracimdaemon.example.notifier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;
import org.tracimdaemon.sdk.testkit.FakeDaemon;
import org.tracimdaemon.sdk.testkit.FakeDaemonExtension;
import org.tracimdaemon.sdk.testkit.ReceivedMessage;
import org.tracimdaemon.sdk.testkit.TracimApi;
import org.tracimdaemon.sdk.testkit.Tlm;

/** --fetch-bodies: texts when the daemon honours daemon_do_request, one line and no more waiting when it does not. */
@ExtendWith(FakeDaemonExtension.class)
class BodyFetcherTest {
    private static final Instant WHEN = Instant.parse("2025-05-20T10:31:02Z");
    private static final String NOTE = Tlm.contentCreated("html-document").contentId(6).label("Tiramisu Recipe")
            .workspace(2, "Recipes").created(WHEN).build();

    private final BlockingQueue<String> explanations = new LinkedBlockingQueue<>();

    private BodyFetcher fetcher() {
        return new BodyFetcher(true, Duration.ofMillis(500), explanations::add);
    }

    @Test
    @Timeout(10)
    void aDaemonThatHonoursTheRequestGivesTheNotesText(FakeDaemon daemon) throws Exception {
        daemon.answerRequestsAsIntended(TracimApi.of(Map.of(
                "/workspaces/2/html-documents/6", "{\"raw_content\": \"<p>Mascarpone &amp; <b>cocoa</b></p>\"}")));
        try (RunningNotifier notifier = RunningNotifier.start(daemon, fetcher())) {
            daemon.sendTlm(NOTE);
            assertEquals("[2025-05-20 10:31] New note \"Tiramisu Recipe\" by Global manager (Recipes):"
                    + " \"Mascarpone & cocoa\"", notifier.nextLine());
            ReceivedMessage request = daemon.awaitMessage("daemon_do_request", RunningNotifier.WAIT);
            assertEquals("/workspaces/2/html-documents/6", request.dataText("Endpoint"));
        }
    }

    @Test
    @Timeout(10)
    void todaysSilentDaemonIsExplainedOnceAndTheNotifierStopsAsking(FakeDaemon daemon) throws Exception {
        // FakeDaemon's default is today's daemon behind a Tracim answering 404: no answer at all.
        try (RunningNotifier notifier = RunningNotifier.start(daemon, fetcher())) {
            daemon.sendTlm(NOTE);
            assertEquals("[2025-05-20 10:31] New note \"Tiramisu Recipe\" by Global manager (Recipes)", notifier.nextLine());
            String explanation = explanations.take();
            assertTrue(explanation.startsWith("(--fetch-bodies is off from now on: TracimDaemon sent no answer to"
                    + " daemon_do_request within 500 ms"), explanation);
            assertEquals(1, explanation.lines().count());

            daemon.sendTlm(NOTE);
            notifier.nextLine();
            assertTrue(explanations.isEmpty(), "explained once only");
            long requests = daemon.received().stream().filter(m -> m.type().equals("daemon_do_request")).count();
            assertEquals(1, requests, "asked once only");
        }
    }

    @Test
    @Timeout(10)
    void anAnswerForTheBareApiUrlIsNotTakenForTheNote(FakeDaemon daemon) throws Exception {
        // Today's daemon when Tracim answers 200 at its bare API URL: a result echoing an empty request.
        daemon.answerRequests(Optional.of("{\"raw_content\": \"not the note\"}".getBytes(StandardCharsets.UTF_8)));
        try (RunningNotifier notifier = RunningNotifier.start(daemon, fetcher())) {
            daemon.sendTlm(NOTE);
            assertEquals("[2025-05-20 10:31] New note \"Tiramisu Recipe\" by Global manager (Recipes)", notifier.nextLine());
            assertTrue(explanations.take().contains("this daemon ignores the endpoint of daemon_do_request"));
        }
    }

    @Test
    void excerptsKeepTheWordsOfTracimsHtml() {
        assertEquals("Title Body & more", BodyFetcher.excerpt("<h1>Title</h1>\n<p>Body &amp; <i>more</i></p>"));
        assertEquals(100, BodyFetcher.excerpt("x".repeat(300)).length());
    }
}

package org.tracimdaemon.example.notifier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;
import org.tracimdaemon.sdk.testkit.FakeDaemon;
import org.tracimdaemon.sdk.testkit.FakeDaemonExtension;
import org.tracimdaemon.sdk.testkit.Tlm;
import org.tracimdaemon.sdk.testkit.tracim.FakeTracim;
import org.tracimdaemon.sdk.tracim.TracimLogin;
import org.tracimdaemon.sdk.tracim.TracimRestClient;

/** --fetch-bodies over real HTTP: texts from Tracim's REST API; a deleted content is skipped, a broken Tracim explained once. */
@ExtendWith(FakeDaemonExtension.class)
@Timeout(20)
class BodyFetcherTest {
    private static final Instant WHEN = Instant.parse("2025-05-20T10:31:02Z");
    private static final String NOTE = Tlm.contentCreated("html-document").contentId(6).label("Tiramisu Recipe")
            .workspace(2, "Recipes").created(WHEN).build();
    private static final String COMMENT = Tlm.contentCreated("comment").contentId(60).parent(6, "Tiramisu Recipe")
            .workspace(2, "Recipes").author(3, "Bob i.").created(WHEN).build();

    private final BlockingQueue<String> explanations = new LinkedBlockingQueue<>();
    private final FakeTracim tracim = FakeTracim.start()
            .user(1, "TheAdmin", "admin@admin.admin", "Global manager", "demo-password")
            .user(3, "bob", "bob@example.com", "Bob i.", "bobs-password")
            .note(2, 6, "Tiramisu Recipe", "<p>Mascarpone &amp; <b>cocoa</b></p>")
            .comment(2, 6, 60, 3, "<p><html-mention userid=\"1\"></html-mention> less sugar next time?</p>");

    @AfterEach
    void stop() {
        tracim.close();
    }

    private BodyFetcher fetcher(String password) {
        TracimRestClient client = TracimRestClient.builder().url(tracim.apiUrl())
                .login(TracimLogin.password("TheAdmin", password)).callTimeout(Duration.ofSeconds(3)).build();
        return new BodyFetcher(client, Duration.ofSeconds(5), explanations::add);
    }

    @Test
    void aNewNoteShowsTheStartOfItsText(FakeDaemon daemon) throws Exception {
        try (RunningNotifier notifier = RunningNotifier.start(daemon, fetcher("demo-password"))) {
            daemon.sendTlm(NOTE);
            assertEquals("[2025-05-20 10:31] New note \"Tiramisu Recipe\" by Global manager (Recipes):"
                    + " \"Mascarpone & cocoa\"", notifier.nextLine());
        }
        tracim.awaitCall("GET", "/workspaces/2/html-documents/6", RunningNotifier.WAIT);
    }

    @Test
    void aNewCommentShowsItsText(FakeDaemon daemon) throws Exception {
        try (RunningNotifier notifier = RunningNotifier.start(daemon, fetcher("demo-password"))) {
            daemon.sendTlm(COMMENT);
            assertEquals("[2025-05-20 10:31] Bob i. commented on \"Tiramisu Recipe\" (Recipes): \"less sugar next"
                    + " time?\"", notifier.nextLine());
        }
    }

    @Test
    void aMentionInACommentShowsTheCommentsText(FakeDaemon daemon) throws Exception {
        try (RunningNotifier notifier = RunningNotifier.start(daemon, fetcher("demo-password"))) {
            daemon.sendTlm(Tlm.mention().toUser(1).contentId(60).author(3, "Bob i.").workspace(2, "Recipes")
                    .parent(6, "Tiramisu Recipe").created(WHEN).build());
            assertEquals("[2025-05-20 10:31] Bob i. mentioned you in a comment on \"Tiramisu Recipe\" (Recipes):"
                    + " \"less sugar next time?\"", notifier.nextLine());
        }
    }

    @Test
    void aContentDeletedMeanwhileHasNoTextAndFetchingGoesOn(FakeDaemon daemon) throws Exception {
        try (RunningNotifier notifier = RunningNotifier.start(daemon, fetcher("demo-password"))) {
            daemon.sendTlm(Tlm.contentCreated("html-document").contentId(99).label("Gone").workspace(2, "Recipes")
                    .created(WHEN).build());
            assertEquals("[2025-05-20 10:31] New note \"Gone\" by Global manager (Recipes)", notifier.nextLine());
            daemon.sendTlm(NOTE);
            assertTrue(notifier.nextLine().endsWith(": \"Mascarpone & cocoa\""));
            assertTrue(explanations.isEmpty(), explanations::toString);
        }
    }

    @Test
    void aRefusedLoginIsExplainedOnceAndTheNotifierStopsAsking(FakeDaemon daemon) throws Exception {
        try (RunningNotifier notifier = RunningNotifier.start(daemon, fetcher("wrong-password"))) {
            daemon.sendTlm(NOTE);
            assertEquals("[2025-05-20 10:31] New note \"Tiramisu Recipe\" by Global manager (Recipes)", notifier.nextLine());
            String explanation = explanations.poll(5, TimeUnit.SECONDS);
            assertEquals("(--fetch-bodies is off from now on: GET /workspaces/2/html-documents/6: cannot log in to"
                    + " Tracim: POST /auth/login: Tracim answered HTTP 403 (error 1001: \"Authentication failed\"))",
                    explanation);
            daemon.sendTlm(COMMENT);
            notifier.nextLine();
            assertTrue(explanations.isEmpty(), "explained once only");
            assertEquals(1, tracim.calls().size(), "asked once only");
        }
    }

    @Test
    void excerptsKeepTheWordsOfTracimsHtml() {
        assertEquals("Title Body & more", BodyFetcher.excerpt("<h1>Title</h1>\n<p>Body &amp; <i>more</i></p>"));
        assertEquals("@all look", BodyFetcher.excerpt("<p><html-mention roleid=\"0\"></html-mention> look</p>"));
        assertEquals(100, BodyFetcher.excerpt("x".repeat(300)).length());
    }
}

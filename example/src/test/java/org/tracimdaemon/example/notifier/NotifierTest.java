package org.tracimdaemon.example.notifier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;
import org.tracimdaemon.sdk.testkit.FakeDaemon;
import org.tracimdaemon.sdk.testkit.FakeDaemonExtension;
import org.tracimdaemon.sdk.testkit.Samples;
import org.tracimdaemon.sdk.testkit.Tlm;

/**
 * The notifier as a user meets it: real sockets, a fake daemon logged in as user 1, TLMs from the
 * test kit. An event the notifier must ignore is followed by one it shows: handlers run in order,
 * so if the next line is the second event's, the first printed nothing, and no test sleeps.
 */
@ExtendWith(FakeDaemonExtension.class)
class NotifierTest {
    private static final Instant WHEN = Instant.parse("2025-05-20T10:31:02Z");

    private static String marker() {
        return Tlm.contentCreated("comment").created(WHEN).parent(99, "marker").build();
    }

    private static final String MARKER_LINE = "[2025-05-20 10:31] Global manager commented on \"marker\" (First workspace)";

    @Test
    @Timeout(10)
    void sayingItIsConnectedAsksTheDaemonForItsPlugins(FakeDaemon daemon) throws Exception {
        try (RunningNotifier notifier = RunningNotifier.start(daemon)) {
            assertEquals("Tracim notifier: connected to TracimDaemon as user 1 (1 plugin registered).",
                    notifier.nextMessage());
            daemon.awaitMessage("daemon_get_clients", RunningNotifier.WAIT);
        }
    }

    @Test
    @Timeout(10)
    void aMentionOfTheUserIsShownWithWhoWhereAndWhen(FakeDaemon daemon) throws Exception {
        try (RunningNotifier notifier = RunningNotifier.start(daemon)) {
            daemon.sendTlm(Tlm.mention().toUser(1).author(3, "Bob i.").created(WHEN).workspace(2, "Recipes")
                    .parent(6, "Tiramisu Recipe").build());
            assertEquals("[2025-05-20 10:31] Bob i. mentioned you in a comment on \"Tiramisu Recipe\" (Recipes)",
                    notifier.nextLine());
        }
    }

    @Test
    @Timeout(10)
    void aMentionOfAnotherUserIsNotShown(FakeDaemon daemon) throws Exception {
        try (RunningNotifier notifier = RunningNotifier.start(daemon)) {
            daemon.sendTlm(Tlm.mention().toUser(2).build());
            daemon.sendTlm(marker());
            assertEquals(MARKER_LINE, notifier.nextLine());
        }
    }

    @Test
    @Timeout(10)
    void aRoleMentionIsShownWhateverTheRecipient(FakeDaemon daemon) throws Exception {
        try (RunningNotifier notifier = RunningNotifier.start(daemon)) {
            daemon.sendTlm(Samples.tlm("mention.created")); // @all, as Tracim's own test sends it
            daemon.sendTlm(Tlm.mention().toRole(2).created(WHEN).build());
            assertEquals("[2025-05-20 10:31] Global manager mentioned everyone (@all) in a comment on"
                    + " \"test_thread_updated\" (test workspace)", notifier.nextLine());
            assertEquals("[2025-05-20 10:31] Global manager mentioned every contributor in a comment on"
                    + " \"test_thread_updated\" (test workspace)", notifier.nextLine());
        }
    }

    @Test
    @Timeout(10)
    void aNewNoteNamesItsFolderOnceTheFolderWasSeen(FakeDaemon daemon) throws Exception {
        try (RunningNotifier notifier = RunningNotifier.start(daemon)) {
            daemon.sendTlm(Tlm.contentCreated("folder").contentId(3).label("Desserts").workspace(2, "Recipes").build());
            daemon.sendTlm(Tlm.contentCreated("html-document").label("Tiramisu Recipe").parent(3, "")
                    .workspace(2, "Recipes").author(3, "Bob i.").created(WHEN).build());
            assertEquals("[2025-05-20 10:31] New note \"Tiramisu Recipe\" by Bob i. (Recipes › Desserts)",
                    notifier.nextLine());
        }
    }

    @Test
    @Timeout(10)
    void aChangedNoteSaysWhatChanged(FakeDaemon daemon) throws Exception {
        try (RunningNotifier notifier = RunningNotifier.start(daemon)) {
            daemon.sendTlm(Samples.tlm("content.modified.html-document"));
            assertEquals("[2025-05-20 10:02] Note \"Small document A\" status set to closed-validated by Global"
                    + " manager (Foobar)", notifier.nextLine());
        }
    }

    @Test
    @Timeout(10)
    void otherContentIsNotShown(FakeDaemon daemon) throws Exception {
        try (RunningNotifier notifier = RunningNotifier.start(daemon)) {
            daemon.sendTlm(Samples.tlm("content.modified.file"));
            daemon.sendTlm(Samples.tlm("content.created.thread"));
            daemon.sendTlm(Samples.tlm("user.modified"));
            daemon.sendTlm(marker());
            assertEquals(MARKER_LINE, notifier.nextLine());
        }
    }

    @Test
    @Timeout(10)
    void aReactionIsShownOnlyOnTheUsersOwnContent(FakeDaemon daemon) throws Exception {
        try (RunningNotifier notifier = RunningNotifier.start(daemon)) {
            daemon.sendTlm(Tlm.reaction("🎉").contentAuthor(3, "Bob i.").build());
            daemon.sendTlm(Tlm.reaction("👍").author(3, "Bob i.").contentAuthor(1, "Global manager").created(WHEN)
                    .build());
            assertEquals("[2025-05-20 10:31] Bob i. reacted 👍 to your folder \"test-folder\" (test)", notifier.nextLine());
        }
    }

    @Test
    @Timeout(10)
    void aMessageTheSdkCannotReadIsSaidInOneLineAndTheNotifierGoesOn(FakeDaemon daemon) throws Exception {
        try (RunningNotifier notifier = RunningNotifier.start(daemon)) {
            notifier.nextMessage(); // connected
            daemon.sendTlm("{\"event_id\": 1, \"event_type\": \"mention.created\", \"created\": \"yesterday\"}");
            String message = notifier.nextMessage();
            assertTrue(message.startsWith("Tracim notifier: skipped a message (BAD_PAYLOAD: "), message);
            daemon.sendTlm(marker());
            assertEquals(MARKER_LINE, notifier.nextLine());
        }
    }
}

package org.tracimdaemon.example.readme;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;
import org.tracimdaemon.sdk.runtime.TracimDaemonClient;
import org.tracimdaemon.sdk.testkit.FakeDaemon;
import org.tracimdaemon.sdk.testkit.FakeDaemonExtension;
import org.tracimdaemon.sdk.testkit.Tlm;
import org.tracimdaemon.sdk.testkit.tracim.FakeTracim;
import org.tracimdaemon.sdk.testkit.tracim.RecordedCall;
import org.tracimdaemon.sdk.tracim.TracimLogin;
import org.tracimdaemon.sdk.tracim.TracimRestClient;

/** README's "Reading and answering Tracim" example, word for word: if it stops working, so does this test. */
@ExtendWith(FakeDaemonExtension.class)
class MentionReplierTest {
    @Test
    @Timeout(10)
    void answersAMentionBesideIt(FakeDaemon daemon) throws Exception {
        try (FakeTracim tracim = FakeTracim.start()) {                // a fake Tracim REST API on 127.0.0.1
            tracim.user(1, "alice", "alice@example.com", "Alice", "alices-password")
                    .note(2, 6, "Tiramisu Recipe", "<p>Mascarpone</p>");
            TracimRestClient rest = TracimRestClient.builder()        // a plugin: TracimRestClient.fromDaemonConfig()
                    .url(tracim.apiUrl())
                    .login(TracimLogin.password("alice", "alices-password"))
                    .build();
            try (TracimDaemonClient client = TracimDaemonClient.builder()
                    .masterSocket(daemon.socketPath())
                    .clientSocket(daemon.socketPath().resolveSibling("plugin.sock"))
                    .dispatcher(MentionReplierDispatcher.of(new ThankingReplier(rest)))
                    .start()) {                                      // registered once start() returns
                assertEquals(List.of(client.socketPath().toString()), daemon.registeredClients());
                daemon.sendTlm(Tlm.mention().toUser(1).contentId(60).author(3, "Bob i.")   // Bob's comment on note 6
                        .workspace(2, "Recipes").parent(6, "Tiramisu Recipe").build());
                RecordedCall reply = tracim.awaitCall("POST", "/workspaces/2/contents/6/comments", Duration.ofSeconds(5));
                assertEquals("{\"raw_content\":\"<p>Thanks, I am on it.</p>\"}", reply.body());
                assertEquals("<p>Thanks, I am on it.</p>", tracim.comments(2, 6).get(0).path("raw_content").asText());
            }
        }
    }
}

package org.tracimdaemon.example.readme;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;
import org.tracimdaemon.sdk.runtime.TracimDaemonClient;
import org.tracimdaemon.sdk.testkit.FakeDaemon;
import org.tracimdaemon.sdk.testkit.FakeDaemonExtension;
import org.tracimdaemon.sdk.testkit.Tlm;

/** README's "Testing a plugin" example, word for word: if it stops working, so does this test. */
@ExtendWith(FakeDaemonExtension.class)             // a FakeDaemon per test, in a temporary directory
class NoteWatcherTest {
    @Test
    @Timeout(10)
    void seesNewNotes(FakeDaemon daemon) throws Exception {      // the daemon is logged in as user "1"
        BlockingQueue<String> seen = new LinkedBlockingQueue<>();
        NoteWatcher watcher = note -> seen.add(note.label());
        try (TracimDaemonClient client = TracimDaemonClient.builder()
                .masterSocket(daemon.socketPath())
                .clientSocket(daemon.socketPath().resolveSibling("plugin.sock"))
                .dispatcher(NoteWatcherDispatcher.of(watcher))
                .start()) {                                      // registered once start() returns
            assertEquals(List.of(client.socketPath().toString()), daemon.registeredClients());
            daemon.sendTlm(Tlm.contentCreated("html-document").label("Tiramisu").workspace(2, "Recipes").build());
            assertEquals("Tiramisu", seen.poll(5, TimeUnit.SECONDS));
        }
        daemon.awaitMessage("daemon_client_delete", Duration.ofSeconds(5));   // close() unregistered
    }
}

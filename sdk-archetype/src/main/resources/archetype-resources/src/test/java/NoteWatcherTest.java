package ${package};

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

/** The plugin against the test kit's FakeDaemon, over real Unix sockets in a temporary directory. */
@ExtendWith(FakeDaemonExtension.class)
@Timeout(30)
class NoteWatcherTest {
    private final BlockingQueue<String> lines = new LinkedBlockingQueue<>();

    private TracimDaemonClient start(FakeDaemon daemon) throws Exception {
        return TracimDaemonClient.builder()
                .masterSocket(daemon.socketPath())
                .clientSocket(daemon.socketPath().resolveSibling("plugin.sock"))
                .dispatcher(NoteWatcherDispatcher.of(new PrintingNoteWatcher(lines::add)))
                .start();
    }

    @Test
    void registersAndSaysWhomTheDaemonIsLoggedInAs(FakeDaemon daemon) throws Exception {
        try (TracimDaemonClient client = start(daemon)) {
            assertEquals(List.of(client.socketPath().toString()), daemon.registeredClients());
            assertEquals("connected to TracimDaemon as user 1", lines.poll(5, TimeUnit.SECONDS));
        }
    }

    @Test
    void saysEachNewNote(FakeDaemon daemon) throws Exception {
        try (TracimDaemonClient client = start(daemon)) {
            assertEquals("connected to TracimDaemon as user 1", lines.poll(5, TimeUnit.SECONDS));
            daemon.sendTlm(Tlm.contentCreated("html-document").label("Tiramisu").author(3, "Bob")
                    .workspace(2, "Recipes").build());
            assertEquals("new note \"Tiramisu\" by Bob in Recipes", lines.poll(5, TimeUnit.SECONDS));
            assertEquals(List.of(client.socketPath().toString()), daemon.registeredClients());
        }
    }

    @Test
    void unregistersWhenClosed(FakeDaemon daemon) throws Exception {
        start(daemon).close();
        assertEquals("daemon_client_delete",
                daemon.awaitMessage("daemon_client_delete", Duration.ofSeconds(5)).type());
    }
}

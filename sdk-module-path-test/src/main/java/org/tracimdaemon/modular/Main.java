package org.tracimdaemon.modular;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;
import org.tracimdaemon.sdk.runtime.TracimDaemonClient;

/**
 * Registers at the master socket given as the first argument, listening at the second, prints
 * {@code note: <label>} for the first note created and exits 0; any error reported exits 1.
 */
public final class Main {
    private Main() {}

    /**
     * Runs the plugin.
     *
     * @param args the daemon's master socket and the plugin's own socket
     * @throws IOException          if it cannot register
     * @throws InterruptedException if interrupted while waiting for the note
     */
    public static void main(String[] args) throws IOException, InterruptedException {
        CountDownLatch noted = new CountDownLatch(1);
        NoteWatcher watcher = (note, event) -> {
            System.out.println("note: " + note.label());
            noted.countDown();
        };
        TracimDaemonClient client = TracimDaemonClient.builder()
                .masterSocket(Path.of(args[0]))
                .clientSocket(Path.of(args[1]))
                .dispatcher(NoteWatcherDispatcher.of(watcher))
                .onError(error -> {
                    System.err.println("error: " + error);
                    System.exit(1);
                })
                .start();
        System.out.println("registered on " + Main.class.getModule().getName());
        noted.await();
        client.close();
    }
}

package ${package};

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import org.tracimdaemon.sdk.runtime.TracimDaemonClient;

/**
 * Starts the plugin: {@code java -jar ${artifactId}.jar [--master PATH]}. It registers with the
 * TracimDaemon of the user who runs it (or the one listening at {@code PATH}) and runs until
 * stopped; Ctrl-C or {@code systemctl --user stop} unregisters it.
 */
public final class Main {
    private static final String PLUGIN = "${artifactId}";

    private Main() {}

    public static void main(String[] args) throws InterruptedException {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        TracimDaemonClient.Builder builder = TracimDaemonClient.builder()
                .pluginName(PLUGIN)                 // its socket: $XDG_CONFIG_HOME (or ~/.config)/<name>/<name>.sock
                .dispatcher(NoteWatcherDispatcher.of(new PrintingNoteWatcher(out::println)))
                .onError(error -> System.err.println(PLUGIN + ": " + error))
                // At most 16 MiB of events wait for the handlers (about 5,000 notes): it fits the
                // launcher's 40 MiB heap (src/main/sh); raise both together.
                .maxQueuedBytes(16L * 1024 * 1024)
                .awaitDaemon(Duration.ofMinutes(1)); // started at login before the daemon: wait for it
        if (args.length == 2 && args[0].equals("--master")) {
            builder.masterSocket(Path.of(args[1]));
        } else if (args.length != 0) {
            System.err.println("Usage: java -jar " + PLUGIN + ".jar [--master PATH]");
            System.exit(2);
        }
        TracimDaemonClient client;
        try {
            client = builder.start();           // returns once the daemon answered
        } catch (IOException e) {
            // No daemon within a minute: exit non-zero, and systemd's Restart=on-failure tries again.
            System.err.println(PLUGIN + ": " + e.getMessage());
            System.exit(1);
            return;
        }
        Runtime.getRuntime().addShutdownHook(new Thread(client::close, PLUGIN + "-shutdown"));
        client.awaitClose();
        if (client.failure().isPresent()) {
            System.exit(1); // the SDK failed closed (it was reported): let systemd restart the plugin
        }
    }
}

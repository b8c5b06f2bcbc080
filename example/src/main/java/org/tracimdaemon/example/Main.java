package org.tracimdaemon.example;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.tracimdaemon.example.cli.Options;
import org.tracimdaemon.example.demo.DemoDaemon;
import org.tracimdaemon.example.demo.DemoTracim;
import org.tracimdaemon.example.notifier.BodyFetcher;
import org.tracimdaemon.example.notifier.DesktopNotifications;
import org.tracimdaemon.example.notifier.Notification;
import org.tracimdaemon.example.notifier.Notifier;
import org.tracimdaemon.example.notifier.TracimNotifierDispatcher;
import org.tracimdaemon.sdk.runtime.TracimDaemonClient;
import org.tracimdaemon.sdk.tracim.DaemonConfig;
import org.tracimdaemon.sdk.tracim.TracimConfigException;
import org.tracimdaemon.sdk.tracim.TracimRestClient;

/**
 * The Tracim notifier's command: connects to TracimDaemon (or, with {@code --demo} and no daemon
 * running, to the built-in demo daemon) and prints what {@link Notifier} finds worth telling.
 */
public final class Main {
    private static final String PLUGIN = "tracim-notifier";
    private static final Duration DEMO_PACE = Duration.ofMillis(120);
    private static final Duration FETCH_WAIT = Duration.ofSeconds(3);

    private final BufferedReader in;
    private final PrintStream out;
    private final PrintStream err;
    private final Map<String, String> env;
    private final ZoneId zone;

    /**
     * A command writing to these streams, with this environment ({@code PATH} for notify-send,
     * {@code XDG_CONFIG_HOME} and {@code HOME} for its default socket) and no standard input.
     */
    public Main(PrintStream out, PrintStream err, Map<String, String> env, ZoneId zone) {
        this(new BufferedReader(Reader.nullReader()), out, err, env, zone);
    }

    /** The same, reading {@code in} where it waits for the user (Enter, for {@code --demo-daemon}). */
    public Main(BufferedReader in, PrintStream out, PrintStream err, Map<String, String> env, ZoneId zone) {
        this.in = in;
        this.out = out;
        this.err = err;
        this.env = env;
        this.zone = zone;
    }

    public static void main(String[] args) throws InterruptedException {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        int status = new Main(in, out, System.err, System.getenv(), ZoneId.systemDefault()).run(args);
        if (status != 0) {
            System.exit(status); // only on failure: under exec:java, exit would end Maven too
        }
    }

    /** Runs the notifier until the daemon's client closes (or the demo is over); the exit status. */
    public int run(String... args) throws InterruptedException {
        Options options;
        try {
            options = Options.parse(args);
        } catch (IllegalArgumentException e) {
            err.println("tracim-notifier: " + e.getMessage() + " (see --help)");
            return 2;
        }
        Path master = options.master().orElseGet(TracimDaemonClient::defaultMasterSocket);
        if (options.help()) {
            out.print(String.format(Options.USAGE, master, defaultSocket()));
            return 0;
        }
        if (options.demoDaemon()) {
            return demoDaemonAlone(in);
        }
        if (DaemonProbe.answers(master)) {
            return watch(options, master, options.socket().orElse(null), Optional.empty(), bodies(options));
        }
        if (!options.demo()) {
            err.println("No TracimDaemon is running at " + master + ": start it, point --master at its socket,"
                    + " or try --demo.");
            return 1;
        }
        out.println("No TracimDaemon is running at " + master + "; starting the demo daemon instead.");
        return demo(options);
    }

    /**
     * Where {@code pluginName(PLUGIN)} puts the notifier's socket, worked out from this command's
     * environment as the runtime does: {@code $XDG_CONFIG_HOME}, else {@code ~/.config}.
     */
    private Path defaultSocket() {
        String xdg = env.get("XDG_CONFIG_HOME");
        Path config = xdg != null && !xdg.isEmpty() ? Path.of(xdg)
                : Path.of(env.getOrDefault("HOME", System.getProperty("user.home")), ".config");
        return config.resolve(PLUGIN).resolve(PLUGIN + ".sock");
    }

    /** The demo daemon with no notifier: another plugin (a generated project's jar) connects to it. */
    private int demoDaemonAlone(BufferedReader input) throws InterruptedException {
        Path directory;
        try {
            directory = Files.createTempDirectory("tracim-demo");
        } catch (IOException e) {
            err.println("Cannot start the demo daemon: " + e.getMessage());
            return 1;
        }
        try (DemoDaemon demo = DemoDaemon.start(directory)) {
            out.println("Demo daemon listening at " + demo.socketPath());
            out.println("Start your plugin with that master socket (e.g. java -jar plugin.jar --master "
                    + demo.socketPath() + "), then press Enter to replay " + demo.eventCount() + " Tracim events.");
            try {
                input.readLine(); // end of input replays too
            } catch (IOException e) {
                err.println("Cannot read the standard input (" + e.getMessage() + "); replaying now.");
            }
            demo.replay(DEMO_PACE);
            if (!demo.awaitReplayed(Duration.ofSeconds(60))) {
                err.println("The demo daemon did not finish its replay.");
                return 1;
            }
            out.println("Demo over: the demo daemon replayed " + demo.eventCount() + " Tracim events.");
            return 0;
        } finally {
            deleteQuietly(directory);
        }
    }

    private int demo(Options options) throws InterruptedException {
        Path directory;
        try {
            directory = Files.createTempDirectory("tracim-demo");
        } catch (IOException e) {
            err.println("Cannot start the demo daemon: " + e.getMessage());
            return 1;
        }
        try (DemoDaemon demo = DemoDaemon.start(directory);
                DemoTracim tracim = options.fetchBodies() ? DemoTracim.start(directory) : null) {
            Path socket = options.socket().orElse(directory.resolve(PLUGIN + ".sock"));
            BodyFetcher bodies = tracim == null ? BodyFetcher.disabled() : bodies(tracim.daemonConfig());
            return watch(options, demo.socketPath(), socket, Optional.of(demo), bodies);
        } catch (IOException e) {
            err.println("Cannot start the demo Tracim: " + e.getMessage());
            return 1;
        } finally {
            deleteQuietly(directory);
        }
    }

    /** Runs the notifier against {@code master}: until closed, or with a demo daemon until its replay is over. */
    private int watch(Options options, Path master, Path socket, Optional<DemoDaemon> demo, BodyFetcher bodies)
            throws InterruptedException {
        Consumer<Notification> notifications = notification -> out.println(notification.line());
        if (options.desktop()) {
            notifications = DesktopNotifications.find(env).<Consumer<Notification>>map(desktop -> notification -> {
                out.println(notification.line());
                desktop.accept(notification);
            }).orElse(notifications);
        }
        Notifier notifier = new Notifier(notifications, out::println, zone, bodies);
        TracimDaemonClient.Builder builder = TracimDaemonClient.builder()
                .masterSocket(master)
                .dispatcher(TracimNotifierDispatcher.of(notifier));
        builder = socket != null ? builder.clientSocket(socket) : builder.pluginName(PLUGIN); // null: the default
        TracimDaemonClient client;
        try {
            client = builder.start();
        } catch (IOException e) {
            err.println("Tracim notifier could not start: " + e.getMessage());
            return 1;
        }
        try {
            if (demo.isEmpty()) {
                Runtime.getRuntime().addShutdownHook(new Thread(client::close, "tracim-notifier-shutdown"));
                client.awaitClose();
                return 0;
            }
            demo.get().replay(DEMO_PACE);
            if (!demo.get().awaitReplayed(Duration.ofSeconds(60))) {
                err.println("The demo daemon did not finish its replay.");
                return 1;
            }
        } finally {
            client.close(); // lets the notifier finish every event received, then unregisters
        }
        out.println("Demo over: the demo daemon replayed " + demo.get().eventCount() + " Tracim events."
                + " Run without --demo next to a TracimDaemon to see your own.");
        return 0;
    }

    /** With --fetch-bodies: a REST client logged in as the daemon is, from its config.json; else none. */
    private BodyFetcher bodies(Options options) {
        return options.fetchBodies() ? bodies(DaemonConfig.defaultPath(env)) : BodyFetcher.disabled();
    }

    private BodyFetcher bodies(Path daemonConfig) {
        try {
            TracimRestClient tracim = TracimRestClient.builder().daemonConfig(daemonConfig).callTimeout(FETCH_WAIT).build();
            return new BodyFetcher(tracim, FETCH_WAIT, out::println);
        } catch (TracimConfigException | IllegalArgumentException e) {
            out.println("(--fetch-bodies is off: " + e.getMessage() + ")");
            return BodyFetcher.disabled();
        }
    }

    private static void deleteQuietly(Path directory) {
        try (Stream<Path> files = Files.walk(directory)) {
            files.sorted(Comparator.reverseOrder()).forEach(file -> file.toFile().delete());
        } catch (IOException e) {
            // a temporary directory: the system cleans it up eventually
        }
    }
}

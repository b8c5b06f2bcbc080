package org.tracimdaemon.example.cli;

import java.nio.file.Path;
import java.util.Optional;

/**
 * The notifier's command line.
 *
 * @param master      the daemon's socket; empty for where TracimDaemon listens by default
 * @param socket      the notifier's own socket; empty for its default
 * @param demo        start the built-in demo daemon when no TracimDaemon answers
 * @param demoDaemon  run the demo daemon alone, for another plugin to connect to
 * @param fetchBodies fetch note and comment texts from Tracim's REST API, logged in as the daemon
 * @param desktop     also show notifications with {@code notify-send}
 * @param help        print the usage and stop
 */
public record Options(Optional<Path> master, Optional<Path> socket, boolean demo, boolean demoDaemon,
        boolean fetchBodies, boolean desktop, boolean help) {

    /** The usage text of {@code --help}; the {@code %s} are the default master socket, then the notifier's. */
    public static final String USAGE = """
            Usage: tracim-notifier [--master PATH] [--socket PATH] [--demo] [--fetch-bodies] [--no-desktop]
                   tracim-notifier --demo-daemon

            Prints a line for every mention of you (or of your role), every new comment, every new or
            changed note and every reaction on your content, as TracimDaemon relays them from Tracim;
            also shows them with notify-send where it exists.

              --master PATH    TracimDaemon's socket (default: %s)
              --socket PATH    this plugin's own socket (default: %s)
              --demo           if no TracimDaemon answers, replay sample events from a built-in demo daemon
              --demo-daemon    run only the demo daemon, to try another plugin against it: it prints its
                               socket, replays the sample events when Enter is pressed, then exits
              --fetch-bodies   also show note and comment texts, read from Tracim's REST API with the login
                               in TracimDaemon's config.json (which must be private to you: chmod 600)
              --no-desktop     print only, no desktop notifications
              --help           print this help
            """;

    /**
     * Reads the arguments.
     *
     * @throws IllegalArgumentException naming the argument that is wrong
     */
    public static Options parse(String... arguments) {
        Optional<Path> master = Optional.empty();
        Optional<Path> socket = Optional.empty();
        boolean demo = false;
        boolean demoDaemon = false;
        boolean fetchBodies = false;
        boolean desktop = true;
        boolean help = false;
        for (int i = 0; i < arguments.length; i++) {
            String argument = arguments[i];
            switch (argument) {
                case "--master" -> master = Optional.of(path(arguments, ++i, argument));
                case "--socket" -> socket = Optional.of(path(arguments, ++i, argument));
                case "--demo" -> demo = true;
                case "--demo-daemon" -> demoDaemon = true;
                case "--fetch-bodies" -> fetchBodies = true;
                case "--no-desktop" -> desktop = false;
                case "--help", "-h" -> help = true;
                default -> throw new IllegalArgumentException("unknown option \"" + argument + "\"");
            }
        }
        return new Options(master, socket, demo, demoDaemon, fetchBodies, desktop, help);
    }

    private static Path path(String[] arguments, int index, String option) {
        if (index >= arguments.length || arguments[index].startsWith("--")) {
            throw new IllegalArgumentException(option + " needs a socket path");
        }
        return Path.of(arguments[index]);
    }
}

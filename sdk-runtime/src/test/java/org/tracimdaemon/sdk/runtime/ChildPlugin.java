package org.tracimdaemon.sdk.runtime;

import java.nio.file.Path;
import java.time.Duration;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.tracimdaemon.sdk.catalogue.DaemonTypes;
import org.tracimdaemon.sdk.runtime.tlm.TLMEvent;

/**
 * A plugin in a JVM of its own, for the faults a test JVM cannot take itself (a small heap, few
 * file descriptors): started by {@link ChildJvm}, it says what happens on stdout, one line each.
 *
 * <pre>
 * STARTED                          registered with the daemon
 * EVENT id                         a daemon_tracim_event handled (its TLM's event_id)
 * ERROR KIND CauseClass|- text     a DispatchError reached onError
 * UNCAUGHT thread Throwable        a thread of the SDK died
 * CLOSED failure|none              awaitClose() returned
 * DEBUG text                       the SDK logged a failed accept at DEBUG (one per retry)
 * </pre>
 *
 * Arguments: the master socket, the client socket, the read timeout (ISO-8601, e.g. PT5S). With
 * {@code -Dchild.ballastMegabytes=n} it first fills n MB of its heap with data of its own and
 * keeps it, as a plugin with a cache would.
 */
public final class ChildPlugin {
    /** The plugin's own data: reachable for the JVM's whole life. */
    static volatile byte[][] ballast;

    private ChildPlugin() {}

    public static void main(String[] args) throws Exception {
        Path master = Path.of(args[0]);
        Path socket = Path.of(args[1]);
        Duration readTimeout = Duration.parse(args[2]);
        ballast = new byte[16 * Integer.getInteger("child.ballastMegabytes", 0)][64 * 1024]; // not humongous
        Thread.setDefaultUncaughtExceptionHandler((thread, e) -> say("UNCAUGHT " + thread.getName() + " " + e));
        sayFailedAccepts();
        TracimDaemonClient client = TracimDaemonClient.builder().masterSocket(master).clientSocket(socket)
                .readTimeout(readTimeout).pingRound(Duration.ofMinutes(10))
                .onError(error -> say("ERROR " + error.kind() + " "
                        + error.cause().map(cause -> cause.getClass().getName()).orElse("-") + " "
                        + oneLine(error.description())))
                .dispatcher((event, context) -> {
                    if (event.type().equals(DaemonTypes.TRACIM_EVENT)) {
                        say("EVENT " + TLMEvent.decode(event).eventId());
                    }
                })
                .start();
        say("STARTED");
        client.awaitClose();
        say("CLOSED " + client.failure().map(Throwable::toString).orElse("none"));
    }

    /** Each retry of a failed accept, so that a test can wait for retries instead of sleeping. */
    private static void sayFailedAccepts() {
        Logger sdk = Logger.getLogger("org.tracimdaemon.sdk");
        sdk.setLevel(Level.FINE);
        sdk.addHandler(new Handler() {
            @Override
            public void publish(LogRecord record) {
                if (record.getLevel() == Level.FINE && record.getMessage().startsWith("accepting on")) {
                    say("DEBUG " + oneLine(record.getMessage()));
                }
            }

            @Override
            public void flush() {}

            @Override
            public void close() {}
        });
    }

    private static String oneLine(String text) {
        String line = text.replace('\n', ' ');
        return line.length() > 300 ? line.substring(0, 300) + "..." : line;
    }

    private static synchronized void say(String line) {
        System.out.println(line);
        System.out.flush();
    }
}

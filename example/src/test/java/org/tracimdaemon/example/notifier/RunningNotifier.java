package org.tracimdaemon.example.notifier;

import java.io.IOException;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.tracimdaemon.sdk.runtime.TracimDaemonClient;
import org.tracimdaemon.sdk.testkit.FakeDaemon;

/**
 * The notifier plugged into a real {@link TracimDaemonClient} talking to a {@link FakeDaemon}
 * over real sockets, with its output in queues that tests poll with a timeout.
 */
final class RunningNotifier implements AutoCloseable {
    static final Duration WAIT = Duration.ofSeconds(5);

    final BlockingQueue<String> lines = new LinkedBlockingQueue<>();
    final BlockingQueue<String> messages = new LinkedBlockingQueue<>();
    final TracimDaemonClient client;

    private RunningNotifier(FakeDaemon daemon, BodyFetcher bodies) throws IOException {
        Notifier notifier = new Notifier(notification -> lines.add(notification.line()), messages::add,
                ZoneOffset.UTC, bodies);
        client = TracimDaemonClient.builder()
                .masterSocket(daemon.socketPath())
                .clientSocket(daemon.socketPath().resolveSibling("notifier.sock"))
                .dispatcher(TracimNotifierDispatcher.of(notifier))
                .start();
    }

    /** Started and registered: the daemon has answered with its account info. */
    static RunningNotifier start(FakeDaemon daemon) throws IOException {
        return new RunningNotifier(daemon, BodyFetcher.disabled());
    }

    static RunningNotifier start(FakeDaemon daemon, BodyFetcher bodies) throws IOException {
        return new RunningNotifier(daemon, bodies);
    }

    /** The next notification line; fails the test if none comes within {@link #WAIT}. */
    String nextLine() throws InterruptedException {
        return next(lines, "notification");
    }

    /** The next message of the notifier's own (connected, problems...). */
    String nextMessage() throws InterruptedException {
        return next(messages, "message");
    }

    private static String next(BlockingQueue<String> queue, String what) throws InterruptedException {
        String line = queue.poll(WAIT.toMillis(), TimeUnit.MILLISECONDS);
        if (line == null) {
            throw new AssertionError("the notifier printed no " + what + " within " + WAIT);
        }
        return line;
    }

    @Override
    public void close() {
        client.close();
    }
}

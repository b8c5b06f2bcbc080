package org.tracimdaemon.example.demo;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.tracimdaemon.sdk.testkit.FakeDaemon;
import org.tracimdaemon.sdk.testkit.Tlm;

/**
 * An in-process stand-in for TracimDaemon, to try a plugin without Tracim: the test kit's
 * {@link FakeDaemon} (the daemon's protocol byte for byte: master socket, registration, pings, one
 * connection per message) logged in as user 1, replaying the demo's TLMs a little apart, then
 * done. Like today's daemon it answers no {@code daemon_do_request}: texts come from
 * {@link DemoTracim}, through the REST client.
 *
 * <pre>{@code
 * try (DemoDaemon demo = DemoDaemon.start(directory)) {
 *     // start the plugin with demo.socketPath() as its master socket, then:
 *     demo.replay(Duration.ofMillis(100));
 *     demo.awaitReplayed(Duration.ofSeconds(30));
 * }
 * }</pre>
 */
public final class DemoDaemon implements AutoCloseable {
    private final FakeDaemon daemon;
    private final CountDownLatch replayed = new CountDownLatch(1);
    private final CountDownLatch closed = new CountDownLatch(1);

    private DemoDaemon(FakeDaemon daemon) {
        this.daemon = daemon;
    }

    /** Listens on {@code directory/master.sock}. */
    public static DemoDaemon start(Path directory) {
        return new DemoDaemon(FakeDaemon.start(directory, "1"));
    }

    /** The master socket, for the plugin. */
    public Path socketPath() {
        return daemon.socketPath();
    }

    /** How many TLMs a replay sends. */
    public int eventCount() {
        return DemoScript.events().size();
    }

    /**
     * Sends the demo's TLMs to the registered plugins on a thread of its own, {@code pace} apart,
     * each dated now as live events are, with one keep-alive round halfway as the real daemon
     * pings every 30 seconds.
     */
    public void replay(Duration pace) {
        List<Tlm> events = DemoScript.events();
        Thread replay = new Thread(() -> {
            try {
                for (int i = 0; i < events.size(); i++) {
                    if (closed.await(pace.toMillis(), TimeUnit.MILLISECONDS)) {
                        return; // closed early: stop replaying
                    }
                    daemon.sendTlm(events.get(i).created(Instant.now()).build());
                    if (i == events.size() / 2) {
                        daemon.pingAll();
                    }
                }
                replayed.countDown();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "demo-daemon-replay");
        replay.setDaemon(true);
        replay.start();
    }

    /** Whether the replay finished within {@code timeout}. */
    public boolean awaitReplayed(Duration timeout) throws InterruptedException {
        return replayed.await(timeout.toMillis(), TimeUnit.MILLISECONDS);
    }

    @Override
    public void close() {
        closed.countDown();
        daemon.close();
    }
}

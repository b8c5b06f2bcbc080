package org.tracimdaemon.sdk.benchmarks;

import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;
import org.tracimdaemon.sdk.runtime.TracimDaemonClient;

/**
 * A plugin in a JVM of its own, for {@link StartupReport}: registers, says so with the time since
 * its JVM started (and when {@code main} was entered), says when {@code args[2]} events were
 * handled, and exits when stdin closes.
 */
public final class StartupProbe {
    private StartupProbe() {}

    public static void main(String[] args) throws Exception {
        long mainEntered = System.nanoTime();
        int expected = Integer.parseInt(args[2]);
        CountDownLatch handled = new CountDownLatch(expected);
        try (TracimDaemonClient client = TracimDaemonClient.builder()
                .masterSocket(Path.of(args[0]))
                .clientSocket(Path.of(args[1]))
                .dispatcher(CountingHandlersDispatcher.of(CountingHandlers.calling(handled::countDown)))
                .start()) {
            long registered = System.nanoTime();
            long sinceJvmStart = System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime();
            // The management classes load only now, after the marks: they are not in the figures.
            System.out.println("registered " + sinceJvmStart + " main " + (sinceJvmStart - (registered - mainEntered) / 1_000_000));
            handled.await();
            System.out.println("handled " + expected);
            System.in.read();
        }
    }
}

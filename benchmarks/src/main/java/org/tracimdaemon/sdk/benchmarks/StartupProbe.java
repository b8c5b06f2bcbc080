package org.tracimdaemon.sdk.benchmarks;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicLong;
import org.tracimdaemon.sdk.runtime.TracimDaemonClient;

/**
 * A plugin in a JVM of its own, for {@link StartupReport}: registers, says so with the time since
 * its JVM started (and when {@code main} was entered), says when {@code args[2]} events were
 * handled (and, for each line on stdin, how many were so far), and exits when stdin closes. {@code -Dprobe.maxQueuedBytes=} sets the builder's bound.
 */
public final class StartupProbe {
    private StartupProbe() {}

    public static void main(String[] args) throws Exception {
        long mainEntered = System.nanoTime();
        int expected = Integer.parseInt(args[2]);
        CountDownLatch handled = new CountDownLatch(expected);
        AtomicLong count = new AtomicLong();
        TracimDaemonClient.Builder builder = TracimDaemonClient.builder()
                .masterSocket(Path.of(args[0]))
                .clientSocket(Path.of(args[1]))
                .dispatcher(CountingHandlersDispatcher.of(CountingHandlers.calling(() -> {
                    count.incrementAndGet();
                    handled.countDown();
                })));
        Long maxQueuedBytes = Long.getLong("probe.maxQueuedBytes"); // e.g. the template's setting
        if (maxQueuedBytes != null) {
            builder.maxQueuedBytes(maxQueuedBytes);
        }
        try (TracimDaemonClient client = builder.start()) {
            long registered = System.nanoTime();
            long sinceJvmStart = System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime();
            // The management classes load only now, after the marks: they are not in the figures.
            System.out.println("registered " + sinceJvmStart + " main " + (sinceJvmStart - (registered - mainEntered) / 1_000_000));
            Thread waiting = new Thread(() -> {
                try {
                    handled.await();
                    System.out.println("handled " + expected);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            });
            waiting.setDaemon(true);
            waiting.start();
            // Each line on stdin asks how many events were handled so far (when some were dropped,
            // "handled" never comes); end of stdin: exit.
            BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
            while (in.readLine() != null) {
                System.out.println("count " + count.get());
            }
        }
    }
}

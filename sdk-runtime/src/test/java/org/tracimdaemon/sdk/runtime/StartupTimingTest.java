package org.tracimdaemon.sdk.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.tracimdaemon.sdk.testkit.FakeDaemon;

/** Prints how long start() takes until registered; measures only, never asserts a speed. */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class StartupTimingTest {
    @TempDir
    Path dir;

    @Test
    void printsTheMedianTimeFromStartToRegistered() throws Exception {
        int runs = 21;
        long[] micros = new long[runs];
        try (FakeDaemon daemon = FakeDaemon.start(dir.resolve("daemon"))) {
            for (int run = 0; run < runs; run++) {
                long started = System.nanoTime();
                try (TracimDaemonClient client = TracimDaemonClient.builder().masterSocket(daemon.socketPath())
                        .clientSocket(dir.resolve("p" + run + ".sock")).dispatcher((event, context) -> { }).start()) {
                    micros[run] = (System.nanoTime() - started) / 1000;
                    assertEquals(dir.resolve("p" + run + ".sock"), client.socketPath());
                }
            }
        }
        long first = micros[0];
        Arrays.sort(micros);
        System.out.printf("start() to registered over %d runs: median %.2f ms, min %.2f ms, max %.2f ms"
                        + " (first, cold JVM: %.2f ms)%n", runs, micros[runs / 2] / 1000.0, micros[0] / 1000.0,
                micros[runs - 1] / 1000.0, first / 1000.0);
    }
}

package org.tracimdaemon.sdk.benchmarks;

import java.io.BufferedOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.net.UnixDomainSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.locks.LockSupport;

/**
 * The sender of the latency measurement, in its own JVM as the daemon is: sends {@code count}
 * copies of a message at a steady period, each as {@link DaemonLikeSender#send} does, and writes
 * to stdout, as big-endian longs, the {@link System#nanoTime()} just before each connect, or -1
 * for a message that was not sent whole.
 *
 * <p>On Linux both JVMs read {@code CLOCK_MONOTONIC}, one clock for the whole machine, so the
 * receiver subtracts these times from its own.
 *
 * <pre>{@code java -cp benchmarks.jar org.tracimdaemon.sdk.benchmarks.PacedSender <message file> <socket> <count> <period ns>}</pre>
 */
public final class PacedSender {
    private PacedSender() {}

    public static void main(String[] args) throws IOException {
        if (args.length != 4) {
            System.err.println("usage: PacedSender <message file> <socket> <count> <period ns>");
            System.exit(2);
        }
        byte[] message = Files.readAllBytes(Path.of(args[0]));
        UnixDomainSocketAddress socket = UnixDomainSocketAddress.of(args[1]);
        int count = Integer.parseInt(args[2]);
        long period = Long.parseLong(args[3]);
        long[] sent = new long[count];
        long start = System.nanoTime();
        for (int i = 0; i < count; i++) {
            long due = start + i * period;
            for (long now = System.nanoTime(); now < due; now = System.nanoTime()) {
                LockSupport.parkNanos(due - now);
            }
            long at = System.nanoTime();
            sent[i] = DaemonLikeSender.send(socket, message) == DaemonLikeSender.Outcome.SENT ? at : -1;
        }
        try (DataOutputStream out = new DataOutputStream(new BufferedOutputStream(System.out))) {
            for (long at : sent) {
                out.writeLong(at);
            }
        }
    }
}

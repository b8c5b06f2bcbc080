package org.tracimdaemon.sdk.benchmarks;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.locks.LockSupport;

/**
 * The sender of the end-to-end measurements, run in its own JVM so that its work is not counted
 * in the measured one. It sends as TracimDaemon does: one connection per message, a non-blocking
 * connect (a full accept backlog fails it at once, and the daemon loses that message), the whole
 * message written, close; one message after another, never two at once.
 *
 * <p>{@code java -cp benchmarks.jar org.tracimdaemon.sdk.benchmarks.DaemonLikeSender <message file>},
 * then one line per round on stdin: {@code go <socket> <count> <drop|retry>}. {@code drop} loses a
 * refused connect as the daemon does; {@code retry} connects again until it is taken (for pure
 * throughput). Each round answers {@code sent=<n> refused=<n> failed=<n> nanos=<n>} on stdout:
 * messages written whole, connects refused, writes that failed, and the time the round took.
 * The process stays warm between rounds (the daemon is a compiled Go program) and ends at end of
 * stdin.
 */
public final class DaemonLikeSender {
    private DaemonLikeSender() {}

    /** After a refused connect in {@code retry} mode: the backlog is full, give the receiver a moment. */
    private static final long RETRY_PAUSE_NANOS = 20_000;

    public static void main(String[] args) throws IOException {
        if (args.length != 1) {
            System.err.println("usage: DaemonLikeSender <message file>, then lines 'go <socket> <count> <drop|retry>'");
            System.exit(2);
        }
        byte[] message = Files.readAllBytes(Path.of(args[0]));
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        for (String line = in.readLine(); line != null; line = in.readLine()) {
            String[] go = line.strip().split(" ");
            if (go.length != 4 || !go[0].equals("go")) {
                System.err.println("expected 'go <socket> <count> <drop|retry>', got: " + line);
                System.exit(2);
            }
            UnixDomainSocketAddress socket = UnixDomainSocketAddress.of(go[1]);
            int count = Integer.parseInt(go[2]);
            boolean retry = go[3].equals("retry");
            long sent = 0;
            long refused = 0;
            long failed = 0;
            long start = System.nanoTime();
            for (int i = 0; i < count; i++) {
                Outcome outcome;
                while ((outcome = send(socket, message)) == Outcome.REFUSED && retry) {
                    refused++;
                    LockSupport.parkNanos(RETRY_PAUSE_NANOS);
                }
                switch (outcome) {
                    case SENT -> sent++;
                    case REFUSED -> refused++;
                    case FAILED -> failed++;
                }
            }
            long nanos = System.nanoTime() - start;
            System.out.println("sent=" + sent + " refused=" + refused + " failed=" + failed + " nanos=" + nanos);
            System.out.flush();
        }
    }

    enum Outcome { SENT, REFUSED, FAILED }

    /** One message as the daemon sends it: non-blocking connect, the whole message written, close. */
    static Outcome send(UnixDomainSocketAddress socket, byte[] message) {
        try (SocketChannel channel = SocketChannel.open(StandardProtocolFamily.UNIX)) {
            channel.configureBlocking(false);
            try {
                if (!channel.connect(socket)) {
                    return Outcome.REFUSED; // a Unix connect completes at once or not at all
                }
            } catch (IOException e) {
                return Outcome.REFUSED; // EAGAIN: the backlog is full (or the socket is gone)
            }
            channel.configureBlocking(true); // as the daemon's write, which waits until every byte is taken
            ByteBuffer buffer = ByteBuffer.wrap(message);
            while (buffer.hasRemaining()) {
                channel.write(buffer);
            }
            return Outcome.SENT;
        } catch (IOException e) {
            return Outcome.FAILED;
        }
    }
}

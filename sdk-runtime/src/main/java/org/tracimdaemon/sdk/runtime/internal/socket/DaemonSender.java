package org.tracimdaemon.sdk.runtime.internal.socket;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.SocketTimeoutException;
import java.nio.ByteBuffer;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import org.newsclub.net.unix.AFUNIXSelectorProvider;
import org.newsclub.net.unix.AFUNIXSocketAddress;
import org.newsclub.net.unix.AFUNIXSocketChannel;
import org.tracimdaemon.sdk.runtime.wire.DaemonEvent;

/**
 * Sends messages the only way the daemon reads them: encoded by {@link DaemonEvent#encode()}
 * (which refuses more than the daemon's 4096-byte read, before connecting), one connection per
 * message, written in one write, each send bounded by the deadline given to the constructor.
 * Internal to the SDK; thread-safe.
 *
 * <pre>{@code
 * try (DaemonSender sender = new DaemonSender(Duration.ofSeconds(10))) {
 *     sender.send(master, DaemonEvent.of(self, DaemonTypes.CLIENT_ADD, data)); // at most 10 s
 *     sender.sendAsync(replyTo, DaemonEvent.of(self, DaemonTypes.PONG))        // never waits
 *             .whenComplete((sent, failure) -> ...);
 * }
 * }</pre>
 *
 * <p>Why no blocking connect: junixsocket drops the timeout of {@code connect(address, timeout)}
 * (kohlschutter/junixsocket#176), so connecting to a socket whose accept backlog is full waits until
 * its process accepts, for ever if it never does. Why no {@code OP_CONNECT}: on Linux a
 * non-blocking connect to a Unix socket whose backlog is full starts nothing (EAGAIN); junixsocket
 * calls it pending, but the socket then polls ready at once and {@code finishConnect()} answers true
 * for a socket that is not connected (checked with 2.10.1). So every connect here is non-blocking,
 * and one that finds the backlog full is tried again with a fresh socket at growing intervals (1 ms
 * up to 20 ms) until it connects or the deadline passes. The first attempt runs on the caller's
 * thread (a send to a live target completes there); a send that must wait is retried on the
 * sender's own thread, whose steps never block, so a stalled or hostile target costs one connect
 * attempt every 20 ms and delays no other send.
 */
public final class DaemonSender implements AutoCloseable {
    private static final long FIRST_RETRY_NANOS = TimeUnit.MILLISECONDS.toNanos(1);
    private static final long LAST_RETRY_NANOS = TimeUnit.MILLISECONDS.toNanos(20);
    /** How long {@link #send} waits past the deadline for a failure the retry thread must report. */
    private static final long REPORT_GRACE_NANOS = TimeUnit.SECONDS.toNanos(1);

    private final Duration deadline;
    private final ScheduledThreadPoolExecutor retries;
    /** Sends handed to the retry thread and not over yet: close() fails them. */
    private final Set<PendingSend> waiting = ConcurrentHashMap.newKeySet();
    private final AtomicBoolean closed = new AtomicBoolean();

    /** A sender whose every send fails once {@code deadline} has passed without it being written. */
    public DaemonSender(Duration deadline) {
        if (deadline.isNegative() || deadline.isZero()) {
            throw new IllegalArgumentException("the send deadline must be positive, not " + deadline);
        }
        this.deadline = deadline;
        this.retries = new ScheduledThreadPoolExecutor(1, task -> {
            Thread thread = new Thread(task, "tracimdaemon-sender");
            thread.setDaemon(true);
            return thread;
        });
        // The thread exists only while some send waits; a worker never ends with a retry queued.
        retries.setKeepAliveTime(1, TimeUnit.SECONDS);
        retries.allowCoreThreadTimeOut(true);
    }

    /**
     * Sends {@code message} to the socket {@code to}, waiting at most the deadline.
     *
     * @throws org.tracimdaemon.sdk.runtime.wire.MessageTooLargeException before connecting, if too large
     * @throws SocketTimeoutException if {@code to} did not take the message within the deadline
     *     (a process that listens there but does not accept)
     * @throws IOException if nothing listens on {@code to}, the write fails, or the sender is closed
     */
    public void send(Path to, DaemonEvent message) throws IOException {
        long giveUp = System.nanoTime() + deadline.toNanos() + REPORT_GRACE_NANOS;
        CompletableFuture<Void> sent = sendAsync(to, message);
        try {
            sent.get(Math.max(0, giveUp - System.nanoTime()), TimeUnit.NANOSECONDS);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof IOException io) {
                throw io;
            }
            if (cause instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (cause instanceof Error error) {
                throw error;
            }
            throw new IOException(cause);
        } catch (TimeoutException e) {
            // Only if the retry thread could not run at all: the deadline holds even then.
            throw timeout(message.type(), to);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("interrupted while sending " + message.type() + " to " + to);
        }
    }

    /**
     * Sends {@code message} to the socket {@code to} without waiting: the future completes when the
     * message is written, or fails (with the exceptions of {@link #send}) at the latest once the
     * deadline has passed. Sends to different targets proceed independently; cancelling the future
     * stops a send that waits.
     *
     * @throws org.tracimdaemon.sdk.runtime.wire.MessageTooLargeException at once, if too large
     */
    public CompletableFuture<Void> sendAsync(Path to, DaemonEvent message) {
        Objects.requireNonNull(to, "to");
        PendingSend send = new PendingSend(to, message.type(), ByteBuffer.wrap(message.encode()),
                System.nanoTime() + deadline.toNanos());
        if (!send.step()) {
            waiting.add(send); // before scheduling, so that a close() in between still fails it
            send.scheduleNext();
        }
        return send.result;
    }

    /**
     * Fails every send still waiting ({@link IOException}) and stops the retry thread; later sends
     * fail at once. Idempotent.
     */
    @Override
    public void close() {
        if (!closed.compareAndSet(false, true)) {
            return;
        }
        retries.shutdownNow();
        try {
            retries.awaitTermination(1, TimeUnit.SECONDS); // its steps never block: this is short
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        for (PendingSend send : waiting) {
            send.fail(closedFailure(send));
        }
        waiting.clear();
    }

    /**
     * Connects to {@code to} without waiting.
     *
     * @return the connected channel (non-blocking), or empty if the target's accept backlog is full
     * @throws IOException if nothing listens there (no such file, connection refused)
     */
    static Optional<AFUNIXSocketChannel> connectNow(Path to) throws IOException {
        AFUNIXSocketChannel channel = AFUNIXSelectorProvider.provider().openSocketChannel();
        try {
            channel.configureBlocking(false);
            if (channel.connect(AFUNIXSocketAddress.of(to))) {
                return Optional.of(channel);
            }
        } catch (IOException | RuntimeException e) {
            channel.close();
            throw e;
        }
        channel.close(); // backlog full: nothing was started, only a fresh connect can try again
        return Optional.empty();
    }

    private SocketTimeoutException timeout(String type, Path to) {
        return new SocketTimeoutException("could not send " + type + " to " + to + " within "
                + deadline.toMillis() + " ms: the process listening there does not accept connections"
                + " (its accept backlog stayed full)");
    }

    private static IOException closedFailure(PendingSend send) {
        return new IOException("could not send " + send.type + " to " + send.to + ": the sender was closed");
    }

    /** One message on its way: touched by one thread at a time, and by close(). */
    private final class PendingSend implements Runnable {
        final Path to;
        final String type;
        final ByteBuffer bytes;
        final long deadlineNanos;
        final CompletableFuture<Void> result = new CompletableFuture<>();
        /** Connected, with bytes left to write; null while not connected. */
        private AFUNIXSocketChannel channel;
        private long retryNanos = FIRST_RETRY_NANOS;

        PendingSend(Path to, String type, ByteBuffer bytes, long deadlineNanos) {
            this.to = to;
            this.type = type;
            this.bytes = bytes;
            this.deadlineNanos = deadlineNanos;
        }

        /** One attempt that never blocks; whether the send is over (written or failed). */
        synchronized boolean step() {
            if (result.isDone()) {
                closeChannel(); // cancelled by its caller
                return true;
            }
            if (closed.get()) {
                fail(closedFailure(this));
                return true;
            }
            try {
                if (channel == null) {
                    channel = connectNow(to).orElse(null);
                }
                if (channel != null) {
                    // One write: the daemon parses what one read() returns. A fresh socket takes
                    // 4096 bytes at once; should it take only part, the rest follows as soon as it can.
                    channel.write(bytes);
                    if (!bytes.hasRemaining()) {
                        closeChannel();
                        result.complete(null);
                        return true;
                    }
                }
            } catch (IOException | RuntimeException e) {
                // close() interrupts a step in progress: that failure is the close, not the target's.
                fail(closed.get() ? closedFailure(this)
                        : new IOException("could not send " + type + " to " + to + ": " + e.getMessage(), e));
                return true;
            }
            if (System.nanoTime() - deadlineNanos >= 0) {
                fail(channel == null ? timeout(type, to) : new SocketTimeoutException("could not send " + type
                        + " to " + to + " within " + deadline.toMillis() + " ms: it did not take the bytes"));
                return true;
            }
            return false;
        }

        /** On the retry thread. */
        @Override
        public void run() {
            try {
                if (step()) {
                    waiting.remove(this);
                } else {
                    scheduleNext();
                }
            } catch (Throwable t) {
                // Nothing may leave a send waiting for ever, not even an Error on this thread.
                fail(t);
                waiting.remove(this);
                throw t;
            }
        }

        void scheduleNext() {
            long delay = Math.max(0, Math.min(retryNanos, deadlineNanos - System.nanoTime()));
            retryNanos = Math.min(LAST_RETRY_NANOS, retryNanos * 2);
            try {
                retries.schedule(this, delay, TimeUnit.NANOSECONDS);
            } catch (RejectedExecutionException e) {
                fail(closedFailure(this));
                waiting.remove(this);
            }
        }

        synchronized void fail(Throwable failure) {
            closeChannel();
            result.completeExceptionally(failure);
        }

        private void closeChannel() {
            if (channel != null) {
                try {
                    channel.close();
                } catch (IOException e) {
                    // Nothing to do about a socket that does not close; the send's result stands.
                }
                channel = null;
            }
        }
    }
}

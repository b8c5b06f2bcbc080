package org.tracimdaemon.sdk.reliability;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.LongPredicate;
import java.util.function.UnaryOperator;
import org.tracimdaemon.sdk.runtime.DispatchError;
import org.tracimdaemon.sdk.runtime.TracimDaemonClient;
import org.tracimdaemon.sdk.runtime.tlm.TLMEvent;
import org.tracimdaemon.sdk.runtime.tlm.UserEvent;
import org.tracimdaemon.sdk.testkit.FakeDaemon;

/**
 * A FakeDaemon and a real plugin (the generated dispatcher of {@link CountingPlugin}) on real
 * sockets, recording on the dispatch thread, in order, every event handled and every error.
 */
final class RunningPlugin implements AutoCloseable {
    /** Log entry kinds: entry = id * 4 + kind. */
    static final int HANDLED = 0;
    static final int HANDLER_FAILED = 1;
    static final int BAD = 2;
    static final int OTHER_ERROR = 3;

    final FakeDaemon daemon;
    final Path socket;
    final TracimDaemonClient client;
    final EventLog log = new EventLog();
    final BlockingQueue<DispatchError> errors = new LinkedBlockingQueue<>();
    volatile Runnable work = () -> { };
    volatile LongPredicate throwFor = id -> false;

    private RunningPlugin(Path dir, UnaryOperator<TracimDaemonClient.Builder> configure) throws Exception {
        daemon = FakeDaemon.start(dir.resolve("daemon"));
        socket = dir.resolve("plugin.sock");
        CountingPlugin handlers = this::handle;
        try {
            client = configure.apply(TracimDaemonClient.builder().masterSocket(daemon.socketPath()).clientSocket(socket)
                    .dispatcher(CountingPluginDispatcher.of(handlers)).onError(this::error)).start();
        } catch (Exception | Error e) {
            daemon.close();
            throw e;
        }
    }

    static RunningPlugin start(Path dir) throws Exception {
        return new RunningPlugin(dir, builder -> builder);
    }

    static RunningPlugin start(Path dir, UnaryOperator<TracimDaemonClient.Builder> configure) throws Exception {
        return new RunningPlugin(dir, configure);
    }

    private void handle(UserEvent event, TLMEvent tlm) {
        work.run();
        long id = tlm.eventId();
        log.add(id * 4 + HANDLED);
        if (throwFor.test(id)) {
            throw new IllegalStateException("handler fails on purpose for " + id);
        }
    }

    private void error(DispatchError error) {
        errors.add(error);
        long id = error.rawMessage().flatMap(Events::idIn).orElse(-1L);
        int kind = switch (error.kind()) {
            case HANDLER_FAILED -> HANDLER_FAILED;
            case BAD_PAYLOAD, UNREADABLE_MESSAGE -> BAD;
            default -> OTHER_ERROR;
        };
        log.add(id * 4 + kind);
    }

    /**
     * For a failure message: what the SDK's threads are doing, the plugin's errors, and what the
     * daemon could not deliver (a plugin that stopped handling says here why).
     */
    String diagnosis() {
        StringBuilder text = new StringBuilder("\nfailed deliveries: ").append(daemon.failedDeliveries())
                .append("; errors reported: ").append(errors.size());
        errors.stream().limit(5).forEach(error -> text.append("\n  ").append(error));
        Thread.getAllStackTraces().forEach((thread, stack) -> {
            if (thread.getName().startsWith("tracimdaemon")) {
                text.append("\n").append(thread.getName()).append(" ").append(thread.getState());
                for (int i = 0; i < Math.min(stack.length, 12); i++) {
                    text.append("\n    at ").append(stack[i]);
                }
            }
        });
        return text.toString();
    }

    /** Waits until {@code count} entries are logged. */
    boolean awaitLogged(long count, Duration timeout) throws InterruptedException {
        return log.await(count, timeout);
    }

    @Override
    public void close() {
        try {
            client.close();
        } finally {
            daemon.close();
        }
    }

    /** A growing array of longs, appended on the dispatch thread, read by the test. */
    static final class EventLog {
        private long[] entries = new long[1024];
        private int size;

        synchronized void add(long entry) {
            if (size == entries.length) {
                entries = Arrays.copyOf(entries, size * 2);
            }
            entries[size++] = entry;
            notifyAll();
        }

        synchronized int size() {
            return size;
        }

        synchronized long[] snapshot() {
            return Arrays.copyOf(entries, size);
        }

        synchronized boolean await(long count, Duration timeout) throws InterruptedException {
            long deadline = System.nanoTime() + timeout.toNanos();
            while (size < count) {
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    return false;
                }
                TimeUnit.NANOSECONDS.timedWait(this, left);
            }
            return true;
        }

        /** Waits until {@code count} entries of {@code kind} are logged. */
        synchronized boolean awaitKind(int kind, long count, Duration timeout) throws InterruptedException {
            long deadline = System.nanoTime() + timeout.toNanos();
            while (count(kind) < count) {
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    return false;
                }
                TimeUnit.NANOSECONDS.timedWait(this, Math.min(left, 50_000_000L));
            }
            return true;
        }

        /** How many entries of {@code kind}. */
        synchronized long count(int kind) {
            long n = 0;
            for (int i = 0; i < size; i++) {
                n += (entries[i] & 3) == kind ? 1 : 0;
            }
            return n;
        }

        /** The ids handled, in order. */
        synchronized long[] handledIds() {
            return Arrays.stream(entries, 0, size).filter(e -> (e & 3) == HANDLED).map(e -> e / 4).toArray();
        }
    }
}

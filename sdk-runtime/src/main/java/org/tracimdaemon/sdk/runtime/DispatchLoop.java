package org.tracimdaemon.sdk.runtime;

import java.lang.System.Logger.Level;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.function.Consumer;
import org.tracimdaemon.sdk.runtime.wire.DaemonEvent;
import org.tracimdaemon.sdk.runtime.wire.DecodeException;

/**
 * Runs the user's code: the dispatchers, the error handler and the {@code custom_error} handlers,
 * on the dispatch executor, never on the accept thread. Counts what it was given so that
 * {@link #drain} can wait for everything already accepted, whoever owns the executor.
 *
 * <p>What waits for the handlers is bounded: each queued message counts {@link #cost} bytes, and
 * while the total would exceed {@code maxQueuedBytes} the socket's reader waits in
 * {@link #deliver} (nothing is dropped; one warning a minute at most). While it waits it reads nothing
 * more, so further messages wait in the socket's bounded accept queue and the kernel's backlog;
 * once both are full the daemon's connect fails and the daemon loses that message. Errors are
 * small and few, and are never held back. A single message larger than the bound is let in alone.
 */
final class DispatchLoop {
    static final System.Logger LOG = System.getLogger("org.tracimdaemon.sdk");

    /** A stall and the catching up after it fill the queue again and again: one warning a minute says it. */
    private static final long FULL_WARNING_INTERVAL_NANOS = 60_000_000_000L;

    private final List<EventDispatcher> dispatchers;
    private final Consumer<DispatchError> onError;
    private final Executor executor;
    private final DaemonClient daemon;
    private final ThreadLocal<Boolean> onDispatchThread = ThreadLocal.withInitial(() -> false);
    private final Object inFlightLock = new Object();
    private final long maxQueuedBytes;
    private long inFlight;
    private long queuedBytes;
    private long mostQueuedBytes;
    private long lastFullWarning;
    private boolean warnedFull;
    private boolean closing;

    DispatchLoop(List<EventDispatcher> dispatchers, Consumer<DispatchError> onError, Executor executor,
            DaemonClient daemon, long maxQueuedBytes) {
        this.dispatchers = List.copyOf(dispatchers);
        this.onError = onError;
        this.executor = executor;
        this.daemon = daemon;
        this.maxQueuedBytes = maxQueuedBytes;
    }

    /**
     * What one queued message counts against the bound: its bytes, which it keeps for error
     * reports, its decoded form (at most about as large again) and a fixed overhead.
     */
    static long cost(byte[] raw) {
        return 2L * raw.length + 256;
    }

    /**
     * Queues {@code event} for the dispatchers; waits while the queue is full, unless the client
     * is closing (then the few messages still accepted go in regardless: a handler calling
     * {@code close()} must not wait for the reader that waits for it).
     */
    void deliver(DaemonEvent event, byte[] raw) {
        long cost = cost(raw);
        if (!awaitRoom(cost)) {
            return;
        }
        submit(cost, () -> {
            EventContext context = new EventContext(raw);
            for (EventDispatcher dispatcher : dispatchers) {
                try {
                    dispatcher.dispatch(event, context);
                } catch (RuntimeException | Error e) {
                    rethrowIfFatal(e);
                    reportNow(new DispatchError(DispatchError.Kind.DISPATCHER_FAILED,
                            dispatcher.getClass().getName() + " threw while dispatching " + event.type()
                                    + ": " + e,
                            Optional.empty(), Optional.of(text(raw)), Optional.of(e)));
                }
            }
        });
    }

    /** Queues {@code error} for the error handler and the {@code custom_error} handlers. */
    void report(DispatchError error) {
        submit(0, () -> reportNow(error));
    }

    /** Lifts the bound for good: called when the client closes. */
    void closing() {
        synchronized (inFlightLock) {
            closing = true;
            inFlightLock.notifyAll();
        }
    }

    /** The most bytes (as counted by {@link #cost}) that were ever queued at once. */
    long mostQueuedBytes() {
        synchronized (inFlightLock) {
            return mostQueuedBytes;
        }
    }

    /** Whether there is room for {@code cost} more bytes, after waiting for it; false if interrupted. */
    private boolean awaitRoom(long cost) {
        boolean warn = false;
        synchronized (inFlightLock) {
            if (queuedBytes > 0 && queuedBytes + cost > maxQueuedBytes && !closing
                    && (!warnedFull || System.nanoTime() - lastFullWarning > FULL_WARNING_INTERVAL_NANOS)) {
                warnedFull = true;
                lastFullWarning = System.nanoTime();
                warn = true;
            }
        }
        if (warn) {
            LOG.log(Level.WARNING, "handlers are behind: " + maxQueuedBytes + " bytes of messages wait for them;"
                    + " reading pauses until they catch up (the daemon's connects fail, and it drops messages,"
                    + " once the socket's backlog is full too). Raise maxQueuedBytes(...) or speed up the handlers");
        }
        synchronized (inFlightLock) {
            while (queuedBytes > 0 && queuedBytes + cost > maxQueuedBytes && !closing) {
                try {
                    inFlightLock.wait();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    LOG.log(Level.ERROR, "interrupted while waiting for room in the dispatch queue; a message is lost");
                    return false;
                }
            }
            return true;
        }
    }

    boolean isDispatchThread() {
        return onDispatchThread.get();
    }

    /**
     * Waits until every event and error queued so far has been handled, at most {@code timeout}.
     *
     * @return whether everything was handled
     */
    boolean drain(Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        synchronized (inFlightLock) {
            while (inFlight > 0) {
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    return false;
                }
                inFlightLock.wait(Math.max(1, left / 1_000_000));
            }
            return true;
        }
    }

    private void submit(long cost, Runnable task) {
        synchronized (inFlightLock) {
            inFlight++;
            queuedBytes += cost;
            mostQueuedBytes = Math.max(mostQueuedBytes, queuedBytes);
        }
        try {
            executor.execute(() -> {
                onDispatchThread.set(true);
                try {
                    task.run();
                } finally {
                    onDispatchThread.set(false);
                    finished(cost);
                }
            });
        } catch (RejectedExecutionException e) {
            finished(cost);
            LOG.log(Level.ERROR, "the dispatch executor refused a message; it is lost", e);
        }
    }

    private void finished(long cost) {
        synchronized (inFlightLock) {
            inFlight--;
            queuedBytes -= cost;
            // The reader waits for room, drain() for zero: wake both.
            inFlightLock.notifyAll();
        }
    }

    /** On the dispatch thread: logger, error handler, then {@code custom_error} handlers. */
    private void reportNow(DispatchError error) {
        LOG.log(Level.WARNING, error.toString(), error.cause().orElse(null));
        try {
            onError.accept(error);
        } catch (RuntimeException | Error e) {
            rethrowIfFatal(e);
            LOG.log(Level.ERROR, "the error handler threw while handling " + error, e);
        }
        DispatchContext quiet = new QuietContext();
        for (EventDispatcher dispatcher : dispatchers) {
            try {
                dispatcher.dispatchError(error, quiet);
            } catch (RuntimeException | Error e) {
                rethrowIfFatal(e);
                LOG.log(Level.ERROR, "a custom_error handler threw while handling " + error, e);
            }
        }
    }

    private static void rethrowIfFatal(Throwable e) {
        if (e instanceof VirtualMachineError fatal) {
            throw fatal;
        }
    }

    static String text(byte[] raw) {
        return new String(raw, StandardCharsets.UTF_8);
    }

    /** The context of one event: failures become errors that carry the raw message. */
    private final class EventContext implements DispatchContext {
        private final byte[] raw;

        EventContext(byte[] raw) {
            this.raw = raw;
        }

        @Override
        public DaemonClient daemon() {
            return daemon;
        }

        @Override
        public void handlerFailed(String handler, Throwable cause) {
            rethrowIfFatal(cause);
            reportNow(new DispatchError(DispatchError.Kind.HANDLER_FAILED, "handler " + handler + " threw: " + cause,
                    Optional.of(handler), Optional.of(text(raw)), Optional.of(cause)));
        }

        @Override
        public void payloadFailed(String payload, DecodeException cause) {
            reportNow(new DispatchError(DispatchError.Kind.BAD_PAYLOAD,
                    "could not decode " + payload + ": " + cause.getMessage(),
                    Optional.empty(), Optional.of(text(raw)), Optional.of(cause)));
        }
    }

    /** While reporting an error: failures are logged only, never reported again (no loops). */
    private final class QuietContext implements DispatchContext {
        @Override
        public DaemonClient daemon() {
            return daemon;
        }

        @Override
        public void handlerFailed(String handler, Throwable cause) {
            LOG.log(Level.ERROR, "custom_error handler " + handler + " threw", cause);
        }

        @Override
        public void payloadFailed(String payload, DecodeException cause) {
            LOG.log(Level.ERROR, "custom_error handler could not decode " + payload, cause);
        }
    }
}

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
 */
final class DispatchLoop {
    static final System.Logger LOG = System.getLogger("org.tracimdaemon.sdk");

    private final List<EventDispatcher> dispatchers;
    private final Consumer<DispatchError> onError;
    private final Executor executor;
    private final DaemonClient daemon;
    private final ThreadLocal<Boolean> onDispatchThread = ThreadLocal.withInitial(() -> false);
    private final Object inFlightLock = new Object();
    private long inFlight;

    DispatchLoop(List<EventDispatcher> dispatchers, Consumer<DispatchError> onError, Executor executor,
            DaemonClient daemon) {
        this.dispatchers = List.copyOf(dispatchers);
        this.onError = onError;
        this.executor = executor;
        this.daemon = daemon;
    }

    /** Queues {@code event} for the dispatchers. */
    void deliver(DaemonEvent event, byte[] raw) {
        submit(() -> {
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
        submit(() -> reportNow(error));
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

    private void submit(Runnable task) {
        synchronized (inFlightLock) {
            inFlight++;
        }
        try {
            executor.execute(() -> {
                onDispatchThread.set(true);
                try {
                    task.run();
                } finally {
                    onDispatchThread.set(false);
                    finished();
                }
            });
        } catch (RejectedExecutionException e) {
            finished();
            LOG.log(Level.ERROR, "the dispatch executor refused a message; it is lost", e);
        }
    }

    private void finished() {
        synchronized (inFlightLock) {
            inFlight--;
            if (inFlight == 0) {
                inFlightLock.notifyAll();
            }
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

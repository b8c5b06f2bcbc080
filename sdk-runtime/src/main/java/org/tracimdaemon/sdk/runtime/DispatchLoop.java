package org.tracimdaemon.sdk.runtime;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import org.tracimdaemon.sdk.catalogue.DaemonTypes;
import org.tracimdaemon.sdk.runtime.decode.DecodeException;
import org.tracimdaemon.sdk.runtime.internal.logging.ProblemLog;
import org.tracimdaemon.sdk.runtime.internal.socket.AcceptBacklog;
import org.tracimdaemon.sdk.runtime.internal.socket.ReadBudget;
import org.tracimdaemon.sdk.runtime.wire.DaemonEvent;

/**
 * Runs the user's code: the dispatchers, the error handler and the {@code custom_error} handlers,
 * on the dispatch executor, never on the event loop. Counts what it was given so that
 * {@link #drain} can wait for everything already accepted, whoever owns the executor.
 *
 * <p>Each queued message counts {@link ReadBudget#costOf} in the read budget until handled; the
 * event loop reads no new message body while the budget is full. Errors are small and few, and
 * are never held back. While the event loop is far behind the daemon, each event first lets it
 * catch up ({@link AcceptBacklog}). Any {@code Throwable} from user code (a
 * {@code StackOverflowError}, an {@code OutOfMemoryError} too) is reported like any other failure
 * and the other dispatchers still run: the dispatch thread never dies.
 */
final class DispatchLoop {
    static final System.Logger LOG = ProblemLog.LOG;
    private static final ProblemLog PROBLEMS = ProblemLog.shared();

    /**
     * What the daemon sends to a plugin; anything else is reported, then still dispatched. Written
     * out rather than read off the catalogue, which start-up need not build; a test checks the two agree.
     */
    static final Set<String> DAEMON_TO_CLIENT = Set.of(
            DaemonTypes.ACCOUNT_INFO, DaemonTypes.CLIENTS, DaemonTypes.CLIENT_ADDED, DaemonTypes.CLIENT_DELETED,
            DaemonTypes.REQUEST_RESULT, DaemonTypes.TRACIM_EVENT, DaemonTypes.PING, DaemonTypes.PONG,
            DaemonTypes.ACK);

    /**
     * Error reports queued at most: errors are not in the read budget, so a flood of bad
     * connections while a handler is stuck must not grow the queue without bound. Beyond it, a
     * report is logged only, and the next one handled says how many were left out.
     */
    static final int MAX_QUEUED_ERRORS = 1024;

    private final List<EventDispatcher> dispatchers;
    private final Consumer<DispatchError> onError;
    private final Executor executor;
    private final DaemonClient daemon;
    private final ReadBudget budget;
    private final AcceptBacklog backlog;
    private final ThreadLocal<Boolean> onDispatchThread = ThreadLocal.withInitial(() -> false);
    private final Object inFlightLock = new Object();
    private long inFlight;
    /** Error reports queued and not yet handled; see {@link #MAX_QUEUED_ERRORS}. */
    private final AtomicInteger queuedErrors = new AtomicInteger();
    private final AtomicLong droppedErrors = new AtomicLong();

    DispatchLoop(List<EventDispatcher> dispatchers, Consumer<DispatchError> onError, Executor executor,
            DaemonClient daemon, ReadBudget budget, AcceptBacklog backlog) {
        this.dispatchers = List.copyOf(dispatchers);
        this.onError = onError;
        this.executor = executor;
        this.daemon = daemon;
        this.budget = budget;
        this.backlog = backlog;
    }

    /**
     * Queues {@code raw} for the dispatchers; never waits (the event loop asked the budget first).
     *
     * @param decoded the message already decoded on the control path, or null to decode it on the
     *                dispatch thread
     */
    void deliver(byte[] raw, DaemonEvent decoded) {
        long cost = ReadBudget.costOf(raw.length);
        budget.take(cost);
        submit(cost, () -> {
            backlog.stepAside(); // a burst waits in the budget, not in the kernel's backlog: see AcceptBacklog
            dispatch(raw, decoded);
        });
    }

    private void dispatch(byte[] raw, DaemonEvent decoded) {
        DaemonEvent event = decoded;
        if (event == null) {
            try {
                event = DaemonEvent.decode(raw);
            } catch (DecodeException e) {
                reportNow(new DispatchError(DispatchError.Kind.UNREADABLE_MESSAGE,
                        "unreadable message: " + e.getMessage(), Optional.empty(), Optional.of(text(raw)),
                        Optional.of(e)));
                return;
            }
        }
        if (!DAEMON_TO_CLIENT.contains(event.type())) {
            // Reported, and still dispatched so that custom_message handlers see every message.
            reportNow(new DispatchError(DispatchError.Kind.UNKNOWN_TYPE,
                    "unknown message type \"" + event.type() + "\" from " + event.path(), Optional.empty(),
                    Optional.of(text(raw)), Optional.empty()));
        }
        EventContext context = new EventContext(raw);
        for (EventDispatcher dispatcher : dispatchers) {
            try {
                dispatcher.dispatch(event, context);
            } catch (Throwable e) {
                reportNow(new DispatchError(DispatchError.Kind.DISPATCHER_FAILED,
                        dispatcher.getClass().getName() + " threw while dispatching " + event.type() + ": " + describe(e),
                        Optional.empty(), Optional.of(text(raw)), Optional.of(e)));
            }
        }
    }

    /** Queues {@code error} for the error handler and the {@code custom_error} handlers. */
    void report(DispatchError error) {
        if (queuedErrors.incrementAndGet() > MAX_QUEUED_ERRORS) {
            queuedErrors.decrementAndGet();
            droppedErrors.incrementAndGet();
            PROBLEMS.warn(kindOf(error), error.toString(), error.cause().orElse(null));
            return;
        }
        boolean queued = submit(0, () -> {
            queuedErrors.decrementAndGet();
            long dropped = droppedErrors.getAndSet(0);
            if (dropped > 0) {
                reportNow(new DispatchError(DispatchError.Kind.DROPPED, dropped + " error reports were not handed"
                        + " to the error handler: " + MAX_QUEUED_ERRORS + " were waiting for it already (each was"
                        + " logged)", Optional.empty(), Optional.empty(), Optional.empty()));
            }
            reportNow(error);
        });
        if (!queued) {
            queuedErrors.decrementAndGet();
        }
    }

    /** Lifts the bound for good: called when the client closes. */
    void closing() {
        budget.lift();
    }

    /** The most bytes (as counted by {@link ReadBudget#costOf}, buffers included) ever held at once. */
    long mostQueuedBytes() {
        return budget.mostUsed();
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

    /** False if the executor refused the task (it is logged). */
    private boolean submit(long cost, Runnable task) {
        synchronized (inFlightLock) {
            inFlight++;
        }
        try {
            executor.execute(() -> {
                onDispatchThread.set(true);
                try {
                    task.run();
                } catch (Throwable e) {
                    reportEscaped(e);
                } finally {
                    onDispatchThread.set(false);
                    finished(cost);
                }
            });
            return true;
        } catch (Throwable e) {
            // Rejected, or no thread could be made (an OutOfMemoryError): the message is lost, the loop goes on.
            finished(cost);
            PROBLEMS.warn("executor-refused " + daemon.socketPath(), "the dispatch executor refused a message ("
                    + describe(e) + "); it is lost", e);
            return false;
        }
    }

    private void finished(long cost) {
        if (cost > 0) {
            budget.release(cost);
        }
        synchronized (inFlightLock) {
            inFlight--;
            inFlightLock.notifyAll();
        }
    }

    /** On the dispatch thread: logger (one line per kind, rate-limited), error handler, then {@code custom_error} handlers. */
    /**
     * A throw from the SDK's own dispatch code (e.g. an OutOfMemoryError while building the text of
     * a report): it reaches the error handler too, and only the log if even that fails.
     */
    private void reportEscaped(Throwable e) {
        String description = "the SDK failed while dispatching a message (" + describe(e) + "); it goes on";
        try {
            reportNow(new DispatchError(DispatchError.Kind.SDK_FAILED, description, Optional.empty(),
                    Optional.empty(), Optional.of(e)));
        } catch (Throwable again) {
            PROBLEMS.warn("dispatch-failed", description, e);
        }
    }

    private void reportNow(DispatchError error) {
        PROBLEMS.warn(kindOf(error), error.toString(), error.cause().orElse(null));
        try {
            onError.accept(error);
        } catch (Throwable e) {
            PROBLEMS.warn("onError-failed", "the error handler threw while handling " + error + ": " + describe(e), e);
        }
        DispatchContext quiet = new QuietContext();
        for (EventDispatcher dispatcher : dispatchers) {
            try {
                dispatcher.dispatchError(error, quiet);
            } catch (Throwable e) {
                PROBLEMS.warn("custom-error-failed", "a custom_error handler threw while handling " + error + ": "
                        + describe(e), e);
            }
        }
    }

    /** Rate-limited per kind and per client: one plugin's flood must not hide another's problem. */
    private String kindOf(DispatchError error) {
        return error.kind().name() + " " + daemon.socketPath();
    }

    /** {@code e.toString()}, or its class if even that throws: a report must not fail on what it reports. */
    static String describe(Throwable e) {
        try {
            return String.valueOf(e);
        } catch (Throwable broken) {
            return e.getClass().getName() + " (whose toString() threw " + broken.getClass().getName() + ")";
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
            reportNow(new DispatchError(DispatchError.Kind.HANDLER_FAILED, "handler " + handler + " threw: " + describe(cause),
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
            PROBLEMS.warn("custom-error-failed", "custom_error handler " + handler + " threw: " + describe(cause), cause);
        }

        @Override
        public void payloadFailed(String payload, DecodeException cause) {
            PROBLEMS.warn("custom-error-failed", "custom_error handler could not decode " + payload + ": "
                    + cause.getMessage(), cause);
        }
    }
}

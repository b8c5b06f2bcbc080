package org.tracimdaemon.sdk.runtime.internal.calls;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Function;
import org.tracimdaemon.sdk.runtime.wire.DaemonEvent;

/**
 * Calls waiting for the daemon's answer. Internal to the SDK; thread-safe.
 *
 * <p><b>How replies are matched.</b> The daemon's replies carry no request id, and it handles each
 * request on its own goroutine, so replies of different types come back in any order. The only
 * honest matching is FIFO per reply type: a {@code daemon_clients} completes the oldest call still
 * waiting for a {@code daemon_clients}. Calls of the same type ask the same question, so which of
 * them gets which reply does not change what they see. A call that timed out leaves the queue at
 * once: otherwise one unanswered {@code daemon_do_request} would shift every later reply by one.
 *
 * <p>Futures are completed on {@code completions}, never on the thread that read the reply: a
 * caller's {@code thenAccept} must not run on the event loop.
 */
public final class PendingCalls {
    private final Executor completions;
    private final Map<String, Deque<PendingCall<?>>> waiting = new HashMap<>();

    public PendingCalls(Executor completions) {
        this.completions = completions;
    }

    /**
     * A call waiting for the next {@code replyType}. Register it BEFORE sending the request: the
     * reply can arrive before the send returns.
     *
     * @param decode    turns the reply into the call's result; a throw fails the call
     * @param noAnswer  the timeout's message: what the daemon did not answer, and why it may not
     */
    public <T> CompletableFuture<T> expect(String replyType, Function<DaemonEvent, T> decode, Duration timeout,
            String noAnswer) {
        PendingCall<T> call = new PendingCall<>(decode);
        synchronized (waiting) {
            waiting.computeIfAbsent(replyType, type -> new ArrayDeque<>()).add(call);
        }
        // However it ends (reply, timeout, failed send, close), it leaves the queue.
        call.future.whenComplete((result, failure) -> remove(replyType, call));
        CompletableFuture.delayedExecutor(timeout.toNanos(), TimeUnit.NANOSECONDS, completions)
                .execute(() -> call.future.completeExceptionally(new TimeoutException(noAnswer)));
        return call.future;
    }

    /**
     * Completes the oldest call waiting for {@code reply}'s type, if any (asynchronously, on the
     * completions executor, in arrival order).
     */
    public void complete(DaemonEvent reply) {
        synchronized (waiting) {
            Deque<PendingCall<?>> calls = waiting.get(reply.type());
            if (calls == null || calls.isEmpty()) {
                return;
            }
        }
        completions.execute(() -> completeOldest(reply));
    }

    /** Fails every waiting call, e.g. when the client closes. */
    public void failAll(Throwable reason) {
        Deque<PendingCall<?>> all = new ArrayDeque<>();
        synchronized (waiting) {
            waiting.values().forEach(all::addAll);
            waiting.clear();
        }
        all.forEach(call -> call.future.completeExceptionally(reason));
    }

    private void completeOldest(DaemonEvent reply) {
        while (true) {
            PendingCall<?> call;
            synchronized (waiting) {
                Deque<PendingCall<?>> calls = waiting.get(reply.type());
                call = calls == null ? null : calls.poll();
            }
            if (call == null || call.complete(reply)) {
                return; // a call that had just timed out does not consume the reply: try the next
            }
        }
    }

    private void remove(String replyType, PendingCall<?> call) {
        synchronized (waiting) {
            Deque<PendingCall<?>> calls = waiting.get(replyType);
            if (calls != null) {
                calls.remove(call);
            }
        }
    }

    private static final class PendingCall<T> {
        final CompletableFuture<T> future = new CompletableFuture<>();
        final Function<DaemonEvent, T> decode;

        PendingCall(Function<DaemonEvent, T> decode) {
            this.decode = decode;
        }

        /** Whether this call took the reply (false if it had already ended). */
        boolean complete(DaemonEvent reply) {
            if (future.isDone()) {
                return false;
            }
            try {
                return future.complete(decode.apply(reply));
            } catch (Throwable e) {
                return future.completeExceptionally(e); // an Error too: the caller must hear of it
            }
        }
    }
}

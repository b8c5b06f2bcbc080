package org.tracimdaemon.sdk.runtime;

import java.io.IOException;
import java.lang.System.Logger.Level;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;
import org.tracimdaemon.sdk.catalogue.DaemonTypes;
import org.tracimdaemon.sdk.runtime.internal.logging.ProblemLog;
import org.tracimdaemon.sdk.runtime.internal.socket.DaemonSender;
import org.tracimdaemon.sdk.runtime.wire.DaemonEvent;

/**
 * Keeps the plugin registered. The daemon drops, without a word, a plugin that misses one ping
 * round, and forgets every plugin when it restarts; neither is visible on our socket except as
 * silence. So: answer every ping at once, and register again when no ping came for two rounds or
 * when the daemon's socket file was replaced. Our own socket stays bound throughout, so nothing
 * the daemon delivers meanwhile is lost; if its file is deleted under us, it is bound again and
 * the plugin registers again (the daemon may have dropped it meanwhile for missed pings).
 *
 * <p>Its one thread sends pongs and runs the checks; it never waits for a reply, so a pong is
 * never held up by a registration in progress.
 */
final class KeepAliveWatchdog implements IncomingRouter.KeepAlive, AutoCloseable {
    private static final System.Logger LOG = DispatchLoop.LOG;

    private final Duration round;
    private final Path master;
    private final Path self;
    private final DaemonSender sender;
    private final Supplier<CompletableFuture<?>> register;
    private final BooleanSupplier reboundOwnSocket;
    private final ScheduledExecutorService thread = Executors.newSingleThreadScheduledExecutor(task -> {
        Thread t = new Thread(task, "tracimdaemon-keepalive");
        t.setDaemon(true);
        return t;
    });

    private volatile long lastPing = System.nanoTime();
    private volatile List<Object> masterIdentity;
    private volatile boolean reRegistering;
    private volatile boolean masterGoneLogged;
    private volatile boolean failureLogged;

    KeepAliveWatchdog(Duration round, Path master, Path self, DaemonSender sender,
            Supplier<CompletableFuture<?>> register, BooleanSupplier reboundOwnSocket) {
        this.round = round;
        this.master = master;
        this.self = self;
        this.sender = sender;
        this.register = register;
        this.reboundOwnSocket = reboundOwnSocket;
    }

    /** Starts watching; call once the first registration succeeded. */
    void start() {
        registered();
        long everyMillis = Math.max(10, Math.min(1000, round.toMillis() / 4));
        thread.scheduleWithFixedDelay(this::check, everyMillis, everyMillis, TimeUnit.MILLISECONDS);
    }

    @Override
    public void pinged(String replyTo) {
        lastPing = System.nanoTime();
        try {
            thread.execute(() -> pong(replyTo));
        } catch (java.util.concurrent.RejectedExecutionException e) {
            // closing: no more pongs
        }
    }

    /** Sent without waiting: a ping's sender that never accepts must not hold up later pongs. */
    private void pong(String replyTo) {
        try {
            Path to = replyTo.isEmpty() ? master : Path.of(replyTo);
            sender.sendAsync(to, DaemonEvent.of(self.toString(), DaemonTypes.PONG)).whenComplete((sent, failure) -> {
                if (failure != null) {
                    ProblemLog.shared().warn("pong-failed", "could not answer daemon_ping from " + replyTo + ": "
                            + failure.getMessage(), failure);
                }
            });
        } catch (Throwable e) {
            ProblemLog.shared().warn("pong-failed", "could not answer daemon_ping from " + replyTo + ": "
                    + e.getMessage(), e);
        }
    }

    private void registered() {
        lastPing = System.nanoTime();
        masterIdentity = identity(master);
    }

    private void check() {
        try {
            checkOnce();
        } catch (Throwable e) {
            // A throw would end the scheduled checks for good, silently.
            ProblemLog.shared().warn("keepalive-failed", "the keep-alive check failed (" + e + "); it goes on", e);
        }
    }

    private void checkOnce() {
        boolean rebound;
        try {
            rebound = reboundOwnSocket.getAsBoolean();
        } catch (RuntimeException e) {
            ProblemLog.shared().warn("socket-check-failed", "checking the plugin's socket file failed: " + e, e);
            rebound = false; // a throw here would end the scheduled checks for good
        }
        if (reRegistering) {
            return;
        }
        List<Object> identity = identity(master);
        if (identity == null) {
            if (!masterGoneLogged) {
                masterGoneLogged = true;
                LOG.log(Level.WARNING, "TracimDaemon''s socket {0} is gone; will register again when it is back",
                        master);
            }
            return;
        }
        String reason;
        if (rebound) {
            reason = "the plugin's socket " + self + " was deleted and is bound again";
        } else if (!identity.equals(masterIdentity)) {
            reason = "TracimDaemon's socket " + master + " was replaced (the daemon restarted)";
        } else if (System.nanoTime() - lastPing > 2 * round.toNanos()) {
            reason = "no daemon_ping for two rounds (" + TracimDaemonClient.readable(round.multipliedBy(2))
                    + "): the daemon dropped this plugin or restarted";
        } else {
            return;
        }
        reRegistering = true;
        lastPing = System.nanoTime(); // on silence, one attempt per two rounds
        LOG.log(Level.WARNING, "{0}; registering again", reason);
        CompletableFuture<?> attempt;
        try {
            attempt = register.get();
        } catch (RuntimeException e) {
            attempt = CompletableFuture.failedFuture(e);
        }
        attempt.whenComplete((info, failure) -> {
            if (failure == null) {
                masterIdentity = identity;
                masterGoneLogged = false;
                failureLogged = false;
                LOG.log(Level.INFO, "registered again with TracimDaemon at {0}", master);
            } else if (!failureLogged) {
                failureLogged = true;
                LOG.log(Level.WARNING, "registering again failed, will retry: " + failure.getMessage());
            }
            reRegistering = false;
        });
    }

    /** What changes when the daemon recreates its socket: inode and modification time. */
    private static List<Object> identity(Path socket) {
        try {
            BasicFileAttributes attributes = Files.readAttributes(socket, BasicFileAttributes.class);
            Object key = attributes.fileKey();
            return List.of(key == null ? "" : key, attributes.lastModifiedTime());
        } catch (IOException e) {
            return null;
        }
    }

    @Override
    public void close() {
        thread.shutdownNow();
    }
}

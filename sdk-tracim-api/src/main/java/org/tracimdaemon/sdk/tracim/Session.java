package org.tracimdaemon.sdk.tracim;

import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;

/**
 * The {@code session_key} cookie of a password login: one login shared by every call, a new one
 * when Tracim says 401 to the current cookie, and only one at a time however many calls saw
 * that 401 together.
 */
final class Session {
    /**
     * A login's outcome.
     *
     * @param cookie the {@code session_key} value
     * @param user   the body of Tracim's answer to the login (the user), empty for a re-issued cookie
     */
    record LoggedIn(String cookie, byte[] user) {}

    private final Supplier<CompletableFuture<LoggedIn>> login;
    private CompletableFuture<LoggedIn> current; // guarded by this

    Session(Supplier<CompletableFuture<LoggedIn>> login) {
        this.login = login;
    }

    /** The current session; logs in first if there is none yet or the last login failed. */
    synchronized CompletableFuture<LoggedIn> current() {
        if (current == null || current.isCompletedExceptionally()) {
            current = login.get();
        }
        return current;
    }

    /** A session other than {@code stale}, which Tracim refused: a new login unless another call made one already. */
    synchronized CompletableFuture<LoggedIn> renew(String stale) {
        if (current == null || current.isCompletedExceptionally()
                || (current.isDone() && current.join().cookie().equals(stale))) {
            current = login.get();
        }
        return current;
    }

    /** Starts over with a new login, whatever the current session. */
    synchronized CompletableFuture<LoggedIn> relogin() {
        current = login.get();
        return current;
    }

    /** Tracim sent a new cookie for the current session (it re-issues them): use it from now on. */
    synchronized void reissued(String cookie) {
        current = CompletableFuture.completedFuture(new LoggedIn(cookie, new byte[0]));
    }
}

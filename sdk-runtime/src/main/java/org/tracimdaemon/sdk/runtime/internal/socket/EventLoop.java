package org.tracimdaemon.sdk.runtime.internal.socket;

import java.io.FileDescriptor;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.ClosedSelectorException;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.PriorityQueue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Consumer;
import org.newsclub.net.unix.AFUNIXSelectorProvider;
import org.newsclub.net.unix.AFUNIXServerSocketChannel;
import org.newsclub.net.unix.AFUNIXSocketChannel;
import org.newsclub.net.unix.AFUNIXSocketCredentials;
import org.tracimdaemon.sdk.runtime.internal.logging.ProblemLog;
import org.tracimdaemon.sdk.runtime.internal.socket.Connection.State;

/**
 * The plugin socket's one thread: accepts everything the kernel has at each wake-up, checks each
 * peer's uid once, reads many connections at once (each against its own deadline, so an idle or
 * trickling peer costs the others nothing) and hands each whole message to the sink in accept
 * order. It never runs user code and never waits for anything but the selector.
 *
 * <p><b>When the handlers are behind</b> (the {@link ReadBudget} is full) it stops reading new
 * message bodies: it still accepts and reads at most {@value #HEAD_BYTES} bytes of each new
 * connection, enough to see the envelope's {@code path} and {@code type}. A control message (a
 * ping, a call's reply from the daemon) is read whole and handed on at once; anything else
 * waits, unread beyond its head, in accept order, and nothing overtakes it. At most
 * {@value #MAX_WAITING} wait so (one file descriptor and a head each, outside the budget, so that
 * waiting heads can never fill it for good); beyond that a new event is dropped and reported, and
 * pings are still answered.
 *
 * <p><b>Accepting.</b> The kernel's backlog holds 4,096 connections (net.core.somaxconn), and in
 * a burst the daemon connects as fast as it can: each connect past a full backlog is an event it
 * loses. So each wake-up first takes everything the backlog holds ({@link #takeBacklog}), which
 * costs an {@code accept} each (a fifth of a connection's cost), and only then checks, reads and
 * closes the accepted connections, at most {@value #MAX_SET_UP_PER_WAKE} per wake-up, oldest
 * first. A burst waits in the loop's own hands (at most {@value #MAX_OPEN} connections with what
 * is being read, and half the descriptor limit), not in the kernel's; while it holds more than
 * half of that, the dispatch thread steps aside ({@link AcceptBacklog}). Where
 * junixsocket's package can be read, connections are accepted, checked and read as bare
 * descriptors through its natives ({@link NativeSockets}): its channel accept costs two thirds of
 * the loop's time otherwise. One that has to wait for its bytes becomes a junixsocket channel for
 * the selector. Elsewhere, every connection is a channel from its accept.
 *
 * <p><b>Reading.</b> Each connection is read at once when accepted; one that is not whole yet is
 * tried again at each wake-up for {@value #FRESH_NANOS} ns, then registered with the selector and
 * read as its bytes come, against its own deadline. (junixsocket 2.11 is needed: in 2.10 a
 * non-blocking read at end of stream returns 0, not -1.) junixsocket 2.11.1 now and then cancels
 * the selection key of an open connection under load (about one in 2,000: the key is invalid and
 * gone from {@code selector.keys()} while bytes wait); {@link #rescueLostKeys} reads and registers
 * such connections again, and {@link #rescueAcceptKey} the listening socket.
 *
 * <p><b>Order.</b> The daemon writes each message whole before it connects for the next one, so
 * once a newer connection is accepted, the bytes of every older one from the daemon are there.
 * Before the loop hands on a message, it reads once more each older connection that is not whole
 * yet and was not read so since: those that are whole now are handed on first. Each connection is
 * read so at most once (one that is still not whole is not the daemon's, and may not hold up
 * anyone), so idle peers cost one read each, however many messages follow. Only an event spends
 * that read: a control message (a ping, a call's reply) keeps no order with events, and comes from
 * another thread of the daemon (its replies) or of a test, connected while an older event's bytes
 * may still be on their way.
 */
final class EventLoop implements Runnable {
    private static final ProblemLog PROBLEMS = ProblemLog.shared();

    /** Enough for {@code {"path":"<107 bytes, escaped>","type":"daemon_request_result",...}. */
    static final int HEAD_BYTES = 512;

    /** Messages waiting for room in the handlers' queue, at most: one descriptor and a head each. */
    static final int MAX_WAITING = 4096;

    /**
     * Accepted connections checked and read per wake-up, at most: then the loop takes the
     * kernel's backlog again, answers what the selector has, and the next wake-up is immediate.
     */
    static final int MAX_SET_UP_PER_WAKE = 256;

    /**
     * Connections accepted and not yet whole, at most (being read, or accepted and not yet looked
     * at): beyond, new ones wait in the kernel's backlog.
     */
    static final int MAX_OPEN = 16384;

    /** After a failed accept (e.g. no descriptor left), accepting pauses this long instead of spinning. */
    static final long ACCEPT_PAUSE_NANOS = 100_000_000L;

    /** Closing: once nothing came for this long, the backlog is empty. */
    static final long CLOSING_QUIET_NANOS = 100_000_000L;

    /** How long the loop may fail at every wake-up before it gives up and the client fails closed. */
    static final long FAILING_NANOS_BEFORE_GIVING_UP = 30_000_000_000L;

    /**
     * How long a connection that was not whole when accepted is tried again at each wake-up
     * before it is registered with the selector. The daemon connects, then writes: its bytes
     * usually come microseconds after the accept, and registering every connection would cost
     * more than the reads (junixsocket's selector rebuilds its poll set at each change).
     */
    static final long FRESH_NANOS = 2_000_000L;

    private static final long RESCUE_EVERY_NANOS = 20_000_000L;
    private static final int SCRATCH_BYTES = 64 * 1024;

    /** The longest select(): see {@link #selectTimeoutMillis}. */
    private static final long MAX_SLEEP_NANOS = 100_000_000L;
    private static final long BEHIND_SLEEP_NANOS = 10_000_000L;

    static {
        // Classes of the failure paths, loaded while they can be: with no file descriptor left the
        // class loader cannot open a class file, and a failure path that needs one would fail too.
        SocketProblem.Kind.values();
        State.values();
        new SocketProblem(SocketProblem.Kind.SDK_FAILED, "", Optional.empty());
    }

    private final Path path;
    private final IncomingMessages sink;
    private final PeerCheck peerCheck;
    private final ReadBudget budget;
    private final AcceptBacklog backlog;
    private final int maxMessageSize;
    private final long readTimeoutNanos;
    private final Consumer<Throwable> onFatal;
    private final Selector selector;
    private final ByteBuffer scratch = ByteBuffer.allocateDirect(SCRATCH_BYTES);
    /** Being read, in deadline order (a resumed connection goes to the end with a fresh deadline). */
    private final LinkedHashSet<Connection> reading = new LinkedHashSet<>();
    /** Waiting for room in the handlers' queue, oldest accept first: heads, and whole messages. */
    private final PriorityQueue<Connection> waiting =
            new PriorityQueue<>(Comparator.comparingLong(connection -> connection.sequence));
    /**
     * Taken from the kernel's backlog and not yet checked or read, oldest first: each a
     * {@link FileDescriptor} when accepted through {@link #natives}, an {@link AFUNIXSocketChannel}
     * otherwise. See Accepting in the class comment.
     */
    private final ArrayDeque<Object> accepted = new ArrayDeque<>();
    /** Accepted lately and not whole yet: tried again at each wake-up before the selector is asked. */
    private final ArrayDeque<Connection> fresh = new ArrayDeque<>();
    /** Connections not whole when accepted and not read again since a newer one came, oldest first; see Order. */
    private final ArrayDeque<Connection> unchecked = new ArrayDeque<>();
    private final List<Connection> completed = new ArrayList<>();
    private final ConcurrentLinkedQueue<Runnable> tasks = new ConcurrentLinkedQueue<>();
    private final String behindKind;
    private AFUNIXServerSocketChannel server;
    /** The listening socket's descriptor, when connections are accepted through {@link #natives}. */
    private FileDescriptor serverFd;
    private SelectionKey serverKey;
    /** junixsocket's native layer for accepted connections; null: its channels (see {@link NativeSockets}). */
    private final NativeSockets natives;
    /** Accepted connections not yet set up, at most: half the descriptor limit, see {@link DescriptorLimit}. */
    private final int mostHeld;
    /**
     * Set when an accept failed (no descriptor left, most likely): from then on, the loop sets up
     * each connection as soon as it takes it, and holds none (see {@link #takeBacklog}).
     */
    private boolean descriptorsShort;
    private long sequence;
    private long acceptPausedUntil;
    private long failedAccepts;
    private long lastAccept = System.nanoTime();
    private long lastRescue = System.nanoTime();
    private long lostKeys;
    private volatile boolean closing;
    private volatile boolean acceptsThroughNatives;
    /** Test only: see {@link #holdNextTurn}. */
    private volatile Hold hold;
    private boolean warnedBehind;
    private long closingSince;

    EventLoop(Path path, IncomingMessages sink, PeerCheck peerCheck, ReadBudget budget, AcceptBacklog backlog,
            int maxMessageSize, Duration readTimeout, Consumer<Throwable> onFatal) throws IOException {
        this.path = path;
        this.sink = sink;
        this.peerCheck = peerCheck;
        this.budget = budget;
        this.backlog = backlog;
        this.maxMessageSize = maxMessageSize;
        this.readTimeoutNanos = readTimeout.toNanos();
        this.onFatal = onFatal;
        this.behindKind = "handlers-behind " + path;
        this.selector = AFUNIXSelectorProvider.provider().openSelector();
        this.natives = NativeSockets.forLoop();
        this.mostHeld = (int) Math.min(MAX_OPEN, Math.max(1, DescriptorLimit.softLimit(2L * MAX_OPEN) / 2));
        budget.onRoom(selector::wakeup);
    }

    /** From any thread: the loop listens on {@code fresh} from its next wake-up and closes the old channel. */
    void listenOn(AFUNIXServerSocketChannel channel) {
        tasks.add(() -> {
            AFUNIXServerSocketChannel old = server;
            server = channel;
            serverFd = null;
            if (natives != null) {
                try {
                    serverFd = channel.getFileDescriptor();
                } catch (IOException e) {
                    ProblemLog.LOG.log(System.Logger.Level.DEBUG, "accepting through junixsocket's channels", e);
                }
            }
            acceptsThroughNatives = serverFd != null;
            try {
                serverKey = channel.register(selector, SelectionKey.OP_ACCEPT);
            } catch (IOException e) {
                PROBLEMS.warn("bind " + path, "cannot listen on " + path + ": " + e.getMessage(), e);
            }
            if (old != null) {
                closeQuietly(old);
            }
        });
        selector.wakeup();
    }

    /** From any thread: accept what waits in the kernel's backlog until it is quiet, read everything, then end. */
    void closeWhenDrained() {
        closing = true;
        selector.wakeup();
    }

    /** Test only: whether connections are accepted through junixsocket's natives (see {@link NativeSockets}). */
    boolean acceptsThroughNatives() {
        return acceptsThroughNatives;
    }

    /** How many selection keys junixsocket cancelled under open connections (see the class comment). */
    long lostKeys() {
        return lostKeys;
    }

    /**
     * Runs until closed. Whatever is thrown, the loop reports it and goes on; only a loop that
     * fails at every wake-up for {@link #FAILING_NANOS_BEFORE_GIVING_UP} (or whose selector is
     * gone) gives up, and then {@code onFatal} is told, so the client fails closed: a live
     * process that no longer reads must be impossible.
     */
    @Override
    public void run() {
        Throwable fatal;
        try {
            fatal = runUntilClosedOrBroken();
        } catch (Throwable e) {
            fatal = e;
        }
        try {
            shutDown();
        } catch (Throwable e) {
            PROBLEMS.warn("loop-shutdown " + path, "closing the event loop of " + path + " failed: " + e, e);
        }
        if (fatal != null) {
            PROBLEMS.error("loop-fatal " + path, "the event loop of " + path + " cannot go on (" + fatal
                    + "): the client closes", fatal);
            onFatal.accept(fatal);
        }
    }

    /** Null once closing is complete; what broke the loop otherwise. */
    private Throwable runUntilClosedOrBroken() {
        int failures = 0;
        long failingSince = 0;
        while (true) {
            try {
                if (!turn()) {
                    return null;
                }
                failures = 0;
            } catch (ClosedSelectorException e) {
                return e;
            } catch (Throwable e) {
                long now = System.nanoTime();
                if (failures++ == 0) {
                    failingSince = now;
                }
                if (now - failingSince >= FAILING_NANOS_BEFORE_GIVING_UP) {
                    return e;
                }
                report(SocketProblem.Kind.SDK_FAILED, "the event loop of " + path + " failed (" + e + "); it goes on",
                        e);
                // Failing again at once is likely (no memory, no descriptor): do not spin on it.
                LockSupport.parkNanos(Math.min(failures, 100) * 10_000_000L);
            }
        }
    }

    /** One wake-up; false once closing is complete. */
    private boolean turn() throws IOException {
        Hold held = hold;
        if (held != null) {
            hold = null;
            held.waitForRelease();
        }
        for (Runnable task; (task = tasks.poll()) != null; ) {
            task.run();
        }
        long now = System.nanoTime();
        long timeout = selectTimeoutMillis(now);
        select(timeout);
        now = System.nanoTime();
        if (serverKey != null && serverKey.isValid() && selector.selectedKeys().contains(serverKey)) {
            takeBacklog(now);
        }
        setUpAccepted(now);
        readSelected();
        retryFresh(now);
        if (now - lastRescue >= RESCUE_EVERY_NANOS) {
            lastRescue = now;
            rescueLostKeys();
            rescueAcceptKey(now);
        }
        if (!completed.isEmpty()) {
            // A connection whose key junixsocket cancelled this turn is read now, not at the next
            // rescue: its message may be older than one about to be handed on (see Order).
            rescueLostKeys();
            readOlderFirst();
            handOnCompleted();
        }
        resumeWaiting(now);
        expire(now);
        updateAcceptInterest(now);
        // See AcceptBacklog: far behind, and the burst can wait in the budget (not full, not closing).
        backlog.loopBehind(accepted.size() > mostHeld / 2 && !closing && waiting.isEmpty()
                && budget.fits(ReadBudget.costOf(HEAD_BYTES)));
        return !closingDone(now);
    }

    /**
     * junixsocket 2.11.1's selector does not retry a {@code poll} that a signal interrupted: it
     * throws a SocketException "Interrupted system call" (EINTR). A profiler's or a debugger's
     * signals do that many times a second; it is a wake-up with nothing selected, not a failure.
     */
    private void select(long timeoutMillis) throws IOException {
        try {
            if (timeoutMillis < 0) {
                selector.selectNow();
            } else {
                selector.select(timeoutMillis);
            }
        } catch (java.net.SocketException e) {
            if (!selector.isOpen() || e.getMessage() == null || !e.getMessage().contains("Interrupted system call")) {
                throw e;
            }
        }
    }

    private void readSelected() {
        Iterator<SelectionKey> keys = selector.selectedKeys().iterator();
        while (keys.hasNext()) {
            SelectionKey key = keys.next();
            keys.remove();
            if (key != serverKey && key.isValid() && key.attachment() instanceof Connection connection
                    && connection.state == State.READING && readSome(connection)) {
                completed.add(connection);
            }
        }
    }

    /** Reads again every connection accepted lately that was not whole yet. */
    private void retryFresh(long now) {
        for (int n = fresh.size(); n > 0; n--) {
            Connection connection = fresh.poll();
            connection.fresh = false;
            if (connection.state == State.READING && connection.key == null && readSome(connection)) {
                completed.add(connection);
            }
        }
    }

    /** See the class comment: connections being read whose selection key junixsocket cancelled. */
    private void rescueLostKeys() {
        List<Connection> lost = null;
        for (Connection connection : reading) {
            if (connection.key != null && !connection.key.isValid()) {
                if (lost == null) {
                    lost = new ArrayList<>();
                }
                lost.add(connection);
            }
        }
        if (lost != null) {
            for (Connection connection : lost) {
                lostKeys++;
                connection.key = null;
                if (readSome(connection)) {
                    completed.add(connection);
                }
            }
        }
    }

    /**
     * The listening socket's key may be cancelled as a connection's may (see the class comment):
     * the loop would never accept again. So it listens again, and tries to accept at each rescue
     * whatever the selector said (a non-blocking accept that finds nothing costs one call).
     */
    private void rescueAcceptKey(long now) {
        if (server == null || !server.isOpen() || acceptPausedUntil != 0) {
            return;
        }
        if (serverKey == null || !serverKey.isValid()) {
            try {
                serverKey = server.register(selector, SelectionKey.OP_ACCEPT);
                lostKeys++;
            } catch (IOException | RuntimeException e) {
                // e.g. the cancelled key is not deregistered yet: the next rescue tries again
                ProblemLog.LOG.log(System.Logger.Level.DEBUG, "listening again on " + path, e);
            }
        }
        takeBacklog(now);
    }

    /**
     * Test only: every connection being read loses its selection key, as junixsocket now and then
     * cancels one, and is no longer tried as a fresh one: only the rescue or the read before a newer
     * event (see Order) reads it again. Done when the future is.
     */
    java.util.concurrent.Future<?> loseConnectionKeys() {
        java.util.concurrent.FutureTask<Void> lose = new java.util.concurrent.FutureTask<>(() -> {
            for (Connection connection : reading) {
                if (connection.fresh) {
                    fresh.remove(connection);
                    connection.fresh = false;
                }
                if (connection.key == null) {
                    connection.key = connection.register(selector, SelectionKey.OP_READ);
                }
                connection.key.cancel();
            }
            return null;
        });
        tasks.add(lose);
        selector.wakeup();
        return lose;
    }

    /**
     * Test only: the loop's next turn begins by waiting until {@code release} opens (its tasks,
     * which run to the end of the queue, cannot hold a turn so); the returned latch opens once it waits.
     */
    CountDownLatch holdNextTurn(CountDownLatch release) {
        Hold next = new Hold(new CountDownLatch(1), release);
        hold = next;
        selector.wakeup();
        return next.holding();
    }

    private record Hold(CountDownLatch holding, CountDownLatch release) {
        void waitForRelease() {
            holding.countDown();
            try {
                release.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /** Test only: how many accepted connections the loop may hold before it sets them up. */
    int mostHeld() {
        return mostHeld;
    }

    /** Test only: the listening key is lost, as junixsocket now and then loses a key; done when the future is. */
    java.util.concurrent.Future<?> loseAcceptKey() {
        java.util.concurrent.FutureTask<Void> lose = new java.util.concurrent.FutureTask<>(() -> serverKey.cancel(), null);
        tasks.add(lose);
        selector.wakeup();
        return lose;
    }

    /** See Order in the class comment. */
    private void readOlderFirst() {
        long newest = Long.MIN_VALUE;
        for (Connection connection : completed) {
            if (connection.waiting) {
                continue; // already in line behind what waits
            }
            if (connection.head == null) {
                connection.head = EnvelopeHead.peek(connection.message, connection.message.length);
            }
            if (!sink.isControl(connection.head)) {
                newest = Math.max(newest, connection.sequence);
            }
        }
        while (!unchecked.isEmpty() && unchecked.peek().sequence < newest) {
            Connection older = unchecked.poll();
            if (older.state == State.READING && readSome(older)) {
                completed.add(older);
            }
        }
    }

    private long selectTimeoutMillis(long now) {
        long until = Long.MAX_VALUE;
        if (!reading.isEmpty()) {
            until = Math.min(reading.iterator().next().deadline, lastRescue + RESCUE_EVERY_NANOS);
        }
        if (!accepted.isEmpty()) {
            return -1; // more to set up: see Accepting
        }
        if (!fresh.isEmpty()) {
            until = Math.min(until, now + 200_000L);
        }
        if (acceptPausedUntil != 0) {
            until = Math.min(until, acceptPausedUntil);
        }
        if (closing) {
            until = Math.min(until, lastAccept + CLOSING_QUIET_NANOS);
        }
        // junixsocket's selectors share one wake-up pipe (2.10.1): another client's selector in
        // this JVM may swallow our wakeup(). So never sleep long while another thread may have
        // made room, posted a task or asked to close.
        until = Math.min(until, now + (waiting.isEmpty() ? MAX_SLEEP_NANOS : BEHIND_SLEEP_NANOS));
        long left = until - now;
        return left <= 0 ? -1 : Math.max(1, left / 1_000_000);
    }

    /**
     * Accepts everything the kernel's backlog holds, as long as the loop holds fewer than
     * {@link #MAX_OPEN} connections and {@link #mostHeld} not set up yet; they are set up later
     * ({@link #setUpAccepted}). A peer that connects as fast as the loop accepts stops at those
     * bounds too. Once descriptors ran short, each is set up at once instead, as many per wake-up
     * as {@link #setUpAccepted} takes: holding descriptors then would make the next accept fail.
     */
    private void takeBacklog(long now) {
        for (int taken = 0; reading.size() + accepted.size() < MAX_OPEN && server != null && server.isOpen();
                taken++) {
            if (descriptorsShort ? taken >= MAX_SET_UP_PER_WAKE : accepted.size() >= mostHeld) {
                return;
            }
            Object connection;
            try {
                connection = acceptOne();
            } catch (IOException e) {
                if (server.isOpen()) {
                    acceptFailed(now, e);
                }
                return;
            }
            if (connection == null) {
                return;
            }
            if (failedAccepts > 0) {
                ProblemLog.LOG.log(System.Logger.Level.INFO, "accepting on " + path + " works again, after "
                        + failedAccepts + " failed attempts");
                failedAccepts = 0;
            }
            lastAccept = now;
            accepted.add(connection);
            if (descriptorsShort) {
                setUpAccepted(now);
            }
        }
    }

    /** The next connection of the backlog (a descriptor or a channel, see {@link #accepted}); null if none. */
    private Object acceptOne() throws IOException {
        if (serverFd == null) {
            return server.accept();
        }
        FileDescriptor fd = new FileDescriptor();
        return natives.accept(serverFd, fd) ? fd : null;
    }

    /** Checks and reads the oldest accepted connections, at most {@link #MAX_SET_UP_PER_WAKE}. */
    private void setUpAccepted(long now) {
        for (int n = 0; n < MAX_SET_UP_PER_WAKE && !accepted.isEmpty(); n++) {
            Object connection = accepted.poll();
            if (connection instanceof FileDescriptor fd) {
                accepted(fd, now);
            } else {
                accepted((AFUNIXSocketChannel) connection, now);
            }
        }
    }

    /**
     * E.g. no file descriptor left: the next accept may work, so accepting pauses instead of
     * spinning, and the first failure of a streak is reported (not every 100 ms). From then on
     * the loop holds no descriptor it has not set up ({@link #descriptorsShort}).
     */
    private void acceptFailed(long now, IOException e) {
        acceptPausedUntil = now + ACCEPT_PAUSE_NANOS;
        descriptorsShort = true;
        if (failedAccepts++ == 0) {
            report(SocketProblem.Kind.CONNECTION_FAILED, "accepting on " + path + " failed: " + e.getMessage()
                    + "; accepting pauses 100 ms at a time until it works again", e);
        } else {
            ProblemLog.LOG.log(System.Logger.Level.DEBUG, "accepting on " + path + " failed " + failedAccepts
                    + " times in a row: " + e.getMessage());
        }
    }

    /** Accepted through junixsocket's natives: the same checks as a channel's, on the bare descriptor. */
    private void accepted(FileDescriptor fd, long now) {
        try {
            AFUNIXSocketCredentials peer = natives.peerCredentials(fd);
            if (!peerCheck.accepts(peer)) {
                NativeSockets.close(fd);
                refused(peer);
                return;
            }
            natives.configureNonBlocking(fd);
        } catch (IOException | RuntimeException e) {
            NativeSockets.close(fd);
            report(SocketProblem.Kind.CONNECTION_FAILED, "could not set up a connection to " + path + ": "
                    + e.getMessage(), e);
            return;
        }
        readAtOnce(new Connection(fd, sequence++, now, now + readTimeoutNanos));
    }

    private void accepted(AFUNIXSocketChannel channel, long now) {
        try {
            AFUNIXSocketCredentials peer = channel.getPeerCredentials();
            if (!peerCheck.accepts(peer)) {
                closeQuietly(channel);
                refused(peer);
                return;
            }
            channel.configureBlocking(false);
        } catch (IOException | RuntimeException e) {
            closeQuietly(channel);
            report(SocketProblem.Kind.CONNECTION_FAILED, "could not set up a connection to " + path + ": "
                    + e.getMessage(), e);
            return;
        }
        readAtOnce(new Connection(channel, sequence++, now, now + readTimeoutNanos));
    }

    private void refused(AFUNIXSocketCredentials peer) {
        String who = peer == null ? "an unknown user" : "uid " + peer.getUid() + " (pid " + peer.getPid() + ")";
        report(SocketProblem.Kind.CONNECTION_FAILED, "refused a connection from " + who
                + ": only the plugin's own user (uid " + peerCheck.ownUid() + ") may send to " + path, null);
    }

    /** A connection just accepted: read at once, most messages are whole by then. */
    private void readAtOnce(Connection connection) {
        if (readSome(connection)) {
            completed.add(connection);
        } else if (connection.state == State.READING) {
            unchecked.add(connection);
        }
    }

    /**
     * Reads what {@code connection} has; true when its message is whole. Otherwise it waits for
     * more, waits for room (its head read), or failed (closed and reported).
     */
    private boolean readSome(Connection connection) {
        try {
            scratch.clear();
            boolean constrained = constrained(connection);
            if (constrained) {
                scratch.limit(Math.max(0, HEAD_BYTES - connection.length));
            }
            boolean eof = false;
            while (scratch.hasRemaining()) {
                int n = connection.read(scratch);
                if (n < 0) {
                    eof = true;
                    break;
                }
                if (n == 0) {
                    break;
                }
                if (!scratch.hasRemaining() && !constrained) {
                    scratch.flip();
                    spill(connection);
                    if (connection.state == State.DONE) {
                        return false;
                    }
                    scratch.clear();
                }
            }
            scratch.flip();
            if (connection.length + scratch.remaining() > maxMessageSize) {
                failOversized(connection);
                return false;
            }
            if (eof) {
                connection.message = connection.whole(scratch);
                finish(connection);
                return true;
            }
            spill(connection);
            if (connection.state == State.DONE) {
                return false;
            }
            if (constrained && connection.length >= HEAD_BYTES) {
                decideAtHead(connection);
            } else if (!connection.committed && connection.length >= HEAD_BYTES) {
                connection.committed = true; // its body is begun: finish it whatever the queue's state
            }
            if (connection.state == State.READING) {
                waitForMore(connection);
            }
            return false;
        } catch (OutOfMemoryError e) {
            int length = connection.length; // before dropBuffer() forgets it
            connection.dropBuffer();
            fail(connection, SocketProblem.Kind.OVERSIZED_MESSAGE, "ran out of memory reading a message of "
                    + length + "+ bytes; it is dropped (lower maxMessageSize(...) or give the JVM more"
                    + " heap)", e);
            return false;
        } catch (IOException | RuntimeException e) {
            fail(connection, SocketProblem.Kind.CONNECTION_FAILED, "could not read a message from a connection to "
                    + path + ": " + e, e);
            return false;
        }
    }

    /** Moves what the (flipped) scratch buffer holds into the connection's own buffer. */
    private void spill(Connection connection) {
        if (!scratch.hasRemaining()) {
            return;
        }
        if (connection.length + scratch.remaining() > maxMessageSize) {
            failOversized(connection);
            return;
        }
        int grownBy = connection.append(scratch, maxMessageSize);
        if (grownBy > 0) {
            budget.take(grownBy);
            connection.counted += grownBy;
        }
    }

    private void failOversized(Connection connection) {
        fail(connection, SocketProblem.Kind.OVERSIZED_MESSAGE, "refused a message larger than the maximum of "
                + maxMessageSize + " bytes; raise maxMessageSize(...) in the client's builder if such messages are"
                + " expected", null);
    }

    /** Whether a connection may only be read up to its head: the handlers are behind. */
    private boolean constrained(Connection connection) {
        if (connection.committed || closing) {
            return false;
        }
        if (!waiting.isEmpty() || !budget.hasRoomFor(ReadBudget.costOf(HEAD_BYTES))) {
            warnBehind();
            return true;
        }
        return false;
    }

    /** The head of a message read while the handlers are behind: control messages go on, the rest wait. */
    private void decideAtHead(Connection connection) {
        connection.head = EnvelopeHead.peek(connection.partial, connection.length);
        if (sink.isControl(connection.head)) {
            connection.committed = true;
            return;
        }
        if (waiting.size() >= MAX_WAITING) {
            failDropped(connection);
            return;
        }
        reading.remove(connection);
        if (connection.key != null && connection.key.isValid()) {
            connection.key.interestOps(0);
        }
        connection.state = State.PARKED;
        release(connection); // see the class comment: waiting heads are bounded by MAX_WAITING instead
        enqueue(connection);
    }

    private void enqueue(Connection connection) {
        connection.waiting = true;
        waiting.add(connection);
    }

    private void failDropped(Connection connection) {
        fail(connection, SocketProblem.Kind.DROPPED, droppedText(), null);
    }

    private String droppedText() {
        return "dropped a message: the handlers are behind, " + maxQueuedText() + " and " + MAX_WAITING
                + " more messages wait for them; raise maxQueuedBytes(...) or speed up the handlers";
    }

    private void waitForMore(Connection connection) throws IOException {
        reading.add(connection);
        if (connection.key != null && connection.key.isValid()) {
            if (connection.key.interestOps() != SelectionKey.OP_READ) {
                connection.key.interestOps(SelectionKey.OP_READ);
            }
            return;
        }
        connection.key = null;
        if (connection.fresh) {
            return;
        }
        if (System.nanoTime() - connection.acceptedAt < FRESH_NANOS) {
            connection.fresh = true; // see FRESH_NANOS
            fresh.add(connection);
        } else {
            connection.key = connection.register(selector, SelectionKey.OP_READ);
        }
    }

    /** The message is whole: the connection is closed and forgets its buffer. */
    private void finish(Connection connection) {
        reading.remove(connection);
        connection.state = State.DONE;
        connection.close();
        release(connection);
        connection.dropBuffer();
    }

    private void release(Connection connection) {
        if (connection.counted > 0) {
            budget.release(connection.counted);
            connection.counted = 0;
        }
    }

    private void fail(Connection connection, SocketProblem.Kind kind, String description, Throwable cause) {
        reading.remove(connection);
        if (connection.waiting) {
            waiting.remove(connection);
            connection.waiting = false;
        }
        connection.state = State.DONE;
        connection.message = null;
        connection.close();
        release(connection);
        connection.dropBuffer();
        report(kind, description, cause);
    }

    /** This wake-up's whole messages, in accept order: control ones go on, the rest behind what waits. */
    private void handOnCompleted() {
        if (completed.size() > 1) {
            completed.sort(Comparator.comparingLong(connection -> connection.sequence));
        }
        for (Connection connection : completed) {
            if (connection.waiting) {
                continue; // a waiting message read on: resumeWaiting hands it on in its turn
            }
            if (connection.head == null) {
                connection.head = EnvelopeHead.peek(connection.message, connection.message.length);
            }
            if (sink.isControl(connection.head)) {
                handOn(connection);
            } else if (waiting.isEmpty()
                    && (closing || budget.hasRoomFor(ReadBudget.costOf(connection.message.length)))) {
                handOn(connection);
            } else if (waiting.size() >= MAX_WAITING) {
                connection.message = null;
                report(SocketProblem.Kind.DROPPED, droppedText(), null);
            } else {
                warnBehind();
                enqueue(connection);
            }
        }
        completed.clear();
    }

    private void handOn(Connection connection) {
        byte[] message = connection.message;
        connection.message = null;
        try {
            sink.received(message, connection.head);
        } catch (Throwable e) {
            report(SocketProblem.Kind.SDK_FAILED, "handing a message on failed (" + e + "); it is lost", e);
        }
    }

    /** Hands on what waits, oldest first, as far as there is room; a resumed head is read on first. */
    private void resumeWaiting(long now) {
        while (!waiting.isEmpty()) {
            Connection connection = waiting.peek();
            if (connection.message != null) {
                if (!closing && !budget.hasRoomFor(ReadBudget.costOf(connection.message.length))) {
                    return;
                }
                waiting.poll();
                connection.waiting = false;
                handOn(connection);
                continue;
            }
            if (connection.state == State.READING) {
                return; // resumed, the rest of it still coming: nothing overtakes it
            }
            if (!closing && !budget.hasRoomFor(ReadBudget.costOf(HEAD_BYTES))) {
                return;
            }
            connection.state = State.READING;
            connection.committed = true;
            connection.deadline = now + readTimeoutNanos;
            // Whole: handed on at the next turn of this loop. Failed: fail() took it out of waiting.
            readSome(connection);
        }
        if (warnedBehind && budget.hasRoomFor(ReadBudget.costOf(HEAD_BYTES))) {
            warnedBehind = false;
        }
    }

    private void expire(long now) {
        Iterator<Connection> oldest = reading.iterator();
        List<Connection> late = null;
        while (oldest.hasNext()) {
            Connection connection = oldest.next();
            if (connection.deadline - now > 0) {
                break;
            }
            if (late == null) {
                late = new ArrayList<>();
            }
            late.add(connection);
        }
        if (late != null) {
            for (Connection connection : late) {
                fail(connection, SocketProblem.Kind.CONNECTION_FAILED, "dropped a connection to " + path
                        + ": the peer sent " + connection.length + " bytes but no end of message in time ("
                        + readTimeoutNanos / 1_000_000 + " ms)", null);
            }
        }
    }

    private void updateAcceptInterest(long now) {
        if (serverKey == null || !serverKey.isValid()) {
            return;
        }
        if (acceptPausedUntil != 0 && now - acceptPausedUntil >= 0) {
            acceptPausedUntil = 0;
        }
        boolean accept = acceptPausedUntil == 0 && reading.size() + accepted.size() < MAX_OPEN;
        int wanted = accept ? SelectionKey.OP_ACCEPT : 0;
        if (serverKey.interestOps() != wanted) {
            serverKey.interestOps(wanted);
        }
    }

    private boolean closingDone(long now) {
        if (!closing) {
            return false;
        }
        if (closingSince == 0) {
            closingSince = now;
            budget.lift();
            lastAccept = now;
        }
        if (now - lastAccept < CLOSING_QUIET_NANOS) {
            return false;
        }
        if (server != null && server.isOpen()) {
            closeQuietly(server); // quiet: the daemon had our daemon_client_delete and stopped sending
        }
        return reading.isEmpty() && waiting.isEmpty() && accepted.isEmpty();
    }

    private void warnBehind() {
        if (!warnedBehind) {
            warnedBehind = true;
            PROBLEMS.warn(behindKind, "handlers are behind: " + maxQueuedText() + ";"
                    + " reading new events pauses until they catch up (pings and calls are still answered;"
                    + " past " + MAX_WAITING + " waiting connections, new events are dropped). Raise"
                    + " maxQueuedBytes(...) or speed up the handlers", null);
        }
    }

    private String maxQueuedText() {
        return budget.maxBytes() + " bytes of messages wait for them";
    }

    private void report(SocketProblem.Kind kind, String description, Throwable cause) {
        try {
            sink.failed(new SocketProblem(kind, description, Optional.ofNullable(cause)));
        } catch (Throwable e) {
            PROBLEMS.warn("report-failed " + path, "could not report: " + description + " (" + e + ")", e);
        }
    }

    private void shutDown() {
        for (Connection connection : new ArrayList<>(reading)) {
            fail(connection, SocketProblem.Kind.CONNECTION_FAILED, "closing: dropped a connection to " + path
                    + " still being read", null);
        }
        for (Connection connection : waiting) {
            connection.close();
        }
        waiting.clear();
        for (Object connection : accepted) {
            if (connection instanceof FileDescriptor fd) {
                NativeSockets.close(fd);
            } else {
                closeQuietly((AFUNIXSocketChannel) connection);
            }
        }
        accepted.clear();
        if (server != null) {
            closeQuietly(server);
        }
        try {
            selector.close();
        } catch (IOException e) {
            ProblemLog.LOG.log(System.Logger.Level.DEBUG, "closing the selector", e);
        }
    }

    private static void closeQuietly(java.nio.channels.Channel channel) {
        try {
            channel.close();
        } catch (IOException e) {
            ProblemLog.LOG.log(System.Logger.Level.DEBUG, "closing a channel", e);
        }
    }
}

package org.tracimdaemon.sdk.runtime.internal.socket;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Duration;
import java.util.Objects;
import java.util.function.Consumer;
import org.newsclub.net.unix.AFUNIXSelectorProvider;
import org.newsclub.net.unix.AFUNIXServerSocketChannel;
import org.newsclub.net.unix.AFUNIXSocketAddress;
import org.tracimdaemon.sdk.runtime.internal.logging.ProblemLog;

/**
 * The plugin's own socket and its {@link EventLoop}: binding, binding again when the file is
 * deleted, closing. Internal to the SDK.
 *
 * <p>The daemon delivers to every plugin one after another and its connect never waits: when our
 * accept backlog (at most net.core.somaxconn, 4096 on current Linux) is full the event is lost.
 * So one thread on non-blocking channels accepts everything the kernel has at each wake-up and
 * reads every connection at once; see {@link EventLoop} for what it guarantees.
 */
public final class ClientSocketServer implements AutoCloseable {
    private static final ProblemLog PROBLEMS = ProblemLog.shared();

    /** The kernel caps it at net.core.somaxconn (4096 on current Linux). */
    static final int BACKLOG = 65535;

    /** How long one connection may take to send its whole message. */
    static final Duration READ_TIMEOUT = Duration.ofSeconds(5);

    /** How long close() lets the loop take what waits in the kernel's backlog and read it. */
    static final Duration DRAIN_LIMIT = Duration.ofSeconds(10);

    /** Messages waiting while handlers are behind, at most. */
    static final int MAX_WAITING = EventLoop.MAX_WAITING;

    private final Path path;
    private final EventLoop loop;
    private final Thread loopThread;
    private final Duration readTimeout;
    private final Object bindLock = new Object();
    /** Held for the server's life: a second plugin on this path is refused, even mid-rebind. */
    private final SocketLock lock;
    /** The inode of the socket file we bound, to notice it deleted or replaced. */
    private volatile Object boundFile;
    private volatile boolean closing;

    private ClientSocketServer(Path path, EventLoop loop, Duration readTimeout, SocketLock lock) {
        this.path = path;
        this.lock = lock;
        this.loop = loop;
        this.readTimeout = readTimeout;
        this.loopThread = new Thread(loop, "tracimdaemon-loop");
        this.loopThread.setDaemon(true);
    }

    /** Test only: see {@link EventLoop#loseConnectionKeys}. */
    java.util.concurrent.Future<?> loseConnectionKeys() {
        return loop.loseConnectionKeys();
    }

    /** Test only: see {@link EventLoop#acceptsThroughNatives}. */
    boolean acceptsThroughNatives() {
        return loop.acceptsThroughNatives();
    }

    /** Test only: see {@link EventLoop#holdNextTurn}. */
    java.util.concurrent.CountDownLatch holdNextTurn(java.util.concurrent.CountDownLatch release) {
        return loop.holdNextTurn(release);
    }

    /** Test only: see {@link EventLoop#mostHeld}. */
    int mostHeld() {
        return loop.mostHeld();
    }

    /** Test only: see {@link EventLoop#loseAcceptKey}. */
    java.util.concurrent.Future<?> loseAcceptKey() {
        return loop.loseAcceptKey();
    }

    /**
     * Binds {@code path} (mode 0600, its directory created 0700 if missing, a stale socket file
     * removed) and starts accepting.
     *
     * @throws java.nio.file.FileAlreadyExistsException if a live process listens on {@code path}
     */
    public static ClientSocketServer open(Path path, int maxMessageSize, IncomingMessages sink) throws IOException {
        return open(path, maxMessageSize, READ_TIMEOUT, sink);
    }

    /**
     * As {@link #open(Path, int, IncomingMessages)}, dropping a connection that has not sent its
     * whole message within {@code readTimeout} (a peer that writes half a message and hangs).
     */
    public static ClientSocketServer open(Path path, int maxMessageSize, Duration readTimeout,
            IncomingMessages sink) throws IOException {
        return open(path, maxMessageSize, readTimeout, sink, PeerCheck.forThisProcess(),
                new ReadBudget(Long.MAX_VALUE / 4), new AcceptBacklog(), ClientSocketServer::loggedOnly);
    }

    /**
     * As {@link #open(Path, int, Duration, IncomingMessages)}, reading no new message body while
     * {@code budget} is full, telling {@code backlog} when it is far behind (see
     * {@link AcceptBacklog}), and calling {@code onFatal} (once, from the loop thread) if the loop
     * cannot go on.
     */
    public static ClientSocketServer open(Path path, int maxMessageSize, Duration readTimeout,
            IncomingMessages sink, ReadBudget budget, AcceptBacklog backlog, Consumer<Throwable> onFatal)
            throws IOException {
        return open(path, maxMessageSize, readTimeout, sink, PeerCheck.forThisProcess(), budget, backlog, onFatal);
    }

    static ClientSocketServer open(Path path, int maxMessageSize, IncomingMessages sink, PeerCheck peerCheck)
            throws IOException {
        return open(path, maxMessageSize, READ_TIMEOUT, sink, peerCheck, new ReadBudget(Long.MAX_VALUE / 4),
                new AcceptBacklog(), ClientSocketServer::loggedOnly);
    }

    static ClientSocketServer open(Path path, int maxMessageSize, Duration readTimeout, IncomingMessages sink,
            PeerCheck peerCheck, ReadBudget budget, AcceptBacklog backlog, Consumer<Throwable> onFatal)
            throws IOException {
        EventLoop loop = new EventLoop(path, sink, peerCheck, budget, backlog, maxMessageSize, readTimeout, onFatal);
        SocketLock lock = SocketLock.acquire(path);
        ClientSocketServer socket = new ClientSocketServer(path, loop, readTimeout, lock);
        try {
            socket.bind();
        } catch (IOException | RuntimeException e) {
            lock.close();
            throw e;
        }
        socket.loopThread.start();
        return socket;
    }

    private static void loggedOnly(Throwable fatal) {
        // The client's own handler fails the client closed; a bare server has only the log line.
    }

    public Path path() {
        return path;
    }

    /**
     * Binds the path again if its socket file was deleted or replaced under the running plugin
     * (a cleanup script, a careless {@code rm}): nobody could reach the plugin any more.
     *
     * @return whether it bound again (the caller should then register again with the daemon)
     * @throws java.nio.file.FileAlreadyExistsException if another live process now listens there
     */
    public boolean rebindIfGone() throws IOException {
        synchronized (bindLock) {
            if (closing || Objects.equals(fileKey(path), boundFile)) {
                return false;
            }
            bind();
            PROBLEMS.warn("rebind", "the client socket " + path + " was deleted or replaced; bound it again", null);
            return true;
        }
    }

    private void bind() throws IOException {
        SocketFiles.prepare(path);
        AFUNIXServerSocketChannel fresh = AFUNIXSelectorProvider.provider().openServerSocketChannel();
        try {
            // Deleting on close would delete whatever file has the path by then: close() does it.
            fresh.setDeleteOnClose(false);
            AFUNIXSocketAddress address = AFUNIXSocketAddress.of(path);
            fresh.bind(address, BACKLOG);
            // junixsocket would build this address anew and stat the file at every accept: see AcceptShortcuts
            AcceptShortcuts.primeAddressCache(address);
            AcceptShortcuts.skipInodeCheck(fresh);
            fresh.configureBlocking(false);
            SocketFiles.ownerOnly(path);
            boundFile = fileKey(path);
        } catch (IOException e) {
            fresh.close();
            throw e;
        }
        loop.listenOn(fresh);
    }

    private static Object fileKey(Path file) {
        try {
            return Files.readAttributes(file, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS).fileKey();
        } catch (IOException e) {
            return null;
        }
    }

    /**
     * Accepts what waits in the kernel's backlog until nothing came for 100 ms (closing a
     * listening socket drops its backlog, whose sender believes it delivered; by then the daemon
     * has had our {@code daemon_client_delete}), reads and hands on every accepted connection
     * (each bounded by the read timeout), closes and deletes the socket file.
     */
    @Override
    public void close() {
        synchronized (bindLock) {
            closing = true;
        }
        loop.closeWhenDrained();
        if (Thread.currentThread() != loopThread) {
            try {
                loopThread.join(DRAIN_LIMIT.plus(readTimeout).toMillis());
                if (loopThread.isAlive()) {
                    PROBLEMS.warn("close", "closing: the connections to " + path + " were not all read within "
                            + DRAIN_LIMIT.plus(readTimeout) + "; the rest are dropped", null);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        try {
            Files.deleteIfExists(path);
        } catch (IOException e) {
            PROBLEMS.warn("delete", "could not delete the client socket " + path + ": " + e.getMessage(), e);
        }
        lock.close();
    }
}

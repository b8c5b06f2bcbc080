package org.tracimdaemon.sdk.runtime.socket;

import java.io.IOException;
import java.io.InputStream;
import java.net.SocketTimeoutException;
import java.lang.System.Logger.Level;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Duration;
import java.util.Arrays;
import java.util.Objects;
import java.util.UUID;
import java.util.Optional;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.locks.LockSupport;
import org.newsclub.net.unix.AFUNIXServerSocket;
import org.newsclub.net.unix.AFUNIXSocket;
import org.newsclub.net.unix.AFUNIXSocketAddress;
import org.newsclub.net.unix.AFUNIXSocketCredentials;
import org.tracimdaemon.sdk.runtime.DispatchError;

/**
 * The plugin's own socket, its accept thread and its reader thread. Internal to the SDK.
 *
 * <p>The daemon delivers to every plugin one after another and its connect never waits: when our
 * accept backlog (at most net.core.somaxconn, 4096 on current Linux) is full the event is lost.
 * Measured on a 2-core machine, one thread that accepted AND read each connection kept up with
 * about 13,000 messages/s and lost a fifth of a 20,000-event burst. So the accept thread only
 * accepts and queues the connection; one reader thread checks the peer, reads to EOF and hands
 * the bytes on. One reader keeps arrival order; the daemon has already written a small message
 * into the socket buffer when we read it, and a read timeout bounds what a stalled local peer
 * costs (the accept thread goes on meanwhile).
 *
 * <p>Accepted connections wait for the reader in a queue of at most {@value #ACCEPT_QUEUE_LIMIT}:
 * each holds a file descriptor, and an unbounded queue behind a reader that waits for slow
 * handlers would run the process out of descriptors (every socket, file and pong then fails).
 * When it is full the accept thread waits, and further connections wait in the kernel's backlog.
 */
public final class ClientSocketServer implements AutoCloseable {
    private static final System.Logger LOG = System.getLogger("org.tracimdaemon.sdk");

    /** The kernel caps it at net.core.somaxconn (4096 on current Linux). */
    static final int BACKLOG = 65535;

    /** How long one read may wait on a peer that connected but does not write or close. */
    static final Duration READ_TIMEOUT = Duration.ofSeconds(5);

    /** How long close() lets the accept thread take what waits in the kernel's backlog. */
    static final Duration DRAIN_LIMIT = Duration.ofSeconds(10);

    /** Closing: once nothing came for this long, the backlog is empty. */
    static final Duration CLOSING_QUIET = Duration.ofMillis(100);

    /** Accepted connections not yet read, at most: one file descriptor each. */
    static final int ACCEPT_QUEUE_LIMIT = 4096;

    private final Path path;
    private final IncomingMessages sink;
    private final PeerCheck peerCheck;
    private final MessageReader reader;
    private final Duration readTimeout;
    private final Thread readerThread;
    /** Accepted, not yet read; an empty one ends the reader once the rest is read. */
    private final BlockingQueue<Optional<AFUNIXSocket>> accepted = new LinkedBlockingQueue<>(ACCEPT_QUEUE_LIMIT);
    private final Object bindLock = new Object();
    private volatile AFUNIXServerSocket server;
    private volatile Thread acceptThread;
    /** The inode of the socket file we bound, to notice it deleted or replaced. */
    private volatile Object boundFile;
    private volatile boolean closing;
    /** What close() sends itself to wake the accept thread; read and dropped, never handed on. */
    private volatile byte[] closingMarker;

    private ClientSocketServer(Path path, IncomingMessages sink, int maxMessageSize, Duration readTimeout,
            PeerCheck peerCheck) {
        this.path = path;
        this.sink = sink;
        this.peerCheck = peerCheck;
        this.reader = new MessageReader(maxMessageSize);
        this.readTimeout = readTimeout;
        this.readerThread = new Thread(this::readLoop, "tracimdaemon-reader");
        this.readerThread.setDaemon(true);
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
        return open(path, maxMessageSize, readTimeout, sink, PeerCheck.forThisProcess());
    }

    static ClientSocketServer open(Path path, int maxMessageSize, IncomingMessages sink, PeerCheck peerCheck)
            throws IOException {
        return open(path, maxMessageSize, READ_TIMEOUT, sink, peerCheck);
    }

    static ClientSocketServer open(Path path, int maxMessageSize, Duration readTimeout, IncomingMessages sink,
            PeerCheck peerCheck) throws IOException {
        ClientSocketServer socket = new ClientSocketServer(path, sink, maxMessageSize, readTimeout, peerCheck);
        socket.bind();
        socket.readerThread.start();
        return socket;
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
            AFUNIXServerSocket old = server;
            bind();
            // junixsocket closed it already at its first accept after the file went (it checks the
            // file's inode): what was in its backlog then is lost, unavoidably.
            closeQuietly(old);
            LOG.log(Level.WARNING, "the client socket {0} was deleted or replaced; bound it again", path);
            return true;
        }
    }

    private void bind() throws IOException {
        SocketFiles.prepare(path);
        AFUNIXServerSocket fresh = AFUNIXServerSocket.newInstance();
        try {
            // Deleting on close would delete whatever file has the path by then: close() does it.
            fresh.setDeleteOnClose(false);
            fresh.bind(AFUNIXSocketAddress.of(path), BACKLOG);
            SocketFiles.ownerOnly(path);
            boundFile = fileKey(path);
        } catch (IOException e) {
            fresh.close();
            throw e;
        }
        server = fresh;
        Thread thread = new Thread(() -> acceptLoop(fresh), "tracimdaemon-accept");
        thread.setDaemon(true);
        acceptThread = thread;
        thread.start();
    }

    private static Object fileKey(Path file) {
        try {
            return Files.readAttributes(file, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS).fileKey();
        } catch (IOException e) {
            return null;
        }
    }

    private void acceptLoop(AFUNIXServerSocket server) {
        while (!server.isClosed()) {
            try {
                AFUNIXSocket connection = server.accept();
                try {
                    accepted.put(Optional.of(connection)); // waits while the reader is that far behind
                } catch (InterruptedException e) {
                    connection.close();
                    return;
                }
            } catch (SocketTimeoutException e) {
                if (closing) {
                    return; // closing, and nothing came for CLOSING_QUIET: the backlog is empty
                }
            } catch (IOException e) {
                if (server.isClosed()) {
                    return;
                }
                // e.g. too many open files while the reader catches up: the next accept may work,
                // but do not spin on a persistent failure.
                LOG.log(Level.ERROR, "accepting on " + path + " failed", e);
                LockSupport.parkNanos(10_000_000L);
            }
        }
    }

    private void readLoop() {
        while (true) {
            Optional<AFUNIXSocket> connection;
            try {
                connection = accepted.take();
            } catch (InterruptedException e) {
                return;
            }
            if (connection.isEmpty()) {
                return;
            }
            try {
                handle(connection.get());
            } catch (RuntimeException e) {
                // The sink is ours, but nothing may stop this loop.
                LOG.log(Level.ERROR, "internal error while handling a message", e);
            }
        }
    }

    private void handle(AFUNIXSocket connection) {
        try (connection) {
            AFUNIXSocketCredentials peer = connection.getPeerCredentials();
            if (!peerCheck.accepts(peer)) {
                String who = peer == null ? "an unknown user" : "uid " + peer.getUid() + " (pid " + peer.getPid() + ")";
                LOG.log(Level.WARNING, "refused a connection to {0} from {1}: only uid {2} may send to it",
                        path, who, peerCheck.ownUid());
                sink.failed(error(DispatchError.Kind.CONNECTION_FAILED,
                        "refused a connection from " + who + ": only the plugin's own user (uid "
                                + peerCheck.ownUid() + ") may send to " + path, null));
                return;
            }
            connection.setSoTimeout((int) readTimeout.toMillis());
            byte[] message;
            try (InputStream in = connection.getInputStream()) {
                message = reader.readAll(in, System.nanoTime() + readTimeout.toNanos());
            }
            byte[] marker = closingMarker;
            if (marker != null && Arrays.equals(marker, message)) {
                return; // our own, from close(): not a message
            }
            sink.received(message);
        } catch (MessageReader.OversizedMessageException e) {
            sink.failed(error(DispatchError.Kind.OVERSIZED_MESSAGE, "refused a " + e.getMessage(), e));
        } catch (IOException e) {
            sink.failed(error(DispatchError.Kind.CONNECTION_FAILED,
                    "could not read a message from a connection to " + path + ": " + e.getMessage(), e));
        }
    }

    /**
     * Closing a listening socket drops the connections in its backlog, whose sender (the daemon)
     * believes them delivered. So the accept thread goes on accepting until nothing came for
     * {@link #CLOSING_QUIET}; by then the daemon has had our {@code daemon_client_delete} and
     * stopped sending. (Unlinking the path first would be exact, but junixsocket closes a
     * listening socket whose file is gone at its next accept, backlog and all.) A marker message
     * wakes the accept thread if it waits, so that its next accept uses the timeout.
     *
     * @return whether the accept thread will end by itself
     */
    private boolean wakeAcceptThreadToDrain() {
        byte[] marker = ("{\"closing\":\"" + UUID.randomUUID() + "\"}").getBytes(StandardCharsets.UTF_8);
        closingMarker = marker;
        try {
            server.setSoTimeout((int) CLOSING_QUIET.toMillis());
            try (AFUNIXSocket connection = AFUNIXSocket.connectTo(AFUNIXSocketAddress.of(path))) {
                connection.getOutputStream().write(marker);
            }
            return true;
        } catch (IOException | RuntimeException e) {
            LOG.log(Level.DEBUG, "closing: cannot wake the accept thread of " + path, e);
            return false;
        }
    }

    private static void closeQuietly(AFUNIXServerSocket socket) {
        try {
            socket.close();
        } catch (IOException e) {
            LOG.log(Level.DEBUG, "closing the client socket", e);
        }
    }

    private static void closeQuietly(AFUNIXSocket connection) {
        try {
            connection.close();
        } catch (IOException e) {
            LOG.log(Level.DEBUG, "closing an unread connection", e);
        }
    }

    private static DispatchError error(DispatchError.Kind kind, String description, Throwable cause) {
        return new DispatchError(kind, description, Optional.empty(), Optional.empty(), Optional.ofNullable(cause));
    }

    /**
     * Accepts what waits in the kernel's backlog until nothing came for {@link #CLOSING_QUIET},
     * reads and hands on every accepted connection (each read bounded by the read timeout), closes
     * and deletes the socket file. A connection made after that quiet moment is dropped.
     */
    @Override
    public void close() {
        synchronized (bindLock) {
            closing = true;
        }
        if (Thread.currentThread() != readerThread && wakeAcceptThreadToDrain()) {
            try {
                acceptThread.join(DRAIN_LIMIT.toMillis());
                if (acceptThread.isAlive()) {
                    LOG.log(Level.WARNING, "closing: the connections waiting in the backlog of " + path
                            + " were not all accepted within " + DRAIN_LIMIT + "; the rest are dropped");
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        closeQuietly(server);
        try {
            acceptThread.join(readTimeout.toMillis());
            if (Thread.currentThread() != readerThread) {
                accepted.put(Optional.empty()); // the reader makes room: the dispatch bound is lifted by now
                readerThread.join();
            } else {
                accepted.offer(Optional.empty());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        // Only when the accept thread outlived its join: never read, but never leaked either.
        for (Optional<AFUNIXSocket> left; (left = accepted.poll()) != null; ) {
            left.ifPresent(ClientSocketServer::closeQuietly);
        }
        try {
            Files.deleteIfExists(path);
        } catch (IOException e) {
            LOG.log(Level.WARNING, "could not delete the client socket " + path, e);
        }
    }
}

package org.tracimdaemon.sdk.runtime.internal.socket;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;

/**
 * Keeps a second plugin off a socket path that a running one uses, for as long as it runs.
 *
 * <pre>{@code
 * SocketLock lock = SocketLock.acquire(path);   // before SocketFiles.prepare(path) and the bind
 * ...                                           // the plugin runs, re-binds if its file goes
 * lock.close();                                 // after the socket file is deleted
 * }</pre>
 *
 * <p>Why a lock and not the socket alone: a live listener answers a connect, so a second plugin
 * usually finds it and stops, but not while the first is between removing a stale socket file and
 * binding (at start, or when it binds again after its file was deleted): the second then sees no
 * socket and both bind in turn, the later one taking the path. An exclusive lock on
 * {@code <socket>.lock} beside the socket, taken before anything touches the socket file and held
 * for the client's life, makes "is anyone there?" and the bind one step. The kernel drops the lock
 * when the process ends, however it ends, so a crash never leaves a stale lock. The empty lock
 * file stays: deleting it would let a plugin that opened it just before lock a file nobody else
 * sees, while a third one locks a new file at the path.
 */
final class SocketLock implements AutoCloseable {
    private static final System.Logger LOG = System.getLogger("org.tracimdaemon.sdk");

    private final Path file;
    private final FileChannel channel;

    private SocketLock(Path file, FileChannel channel) {
        this.file = file;
        this.channel = channel;
    }

    /**
     * Locks {@code socket}'s path for this process, once its directory is safe (see
     * {@link SocketFiles#safeDirectory}, which also creates it).
     *
     * @throws FileAlreadyExistsException if another plugin, in this process or another, holds it
     * @throws IOException if the directory is not safe, or the lock file cannot be opened
     */
    static SocketLock acquire(Path socket) throws IOException {
        SocketFiles.safeDirectory(socket);
        Path file = fileOf(socket);
        FileChannel channel = FileChannel.open(file, Set.of(StandardOpenOption.CREATE, StandardOpenOption.WRITE),
                PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        FileLock lock;
        try {
            lock = channel.tryLock();
        } catch (OverlappingFileLockException e) {
            lock = null; // held by another client of this very process
        } catch (IOException | RuntimeException e) {
            channel.close();
            throw e;
        }
        if (lock == null) {
            channel.close();
            throw new FileAlreadyExistsException(socket.toString(), null, "another plugin is running on this"
                    + " socket path (it holds " + file + "): stop it, or give this plugin another socket path");
        }
        return new SocketLock(file, channel);
    }

    /** The lock file of {@code socket}: beside it, its name plus {@code .lock}. */
    static Path fileOf(Path socket) {
        Path absolute = socket.toAbsolutePath();
        return absolute.resolveSibling(absolute.getFileName() + ".lock");
    }

    /** The lock file held. */
    Path file() {
        return file;
    }

    /** Releases the lock; idempotent. The lock file stays (see the class comment). */
    @Override
    public void close() {
        try {
            channel.close();
        } catch (IOException e) {
            // The kernel drops the lock with the descriptor, and at the latest when the process ends.
            LOG.log(System.Logger.Level.DEBUG, "closing the lock file " + file, e);
        }
    }
}

package org.tracimdaemon.sdk.runtime.socket;

import java.io.IOException;
import java.lang.System.Logger.Level;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.newsclub.net.unix.AFUNIXSocket;
import org.newsclub.net.unix.AFUNIXSocketAddress;

/** The client socket's file: its directory, a stale file left by a crashed run, its mode. */
final class SocketFiles {
    private SocketFiles() {}

    private static final System.Logger LOG = System.getLogger("org.tracimdaemon.sdk");

    /** sun_path holds 108 bytes with the terminating NUL. */
    static final int MAX_PATH_BYTES = 107;

    private static final int S_IFMT = 0170000;
    private static final int S_IFSOCK = 0140000;

    /**
     * Makes {@code socket} ready to bind: creates its directory (mode 0700) if needed and removes a
     * socket file nobody answers on.
     *
     * @throws FileAlreadyExistsException if a process listens there, or the path is not a socket
     */
    static void prepare(Path socket) throws IOException {
        int bytes = socket.toString().getBytes(StandardCharsets.UTF_8).length;
        if (bytes > MAX_PATH_BYTES) {
            throw new IOException("client socket path " + socket + " is " + bytes
                    + " bytes; a Unix socket path holds at most " + MAX_PATH_BYTES);
        }
        Path directory = socket.toAbsolutePath().getParent();
        if (directory != null && !Files.isDirectory(directory)) {
            Files.createDirectories(directory,
                    PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
        }
        if (!Files.exists(socket, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        int mode = (Integer) Files.getAttribute(socket, "unix:mode", LinkOption.NOFOLLOW_LINKS);
        if ((mode & S_IFMT) != S_IFSOCK) {
            throw new FileAlreadyExistsException(socket.toString(), null,
                    "exists and is not a socket; refusing to replace it");
        }
        if (answers(socket)) {
            throw new FileAlreadyExistsException(socket.toString(), null,
                    "a process is listening on this socket: is the plugin already running?");
        }
        Files.deleteIfExists(socket);
        LOG.log(Level.INFO, "removed the stale socket {0} left by an earlier run", socket);
    }

    static void ownerOnly(Path socket) throws IOException {
        Files.setPosixFilePermissions(socket, PosixFilePermissions.fromString("rw-------"));
    }

    private static boolean answers(Path socket) {
        try {
            AFUNIXSocket.connectTo(AFUNIXSocketAddress.of(socket)).close();
            return true;
        } catch (IOException e) {
            return false; // connection refused: the listener is gone
        }
    }
}

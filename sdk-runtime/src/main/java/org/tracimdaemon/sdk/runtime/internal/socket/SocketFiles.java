package org.tracimdaemon.sdk.runtime.internal.socket;

import java.io.IOException;
import java.lang.System.Logger.Level;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.newsclub.net.unix.AFUNIXSocketChannel;

/** The client socket's file: its directory, a stale file left by a crashed run, its mode. */
final class SocketFiles {
    private SocketFiles() {}

    private static final System.Logger LOG = System.getLogger("org.tracimdaemon.sdk");

    /** sun_path holds 108 bytes with the terminating NUL. */
    static final int MAX_PATH_BYTES = 107;

    private static final int S_IFMT = 0170000;
    private static final int S_IFSOCK = 0140000;

    /**
     * Makes {@code socket} ready to bind: creates its directory (mode 0700) if needed, refuses a
     * directory another user could write (see {@link #safeDirectory}), and removes a socket file
     * nobody answers on.
     *
     * @throws FileAlreadyExistsException if a process listens there, or the path is not a socket
     * @throws IOException if the directory is not safe, with a sentence that says what to do
     */
    static void prepare(Path socket) throws IOException {
        int bytes = socket.toString().getBytes(StandardCharsets.UTF_8).length;
        if (bytes > MAX_PATH_BYTES) {
            throw new IOException("client socket path " + socket + " is " + bytes
                    + " bytes; a Unix socket path holds at most " + MAX_PATH_BYTES);
        }
        safeDirectory(socket);
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

    /**
     * The directory of {@code socket}, created with mode 0700 if missing, once it is known that no
     * other user can write it. Whoever can write the directory can delete the plugin's socket and
     * bind their own in its place, then receive every event the daemon sends the plugin, which
     * would never notice. So the directory must belong to this process's
     * user and be writable by nobody else (0700 or 0755, not 0770, 0777 or 1777: the sticky bit
     * stops deletion but not a socket bound first at the path while the plugin is stopped).
     *
     * @throws IOException if the directory belongs to another user or is writable by group or others
     */
    static Path safeDirectory(Path socket) throws IOException {
        Path directory = socket.toAbsolutePath().getParent();
        if (!Files.isDirectory(directory)) {
            Files.createDirectories(directory,
                    PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
        }
        long ownUid = PeerCheck.forThisProcess().ownUid();
        int ownerUid = (Integer) Files.getAttribute(directory, "unix:uid");
        if (ownerUid != ownUid) {
            throw new IOException("refusing to put the plugin's socket in " + directory
                    + ": the directory belongs to uid " + ownerUid + ", not to this user (uid " + ownUid
                    + "), and its owner could replace the socket and receive every event meant for the plugin."
                    + " Use a directory of your own, mode 0700.");
        }
        int mode = (Integer) Files.getAttribute(directory, "unix:mode") & 07777;
        if ((mode & 022) != 0) {
            String who = (mode & 022) == 022 ? "its group and others" : (mode & 020) != 0 ? "its group" : "others";
            throw new IOException("refusing to put the plugin's socket in " + directory
                    + ": the directory is writable by " + who + " (mode " + String.format("%04o", mode)
                    + "), so another user could replace the socket and receive every event meant for the plugin."
                    + " Run chmod 700 " + directory + ", or use a directory only you can write.");
        }
        return directory;
    }

    /** A live listener either accepts the connect or has its backlog full; a stale file refuses it. */
    private static boolean answers(Path socket) {
        try {
            DaemonSender.connectNow(socket).ifPresent(SocketFiles::closeQuietly);
            return true;
        } catch (IOException e) {
            return false; // connection refused: the listener is gone
        }
    }

    private static void closeQuietly(AFUNIXSocketChannel probe) {
        try {
            probe.close();
        } catch (IOException e) {
            LOG.log(Level.DEBUG, "closing the probe of a socket", e);
        }
    }
}

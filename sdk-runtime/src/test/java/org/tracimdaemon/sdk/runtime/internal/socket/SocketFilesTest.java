package org.tracimdaemon.sdk.runtime.internal.socket;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

@Timeout(value = 30, unit = TimeUnit.SECONDS)
class SocketFilesTest {
    @TempDir
    Path dir;

    private Path directoryWithMode(String name, int mode) throws IOException {
        Path directory = Files.createDirectory(dir.resolve(name));
        Files.setAttribute(directory, "unix:mode", mode); // chmod: the umask does not apply
        return directory;
    }

    private static String writableMessage(Path directory, String who, String mode) {
        return "refusing to put the plugin's socket in " + directory + ": the directory is writable by " + who
                + " (mode " + mode + "), so another user could replace the socket and receive every event meant"
                + " for the plugin. Run chmod 700 " + directory + ", or use a directory only you can write.";
    }

    /** Both entry points refuse, and neither leaves a file in the directory. */
    private static void assertRefused(Path directory, String message) throws IOException {
        Path socket = directory.resolve("plugin.sock");
        assertEquals(message, assertThrows(IOException.class, () -> SocketFiles.prepare(socket)).getMessage());
        assertEquals(message, assertThrows(IOException.class, () -> SocketLock.acquire(socket)).getMessage());
        try (var left = Files.list(directory)) {
            assertEquals(0, left.count(), "nothing was created in the refused directory");
        }
    }

    @Test
    void aDirectoryEveryoneMayWriteIsRefusedSayingWhyAndWhatToDo() throws IOException {
        Path open = directoryWithMode("open", 0777);
        assertRefused(open, writableMessage(open, "its group and others", "0777"));
    }

    @Test
    void aDirectoryItsGroupMayWriteIsRefused() throws IOException {
        Path shared = directoryWithMode("shared", 0770);
        assertRefused(shared, writableMessage(shared, "its group", "0770"));
    }

    @Test
    void aStickyDirectoryOthersMayWriteIsRefused() throws IOException {
        // Like /tmp: others cannot delete the socket, but can bind the path while the plugin is stopped.
        Path sticky = directoryWithMode("sticky", 01757);
        assertRefused(sticky, writableMessage(sticky, "others", "1757"));
    }

    @Test
    void aDirectoryOfAnotherUserIsRefused() throws IOException {
        long ownUid = PeerCheck.forThisProcess().ownUid();
        Assumptions.assumeTrue(ownUid == 0, "only root can give a directory to another user");
        Path theirs = directoryWithMode("theirs", 0700);
        Files.setAttribute(theirs, "unix:uid", 65534); // nobody
        assertRefused(theirs, "refusing to put the plugin's socket in " + theirs + ": the directory belongs to"
                + " uid 65534, not to this user (uid 0), and its owner could replace the socket and receive every"
                + " event meant for the plugin. Use a directory of your own, mode 0700.");
    }

    @Test
    void aDirectoryOnlyTheUserMayWriteIsAccepted() throws IOException {
        for (int mode : new int[] {0700, 0755}) {
            Path own = directoryWithMode("own" + Integer.toOctalString(mode), mode);
            Path socket = own.resolve("plugin.sock");
            SocketFiles.prepare(socket);
            assertFalse(Files.exists(socket), "prepare leaves the binding to the caller");
            assertEquals(own, SocketFiles.safeDirectory(socket));
        }
    }

    @Test
    void aListenerWhoseBacklogIsFullIsSeenAliveAtOnce() throws IOException {
        // A blocking probe would wait until the listener accepts: for ever, if it never does.
        try (StalledTarget live = new StalledTarget(dir.resolve("plugin.sock"))) {
            FileAlreadyExistsException refused = assertThrows(FileAlreadyExistsException.class,
                    () -> SocketFiles.prepare(live.path));
            assertEquals(live.path + ": a process is listening on this socket: is the plugin already running?",
                    refused.getMessage());
            assertTrue(Files.exists(live.path), "the live process keeps its socket");
        }
    }

    @Test
    void aMissingDirectoryIsCreatedForTheUserAlone() throws IOException {
        Path socket = dir.resolve("a/b/plugin.sock");
        SocketFiles.prepare(socket);
        assertEquals(0700, (Integer) Files.getAttribute(socket.getParent(), "unix:mode") & 07777);
        assertEquals(0700, (Integer) Files.getAttribute(dir.resolve("a"), "unix:mode") & 07777);
    }
}

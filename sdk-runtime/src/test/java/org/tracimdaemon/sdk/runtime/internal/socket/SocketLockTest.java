package org.tracimdaemon.sdk.runtime.internal.socket;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

@Timeout(value = 60, unit = TimeUnit.SECONDS)
class SocketLockTest {
    @TempDir
    Path dir;

    private static String refusal(Path socket) {
        return socket + ": another plugin is running on this socket path (it holds " + socket
                + ".lock): stop it, or give this plugin another socket path";
    }

    @Test
    void aSecondLockOnTheSamePathInThisProcessIsRefusedUntilTheFirstIsReleased() throws IOException {
        Path socket = dir.resolve("plugin.sock");
        SocketLock first = SocketLock.acquire(socket);
        try {
            assertEquals(dir.resolve("plugin.sock.lock"), first.file());
            FileAlreadyExistsException refused = assertThrows(FileAlreadyExistsException.class,
                    () -> SocketLock.acquire(socket));
            assertEquals(refusal(socket), refused.getMessage());
            SocketLock.acquire(dir.resolve("other.sock")).close(); // another path is free
        } finally {
            first.close();
        }
        first.close(); // idempotent
        SocketLock.acquire(socket).close();
        assertEquals(0600, (Integer) Files.getAttribute(dir.resolve("plugin.sock.lock"), "unix:mode") & 0777);
    }

    @Test
    void aLockHeldByAnotherProcessIsRefusedAndFreedWhenThatProcessEnds() throws Exception {
        Path socket = dir.resolve("plugin.sock");
        Process holder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), Holder.class.getName(), socket.toString())
                .redirectErrorStream(true)
                .start();
        try {
            BufferedReader out = new BufferedReader(new InputStreamReader(holder.getInputStream(),
                    StandardCharsets.UTF_8));
            StringBuilder said = new StringBuilder();
            for (String line; (line = out.readLine()) != null && !line.equals(Holder.LOCKED); ) {
                said.append(line).append('\n');
            }
            assertTrue(holder.isAlive(), "the holder did not lock: " + said);

            FileAlreadyExistsException refused = assertThrows(FileAlreadyExistsException.class,
                    () -> SocketLock.acquire(socket));
            assertEquals(refusal(socket), refused.getMessage());

            holder.getOutputStream().close(); // the holder ends; the kernel drops its lock
            assertEquals(0, holder.waitFor());
            SocketLock.acquire(socket).close();
        } finally {
            holder.destroyForcibly();
        }
    }

    /** Another plugin's process: locks the path given, says so, holds it until its stdin closes. */
    static final class Holder {
        static final String LOCKED = "locked";

        public static void main(String[] args) throws IOException {
            SocketLock lock = SocketLock.acquire(Path.of(args[0]));
            System.out.println(LOCKED);
            System.out.flush();
            while (System.in.read() >= 0) {
                // holds the lock until the test closes our stdin
            }
            lock.close();
        }
    }
}

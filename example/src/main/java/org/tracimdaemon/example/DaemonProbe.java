package org.tracimdaemon.example;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.newsclub.net.unix.AFUNIXSocket;
import org.newsclub.net.unix.AFUNIXSocketAddress;

/**
 * Whether a TracimDaemon listens on a socket, asked without side effects: a stale socket file
 * (left by a daemon that exited) refuses the connection, and the message sent is the one the
 * daemon ignores, {@code daemon_ack}, so it neither answers nor logs an error.
 */
final class DaemonProbe {
    private DaemonProbe() {}

    static boolean answers(Path master) {
        try (AFUNIXSocket socket = AFUNIXSocket.connectTo(AFUNIXSocketAddress.of(master));
                OutputStream out = socket.getOutputStream()) {
            out.write(("{\"path\":\"\",\"type\":\"daemon_ack\"}").getBytes(StandardCharsets.UTF_8));
            return true;
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }
}

package org.tracimdaemon.sdk.runtime.socket;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.time.Duration;
import org.newsclub.net.unix.AFUNIXSocket;
import org.newsclub.net.unix.AFUNIXSocketAddress;
import org.tracimdaemon.sdk.runtime.wire.DaemonEvent;

/**
 * Sends messages the only way the daemon reads them: encoded by {@link DaemonEvent#encode()}
 * (which refuses more than the daemon's 4096-byte read), one connection per message, written in
 * one write. Internal to the SDK; thread-safe.
 */
public final class DaemonSender {
    private final Duration connectTimeout;

    public DaemonSender(Duration connectTimeout) {
        this.connectTimeout = connectTimeout;
    }

    /**
     * Sends {@code message} to the socket {@code to}.
     *
     * @throws org.tracimdaemon.sdk.runtime.wire.MessageTooLargeException before connecting, if too large
     * @throws IOException if nothing listens on {@code to} or the write fails
     */
    public void send(Path to, DaemonEvent message) throws IOException {
        byte[] bytes = message.encode();
        try (AFUNIXSocket socket = AFUNIXSocket.newInstance()) {
            socket.connect(AFUNIXSocketAddress.of(to), (int) Math.max(1, connectTimeout.toMillis()));
            OutputStream out = socket.getOutputStream();
            out.write(bytes); // one write: the daemon reads one read() and parses only that
            out.flush();
        }
    }
}

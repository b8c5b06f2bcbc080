package org.tracimdaemon.sdk.runtime.internal.socket;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.newsclub.net.unix.AFUNIXServerSocket;
import org.newsclub.net.unix.AFUNIXSocketAddress;
import org.newsclub.net.unix.AFUNIXSocketChannel;

/** A process that listens and never accepts, its backlog full: every further connect finds no room. */
public final class StalledTarget implements AutoCloseable {
    /** Where it listens. */
    public final Path path;
    private final AFUNIXServerSocket server = AFUNIXServerSocket.newInstance();
    private final List<AFUNIXSocketChannel> queued = new ArrayList<>();

    public StalledTarget(Path path) throws IOException {
        this.path = path;
        server.bind(AFUNIXSocketAddress.of(path), 1);
        for (int i = 0; i < 1000; i++) {
            var connection = DaemonSender.connectNow(path);
            if (connection.isEmpty()) {
                return;
            }
            queued.add(connection.get());
        }
        throw new IllegalStateException("a backlog of 1 took 1000 connections");
    }

    /** Accepts one connection of the backlog, which makes room for one more. */
    void acceptOne() throws IOException {
        server.accept().close();
    }

    @Override
    public void close() throws IOException {
        for (AFUNIXSocketChannel connection : queued) {
            connection.close();
        }
        server.close();
    }
}

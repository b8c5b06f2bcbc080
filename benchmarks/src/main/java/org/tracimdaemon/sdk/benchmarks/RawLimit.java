package org.tracimdaemon.sdk.benchmarks;

import java.io.IOException;
import java.io.InputStream;
import java.net.Socket;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicLong;
import org.newsclub.net.unix.AFUNIXServerSocket;
import org.newsclub.net.unix.AFUNIXSocketAddress;

/**
 * The raw limit in Java: a socket with the SDK's backlog whose one thread accepts and reads every
 * connection to EOF, decoding nothing. What the SDK does on top of this is the measured cost.
 */
final class RawLimit implements AutoCloseable {
    private final AFUNIXServerSocket server;
    private final AtomicLong received = new AtomicLong();
    private final Thread loop;

    RawLimit(Path socket) throws IOException {
        server = AFUNIXServerSocket.newInstance();
        server.bind(AFUNIXSocketAddress.of(socket), 65535);
        loop = new Thread(this::acceptAndRead, "raw-limit");
        loop.start();
    }

    long received() {
        return received.get();
    }

    private void acceptAndRead() {
        byte[] buffer = new byte[64 * 1024];
        while (!server.isClosed()) {
            try (Socket connection = server.accept(); InputStream in = connection.getInputStream()) {
                while (in.read(buffer) >= 0) {
                    // read to EOF, as the SDK does
                }
                received.incrementAndGet();
            } catch (IOException e) {
                // closed, or a peer that went away: the count says what arrived
            }
        }
    }

    @Override
    public void close() throws IOException, InterruptedException {
        server.close();
        loop.join();
    }
}

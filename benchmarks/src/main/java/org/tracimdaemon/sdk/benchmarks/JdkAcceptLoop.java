package org.tracimdaemon.sdk.benchmarks;

import java.io.IOException;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The reference of the end-to-end measurements: what a plain Java receiver does with nothing
 * but JDK channels. One thread accepts (backlog 65535, as the SDK asks; the kernel caps it at
 * net.core.somaxconn) and reads each connection to EOF, then calls {@code onMessage}; nothing is
 * decoded or copied. What the SDK costs on top of this is what the report measures.
 */
final class JdkAcceptLoop implements AutoCloseable {
    static final int BACKLOG = 65535;

    private final ServerSocketChannel server;
    private final Runnable onMessage;
    private final Thread loop;
    private final Path socket;

    JdkAcceptLoop(Path socket, Runnable onMessage) throws IOException {
        this.socket = socket;
        this.onMessage = onMessage;
        server = ServerSocketChannel.open(StandardProtocolFamily.UNIX);
        server.bind(UnixDomainSocketAddress.of(socket), BACKLOG);
        loop = new Thread(this::acceptAndRead, "jdk-accept-loop");
        loop.start();
    }

    private void acceptAndRead() {
        ByteBuffer buffer = ByteBuffer.allocateDirect(64 * 1024);
        while (server.isOpen()) {
            try (SocketChannel connection = server.accept()) {
                while (connection.read(buffer.clear()) >= 0) {
                    // read to EOF, as the SDK does
                }
                onMessage.run();
            } catch (IOException e) {
                // closed, or a peer that went away: the count says what arrived
            }
        }
    }

    @Override
    public void close() throws IOException, InterruptedException {
        server.close();
        loop.join();
        Files.deleteIfExists(socket);
    }
}

package org.tracimdaemon.sdk.testkit;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.Path;
import org.newsclub.net.unix.AFUNIXSocketAddress;
import org.newsclub.net.unix.AFUNIXSocketChannel;

/**
 * Sends one message the way the Go daemon does: {@code net.Dial} on a Unix socket connects
 * without waiting (a full accept backlog fails the connect at once and the message is lost), then
 * the write blocks until the receiver has taken every byte.
 */
final class Delivery {
    private Delivery() {}

    /** Whether the connect succeeded and every byte was written. */
    static boolean send(Path socket, byte[] message) {
        try (AFUNIXSocketChannel channel = AFUNIXSocketChannel.open()) {
            channel.configureBlocking(false);
            if (!channel.connect(AFUNIXSocketAddress.of(socket))) {
                // A Unix connect either completes at once or fails; "pending" means the backlog was full.
                return false;
            }
            channel.configureBlocking(true);
            ByteBuffer buffer = ByteBuffer.wrap(message);
            while (buffer.hasRemaining()) {
                channel.write(buffer);
            }
            return true;
        } catch (IOException e) {
            return false;
        }
    }
}

package org.tracimdaemon.sdk.runtime.internal.socket;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.newsclub.net.unix.AFUNIXSelectorProvider;
import org.newsclub.net.unix.AFUNIXServerSocketChannel;
import org.newsclub.net.unix.AFUNIXSocketAddress;
import org.newsclub.net.unix.AFUNIXSocketChannel;

/** Tests run on the class path, where junixsocket's fields can be read: both shortcuts apply. */
@Timeout(value = 30, unit = TimeUnit.SECONDS)
class AcceptShortcutsTest {
    @TempDir
    Path dir;

    @Test
    void aPrimedAddressIsFoundByJunixsocketsCacheWhereEveryLookupMissedBefore() throws Exception {
        Path path = dir.resolve("primed.sock");
        // junixsocket 2.11.1's bug: the cache never hits, each lookup builds a new instance
        assertNotSame(AFUNIXSocketAddress.of(path), AFUNIXSocketAddress.of(path));
        AFUNIXSocketAddress address = AFUNIXSocketAddress.of(path);
        assertTrue(AcceptShortcuts.primeAddressCache(address));
        assertSame(address, AFUNIXSocketAddress.of(path));
        try (AFUNIXServerSocketChannel server = AFUNIXSelectorProvider.provider().openServerSocketChannel()) {
            server.bind(address, 10);
            try (AFUNIXSocketChannel client = AFUNIXSocketChannel.open(address);
                    AFUNIXSocketChannel accepted = server.accept()) {
                assertTrue(client.isConnected());
                assertSame(address, accepted.getLocalAddress(), "accept's getsockname finds the bound address");
            }
        }
    }

    @Test
    void withoutTheInodeCheckAcceptTakesWhatWaitsAfterTheFileWasReplaced() throws Exception {
        // junixsocket stats the path before each accept and closes the listening socket if the
        // file is another one; the SDK notices that itself (rebindIfGone) and binds again.
        Path path = dir.resolve("inode.sock");
        try (AFUNIXServerSocketChannel server = AFUNIXSelectorProvider.provider().openServerSocketChannel()) {
            server.setDeleteOnClose(false);
            server.bind(AFUNIXSocketAddress.of(path), 10);
            assertTrue(AcceptShortcuts.skipInodeCheck(server));
            try (AFUNIXSocketChannel client = AFUNIXSocketChannel.open(AFUNIXSocketAddress.of(path))) {
                assertTrue(client.isConnected(), "waits in the backlog");
                Files.delete(path);
                Files.writeString(path, "another file");
                try (AFUNIXSocketChannel accepted = server.accept()) {
                    assertNotNull(accepted);
                }
            }
        }
    }
}

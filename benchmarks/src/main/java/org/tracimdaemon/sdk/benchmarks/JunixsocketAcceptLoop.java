package org.tracimdaemon.sdk.benchmarks;

import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Field;
import java.nio.ByteBuffer;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.newsclub.net.unix.AFSocketAddress;
import org.newsclub.net.unix.AFUNIXSelectorProvider;
import org.newsclub.net.unix.AFUNIXServerSocket;
import org.newsclub.net.unix.AFUNIXServerSocketChannel;
import org.newsclub.net.unix.AFUNIXSocket;
import org.newsclub.net.unix.AFUNIXSocketAddress;
import org.newsclub.net.unix.AFUNIXSocketChannel;

/**
 * The floor of what junixsocket allows: the receiver of {@link JdkAcceptLoop} with junixsocket's
 * classes and nothing of the SDK (no peer check, no budget, no order, no decoding). One thread,
 * backlog {@value JdkAcceptLoop#BACKLOG}; each connection is read to EOF, then
 * {@code onMessage} runs and the connection is closed. What the SDK costs on top of
 * {@link Mode#NIO} is its own logic; what {@link Mode#NIO} costs on top of {@link JdkAcceptLoop}
 * is junixsocket's.
 */
final class JunixsocketAcceptLoop implements AutoCloseable {

    /** How the loop accepts and reads. */
    enum Mode {
        /**
         * As the SDK's EventLoop: a non-blocking {@link AFUNIXServerSocketChannel} and a selector
         * of {@link AFUNIXSelectorProvider}; at each wake-up, accept until {@code accept()} returns
         * null; each connection non-blocking, read at once, and registered for OP_READ if its
         * bytes are not all there yet.
         */
        NIO,
        /**
         * As {@link #NIO}, but one accept per wake-up of the selector (level-triggered: a backlog
         * that is not empty wakes it again at once), so no accept finds the backlog empty.
         */
        NIO_ONE_ACCEPT_PER_WAKE,
        /** As {@link #NIO}, with junixsocket's address cache primed for the bound address (see {@link #primeAddressCache}). */
        NIO_PRIMED,
        /** {@link #NIO_ONE_ACCEPT_PER_WAKE} and {@link #NIO_PRIMED} together. */
        NIO_ONE_PRIMED,
        /** As {@link JdkAcceptLoop}, with junixsocket's blocking {@link AFUNIXServerSocket} and its input stream. */
        BLOCKING
    }

    private static final long RESCUE_EVERY_NANOS = 20_000_000L;

    private final Mode mode;
    private final Runnable onMessage;
    private final Path socket;
    private final Thread loop;
    private final AFUNIXServerSocketChannel channel;
    private final Selector selector;
    private final AFUNIXServerSocket blockingServer;
    private volatile boolean closing;
    /** Accepts that found the backlog empty, and connections that had to wait for their bytes. */
    private long emptyAccepts;
    private long waitedForBytes;
    private long lostKeys;

    JunixsocketAcceptLoop(Path socket, Runnable onMessage, Mode mode) throws IOException {
        this.socket = socket;
        this.onMessage = onMessage;
        this.mode = mode;
        AFUNIXSocketAddress address = AFUNIXSocketAddress.of(socket);
        if (mode == Mode.BLOCKING) {
            channel = null;
            selector = null;
            blockingServer = AFUNIXServerSocket.newInstance();
            blockingServer.bind(address, JdkAcceptLoop.BACKLOG);
            loop = new Thread(this::acceptAndReadBlocking, "junixsocket-blocking-accept-loop");
        } else {
            blockingServer = null;
            AFUNIXSelectorProvider provider = AFUNIXSelectorProvider.provider();
            selector = provider.openSelector();
            channel = provider.openServerSocketChannel();
            channel.bind(address, JdkAcceptLoop.BACKLOG);
            channel.configureBlocking(false);
            channel.register(selector, SelectionKey.OP_ACCEPT);
            if (mode == Mode.NIO_PRIMED || mode == Mode.NIO_ONE_PRIMED) {
                primeAddressCache(address);
            }
            loop = new Thread(this::acceptAndReadNio, "junixsocket-nio-accept-loop");
        }
        loop.start();
    }

    /** What the loop saw, for the report's notes; read after {@link #close}. */
    String counts() {
        return "emptyAccepts=" + emptyAccepts + " waitedForBytes=" + waitedForBytes + " lostKeys=" + lostKeys;
    }

    private void acceptAndReadBlocking() {
        byte[] buffer = new byte[64 * 1024];
        while (!closing) {
            try (AFUNIXSocket connection = blockingServer.accept(); InputStream in = connection.getInputStream()) {
                while (in.read(buffer) >= 0) {
                    // read to EOF
                }
                onMessage.run();
            } catch (IOException e) {
                // closed, or a peer that went away: the count says what arrived
            }
        }
    }

    private void acceptAndReadNio() {
        boolean onePerWake = mode == Mode.NIO_ONE_ACCEPT_PER_WAKE || mode == Mode.NIO_ONE_PRIMED;
        ByteBuffer buffer = ByteBuffer.allocateDirect(64 * 1024);
        Set<AFUNIXSocketChannel> open = new HashSet<>();
        long lastRescue = System.nanoTime();
        try {
            while (!closing) {
                selector.select(100);
                Iterator<SelectionKey> keys = selector.selectedKeys().iterator();
                while (keys.hasNext()) {
                    SelectionKey key = keys.next();
                    keys.remove();
                    if (!key.isValid()) {
                        continue;
                    }
                    if (key.channel() == channel) {
                        accept(onePerWake, buffer, open);
                    } else if (readToEof((AFUNIXSocketChannel) key.channel(), buffer)) {
                        open.remove((AFUNIXSocketChannel) key.channel());
                    }
                }
                long now = System.nanoTime();
                if (!open.isEmpty() && now - lastRescue >= RESCUE_EVERY_NANOS) {
                    lastRescue = now;
                    rescueLostKeys(buffer, open);
                }
            }
        } catch (IOException e) {
            if (!closing) {
                System.err.println("junixsocket floor loop failed: " + e);
            }
        } finally {
            for (AFUNIXSocketChannel connection : open) {
                closeQuietly(connection);
            }
        }
    }

    private void accept(boolean onePerWake, ByteBuffer buffer, Set<AFUNIXSocketChannel> open) throws IOException {
        while (true) {
            AFUNIXSocketChannel connection = channel.accept();
            if (connection == null) {
                emptyAccepts++;
                return;
            }
            connection.configureBlocking(false);
            if (!readToEof(connection, buffer)) {
                waitedForBytes++;
                open.add(connection);
                connection.register(selector, SelectionKey.OP_READ);
            }
            if (onePerWake) {
                return;
            }
        }
    }

    /** True when the connection reached EOF (counted and closed) or failed (closed). */
    private boolean readToEof(AFUNIXSocketChannel connection, ByteBuffer buffer) {
        try {
            while (true) {
                int n = connection.read(buffer.clear());
                if (n < 0) {
                    onMessage.run();
                    closeQuietly(connection);
                    return true;
                }
                if (n == 0) {
                    return false;
                }
            }
        } catch (IOException e) {
            closeQuietly(connection);
            return true;
        }
    }

    /**
     * junixsocket 2.11.1 now and then cancels the key of an open connection under load (see the
     * SDK's EventLoop): such connections are read and registered again.
     */
    private void rescueLostKeys(ByteBuffer buffer, Set<AFUNIXSocketChannel> open) throws IOException {
        List<AFUNIXSocketChannel> lost = new ArrayList<>();
        for (AFUNIXSocketChannel connection : open) {
            SelectionKey key = connection.keyFor(selector);
            if (key == null || !key.isValid()) {
                lost.add(connection);
            }
        }
        for (AFUNIXSocketChannel connection : lost) {
            lostKeys++;
            if (readToEof(connection, buffer)) {
                open.remove(connection);
            } else {
                connection.register(selector, SelectionKey.OP_READ);
            }
        }
    }

    /**
     * junixsocket 2.11.1's {@code AFSocketAddress.resolveAddress} caches addresses under a key
     * buffer whose position is at its limit (it is filled with {@code put} and never flipped), so
     * no lookup ever finds one and every accept builds the listening address anew from
     * {@code getsockname}. This puts, by reflection, a key with the address's bytes in place (as
     * the cache would have, were it flipped), so that accept finds the bound address. An
     * experiment: it reaches into junixsocket's private fields (works on the class path, not on
     * the module path without {@code --add-opens}).
     */
    static void primeAddressCache(AFUNIXSocketAddress address) {
        try {
            Field cacheField = AFSocketAddress.class.getDeclaredField("ADDRESS_CACHE");
            Field nativeField = AFSocketAddress.class.getDeclaredField("nativeAddress");
            cacheField.setAccessible(true);
            nativeField.setAccessible(true);
            ByteBuffer sockaddr = ((ByteBuffer) nativeField.get(address)).duplicate();
            sockaddr.position(0);
            ByteBuffer key = ByteBuffer.allocate(sockaddr.remaining()).put(sockaddr).flip().asReadOnlyBuffer();
            synchronized (AFSocketAddress.class) {
                @SuppressWarnings("unchecked")
                Map<Object, Map<Integer, Map<ByteBuffer, AFSocketAddress>>> cache =
                        (Map<Object, Map<Integer, Map<ByteBuffer, AFSocketAddress>>>) cacheField.get(null);
                cache.computeIfAbsent(address.getAddressFamily(), family -> new java.util.HashMap<>())
                        .computeIfAbsent(0, port -> new java.util.HashMap<>())
                        .put(key, address);
            }
        } catch (ReflectiveOperationException | RuntimeException e) {
            throw new IllegalStateException("cannot prime junixsocket's address cache: " + e, e);
        }
    }

    private static void closeQuietly(AFUNIXSocketChannel connection) {
        try {
            connection.close();
        } catch (IOException e) {
            // nothing to do
        }
    }

    @Override
    public void close() throws IOException, InterruptedException {
        closing = true;
        if (mode == Mode.BLOCKING) {
            blockingServer.close();
        } else {
            selector.wakeup();
        }
        loop.join();
        if (channel != null) {
            channel.close();
            selector.close();
        }
        Files.deleteIfExists(socket);
    }
}

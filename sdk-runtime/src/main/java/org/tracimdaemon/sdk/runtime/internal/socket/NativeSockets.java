package org.tracimdaemon.sdk.runtime.internal.socket;

import java.io.FileDescriptor;
import java.io.IOException;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.nio.ByteBuffer;
import org.newsclub.net.unix.AFUNIXSocketChannel;
import org.newsclub.net.unix.AFUNIXSocketCredentials;
import org.newsclub.net.unix.FileDescriptorCast;
import org.tracimdaemon.sdk.runtime.internal.logging.ProblemLog;

/**
 * The plugin socket's accepted connections on junixsocket's own native layer
 * ({@code org.newsclub.net.unix.NativeUnixSocket}), one level below its socket objects. Per
 * connection, junixsocket 2.11.1's {@code AFServerSocketChannel.accept()} asks
 * {@code getsockname} for the listening address and builds it anew (URL-encoding a host name),
 * reads the socket timeout, asks {@code getpeername}, builds a socket, its implementation, its
 * streams and its channel; and its {@code close()} shuts the socket down twice before it closes
 * it: 15 system calls and most of the event loop's time per event, where the JDK's own loop makes
 * 6. Here a connection is a bare {@link FileDescriptor}: {@code accept4}, {@code SO_PEERCRED},
 * two {@code fcntl} (non-blocking), the reads, {@code close}; 7 calls, no object of junixsocket.
 *
 * <p>What each native does (junixsocket 2.11.1, {@code junixsocket-native}'s C sources):
 * {@code accept} calls {@code accept4(SOCK_CLOEXEC)} into the given descriptor, retries
 * {@code EINTR}, returns false when a non-blocking server has nothing, and skips its
 * {@code stat} of the socket's path when given inode 0 (see {@link AcceptShortcuts}: the SDK
 * notices a replaced file itself); {@code receive} calls {@code recv} into a direct buffer and
 * returns the count, -1 at end of stream, 0 when a non-blocking socket has nothing;
 * {@code peerCredentials} asks {@code SO_PEERCRED}; {@code configureBlocking} sets
 * {@code O_NONBLOCK}; {@code close} closes the descriptor and marks it invalid.
 *
 * <p>The natives are package-private: this resolves them once through method handles, which on
 * the class path just works; on the module path it needs
 * {@code --add-opens org.newsclub.net.unix/org.newsclub.net.unix=org.tracimdaemon.sdk.runtime}.
 * Without it, with a junixsocket whose natives have another shape, or with
 * {@code -Dtracimdaemon.socket.natives=false}, {@link #available()} is false, one DEBUG line says
 * why, and the event loop uses junixsocket's channels as before. A connection that must wait for
 * its bytes is {@link #adopt adopted} into a junixsocket channel (a public cast), so the selector
 * and everything after it are unchanged.
 */
final class NativeSockets {
    /** {@code sockaddr} of the peer, written by accept and not used: larger than any {@code sockaddr_un}. */
    private static final int ADDRESS_BYTES = 256;

    private static final MethodHandle ACCEPT;
    private static final MethodHandle RECEIVE;
    private static final MethodHandle CLOSE;
    private static final MethodHandle CONFIGURE_BLOCKING;
    private static final MethodHandle PEER_CREDENTIALS;
    private static final MethodHandle NEW_CREDENTIALS;
    private static final int OPT_NON_BLOCKING;
    private static final String UNAVAILABLE;

    static {
        MethodHandle accept = null;
        MethodHandle receive = null;
        MethodHandle close = null;
        MethodHandle configureBlocking = null;
        MethodHandle peerCredentials = null;
        MethodHandle newCredentials = null;
        int nonBlocking = 0;
        String unavailable = null;
        if (!"true".equals(System.getProperty("tracimdaemon.socket.natives", "true"))) {
            unavailable = "-Dtracimdaemon.socket.natives=" + System.getProperty("tracimdaemon.socket.natives");
        } else {
            try {
                Class<?> natives = Class.forName("org.newsclub.net.unix.NativeUnixSocket", false,
                        AFUNIXSocketChannel.class.getClassLoader());
                Class<?> ancillary = Class.forName("org.newsclub.net.unix.AncillaryDataSupport", false,
                        AFUNIXSocketChannel.class.getClassLoader());
                MethodHandles.Lookup lookup = MethodHandles.privateLookupIn(natives, MethodHandles.lookup());
                accept = lookup.findStatic(natives, "accept", MethodType.methodType(boolean.class, ByteBuffer.class,
                        int.class, FileDescriptor.class, FileDescriptor.class, long.class, int.class));
                receive = lookup.findStatic(natives, "receive", MethodType.methodType(int.class,
                        FileDescriptor.class, ByteBuffer.class, int.class, int.class, ByteBuffer.class, int.class,
                        ancillary, int.class))
                        .asType(MethodType.methodType(int.class, FileDescriptor.class, ByteBuffer.class, int.class,
                                int.class, ByteBuffer.class, int.class, Object.class, int.class));
                close = lookup.findStatic(natives, "close", MethodType.methodType(void.class, FileDescriptor.class));
                configureBlocking = lookup.findStatic(natives, "configureBlocking",
                        MethodType.methodType(void.class, FileDescriptor.class, boolean.class));
                peerCredentials = lookup.findStatic(natives, "peerCredentials", MethodType.methodType(
                        AFUNIXSocketCredentials.class, FileDescriptor.class, AFUNIXSocketCredentials.class));
                newCredentials = MethodHandles.privateLookupIn(AFUNIXSocketCredentials.class, MethodHandles.lookup())
                        .findConstructor(AFUNIXSocketCredentials.class, MethodType.methodType(void.class));
                nonBlocking = (int) lookup.findStaticGetter(natives, "OPT_NON_BLOCKING", int.class).invokeExact();
                // Loaded now, while a class file can be opened: adopt() may run with no descriptor left
                Class.forName(FileDescriptorCast.class.getName(), true, FileDescriptorCast.class.getClassLoader());
            } catch (Throwable e) { // NOPMD: any failure to resolve means the channels are used, as before
                if (e instanceof VirtualMachineError error && !(e instanceof StackOverflowError)) {
                    throw error;
                }
                accept = null;
                unavailable = e.toString();
            }
        }
        ACCEPT = accept;
        RECEIVE = receive;
        CLOSE = close;
        CONFIGURE_BLOCKING = configureBlocking;
        PEER_CREDENTIALS = peerCredentials;
        NEW_CREDENTIALS = newCredentials;
        OPT_NON_BLOCKING = nonBlocking;
        UNAVAILABLE = unavailable;
        if (unavailable != null) {
            ProblemLog.LOG.log(System.Logger.Level.DEBUG, "the plugin socket uses junixsocket's channels for each"
                    + " accepted connection, not its native layer (" + unavailable + "): slower, the same otherwise."
                    + " On the module path, --add-opens org.newsclub.net.unix/org.newsclub.net.unix="
                    + "org.tracimdaemon.sdk.runtime allows it");
        }
    }

    /** Test only: when set, event loops created from now on use junixsocket's channels (the fallback). */
    static volatile boolean disabledForTest;

    private final ByteBuffer peerAddress = ByteBuffer.allocateDirect(ADDRESS_BYTES);

    private NativeSockets() {}

    /** One per event loop (its accept buffer is its own), or null: the loop uses the channels. */
    static NativeSockets forLoop() {
        return available() ? new NativeSockets() : null;
    }

    static boolean available() {
        return ACCEPT != null && !disabledForTest;
    }

    /** Why {@link #available()} is false; null when it is true or disabled by a test only. */
    static String unavailableBecause() {
        return UNAVAILABLE;
    }

    /**
     * Accepts one connection of {@code server} (non-blocking) into {@code into}, a new
     * {@link FileDescriptor}; false when the backlog is empty.
     */
    boolean accept(FileDescriptor server, FileDescriptor into) throws IOException {
        try {
            return (boolean) ACCEPT.invokeExact(peerAddress, ADDRESS_BYTES, server, into, 0L, 0);
        } catch (IOException | RuntimeException | Error e) {
            throw e;
        } catch (Throwable e) {
            throw new IOException(e);
        }
    }

    /** The peer's credentials (SO_PEERCRED). */
    AFUNIXSocketCredentials peerCredentials(FileDescriptor connection) throws IOException {
        try {
            AFUNIXSocketCredentials empty = (AFUNIXSocketCredentials) NEW_CREDENTIALS.invokeExact();
            return (AFUNIXSocketCredentials) PEER_CREDENTIALS.invokeExact(connection, empty);
        } catch (IOException | RuntimeException | Error e) {
            throw e;
        } catch (Throwable e) {
            throw new IOException(e);
        }
    }

    /** Makes an accepted connection non-blocking (accept4 gives it blocking). */
    void configureNonBlocking(FileDescriptor connection) throws IOException {
        try {
            CONFIGURE_BLOCKING.invokeExact(connection, false);
        } catch (IOException | RuntimeException | Error e) {
            throw e;
        } catch (Throwable e) {
            throw new IOException(e);
        }
    }

    /**
     * Reads what a non-blocking connection has into {@code direct} (a direct buffer), from its
     * position to its limit, as {@code ReadableByteChannel.read}: the count (the position moves
     * on), 0 when nothing is there yet, -1 at end of stream.
     */
    static int receive(FileDescriptor connection, ByteBuffer direct) throws IOException {
        int position = direct.position();
        int remaining = direct.limit() - position;
        if (remaining == 0) {
            return 0;
        }
        int count;
        try {
            count = (int) RECEIVE.invokeExact(connection, direct, position, remaining, (ByteBuffer) null,
                    OPT_NON_BLOCKING, (Object) null, 0);
        } catch (IOException | RuntimeException | Error e) {
            throw e;
        } catch (Throwable e) {
            throw new IOException(e);
        }
        if (count > 0) {
            direct.position(position + count);
        }
        return count < 0 ? -1 : count;
    }

    /** Closes the descriptor (no shutdown first: nobody else has it); never throws. */
    static void close(FileDescriptor connection) {
        try {
            CLOSE.invokeExact(connection);
        } catch (Throwable e) { // NOPMD: a failed close of a connection is only logged, as the channels' is
            if (e instanceof VirtualMachineError error && !(e instanceof StackOverflowError)) {
                throw error;
            }
            ProblemLog.LOG.log(System.Logger.Level.DEBUG, "closing a connection", e);
        }
    }

    /**
     * The connection as a junixsocket channel (non-blocking), to register it with the selector.
     * The channel does not own the descriptor (junixsocket's cast leaves it open on close):
     * {@link Connection#close} closes both.
     */
    static AFUNIXSocketChannel adopt(FileDescriptor connection) throws IOException {
        AFUNIXSocketChannel channel = FileDescriptorCast.using(connection).as(AFUNIXSocketChannel.class);
        channel.configureBlocking(false);
        return channel;
    }
}

package org.tracimdaemon.sdk.runtime.internal.socket;

import java.lang.reflect.Field;
import java.nio.ByteBuffer;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.newsclub.net.unix.AFSocketAddress;
import org.newsclub.net.unix.AFUNIXServerSocketChannel;
import org.newsclub.net.unix.AFUNIXSocketAddress;
import org.tracimdaemon.sdk.runtime.internal.logging.ProblemLog;

/**
 * Takes two costs off each accept of junixsocket 2.11.1 that buy the SDK nothing. Both read
 * junixsocket's private fields: on the class path that works; on the module path it needs
 * {@code --add-opens org.newsclub.net.unix/org.newsclub.net.unix=org.tracimdaemon.sdk.runtime},
 * and without it (or with a junixsocket whose fields differ) nothing is changed, one DEBUG line
 * says so, and accept works as before, only slower.
 *
 * <p><b>The address cache</b> ({@link #primeAddressCache}). {@code AFServerSocketChannel.accept()}
 * asks {@code getsockname} for the listening address at each accept ({@code AFSocketImpl.accept0}
 * calls {@code getLocalSocketAddress()}) and looks its bytes up in the cache of
 * {@code AFSocketAddress.resolveAddress}. That cache stores each address under a key buffer that
 * is filled with {@code put} and never flipped (its position is at its limit, nothing remains),
 * so no lookup ever matches and every accept builds a new {@code AFUNIXSocketAddress}: a
 * URL-encoded host name, an {@code InetSocketAddress} whose resolution throws and catches an
 * {@code UnknownHostException} (a stack trace filled in), a copy into a native buffer; 13–16% of
 * the event loop's CPU in a profile. Priming puts the bound address in the cache under the key
 * junixsocket should have used. A junixsocket that fixed the bug stores the same key.
 *
 * <p><b>The socket file's inode</b> ({@link #skipInodeCheck}). junixsocket remembers the inode it
 * bound, and its native accept {@code stat}s the socket's path before every accept, to close the
 * listening socket if the file now is another one; 6% of the loop's CPU. The SDK notices a deleted
 * or replaced file itself ({@link ClientSocketServer#rebindIfGone}) and binds again; until then a
 * listening socket whose file is gone is one that nobody can reach, whether junixsocket closed it
 * or not. An inode of 0 is what junixsocket keeps for a socket it did not bind, and skips the check.
 */
final class AcceptShortcuts {
    private static volatile boolean reported;

    private AcceptShortcuts() {}

    /** Whether {@code address} is now in junixsocket's address cache under a key that lookups match. */
    static boolean primeAddressCache(AFUNIXSocketAddress address) {
        try {
            Field cacheField = accessible(AFSocketAddress.class, "ADDRESS_CACHE");
            ByteBuffer sockaddr = ((ByteBuffer) accessible(AFSocketAddress.class, "nativeAddress").get(address))
                    .duplicate();
            sockaddr.position(0);
            ByteBuffer key = ByteBuffer.allocate(sockaddr.remaining()).put(sockaddr).flip().asReadOnlyBuffer();
            synchronized (AFSocketAddress.class) { // as resolveAddress does
                @SuppressWarnings("unchecked")
                Map<Object, Map<Integer, Map<ByteBuffer, AFSocketAddress>>> cache =
                        (Map<Object, Map<Integer, Map<ByteBuffer, AFSocketAddress>>>) cacheField.get(null);
                cache.computeIfAbsent(address.getAddressFamily(), family -> new HashMap<>())
                        .computeIfAbsent(0, port -> new HashMap<>())
                        .putIfAbsent(key, address);
            }
            return true;
        } catch (ReflectiveOperationException | RuntimeException e) {
            report(e);
            return false;
        }
    }

    /** Whether accepts on {@code server} (bound) no longer {@code stat} the socket's path first. */
    static boolean skipInodeCheck(AFUNIXServerSocketChannel server) {
        try {
            Object socket = server.socket();
            Object implementation = field(socket, "implementation");
            AtomicLong inode = (AtomicLong) field(field(implementation, "core"), "inode");
            inode.set(0);
            return true;
        } catch (ReflectiveOperationException | RuntimeException e) {
            report(e);
            return false;
        }
    }

    private static Object field(Object object, String name) throws ReflectiveOperationException {
        for (Class<?> type = object.getClass(); type != null; type = type.getSuperclass()) {
            for (Field field : type.getDeclaredFields()) {
                if (field.getName().equals(name)) {
                    field.setAccessible(true);
                    return field.get(object);
                }
            }
        }
        throw new NoSuchFieldException(object.getClass().getName() + "." + name);
    }

    private static Field accessible(Class<?> type, String name) throws NoSuchFieldException {
        Field field = type.getDeclaredField(name);
        field.setAccessible(true);
        return field;
    }

    private static void report(Exception e) {
        if (!reported) {
            reported = true;
            ProblemLog.LOG.log(System.Logger.Level.DEBUG, "cannot take junixsocket's avoidable per-accept costs off ("
                    + e + "); each accept builds the listening address anew and stats the socket file. On the module"
                    + " path, --add-opens org.newsclub.net.unix/org.newsclub.net.unix=org.tracimdaemon.sdk.runtime"
                    + " allows it");
        }
    }
}

package org.tracimdaemon.sdk.benchmarks;

import java.lang.reflect.Field;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Set;
import org.newsclub.net.unix.AFSocketAddress;
import org.newsclub.net.unix.AFUNIXServerSocketChannel;
import org.newsclub.net.unix.AFUNIXSocketAddress;
import org.newsclub.net.unix.AFUNIXSocketChannel;

/**
 * Whether junixsocket's address cache ({@code AFSocketAddress.resolveAddress}) ever finds an
 * address: {@code java -cp benchmarks/target/benchmarks.jar
 * org.tracimdaemon.sdk.benchmarks.AddressCacheProbe [prime]}. Counts the distinct instances
 * that the per-accept path ({@code getsockname} then {@code resolveAddress}, which an accepted
 * channel's {@code getLocalAddress()} takes too) and accept itself give for one address, shows
 * the cache's keys, and times the path; {@code prime} first primes the cache as
 * {@link JunixsocketAcceptLoop#primeAddressCache} does.
 */
public final class AddressCacheProbe {
    private AddressCacheProbe() {}

    public static void main(String[] args) throws Exception {
        Path directory = Files.createTempDirectory("cacheprobe");
        AFUNIXSocketAddress address = AFUNIXSocketAddress.of(directory.resolve("plugin.sock"));
        System.out.printf("AFUNIXSocketAddress.of(the same path) twice gives the same instance: %b%n",
                address == AFUNIXSocketAddress.of(directory.resolve("plugin.sock")));
        if (args.length > 0 && args[0].equals("prime")) {
            JunixsocketAcceptLoop.primeAddressCache(address);
            System.out.println("address cache primed");
        }
        try (AFUNIXServerSocketChannel server = AFUNIXServerSocketChannel.open()) {
            server.bind(address, 100);
            Set<Object> seen = Collections.newSetFromMap(new IdentityHashMap<>());
            try (AFUNIXSocketChannel client = AFUNIXSocketChannel.open(address);
                    AFUNIXSocketChannel accepted = server.accept()) {
                for (int i = 0; i < 10_000; i++) {
                    seen.add(accepted.getLocalAddress());
                }
                System.out.printf("getsockname + resolveAddress 10,000 times: %d distinct instances%n", seen.size());
                for (int round = 0; round < 3; round++) {
                    long start = System.nanoTime();
                    for (int i = 0; i < 200_000; i++) {
                        accepted.getLocalAddress();
                    }
                    System.out.printf("  %.2f us each%n", (System.nanoTime() - start) / 1e3 / 200_000);
                }
            }
            seen.clear();
            for (int i = 0; i < 1000; i++) {
                try (AFUNIXSocketChannel client = AFUNIXSocketChannel.open(address);
                        AFUNIXSocketChannel accepted = server.accept()) {
                    // accept0 stores the address it built in the server's core.socketAddress
                    seen.add(field(field(field(field(server, "afSocket"), "implementation"), "core"), "socketAddress"));
                }
            }
            System.out.printf("1,000 accepts: %d distinct listening addresses built%n", seen.size());
        }
        Field cacheField = AFSocketAddress.class.getDeclaredField("ADDRESS_CACHE");
        cacheField.setAccessible(true);
        synchronized (AFSocketAddress.class) {
            for (Map.Entry<?, ?> ports : ((Map<?, ?>) cacheField.get(null)).entrySet()) {
                for (Map.Entry<?, ?> port : ((Map<?, ?>) ports.getValue()).entrySet()) {
                    Map<?, ?> map = (Map<?, ?>) port.getValue();
                    System.out.printf("address cache, port %s: %d entries%n", port.getKey(), map.size());
                    for (Object key : map.keySet()) {
                        ByteBuffer buffer = (ByteBuffer) key;
                        System.out.printf("  key position=%d limit=%d remaining=%d%n", buffer.position(),
                                buffer.limit(), buffer.remaining());
                    }
                }
            }
        }
        Files.deleteIfExists(directory.resolve("plugin.sock"));
        Files.deleteIfExists(directory);
    }

    private static Object field(Object object, String name) throws ReflectiveOperationException {
        for (Class<?> type = object.getClass(); type != null; type = type.getSuperclass()) {
            try {
                Field field = type.getDeclaredField(name);
                field.setAccessible(true);
                return field.get(object);
            } catch (NoSuchFieldException e) {
                // in a superclass
            }
        }
        throw new NoSuchFieldException(name);
    }
}

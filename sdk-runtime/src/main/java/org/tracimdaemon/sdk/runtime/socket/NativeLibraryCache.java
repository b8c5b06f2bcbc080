package org.tracimdaemon.sdk.runtime.socket;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFileAttributes;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Arrays;
import java.util.Map;
import java.util.Properties;
import java.util.Set;

/**
 * junixsocket's native library, extracted once per user and version instead of at every start.
 *
 * <p>Left alone, junixsocket copies its {@code .so} out of its jar into {@code java.io.tmpdir}
 * at every JVM start (after listing the temporary directory, the home and the working directory
 * for stale copies to delete), then loads the copy: some 40 ms of a plugin's start-up. Before
 * the SDK first touches junixsocket, this keeps the library in a private cache directory
 * ({@code $XDG_CACHE_HOME/tracimdaemon-sdk/junixsocket/<version>/<arch-os>/}, else under
 * {@code ~/.cache}; directories 0700, owned by the user), checked byte for byte against the jar's
 * copy at each start and written again (atomically) when it differs, and points junixsocket's
 * {@code org.newsclub.net.unix.library.override} at it. The override is not forced: if that
 * copy cannot be loaded, junixsocket goes on as it always does.
 *
 * <p>Nothing is done when any of junixsocket's library properties is set already, when
 * {@code -Dtracimdaemon.junixsocket.cache=false}, off Linux, or when anything here fails (then
 * junixsocket extracts its library as before).
 */
public final class NativeLibraryCache {
    private NativeLibraryCache() {}

    static final String OVERRIDE = "org.newsclub.net.unix.library.override";
    private static final String PROVIDER = "META-INF/maven/com.kohlschutter.junixsocket/junixsocket-native-common/pom.properties";
    private static final Set<PosixFilePermission> PRIVATE = PosixFilePermissions.fromString("rwx------");
    private static volatile boolean done;

    /** Points junixsocket at the cached library, once per JVM; never throws. */
    public static void prepare() {
        if (done) {
            return;
        }
        synchronized (NativeLibraryCache.class) {
            if (!done) {
                done = true;
                try {
                    if (!"true".equals(System.getProperty("tracimdaemon.junixsocket.cache", "true"))
                            || System.getProperties().stringPropertyNames().stream()
                                    .anyMatch(name -> name.startsWith("org.newsclub.net.unix.library."))) {
                        return;
                    }
                    Path library = cached(System.getenv(), NativeLibraryCache.class.getClassLoader());
                    if (library != null) {
                        System.setProperty(OVERRIDE, library.toString());
                    }
                } catch (IOException | RuntimeException e) {
                    // junixsocket extracts its own copy, as without this cache
                }
            }
        }
    }

    /** The cached copy of the library, written if needed; null when junixsocket should do as it does alone. */
    static Path cached(Map<String, String> env, ClassLoader loader) throws IOException {
        if (!"Linux".equals(System.getProperty("os.name"))) {
            return null;
        }
        String version = version(loader);
        if (version == null) {
            return null;
        }
        String archOs = System.getProperty("os.arch", "").replaceAll("[ /\\\\'\";:\\$]", "") + "-Linux";
        String name = "libjunixsocket-native-" + version + ".so";
        byte[] library;
        try (InputStream in = loader.getResourceAsStream("lib/" + archOs + "-clang/jni/" + name)) {
            if (in == null) {
                return null;
            }
            library = in.readAllBytes();
        }
        String cacheHome = env.get("XDG_CACHE_HOME");
        Path base = cacheHome != null && Path.of(cacheHome).isAbsolute() ? Path.of(cacheHome)
                : Path.of(System.getProperty("user.home"), ".cache");
        Path directory = privateDirectories(base, "tracimdaemon-sdk", "junixsocket", version, archOs);
        Path file = directory.resolve(name);
        if (Files.isRegularFile(file) && !Files.isSymbolicLink(file) && Arrays.equals(Files.readAllBytes(file), library)) {
            return file;
        }
        Path temporary = Files.createTempFile(directory, name, ".tmp");
        try {
            Files.write(temporary, library);
            Files.move(temporary, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } finally {
            Files.deleteIfExists(temporary);
        }
        return file;
    }

    private static String version(ClassLoader loader) throws IOException {
        try (InputStream in = loader.getResourceAsStream(PROVIDER)) {
            if (in == null) {
                return null;
            }
            Properties properties = new Properties();
            properties.load(in);
            String version = properties.getProperty("version");
            return version == null || !version.matches("[A-Za-z0-9._-]+") ? null : version;
        }
    }

    /**
     * {@code base/names...}, the directories below {@code base} created 0700 when missing; each
     * must be a real directory of this user that nobody else may write to, or this throws (a
     * library loaded from a directory others can write to would run their code).
     */
    private static Path privateDirectories(Path base, String... names) throws IOException {
        Files.createDirectories(base);
        Path directory = base;
        for (String name : names) {
            directory = directory.resolve(name);
            if (!Files.isDirectory(directory)) {
                try {
                    Files.createDirectory(directory, PosixFilePermissions.asFileAttribute(PRIVATE));
                } catch (java.nio.file.FileAlreadyExistsException e) {
                    // another plugin made it meanwhile: checked below
                }
            }
        }
        Path last = base.resolve(String.join("/", names));
        for (Path check = last; !check.equals(base); check = check.getParent()) {
            PosixFileAttributes attributes = Files.readAttributes(check, PosixFileAttributes.class,
                    java.nio.file.LinkOption.NOFOLLOW_LINKS);
            if (!attributes.isDirectory() || !attributes.owner().getName().equals(System.getProperty("user.name"))
                    || attributes.permissions().contains(PosixFilePermission.GROUP_WRITE)
                    || attributes.permissions().contains(PosixFilePermission.OTHERS_WRITE)) {
                throw new IOException(check + " is not a private directory of this user");
            }
        }
        return last;
    }
}

package org.tracimdaemon.sdk.runtime.internal.socket;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
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
 * {@code ~/.cache}; directories 0700, owned by the user), written once in one atomic move (the
 * version is in the path: a new junixsocket gets its own), and points junixsocket's
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
                            || junixsocketConfigured()) {
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

    private static boolean junixsocketConfigured() {
        for (Object name : System.getProperties().keySet()) {
            if (name instanceof String text && text.startsWith("org.newsclub.net.unix.library.")) {
                return true;
            }
        }
        return false;
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
        String arch = System.getProperty("os.arch", "");
        if (!plain(arch)) {
            return null;
        }
        String archOs = arch + "-Linux";
        String name = "libjunixsocket-native-" + version + ".so";
        String cacheHome = env.get("XDG_CACHE_HOME");
        Path base = cacheHome != null && Path.of(cacheHome).isAbsolute() ? Path.of(cacheHome)
                : Path.of(System.getProperty("user.home"), ".cache");
        Path directory = privateDirectories(base, "tracimdaemon-sdk", "junixsocket", version, archOs);
        Path file = directory.resolve(name);
        if (Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS) && Files.size(file) > 0) {
            // Written whole (one atomic move) into this private directory: used as it is, without
            // reading the jar's copy again. Should it not load, junixsocket extracts its own.
            return file;
        }
        byte[] library;
        try (InputStream in = loader.getResourceAsStream("lib/" + archOs + "-clang/jni/" + name)) {
            if (in == null) {
                return null;
            }
            library = in.readAllBytes();
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
            return version == null || !plain(version) ? null : version;
        }
    }

    /** Letters, digits, '.', '_' and '-' only: safe in a path, as junixsocket's names are. */
    private static boolean plain(String text) {
        if (text.isEmpty()) {
            return false;
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '.' || c == '_' || c == '-')) {
                return false;
            }
        }
        return true;
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
        Object uid = Files.getAttribute(Path.of("/proc/self"), "unix:uid"); // this process's user
        for (Path check = last; !check.equals(base); check = check.getParent()) {
            Map<String, Object> attributes = Files.readAttributes(check, "unix:uid,mode,isDirectory",
                    LinkOption.NOFOLLOW_LINKS);
            int mode = (Integer) attributes.get("mode");
            if (!Boolean.TRUE.equals(attributes.get("isDirectory")) || !uid.equals(attributes.get("uid"))
                    || (mode & 0022) != 0) { // group or others may write
                throw new IOException(check + " is not a private directory of this user");
            }
        }
        return last;
    }
}

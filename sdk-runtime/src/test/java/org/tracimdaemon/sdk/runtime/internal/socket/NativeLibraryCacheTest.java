package org.tracimdaemon.sdk.runtime.internal.socket;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** junixsocket's library is extracted once into a private cache, and kept equal to the jar's copy. */
class NativeLibraryCacheTest {
    private static final ClassLoader LOADER = NativeLibraryCacheTest.class.getClassLoader();

    @Test
    void extractsOnceThenReusesTheSameFile(@TempDir Path cache) throws IOException {
        Path library = NativeLibraryCache.cached(Map.of("XDG_CACHE_HOME", cache.toString()), LOADER);
        assertNotNull(library, "the junixsocket native jar is on the test classpath");
        assertEquals(true, library.startsWith(cache.resolve("tracimdaemon-sdk/junixsocket")), library.toString());
        assertEquals("rwx------", PosixFilePermissions.toString(Files.getPosixFilePermissions(library.getParent())));
        Files.setLastModifiedTime(library, FileTime.fromMillis(0));
        assertEquals(library, NativeLibraryCache.cached(Map.of("XDG_CACHE_HOME", cache.toString()), LOADER));
        assertEquals(0, Files.getLastModifiedTime(library).toMillis(), "an intact copy is not written again");
    }

    @Test
    void aMissingCopyIsWrittenAgainAsTheJarHasIt(@TempDir Path cache) throws IOException {
        Path library = NativeLibraryCache.cached(Map.of("XDG_CACHE_HOME", cache.toString()), LOADER);
        byte[] good = Files.readAllBytes(library);
        Files.delete(library);
        Files.createFile(library); // empty: as good as missing
        assertEquals(library, NativeLibraryCache.cached(Map.of("XDG_CACHE_HOME", cache.toString()), LOADER));
        assertArrayEquals(good, Files.readAllBytes(library));
        try (InputStream jar = LOADER.getResourceAsStream("lib/amd64-Linux-clang/jni/" + library.getFileName())) {
            if (jar != null) {
                assertArrayEquals(jar.readAllBytes(), good);
            }
        }
        try (var files = Files.list(library.getParent())) {
            assertEquals(1, files.count(), "no temporary file left behind");
        }
    }

    @Test
    void refusesADirectoryOthersMayWriteTo(@TempDir Path cache) throws IOException {
        Path library = NativeLibraryCache.cached(Map.of("XDG_CACHE_HOME", cache.toString()), LOADER);
        Files.setPosixFilePermissions(library.getParent(), PosixFilePermissions.fromString("rwxrwxrwx"));
        assertThrows(IOException.class, () -> NativeLibraryCache.cached(Map.of("XDG_CACHE_HOME", cache.toString()), LOADER));
    }
}

package org.tracimdaemon.sdk.processor;

import static com.google.common.truth.Truth.assertThat;

import java.io.IOException;
import java.lang.reflect.Modifier;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Build tools find the processor by its registrations, and it is all they may see of it; no
 * compiler involved, so it runs once.
 */
class ProcessorRegistrationTest {

    @Test
    void processorIsRegisteredForServiceLoaderAndGradle() throws IOException {
        assertThat(read("META-INF/services/javax.annotation.processing.Processor"))
                .contains(OnEventProcessor.class.getName());
        assertThat(read("META-INF/gradle/incremental.annotation.processors"))
                .isEqualTo(OnEventProcessor.class.getName() + ",isolating\n");
    }

    /**
     * The classes the processor ships (its jar, or the directory the jar is made from), nested ones
     * too: a public nested type is public in its class file, and {@code javap -public} shows it.
     */
    @Test
    void theProcessorIsItsOnlyPublicTypeAndItsPackageItsOnlyPackage() throws Exception {
        List<String> classes = shippedClasses();
        assertThat(classes).contains(OnEventProcessor.class.getName());
        assertThat(classes.size()).isGreaterThan(20);
        List<String> publicOnes = new ArrayList<>();
        for (String name : classes) {
            assertThat(name).startsWith(OnEventProcessor.class.getPackageName() + ".");
            assertThat(name.substring(OnEventProcessor.class.getPackageName().length() + 1)).doesNotContain(".");
            Class<?> type = Class.forName(name, false, OnEventProcessor.class.getClassLoader());
            if (Modifier.isPublic(type.getModifiers())) {
                publicOnes.add(name);
            }
        }
        assertThat(publicOnes).containsExactly(OnEventProcessor.class.getName());
    }

    private static List<String> shippedClasses() throws IOException, URISyntaxException {
        Path location = Path.of(OnEventProcessor.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        if (Files.isDirectory(location)) {
            return classesUnder(location);
        }
        try (FileSystem jar = FileSystems.newFileSystem(location)) {
            return classesUnder(jar.getPath("/"));
        }
    }

    private static List<String> classesUnder(Path root) throws IOException {
        try (Stream<Path> files = Files.walk(root)) {
            return files.map(root::relativize)
                    .map(Path::toString)
                    .filter(file -> file.endsWith(".class") && !file.endsWith("package-info.class")
                            && !file.equals("module-info.class") && !file.startsWith("META-INF"))
                    .map(file -> file.substring(0, file.length() - ".class".length()).replace('/', '.'))
                    .sorted()
                    .toList();
        }
    }

    private static String read(String resource) throws IOException {
        try (var in = OnEventProcessor.class.getClassLoader().getResourceAsStream(resource)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}

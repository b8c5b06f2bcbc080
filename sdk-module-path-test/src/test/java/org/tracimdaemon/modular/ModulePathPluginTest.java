package org.tracimdaemon.modular;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.tracimdaemon.sdk.catalogue.DaemonTypes;
import org.tracimdaemon.sdk.testkit.FakeDaemon;
import org.tracimdaemon.sdk.testkit.Tlm;

/**
 * The plugin of this module, run as a named module with {@code java --module-path ... -m}, no
 * {@code --add-modules}, on the JDK that runs the build and on JDK 25: it registers with the fake
 * daemon, decodes a note into its record, and exits 0, with nothing on stderr that warns.
 */
@Timeout(120)
class ModulePathPluginTest {
    /** Where the build put this module's classes and its run-time dependencies (pom.xml sets it). */
    private static final String MODULE_PATH = System.getProperty("plugin.module.path");

    /** Stands for JDK 25 where none is installed: that run is skipped and says why. */
    private static final Path NO_JDK_25 = Path.of("no JDK 25 found (set JDK25_HOME)");

    static Stream<Path> javaHomes() {
        List<Path> homes = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"))));
        homes.add(jdk25().orElse(NO_JDK_25));
        return homes.stream();
    }

    private static Optional<Path> jdk25() {
        String named = System.getenv("JDK25_HOME");
        if (named != null) {
            return Optional.of(Path.of(named));
        }
        try (Stream<Path> jvms = Files.list(Path.of("/usr/lib/jvm"))) {
            return jvms.filter(home -> home.getFileName().toString().matches(".*-25(\\..*|-.*)?"))
                    .filter(home -> Files.isExecutable(home.resolve("bin/java")))
                    .sorted().findFirst();
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /** Waits for the plugin's registration, or fails with its stderr as soon as it exited. */
    private static void awaitRegistration(FakeDaemon daemon, Process plugin, Path err) throws Exception {
        for (int second = 0; second < 60; second++) {
            try {
                daemon.awaitMessage(DaemonTypes.CLIENT_ADD, Duration.ofSeconds(1));
                return;
            } catch (AssertionError notYet) {
                if (!plugin.isAlive()) {
                    break;
                }
            }
        }
        fail("the plugin did not register (" + (plugin.isAlive() ? "still running" : "exit " + plugin.exitValue())
                + "):\n" + Files.readString(err, StandardCharsets.UTF_8));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("javaHomes")
    void runsAsANamedModule(Path javaHome, @TempDir Path dir) throws Exception {
        Assumptions.assumeTrue(MODULE_PATH != null, "run by Maven, which sets plugin.module.path");
        Assumptions.assumeFalse(javaHome.equals(NO_JDK_25), NO_JDK_25.toString());
        try (FakeDaemon daemon = FakeDaemon.start(dir)) {
            Path out = dir.resolve("stdout");
            Path err = dir.resolve("stderr");
            Process plugin = new ProcessBuilder(javaHome.resolve("bin/java").toString(),
                    // junixsocket loads its native library: JDK 24+ warns unless allowed (17 accepts it)
                    "--enable-native-access=org.newsclub.net.unix",
                    "--module-path", MODULE_PATH,
                    "-m", "org.tracimdaemon.modular/org.tracimdaemon.modular.Main",
                    daemon.socketPath().toString(), dir.resolve("plugin.sock").toString())
                    .redirectOutput(out.toFile()).redirectError(err.toFile()).start();
            try {
                awaitRegistration(daemon, plugin, err);
                daemon.sendTlm(Tlm.contentCreated("html-document").label("Modular note").build());
                assertTrue(plugin.waitFor(60, TimeUnit.SECONDS), "the plugin did not exit");
            } finally {
                plugin.destroyForcibly();
            }
            String stderr = Files.readString(err, StandardCharsets.UTF_8);
            assertEquals(0, plugin.exitValue(), stderr);
            // the note may be printed before start() has returned: compare as sets
            assertEquals(Set.of("registered on org.tracimdaemon.modular", "note: Modular note"),
                    Set.copyOf(Files.readAllLines(out, StandardCharsets.UTF_8)), stderr);
            assertEquals("", stderr.lines().filter(line -> line.contains("WARNING") || line.contains("Exception"))
                    .reduce("", (a, b) -> a + b + "\n"), "no warning, no exception");
        }
    }
}

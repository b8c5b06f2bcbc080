package org.tracimdaemon.sdk.testkit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * Gives each JUnit 5 test a {@link FakeDaemon} of its own, listening in a fresh temporary
 * directory (short, so socket paths stay under the 107-byte limit), closed and deleted after the
 * test. Put plugin sockets beside it: {@code daemon.socketPath().resolveSibling("plugin.sock")}.
 *
 * <pre>{@code
 * @ExtendWith(FakeDaemonExtension.class)
 * class MyPluginTest {
 *     @Test
 *     @Timeout(10)
 *     void greetsNewNotes(FakeDaemon daemon) throws Exception {
 *         try (TracimDaemonClient client = TracimDaemonClient.builder()
 *                 .masterSocket(daemon.socketPath())
 *                 .clientSocket(daemon.socketPath().resolveSibling("plugin.sock"))
 *                 .dispatcher(MyPluginDispatcher.of(plugin))
 *                 .start()) {
 *             daemon.sendTlm(Tlm.contentCreated("html-document").label("Hello").build());
 *             // await what the plugin did, with a timeout
 *         }
 *     }
 * }
 * }</pre>
 */
public final class FakeDaemonExtension implements ParameterResolver, AfterEachCallback {
    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(FakeDaemonExtension.class);

    /** JUnit creates it, named by {@code @ExtendWith(FakeDaemonExtension.class)}. */
    public FakeDaemonExtension() {}

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == FakeDaemon.class;
    }

    @Override
    @SuppressWarnings("deprecation") // JUnit 6 renamed it computeIfAbsent, which JUnit 5 lacks: this runs on both
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        // One daemon per test, even if several parameters ask for it.
        return context.getStore(NAMESPACE).getOrComputeIfAbsent(RunningDaemon.class, key -> RunningDaemon.start(),
                RunningDaemon.class).daemon();
    }

    @Override
    public void afterEach(ExtensionContext context) {
        RunningDaemon running = context.getStore(NAMESPACE).remove(RunningDaemon.class, RunningDaemon.class);
        if (running != null) {
            running.stop();
        }
    }

    private record RunningDaemon(Path directory, FakeDaemon daemon) {
        static RunningDaemon start() {
            try {
                Path directory = Files.createTempDirectory("fake-daemon");
                return new RunningDaemon(directory, FakeDaemon.start(directory));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        void stop() {
            daemon.close();
            try (Stream<Path> files = Files.walk(directory)) {
                for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                    Files.deleteIfExists(file);
                }
            } catch (IOException e) {
                throw new UncheckedIOException("cannot delete " + directory, e);
            }
        }
    }
}

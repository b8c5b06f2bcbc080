package org.tracimdaemon.sdk.benchmarks;

import java.io.IOException;
import java.nio.file.Path;
import java.util.function.Consumer;
import org.tracimdaemon.sdk.runtime.DispatchError;
import org.tracimdaemon.sdk.runtime.TracimDaemonClient;
import org.tracimdaemon.sdk.testkit.FakeDaemon;

/**
 * A fake daemon and a plugin registered with it, with the builder's default settings, whose
 * typed handlers call {@code arrival}.
 */
final class RunningPlugin implements AutoCloseable {
    final FakeDaemon daemon;
    final TracimDaemonClient client;

    RunningPlugin(Path directory, Runnable arrival) throws IOException {
        this(directory, arrival, error -> System.err.println("benchmark event failed: " + error));
    }

    RunningPlugin(Path directory, Runnable arrival, Consumer<DispatchError> onError) throws IOException {
        daemon = FakeDaemon.start(directory);
        client = TracimDaemonClient.builder()
                .masterSocket(daemon.socketPath())
                .clientSocket(directory.resolve("plugin.sock"))
                .dispatcher(CountingHandlersDispatcher.of(CountingHandlers.calling(arrival)))
                .onError(onError)
                .start();
    }

    /** Sends as the daemon does (non-blocking connect, one write, close); false if the connect failed. */
    boolean send(byte[] message) {
        return daemon.sendRaw(client.socketPath(), message);
    }

    @Override
    public void close() {
        client.close();
        daemon.close();
    }
}

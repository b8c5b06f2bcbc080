package org.tracimdaemon.example.demo;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.tracimdaemon.sdk.testkit.tracim.FakeTracim;

/**
 * The demo's Tracim, beside the demo daemon: the test kit's {@link FakeTracim} holding the texts
 * of the demo's notes and comments, and a TracimDaemon {@code config.json} that logs in to it,
 * private to the user as a real one must be, so that the notifier reads it exactly as it reads
 * the real daemon's.
 *
 * <pre>{@code
 * try (DemoTracim tracim = DemoTracim.start(directory)) {
 *     TracimRestClient client = TracimRestClient.builder().daemonConfig(tracim.daemonConfig()).build();
 * }
 * }</pre>
 */
public final class DemoTracim implements AutoCloseable {
    private final FakeTracim tracim;
    private final Path config;

    private DemoTracim(FakeTracim tracim, Path config) {
        this.tracim = tracim;
        this.config = config;
    }

    /** Starts it on 127.0.0.1 and writes {@code directory/TracimDaemon/config.json} (mode 600). */
    public static DemoTracim start(Path directory) throws IOException {
        FakeTracim tracim = FakeTracim.start();
        CannedTracim.fill(tracim);
        Path config = directory.resolve("TracimDaemon").resolve("config.json");
        Files.createDirectories(config.getParent());
        Files.createFile(config, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        Files.writeString(config, "{\"tracim\": {\"url\": \"" + tracim.apiUrl() + "\", \"username\": \""
                + CannedTracim.USERNAME + "\", \"mail\": \"\", \"password\": \"" + CannedTracim.PASSWORD + "\"},"
                + " \"socket_path\": \"" + directory.resolve("master.sock") + "\"}", StandardCharsets.UTF_8);
        return new DemoTracim(tracim, config);
    }

    /** The demo daemon's config file, which logs in to this Tracim. */
    public Path daemonConfig() {
        return config;
    }

    @Override
    public void close() {
        tracim.close();
    }
}

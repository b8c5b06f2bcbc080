package org.tracimdaemon.example.notifier;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Shows notifications on the desktop with {@code notify-send}, where it is installed. Never waits
 * for it, and stops trying after the first failure (no display, for instance): the printed line
 * is what counts.
 */
public final class DesktopNotifications implements Consumer<Notification> {
    private final Path notifySend;
    private volatile boolean working = true;

    private DesktopNotifications(Path notifySend) {
        this.notifySend = notifySend;
    }

    /** Desktop notifications if {@code notify-send} is on the {@code PATH} of {@code env}. */
    public static Optional<DesktopNotifications> find(Map<String, String> env) {
        String path = env.getOrDefault("PATH", "");
        for (String directory : path.split(File.pathSeparator)) {
            if (directory.isEmpty()) {
                continue;
            }
            Path candidate = Path.of(directory, "notify-send");
            if (Files.isExecutable(candidate)) {
                return Optional.of(new DesktopNotifications(candidate));
            }
        }
        return Optional.empty();
    }

    @Override
    public void accept(Notification notification) {
        if (!working) {
            return;
        }
        try {
            new ProcessBuilder(notifySend.toString(), "--app-name=Tracim", notification.title(), notification.line())
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .redirectError(ProcessBuilder.Redirect.DISCARD)
                    .start();
        } catch (IOException e) {
            working = false;
        }
    }
}

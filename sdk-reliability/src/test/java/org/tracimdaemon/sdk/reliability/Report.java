package org.tracimdaemon.sdk.reliability;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/** One row of the reliability table per case, on stdout and in target/reliability-report.md. */
final class Report {
    private Report() {}

    private static final Path FILE = Path.of("target", "reliability-report.md");

    static {
        try {
            Files.deleteIfExists(FILE); // one table per run
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static synchronized void row(String scenario, long sent, long delivered, long handled, long errors, long lost,
            String recovery, String notes) {
        String line = String.format("| %s | %d | %d | %d | %d | %d | %s | %s |", scenario, sent, delivered, handled,
                errors, lost, recovery, notes);
        System.out.println("RELIABILITY " + line);
        try {
            Files.createDirectories(FILE.getParent());
            if (!Files.exists(FILE)) {
                Files.writeString(FILE, "| case | sent | delivered (connect ok) | handled | errors reported | lost"
                        + " | recovery | notes |\n|---|---|---|---|---|---|---|---|\n", StandardCharsets.UTF_8);
            }
            Files.writeString(FILE, line + "\n", StandardCharsets.UTF_8, StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

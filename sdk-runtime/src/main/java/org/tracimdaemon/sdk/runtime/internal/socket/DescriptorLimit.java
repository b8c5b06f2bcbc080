package org.tracimdaemon.sdk.runtime.internal.socket;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.tracimdaemon.sdk.runtime.internal.logging.ProblemLog;

/**
 * The process's limit of open file descriptors, read once from {@code /proc/self/limits}: the
 * event loop holds at most half of it in connections it has accepted and not yet set up, so that
 * taking a burst out of the kernel's backlog never runs the plugin out of descriptors. Reading
 * one small file costs far less than the JDK's {@code OperatingSystemMXBean}, which would start
 * the management classes.
 */
final class DescriptorLimit {
    private DescriptorLimit() {}

    private static final Path LIMITS = Path.of("/proc/self/limits");

    /** The soft limit, or {@code unknown} where there is no {@code /proc} or it says "unlimited". */
    static long softLimit(long unknown) {
        try {
            for (String line : Files.readAllLines(LIMITS)) {
                if (line.startsWith("Max open files")) {
                    String soft = line.substring("Max open files".length()).trim().split("\\s+")[0];
                    return soft.matches("\\d{1,18}") ? Long.parseLong(soft) : unknown;
                }
            }
        } catch (IOException | RuntimeException e) {
            ProblemLog.LOG.log(System.Logger.Level.DEBUG, "reading " + LIMITS, e);
        }
        return unknown;
    }
}

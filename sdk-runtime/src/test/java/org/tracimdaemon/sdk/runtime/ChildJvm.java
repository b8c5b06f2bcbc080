package org.tracimdaemon.sdk.runtime;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

/**
 * A {@link ChildPlugin} in a JVM of its own, under bash (so that a test can set {@code ulimit}s
 * first), on this JVM's test class path. Its stdout is read line by line; its stderr (the SDK's
 * log) goes to a file, shown when an expected line does not come.
 */
final class ChildJvm implements AutoCloseable {
    private final Process process;
    private final Path stderr;
    /** Put in {@link #unread} when stdout ends: the child exited. */
    private static final String END = new String("<end of stdout>");
    private final BlockingQueue<String> unread = new LinkedBlockingQueue<>();
    /** Every line so far, in order. */
    final List<String> lines = new CopyOnWriteArrayList<>();

    private ChildJvm(Process process, Path stderr) {
        this.process = process;
        this.stderr = stderr;
        Thread reader = new Thread(this::readStdout, "child-stdout");
        reader.setDaemon(true);
        reader.start();
    }

    /**
     * Runs {@code shellPrefix} (e.g. {@code "ulimit -n 256"}, or {@code "true"}), then
     * {@code exec java jvmOptions ChildPlugin master socket readTimeout}.
     */
    static ChildJvm start(Path dir, String shellPrefix, List<String> jvmOptions, Path master, Path socket,
            Duration readTimeout) throws IOException {
        List<String> command = new ArrayList<>(List.of("bash", "-c", shellPrefix + " && exec \"$@\"", "child"));
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvmOptions);
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), ChildPlugin.class.getName(),
                master.toString(), socket.toString(), readTimeout.toString()));
        Path stderr = Files.createTempFile(dir, "child", ".stderr");
        Process process = new ProcessBuilder(command).redirectError(stderr.toFile()).start();
        return new ChildJvm(process, stderr);
    }

    private void readStdout() {
        try (BufferedReader in = new BufferedReader(
                new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line; (line = in.readLine()) != null; ) {
                lines.add(line);
                unread.add(line);
            }
        } catch (IOException e) {
            // the child is gone
        }
        unread.add(END);
    }

    /** The next line matching {@code wanted}, skipping the others (they stay in {@link #lines}). */
    String await(Predicate<String> wanted, String what, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            String line = unread.poll(deadline - System.nanoTime(), TimeUnit.NANOSECONDS);
            if (line == null) {
                throw new AssertionError("the child plugin printed no " + what + " within " + timeout + "\n"
                        + describe());
            }
            if (line == END) {
                unread.add(END);
                throw new AssertionError("the child plugin exited before it printed " + what + "\n" + describe());
            }
            if (wanted.test(line)) {
                return line;
            }
        }
    }

    String await(String prefix, Duration timeout) throws InterruptedException {
        return await(line -> line.startsWith(prefix), "\"" + prefix + "...\"", timeout);
    }

    /** How many lines so far start with {@code prefix}. */
    long count(String prefix) {
        return lines.stream().filter(line -> line.startsWith(prefix)).count();
    }

    /** What it wrote to stderr so far: the SDK's log, through java.util.logging's console handler. */
    String stderr() {
        try {
            return Files.readString(stderr);
        } catch (IOException e) {
            return e.toString();
        }
    }

    /** Its stdout so far, whether it is alive, and the end of its stderr: for failure messages. */
    String describe() {
        String log = stderr();
        if (log.length() > 4000) {
            log = "..." + log.substring(log.length() - 4000);
        }
        return "stdout: " + lines + "\nalive: " + process.isAlive() + "\nstderr:\n" + log;
    }

    boolean isAlive() {
        return process.isAlive();
    }

    /** Waits for the child to exit by itself; its exit code. */
    int awaitExit(Duration timeout) throws InterruptedException {
        if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
            throw new AssertionError("the child plugin did not exit within " + timeout + "\n" + describe());
        }
        return process.exitValue();
    }

    @Override
    public void close() {
        process.destroy(); // SIGTERM: the JVM's shutdown, not the plugin's close()
        try {
            if (!process.waitFor(10, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }
}

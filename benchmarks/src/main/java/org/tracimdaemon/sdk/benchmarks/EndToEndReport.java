package org.tracimdaemon.sdk.benchmarks;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.HashMap;
import java.util.Map;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.tracimdaemon.sdk.runtime.DispatchError;

/**
 * Events per second from a sender in its own JVM that sends as the daemon does
 * ({@link DaemonLikeSender}) to typed handlers of a real {@code TracimDaemonClient} (registered
 * with a fake daemon, default settings), against the same sender into a plain JDK accept-and-read
 * loop ({@link JdkAcceptLoop}), alternated in one run; medians of {@value #RUNS} runs. Refused
 * connects are sent again here, so this is throughput alone ("retried": median refused connects
 * per run; "lost": sent but never handled, all runs, of which "dropped" the SDK reported dropping).
 *
 * <p>Then the burst: {@value #BURST} note events at the sender's full speed, a refused connect
 * lost as the daemon loses it, into the SDK with a handler that works about 20 µs per event, and
 * into the JDK loop (with and without the same 20 µs inline). Lost = sent - handled; refused:
 * connects the full backlog refused; reported: what the SDK reported dropped; connects/s: the
 * sender's own rate of attempts.
 */
final class EndToEndReport {
    private EndToEndReport() {}

    private static final int RUNS = 5;
    private static final int BURST = 20_000;
    private static final int BURST_RUNS = 3;
    /** See {@link #warmUntilCompiled}. */
    private static final long SETTLED_COMPILE_MILLIS = 20;
    private static final int MAX_WARM_UP_ROUNDS = 30;
    private static final long HANDLER_NANOS = 20_000;
    /** A burst is over once nothing more arrived for this long after the sender finished. */
    private static final long QUIET_NANOS = 3_000_000_000L;
    private static final long MAX_WAIT_NANOS = 60_000_000_000L;
    private static final Pattern FOLDED_REPORTS = Pattern.compile("^(\\d+) error reports were not handed");

    static void run() throws Exception {
        Path directory = Files.createTempDirectory("e2e");
        System.out.println();
        System.out.println("== End to end: sender in its own JVM, one connection per message as the daemon -> typed"
                + " handler (SDK) vs junixsocket's floor (JX: its NIO channels and selector, accept and read to"
                + " EOF, as the SDK's loop; JX-blk: its blocking server socket) vs plain JDK accept-and-read loop;"
                + " median of " + RUNS + " runs, alternated");
        System.out.printf("%-8s %7s %10s %10s %10s %10s %8s %7s %7s %7s %14s %22s%n", "size", "events", "SDK ev/s",
                "JX ev/s", "JX-blk/s", "JDK ev/s", "SDK/JDK", "SDK/JX", "JX/JDK", "blk/JDK", "retried SDK/JDK",
                "lost (dropped) SDK/JDK");
        byte[] note = DispatchBenchmark.sample("/daemon_tracim_event.json");
        for (byte[] message : List.of(Messages.ofSize(1024), note, Messages.ofSize(64 * 1024))) {
            int events = message.length > 8192 ? 10_000 : 50_000;
            try (Sender sender = Sender.start(directory, message)) {
                // Not measured: the sender and every receiver warmed up on this message.
                throughSdk(sender, directory, events / 5, true, 0);
                throughJunixsocketLoop(sender, directory, events / 5, JunixsocketAcceptLoop.Mode.NIO);
                throughJunixsocketLoop(sender, directory, events / 5, JunixsocketAcceptLoop.Mode.BLOCKING);
                throughJdkLoop(sender, directory, events / 5, true, 0);
                double[] sdk = new double[RUNS];
                double[] floor = new double[RUNS];
                double[] blocking = new double[RUNS];
                double[] jdk = new double[RUNS];
                long[] sdkRefused = new long[RUNS];
                long[] jdkRefused = new long[RUNS];
                long sdkLost = 0;
                long sdkDropped = 0;
                long jdkLost = 0;
                for (int run = 0; run < RUNS; run++) {
                    Result viaSdk = throughSdk(sender, directory, events, true, 0);
                    floor[run] = throughJunixsocketLoop(sender, directory, events, JunixsocketAcceptLoop.Mode.NIO)
                            .perSecond();
                    blocking[run] = throughJunixsocketLoop(sender, directory, events,
                            JunixsocketAcceptLoop.Mode.BLOCKING).perSecond();
                    Result viaJdk = throughJdkLoop(sender, directory, events, true, 0);
                    sdk[run] = viaSdk.perSecond();
                    jdk[run] = viaJdk.perSecond();
                    sdkRefused[run] = viaSdk.refused();
                    jdkRefused[run] = viaJdk.refused();
                    sdkLost += viaSdk.sent() - viaSdk.handled();
                    sdkDropped += viaSdk.reported();
                    jdkLost += viaJdk.sent() - viaJdk.handled();
                }
                double sdkMedian = median(sdk);
                double floorMedian = median(floor);
                double blockingMedian = median(blocking);
                double jdkMedian = median(jdk);
                System.out.printf("%-8s %7d %10.0f %10.0f %10.0f %10.0f %8.2f %7.2f %7.2f %7.2f %14s %22s%n",
                        size(message.length), events, sdkMedian, floorMedian, blockingMedian, jdkMedian,
                        sdkMedian / jdkMedian, sdkMedian / floorMedian, floorMedian / jdkMedian,
                        blockingMedian / jdkMedian, median(sdkRefused) + " / " + median(jdkRefused),
                        sdkLost + " (" + sdkDropped + ") / " + jdkLost);
            }
        }
        burst(directory, note, BURST_RUNS);
        deleteQuietly(directory);
    }

    /**
     * The ways around junixsocket's per-accept cost, each in the floor loop (and the cache priming
     * also in the SDK: the cache is the JVM's), against the plain floor and the JDK loop,
     * alternated; medians of {@value #RUNS} runs. Then what the floor loop saw per event.
     */
    static void floorVariants() throws Exception {
        Path directory = Files.createTempDirectory("e2e-floor");
        System.out.println();
        System.out.println("== junixsocket floor variants: events/s, median of " + RUNS + " runs, alternated (NIO:"
                + " accept until null at each wake-up, as the SDK; one: one accept per wake-up; primed: junixsocket's"
                + " address cache primed by reflection)");
        List<String> names = new ArrayList<>();
        names.add("SDK");
        names.add("SDK primed");
        for (JunixsocketAcceptLoop.Mode mode : JunixsocketAcceptLoop.Mode.values()) {
            names.add(mode.name());
        }
        names.add("JDK");
        System.out.printf("%-8s", "size");
        for (String name : names) {
            System.out.printf(" %15s", name);
        }
        System.out.println();
        byte[] note = DispatchBenchmark.sample("/daemon_tracim_event.json");
        StringBuilder counts = new StringBuilder();
        for (byte[] message : List.of(Messages.ofSize(1024), note)) {
            int events = 50_000;
            try (Sender sender = Sender.start(directory, message)) {
                double[][] results = new double[names.size()][RUNS];
                for (int run = -1; run < RUNS; run++) { // run -1: warm-up, not counted
                    int n = run < 0 ? events / 5 : events;
                    int column = 0;
                    double sdk = throughSdk(sender, directory, n, true, 0).perSecond();
                    double sdkPrimed = throughSdkPrimed(sender, directory, n).perSecond();
                    if (run >= 0) {
                        results[column++][run] = sdk;
                        results[column++][run] = sdkPrimed;
                    } else {
                        column += 2;
                    }
                    for (JunixsocketAcceptLoop.Mode mode : JunixsocketAcceptLoop.Mode.values()) {
                        Path round = Files.createTempDirectory(directory, "jx");
                        Arrivals arrivals = new Arrivals(0);
                        JunixsocketAcceptLoop loop = new JunixsocketAcceptLoop(round.resolve("plugin.sock"),
                                arrivals::arrived, mode);
                        Result result;
                        try {
                            result = sender.round(round.resolve("plugin.sock"), n, true, arrivals, new AtomicLong());
                        } finally {
                            loop.close();
                        }
                        if (run == RUNS - 1) {
                            counts.append(String.format("  %-8s %-24s per %d events: %s%n", size(message.length),
                                    mode, n, loop.counts()));
                        }
                        if (run >= 0) {
                            results[column][run] = result.perSecond();
                        }
                        column++;
                    }
                    double viaJdk = throughJdkLoop(sender, directory, n, true, 0).perSecond();
                    if (run >= 0) {
                        results[column][run] = viaJdk;
                    }
                }
                System.out.printf("%-8s", size(message.length));
                for (double[] result : results) {
                    System.out.printf(" %15.0f", median(result));
                }
                System.out.println();
                double jdk = median(results[results.length - 1]);
                System.out.printf("%-8s", "  /JDK");
                for (double[] result : results) {
                    System.out.printf(" %15.2f", median(result) / jdk);
                }
                System.out.println();
            }
        }
        System.out.print(counts);
        deleteQuietly(directory);
    }

    /**
     * One receiver only, round after round, so that a profiler attached to this JVM sees that
     * receiver alone: {@code --profile <SDK|JX|JDK> [rounds]}, 50,000 2.9 KB notes a round,
     * events/s printed per round.
     */
    static void profile(String receiver, int rounds) throws Exception {
        Path directory = Files.createTempDirectory("e2e-profile");
        byte[] note = DispatchBenchmark.sample("/daemon_tracim_event.json");
        try (Sender sender = Sender.start(directory, note)) {
            for (int round = 0; round < rounds; round++) {
                Result result = switch (receiver) {
                    case "SDK" -> throughSdk(sender, directory, 50_000, true, 0);
                    case "JX" -> throughJunixsocketLoop(sender, directory, 50_000, JunixsocketAcceptLoop.Mode.NIO);
                    case "JDK" -> throughJdkLoop(sender, directory, 50_000, true, 0);
                    default -> throw new IllegalArgumentException("receiver: SDK, JX or JDK, not " + receiver);
                };
                System.out.printf("%s round %d: %.0f events/s%n", receiver, round, result.perSecond());
            }
        }
        deleteQuietly(directory);
    }

    /** The receiving JVM's threads, as {@link #cpuPerEvent} groups them. */
    private static final String[] CPU_GROUPS = {"loop", "dispatch", "other"};

    /**
     * CPU time per event of each thread of this JVM (the receiver's side; the sender is another
     * JVM), less noisy than events/s on a small machine: the loop (the SDK's tracimdaemon-loop or
     * the accept loop), the SDK's dispatch thread, the rest (GC, JIT, the report's own waiting).
     * Medians of {@value #RUNS} runs after a warm-up, receivers alternated.
     */
    static void cpuPerEvent() throws Exception {
        Path directory = Files.createTempDirectory("e2e-cpu");
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        System.out.println();
        System.out.println("== CPU per event of the receiving JVM's threads, us (median of " + RUNS + " runs,"
                + " alternated); the sender is its own JVM");
        System.out.printf("%-8s %-14s %9s %9s %9s %9s %10s%n", "size", "receiver", "loop", "dispatch", "other", "all",
                "events/s");
        String[] receivers = {"SDK", "SDK primed", "JX", "JX primed", "JX-blk", "JDK"};
        byte[] note = DispatchBenchmark.sample("/daemon_tracim_event.json");
        for (byte[] message : List.of(Messages.ofSize(1024), note)) {
            int events = 30_000;
            try (Sender sender = Sender.start(directory, message)) {
                sender.recordCpu = true;
                double[][][] cpu = new double[receivers.length][CPU_GROUPS.length + 1][RUNS];
                double[][] perSecond = new double[receivers.length][RUNS];
                for (int run = -1; run < RUNS; run++) { // run -1: warm-up, not counted
                    int n = run < 0 ? events / 3 : events;
                    for (int receiver = 0; receiver < receivers.length; receiver++) {
                        Map<Long, Long> before = cpuByThread(threads);
                        Result result = switch (receivers[receiver]) {
                            case "SDK" -> throughSdk(sender, directory, n, true, 0);
                            case "SDK primed" -> throughSdkPrimed(sender, directory, n);
                            case "JX" -> throughJunixsocketLoop(sender, directory, n, JunixsocketAcceptLoop.Mode.NIO);
                            case "JX primed" -> throughJunixsocketLoop(sender, directory, n,
                                    JunixsocketAcceptLoop.Mode.NIO_PRIMED);
                            case "JX-blk" -> throughJunixsocketLoop(sender, directory, n,
                                    JunixsocketAcceptLoop.Mode.BLOCKING);
                            default -> throughJdkLoop(sender, directory, n, true, 0);
                        };
                        double[] groups = cpuPerEventSince(before, sender.cpuAtEnd, sender.namesAtEnd,
                                result.sent());
                        if (run >= 0) {
                            for (int group = 0; group < groups.length; group++) {
                                cpu[receiver][group][run] = groups[group];
                            }
                            perSecond[receiver][run] = result.perSecond();
                        }
                    }
                }
                for (int receiver = 0; receiver < receivers.length; receiver++) {
                    System.out.printf("%-8s %-14s %9.1f %9.1f %9.1f %9.1f %10.0f%n", size(message.length),
                            receivers[receiver], median(cpu[receiver][0]), median(cpu[receiver][1]),
                            median(cpu[receiver][2]), median(cpu[receiver][3]), median(perSecond[receiver]));
                }
            }
        }
        deleteQuietly(directory);
    }

    private static Map<Long, Long> cpuByThread(ThreadMXBean threads) {
        Map<Long, Long> cpu = new HashMap<>();
        for (long id : threads.getAllThreadIds()) {
            long nanos = threads.getThreadCpuTime(id);
            if (nanos >= 0) {
                cpu.put(id, nanos);
            }
        }
        return cpu;
    }

    /**
     * Per event, the CPU each thread used between {@code before} and the end of the round (read
     * by the sender before the receiver closed: the loops' threads end with their round), in
     * {@link #CPU_GROUPS} order, then the sum. A thread that did not exist before counts from 0.
     */
    private static double[] cpuPerEventSince(Map<Long, Long> before, Map<Long, Long> after,
            Map<Long, String> names, long events) {
        double[] groups = new double[CPU_GROUPS.length + 1];
        for (Map.Entry<Long, Long> thread : after.entrySet()) {
            String name = names.get(thread.getKey());
            int group = name.equals("tracimdaemon-loop") || name.endsWith("accept-loop") ? 0
                    : name.equals("tracimdaemon-dispatch") ? 1 : 2;
            double micros = (thread.getValue() - before.getOrDefault(thread.getKey(), 0L)) / 1e3 / Math.max(1, events);
            groups[group] += micros;
            groups[CPU_GROUPS.length] += micros;
        }
        return groups;
    }

    private static void deleteQuietly(Path directory) throws IOException {
        try (var paths = Files.walk(directory)) {
            paths.sorted(java.util.Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        }
    }

    /** The burst alone, {@code runs} times each receiver. */
    static void burstOnly(int runs) throws Exception {
        Path directory = Files.createTempDirectory("burst");
        burst(directory, DispatchBenchmark.sample("/daemon_tracim_event.json"), runs);
        deleteQuietly(directory);
    }

    private static void burst(Path directory, byte[] note, int runs) throws Exception {
        System.out.println();
        System.out.printf("== Burst: %,d note events (%s) at the sender's full speed, a refused connect lost as the"
                + " daemon loses it; handler ~%d us; default builder settings; %d runs%n", BURST, size(note.length),
                HANDLER_NANOS / 1000, runs);
        System.out.printf("%-26s %8s %9s %9s %9s %9s %12s %16s%n", "receiver", "sent", "refused", "handled",
                "lost", "reported", "events/s", "connects/s sent");
        List<List<Result>> rows = List.of(new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
        try (Sender sender = Sender.start(directory, note)) {
            warmUntilCompiled(sender, directory);
            for (int run = 0; run < runs; run++) {
                rows.get(0).add(throughSdk(sender, directory, BURST, false, HANDLER_NANOS));
                rows.get(1).add(throughJdkLoop(sender, directory, BURST, false, 0));
                rows.get(2).add(throughJdkLoop(sender, directory, BURST, false, HANDLER_NANOS));
            }
        }
        String[] names = {"SDK, handler ~20 us", "JDK loop", "JDK loop, ~20 us inline"};
        for (int row = 0; row < names.length; row++) {
            for (Result result : rows.get(row)) {
                System.out.printf("%-26s %8d %9d %9d %9d %9d %12.0f %16.0f%n", names[row], BURST, result.refused(),
                        result.handled(), BURST - result.handled(), result.reported(), result.perSecond(),
                        result.senderPerSecond());
            }
        }
    }

    /**
     * A burst reaches a plugin that has been running: its JVM compiled the hot paths long before.
     * Measured cold, the JIT's compiler threads take more CPU than the receivers (a profile of
     * {@code --burst 4} after one 5,000-event warm-up: the C2 thread had 3.3 s of CPU, the SDK's
     * loop 0.5 s per run) and the figures say how busy the JIT was. So both receivers take rounds of 5,000 events until one
     * round adds less than {@value #SETTLED_COMPILE_MILLIS} ms of compilation (at most
     * {@value #MAX_WARM_UP_ROUNDS} rounds), and the report says how long that took.
     */
    private static void warmUntilCompiled(Sender sender, Path directory) throws Exception {
        java.lang.management.CompilationMXBean jit = java.lang.management.ManagementFactory.getCompilationMXBean();
        long before = jit.getTotalCompilationTime();
        int rounds = 0;
        long added;
        do {
            long start = jit.getTotalCompilationTime();
            throughSdk(sender, directory, BURST / 4, true, HANDLER_NANOS);
            throughJdkLoop(sender, directory, BURST / 4, true, HANDLER_NANOS);
            added = jit.getTotalCompilationTime() - start;
            rounds++;
        } while (added >= SETTLED_COMPILE_MILLIS && rounds < MAX_WARM_UP_ROUNDS);
        System.out.printf("warm-up: %d rounds of %,d events per receiver, %,d ms of JIT compilation; the last round"
                + " added %d ms%n", rounds, BURST / 4, jit.getTotalCompilationTime() - before, added);
    }

    /** One round's figures: events/s until the last handled one, and where the others went. */
    private record Result(double perSecond, long sent, long refused, long handled, long reported,
            double senderPerSecond) {}

    private static Result throughSdk(Sender sender, Path directory, int events, boolean retry, long handlerNanos)
            throws Exception {
        Path round = Files.createTempDirectory(directory, "sdk");
        Arrivals arrivals = new Arrivals(handlerNanos);
        AtomicLong reported = new AtomicLong();
        try (RunningPlugin plugin = new RunningPlugin(round, arrivals::arrived, error -> {
            // Past 1,024 reports waiting for the error handler, the SDK logs the others and later
            // hands on one report that says how many they were.
            Matcher folded = FOLDED_REPORTS.matcher(error.description());
            reported.addAndGet(folded.find() ? Long.parseLong(folded.group(1)) : 1);
            if (error.kind() != DispatchError.Kind.DROPPED) {
                System.err.println("benchmark event failed: " + error);
            }
        })) {
            return sender.round(plugin.client.socketPath(), events, retry, arrivals, reported);
        }
    }

    private static Result throughJunixsocketLoop(Sender sender, Path directory, int events,
            JunixsocketAcceptLoop.Mode mode) throws Exception {
        // The same file name as the SDK's socket: junixsocket's per-accept cost grows with the path.
        Path round = Files.createTempDirectory(directory, "jx");
        Arrivals arrivals = new Arrivals(0);
        try (JunixsocketAcceptLoop loop = new JunixsocketAcceptLoop(round.resolve("plugin.sock"), arrivals::arrived,
                mode)) {
            return sender.round(round.resolve("plugin.sock"), events, true, arrivals, new AtomicLong());
        }
    }

    /** As {@link #throughSdk}, with junixsocket's address cache primed for the plugin's socket. */
    private static Result throughSdkPrimed(Sender sender, Path directory, int events) throws Exception {
        Path round = Files.createTempDirectory(directory, "sdk");
        Arrivals arrivals = new Arrivals(0);
        AtomicLong reported = new AtomicLong();
        try (RunningPlugin plugin = new RunningPlugin(round, arrivals::arrived, error -> reported.incrementAndGet())) {
            JunixsocketAcceptLoop.primeAddressCache(
                    org.newsclub.net.unix.AFUNIXSocketAddress.of(plugin.client.socketPath()));
            return sender.round(plugin.client.socketPath(), events, true, arrivals, reported);
        }
    }

    private static Result throughJdkLoop(Sender sender, Path directory, int events, boolean retry, long handlerNanos)
            throws Exception {
        Path round = Files.createTempDirectory(directory, "jdk");
        Arrivals arrivals = new Arrivals(handlerNanos);
        try (JdkAcceptLoop loop = new JdkAcceptLoop(round.resolve("jdk.sock"), arrivals::arrived)) {
            return sender.round(round.resolve("jdk.sock"), events, retry, arrivals, new AtomicLong());
        }
    }

    /** What the receiver counts: how many messages arrived, and when the latest did. */
    private static final class Arrivals {
        private final long workNanos;
        private final AtomicLong count = new AtomicLong();
        private volatile long last;

        Arrivals(long workNanos) {
            this.workNanos = workNanos;
        }

        void arrived() {
            if (workNanos > 0) {
                long until = System.nanoTime() + workNanos;
                while (System.nanoTime() - until < 0) {
                    Thread.onSpinWait();
                }
            }
            last = System.nanoTime();
            count.incrementAndGet();
        }
    }

    /** A {@link DaemonLikeSender} process, warm between rounds. */
    private static final class Sender implements AutoCloseable {
        private final Process process;
        private final Writer in;
        private final BufferedReader out;
        /** When set, each round reads every thread's CPU time at its end, before the receiver closes. */
        boolean recordCpu;
        Map<Long, Long> cpuAtEnd = Map.of();
        Map<Long, String> namesAtEnd = Map.of();

        private Sender(Process process) {
            this.process = process;
            this.in = process.outputWriter(StandardCharsets.UTF_8);
            this.out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        }

        static Sender start(Path directory, byte[] message) throws IOException {
            Path file = Files.createTempFile(directory, "message", ".json");
            Files.write(file, message);
            String java = ProcessHandle.current().info().command()
                    .orElse(Path.of(System.getProperty("java.home"), "bin", "java").toString());
            return new Sender(new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                    DaemonLikeSender.class.getName(), file.toString())
                    .redirectError(ProcessBuilder.Redirect.INHERIT).start());
        }

        /**
         * Says go, waits for the sender's counts and then for every message it sent: the time
         * from go to the last arrival (so the sender's JVM start is not in it).
         */
        Result round(Path socket, int events, boolean retry, Arrivals arrivals, AtomicLong reported)
                throws IOException, InterruptedException {
            long start = System.nanoTime();
            in.write("go " + socket + " " + events + " " + (retry ? "retry" : "drop") + "\n");
            in.flush();
            String line = out.readLine();
            if (line == null) {
                throw new IllegalStateException("the sender ended (exit " + process.waitFor() + ")");
            }
            long sent = field(line, "sent");
            long refused = field(line, "refused");
            double senderPerSecond = (sent + refused + field(line, "failed")) / (field(line, "nanos") / 1e9);
            long seen = -1;
            long progressAt = System.nanoTime();
            while (arrivals.count.get() + reported.get() < sent) {
                long now = System.nanoTime();
                long count = arrivals.count.get();
                if (count != seen) {
                    seen = count;
                    progressAt = now;
                } else if (now - progressAt > QUIET_NANOS || now - start > MAX_WAIT_NANOS) {
                    break; // some sent messages never arrived: they are counted lost
                }
                Thread.sleep(1);
            }
            long handled = arrivals.count.get();
            double seconds = (arrivals.last - start) / 1e9;
            if (recordCpu) {
                ThreadMXBean threads = ManagementFactory.getThreadMXBean();
                cpuAtEnd = cpuByThread(threads);
                Map<Long, String> names = new HashMap<>();
                for (java.lang.management.ThreadInfo info : threads.getThreadInfo(
                        cpuAtEnd.keySet().stream().mapToLong(Long::longValue).toArray())) {
                    if (info != null) {
                        names.put(info.getThreadId(), info.getThreadName());
                    }
                }
                cpuAtEnd.keySet().retainAll(names.keySet());
                namesAtEnd = names;
            }
            return new Result(handled / seconds, sent, refused, handled, reported.get(), senderPerSecond);
        }

        private static long field(String line, String name) {
            for (String part : line.split(" ")) {
                if (part.startsWith(name + "=")) {
                    return Long.parseLong(part.substring(name.length() + 1));
                }
            }
            throw new IllegalStateException("no " + name + " in the sender's line: " + line);
        }

        @Override
        public void close() throws IOException, InterruptedException {
            in.close();
            process.waitFor();
        }
    }

    private static String size(int bytes) {
        return bytes % 1024 == 0 ? bytes / 1024 + " KB" : String.format("%.1f KB", bytes / 1024.0);
    }

    static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }

    static long median(long[] values) {
        long[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }
}

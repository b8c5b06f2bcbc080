package org.tracimdaemon.sdk.benchmarks;

import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Issue 15's decode target measured by interleaving: each round runs every variant of
 * {@link DecodeVariants} for a few milliseconds, in a shuffled order, so that a machine busy with
 * other work slows them all alike; the ratios are taken within each round, then their median.
 * JMH runs its benchmarks one after another, minutes apart, which on a shared 2-core machine can
 * swing a ratio by 2x. Allocation per call is the thread's allocated bytes over the calls.
 *
 * <pre>{@code java -cp benchmarks/target/benchmarks.jar org.tracimdaemon.sdk.benchmarks.DecodeSideBySide [rounds [warm-up seconds]]}</pre>
 */
public final class DecodeSideBySide {
    private DecodeSideBySide() {}

    private static final com.sun.management.ThreadMXBean THREADS =
            (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();

    public static void main(String[] args) {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 40;
        // On a busy machine the JIT's threads get little CPU: warm up long enough for C2 to finish.
        long warmUpSeconds = args.length > 1 ? Long.parseLong(args[1]) : 15;
        DecodeVariants variants = new DecodeVariants();
        NoteHandlersDispatcher dispatcher = NoteHandlersDispatcher.of(note -> { });
        Map<String, Supplier<Object>> runs = new LinkedHashMap<>();
        runs.put("typed", variants::typed);
        runs.put("map+tree", variants::mapAndTree);
        runs.put("typed, all new", variants::typedNothingRepeats);
        runs.put("untaken type", variants::untakenType);
        runs.put("untaken dispatch", () -> {
            dispatcher.dispatch(org.tracimdaemon.sdk.runtime.wire.DaemonEvent.decode(variants.nextUntaken()), null);
            return dispatcher;
        });
        runs.put("envelope type", variants::envelopeType);
        Map<String, List<Double>> nanos = new LinkedHashMap<>();
        Map<String, List<Double>> bytes = new LinkedHashMap<>();
        runs.keySet().forEach(name -> {
            nanos.put(name, new ArrayList<>());
            bytes.put(name, new ArrayList<>());
        });
        List<Double> speedUp = new ArrayList<>();
        List<Double> speedUpAllNew = new ArrayList<>();
        List<Double> untakenBeyond = new ArrayList<>();
        List<String> order = new ArrayList<>(runs.keySet());
        long deadline = System.nanoTime() + warmUpSeconds * 1_000_000_000L;
        while (System.nanoTime() < deadline) {
            runs.values().forEach(run -> measure(run, 2_000));
        }
        for (int round = 0; round < rounds; round++) {
            Collections.shuffle(order);
            Map<String, double[]> thisRound = new LinkedHashMap<>();
            for (String name : order) {
                thisRound.put(name, measure(runs.get(name), 4_000));
            }
            thisRound.forEach((name, m) -> {
                nanos.get(name).add(m[0]);
                bytes.get(name).add(m[1]);
            });
            speedUp.add(thisRound.get("map+tree")[0] / thisRound.get("typed")[0]);
            speedUpAllNew.add(thisRound.get("map+tree")[0] / thisRound.get("typed, all new")[0]);
            untakenBeyond.add(thisRound.get("untaken dispatch")[0] - thisRound.get("envelope type")[0]);
        }
        System.out.printf("%-18s %12s %12s %12s%n", "variant", "median ns", "p25 ns", "bytes/call");
        nanos.forEach((name, values) -> System.out.printf("%-18s %12.0f %12.0f %12.0f%n",
                name, median(values), quantile(values, 0.25), median(bytes.get(name))));
        System.out.printf("typed speed-up over map+tree: median %.2fx (p25 %.2fx, p75 %.2fx) over %d rounds%n",
                median(speedUp), quantile(speedUp, 0.25), quantile(speedUp, 0.75), rounds);
        System.out.printf("the same when no person or menu repeats: median %.2fx (p25 %.2fx, p75 %.2fx)%n",
                median(speedUpAllNew), quantile(speedUpAllNew, 0.25), quantile(speedUpAllNew, 0.75));
        System.out.printf("untaken dispatch beyond the envelope's type: median %.0f ns (p25 %.0f, p75 %.0f)%n",
                median(untakenBeyond), quantile(untakenBeyond, 0.25), quantile(untakenBeyond, 0.75));
    }

    /** {ns per call, bytes per call} over {@code calls} calls. */
    private static double[] measure(Supplier<Object> run, int calls) {
        long thread = Thread.currentThread().getId();
        int sink = 0;
        long allocated = THREADS.getThreadAllocatedBytes(thread);
        long start = System.nanoTime();
        for (int i = 0; i < calls; i++) {
            sink += run.get().hashCode();
        }
        long elapsed = System.nanoTime() - start;
        long bytes = THREADS.getThreadAllocatedBytes(thread) - allocated;
        if (sink == 42) {
            System.out.print("");
        }
        return new double[] {(double) elapsed / calls, (double) bytes / calls};
    }

    private static double median(List<Double> values) {
        return quantile(values, 0.5);
    }

    private static double quantile(List<Double> values, double q) {
        double[] sorted = values.stream().mapToDouble(Double::doubleValue).toArray();
        Arrays.sort(sorted);
        return sorted[(int) Math.min(sorted.length - 1, Math.round(q * (sorted.length - 1)))];
    }
}

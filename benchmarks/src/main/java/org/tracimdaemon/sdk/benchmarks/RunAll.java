package org.tracimdaemon.sdk.benchmarks;

/**
 * Runs every measurement of the SDK side by side and prints the figures and ratios:
 * {@code java -jar benchmarks/target/benchmarks.jar} ({@code --no-jmh} skips the JMH part,
 * {@code --e2e} runs only the end-to-end part, {@code --burst [runs]} only its burst, {@code --floor} only the junixsocket floor variants, {@code --cpu} CPU per event of each receiver's threads, {@code --profile <SDK|JX|JDK> [rounds]} one receiver alone for a profiler,
 * {@code --latency} only the latency at 1,000 events/s, {@code --startup} only start-up and memory).
 * Speed is measured here, never asserted in tests.
 */
public final class RunAll {
    private RunAll() {}

    public static void main(String[] args) throws Exception {
        String only = args.length > 0 ? args[0] : "";
        switch (only) {
            case "" -> {
                DispatchReport.run();
                EndToEndReport.run();
                LatencyReport.run();
                StartupReport.run();
            }
            case "--no-jmh" -> {
                EndToEndReport.run();
                LatencyReport.run();
                StartupReport.run();
            }
            case "--e2e" -> EndToEndReport.run();
            case "--startup" -> StartupReport.run();
            case "--latency" -> LatencyReport.run();
            case "--burst" -> EndToEndReport.burstOnly(args.length > 1 ? Integer.parseInt(args[1]) : 3);
            case "--floor" -> EndToEndReport.floorVariants();
            case "--cpu" -> EndToEndReport.cpuPerEvent();
            case "--profile" -> EndToEndReport.profile(args.length > 1 ? args[1] : "SDK",
                    args.length > 2 ? Integer.parseInt(args[2]) : 10);
            default -> {
                System.err.println("usage: RunAll [--no-jmh | --e2e | --burst [runs] | --floor | --cpu | --profile <SDK|JX|JDK> [rounds] | --latency | --startup]");
                System.exit(2);
            }
        }
    }
}

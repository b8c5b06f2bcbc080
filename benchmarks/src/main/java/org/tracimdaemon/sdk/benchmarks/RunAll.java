package org.tracimdaemon.sdk.benchmarks;

/**
 * Runs every measurement of the SDK side by side and prints the figures and ratios:
 * {@code java -jar benchmarks/target/benchmarks.jar} ({@code --no-jmh} skips the JMH part, {@code --startup} runs only start-up and memory). Speed is measured here, never asserted in tests.
 */
public final class RunAll {
    private RunAll() {}

    public static void main(String[] args) throws Exception {
        boolean quick = args.length > 0 && args[0].equals("--no-jmh");
        boolean startupOnly = args.length > 0 && args[0].equals("--startup");
        if (!quick && !startupOnly) {
            DispatchReport.run();
        }
        if (!startupOnly) {
            EndToEndReport.run();
            LatencyReport.run();
        }
        StartupReport.run();
    }
}

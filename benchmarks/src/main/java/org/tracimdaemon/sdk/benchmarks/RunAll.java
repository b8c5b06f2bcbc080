package org.tracimdaemon.sdk.benchmarks;

/**
 * Runs every measurement of the SDK side by side and prints the figures and ratios:
 * {@code java -jar benchmarks/target/benchmarks.jar}. Speed is measured here, never asserted in tests.
 */
public final class RunAll {
    private RunAll() {}

    public static void main(String[] args) throws Exception {
        DispatchReport.run();
    }
}

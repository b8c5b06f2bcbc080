package org.tracimdaemon.sdk.reliability;

/** Short counts in the default build, full ones with -Plong (system property reliability.long). */
final class Scale {
    private Scale() {}

    static final boolean LONG = Boolean.getBoolean("reliability.long");

    static int of(int shortRun, int longRun) {
        return LONG ? longRun : shortRun;
    }
}

package org.tracimdaemon.example;

/** The example plugin's entry point; the real plugin arrives with its own issue. */
public final class Main {
    private Main() {}

    public static void main(String[] args) {
        System.out.println("The example plugin is not written yet: it arrives with the example issue.");
    }
}

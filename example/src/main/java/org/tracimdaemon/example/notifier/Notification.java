package org.tracimdaemon.example.notifier;

/**
 * One thing worth telling the user.
 *
 * @param title a few words, the desktop notification's summary, e.g. {@code Tracim: new comment}
 * @param line  the whole line: when, what, who, where
 */
public record Notification(String title, String line) {}

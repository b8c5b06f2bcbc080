package org.tracimdaemon.example.demo;

import org.tracimdaemon.sdk.testkit.tracim.FakeTracim;

/**
 * What the demo's Tracim holds: the users, spaces, notes and comments the demo's events speak
 * of, with their texts, which TLMs never carry.
 */
final class CannedTracim {
    /** The demo user's login: user 1 of the samples, "Global manager". */
    static final String USERNAME = "TheAdmin";
    static final String PASSWORD = "demo-only-password";

    private CannedTracim() {}

    static void fill(FakeTracim tracim) {
        tracim.user(1, USERNAME, "admin@admin.admin", "Global manager", PASSWORD)
                .user(3, "bob", "bob@example.com", "Bob i.", "bobs-demo-password")
                .workspace(1, "First workspace")
                .workspace(2, "Recipes")
                .workspace(10, "Foobar")
                .workspace(11, "test workspace")
                .note(1, 1, "First note", "<p>Hello from the first note.</p>")
                .comment(1, 1, 55, 1, "<p>Nice first note!</p>")
                .note(2, 6, "Tiramisu Recipe", "<p>Whisk 3 eggs with 100 g of sugar, fold in 500 g of mascarpone,"
                        + " layer with coffee-soaked ladyfingers, dust with cocoa.</p>")
                .comment(2, 6, 60, 3, "<p><html-mention userid=\"1\"></html-mention> less sugar next time?</p>")
                .note(10, 31, "Small document A", "<h1>Small document A</h1><p>Validated by the team &amp; ready to"
                        + " share.</p>")
                .thread(11, 44, "test_thread_updated", "<p>What do we test next?</p>")
                .comment(11, 44, 45, 1, "<p><html-mention roleid=\"0\"></html-mention> the thread is updated, have a"
                        + " look</p>");
    }
}

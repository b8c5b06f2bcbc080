package org.tracimdaemon.example;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** The command line: help, a missing daemon, bad options, and the whole demo. */
class MainTest {
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private final Main main = new Main(new PrintStream(out, true, StandardCharsets.UTF_8),
            new PrintStream(err, true, StandardCharsets.UTF_8), Map.of(), ZoneOffset.UTC);

    @TempDir
    Path dir;

    private List<String> out() {
        return out.toString(StandardCharsets.UTF_8).lines().toList();
    }

    private String err() {
        return err.toString(StandardCharsets.UTF_8);
    }

    @Test
    @Timeout(10)
    void helpListsTheOptionsAndTheMasterSocketInUse() throws Exception {
        assertEquals(0, main.run("--help", "--master", "/run/tracim/master.sock"));
        String help = out.toString(StandardCharsets.UTF_8);
        assertTrue(help.startsWith("Usage: tracim-notifier [--master PATH]"), help);
        assertTrue(help.contains("(default: /run/tracim/master.sock)"), help);
        for (String option : List.of("--master", "--socket", "--demo", "--demo-daemon", "--fetch-bodies", "--no-desktop",
                "--help")) {
            assertTrue(help.contains("  " + option), option);
        }
        assertEquals("", err());
    }

    @Test
    @Timeout(10)
    void helpGivesTheDefaultSocketUnderXdgConfigHomeOrHome() throws Exception {
        Main xdg = new Main(new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), Map.of("XDG_CONFIG_HOME", "/xdg", "HOME", "/home/a"),
                ZoneOffset.UTC);
        assertEquals(0, xdg.run("--help"));
        Main home = new Main(new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), Map.of("HOME", "/home/a"), ZoneOffset.UTC);
        assertEquals(0, home.run("--help"));
        String help = out.toString(StandardCharsets.UTF_8);
        assertTrue(help.contains("--socket PATH    this plugin's own socket (default: /xdg/tracim-notifier/tracim-notifier.sock)"),
                help);
        assertTrue(help.contains("(default: /home/a/.config/tracim-notifier/tracim-notifier.sock)"), help);
    }

    @Test
    @Timeout(30)
    void theDemoDaemonAloneSaysWhereItListensAndReplaysOnEnter() throws Exception {
        assertEquals(0, main.run("--demo-daemon"));     // no standard input: end of input replays at once
        List<String> lines = out();
        assertTrue(lines.get(0).startsWith("Demo daemon listening at /"), lines::toString);
        assertTrue(lines.get(0).endsWith("/master.sock"), lines::toString);
        assertTrue(lines.get(1).startsWith("Start your plugin with that master socket"), lines::toString);
        assertEquals("Demo over: the demo daemon replayed 31 Tracim events.", lines.get(2));
        assertEquals("", err());
    }

    @Test
    @Timeout(10)
    void withoutADaemonItSaysSoInOneLine() throws Exception {
        Path master = dir.resolve("master.sock");
        assertEquals(1, main.run("--master", master.toString()));
        assertEquals("No TracimDaemon is running at " + master + ": start it, point --master at its socket, or try"
                + " --demo.\n", err());
        assertEquals(List.of(), out());
    }

    @Test
    @Timeout(10)
    void anUnknownOptionIsNamed() throws Exception {
        assertEquals(2, main.run("--verbose"));
        assertEquals("tracim-notifier: unknown option \"--verbose\" (see --help)\n", err());
    }

    @Test
    @Timeout(30)
    void theDemoReplaysTheSamplesShowsWhatMattersAndEnds() throws Exception {
        Path master = dir.resolve("master.sock");
        assertEquals(0, main.run("--demo", "--master", master.toString()));
        List<String> lines = out();
        assertEquals("No TracimDaemon is running at " + master + "; starting the demo daemon instead.", lines.get(0));
        assertEquals("Tracim notifier: connected to TracimDaemon as user 1 (1 plugin registered).", lines.get(1));
        assertTrue(lines.stream().anyMatch(line -> line.endsWith("Bob i. mentioned you in a comment on \"Tiramisu Recipe\""
                + " (Recipes)")), lines::toString);
        assertTrue(lines.stream().noneMatch(line -> line.contains("Bob's shopping list")), "not the user's content");
        assertTrue(lines.get(lines.size() - 1).startsWith("Demo over: the demo daemon replayed 31 Tracim events."));
        assertEquals(11, lines.size(), lines::toString);
        assertEquals("", err());
    }

    @Test
    @Timeout(30)
    void theDemoWithFetchBodiesShowsCommentAndNoteTextsFromItsDemoTracim() throws Exception {
        assertEquals(0, main.run("--demo", "--fetch-bodies", "--master", dir.resolve("master.sock").toString()));
        List<String> lines = out();
        assertTrue(lines.stream().anyMatch(line -> line.endsWith("Bob i. commented on \"Tiramisu Recipe\" (Recipes):"
                + " \"less sugar next time?\"")), () -> String.join("\n", lines));
        assertTrue(lines.stream().anyMatch(line -> line.endsWith("Global manager commented on \"First note\""
                + " (First workspace): \"Nice first note!\"")), () -> String.join("\n", lines));
        assertTrue(lines.stream().anyMatch(line -> line.endsWith("Global manager mentioned everyone (@all) in a comment"
                + " on \"test_thread_updated\" (test workspace): \"@all the thread is updated, have a look\"")),
                () -> String.join("\n", lines));
        assertTrue(lines.stream().anyMatch(line -> line.contains("New note \"Tiramisu Recipe\"")
                && line.contains("(Recipes › Desserts): \"Whisk 3 eggs with 100 g of sugar")), () -> String.join("\n", lines));
        assertTrue(lines.stream().noneMatch(line -> line.contains("--fetch-bodies is off")), () -> String.join("\n", lines));
        assertEquals(11, lines.size(), () -> String.join("\n", lines));
        assertEquals("", err());
    }
}

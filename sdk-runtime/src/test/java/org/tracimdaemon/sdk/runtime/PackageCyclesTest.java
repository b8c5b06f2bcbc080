package org.tracimdaemon.sdk.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The runtime's packages, read from their sources' imports, form no cycle: each is built on the
 * ones below it. Two cycles were broken this way: {@code runtime} and {@code runtime.socket}, which
 * met through {@code DispatchError}, and {@code wire} and {@code internal.json}, which met through
 * {@code DecodeException} (now in {@code decode}, below both) and the span a {@code DaemonEvent}
 * handed over (now pulled by {@code tlm}).
 */
class PackageCyclesTest {
    private static final Path SOURCES = Path.of("src/main/java");
    private static final Pattern PACKAGE = Pattern.compile("^package ([\\w.]+);", Pattern.MULTILINE);
    private static final Pattern IMPORT = Pattern.compile(
            "^import (?:static )?(org\\.tracimdaemon\\.sdk\\.runtime(?:\\.[a-z]\\w*)*)\\.[A-Z]", Pattern.MULTILINE);

    @Test
    void noPackageUsesOneThatUsesIt() throws IOException {
        Map<String, Set<String>> uses = packageGraph();
        List<Set<String>> cycles = new ArrayList<>();
        for (String start : uses.keySet()) {
            TreeSet<String> cycle = new TreeSet<>();
            for (String other : uses.keySet()) {
                if (reaches(uses, start, other) && reaches(uses, other, start)) {
                    cycle.add(other);
                }
            }
            if (cycle.size() > 1 && cycle.first().equals(start)) {
                cycles.add(cycle);
            }
        }
        assertEquals(List.of(), cycles, "packages that use each other, directly or not");
    }

    private static Map<String, Set<String>> packageGraph() throws IOException {
        Map<String, Set<String>> uses = new TreeMap<>();
        try (Stream<Path> files = Files.walk(SOURCES)) {
            for (Path file : (Iterable<Path>) files.filter(f -> f.toString().endsWith(".java"))::iterator) {
                String source = Files.readString(file);
                Matcher pkg = PACKAGE.matcher(source);
                if (!pkg.find()) {
                    continue; // module-info
                }
                Set<String> used = uses.computeIfAbsent(pkg.group(1), p -> new TreeSet<>());
                for (Matcher imported = IMPORT.matcher(source); imported.find(); ) {
                    if (!imported.group(1).equals(pkg.group(1))) {
                        used.add(imported.group(1));
                    }
                }
            }
        }
        assertTrue(uses.size() >= 8, () -> "found the runtime's packages: " + uses.keySet());
        return uses;
    }

    private static boolean reaches(Map<String, Set<String>> uses, String from, String to) {
        Set<String> seen = new TreeSet<>();
        List<String> todo = new ArrayList<>(List.of(from));
        while (!todo.isEmpty()) {
            String next = todo.remove(todo.size() - 1);
            for (String used : uses.getOrDefault(next, Set.of())) {
                if (used.equals(to)) {
                    return true;
                }
                if (seen.add(used)) {
                    todo.add(used);
                }
            }
        }
        return from.equals(to);
    }
}

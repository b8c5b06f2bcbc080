package org.tracimdaemon.example.readme;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * README's event table is the catalogue's: this fails when they drift. To refresh the README
 * after changing the catalogue: {@code mvn -pl example -am verify -Dreadme.update=true}.
 */
class ReadmeEventTableTest {
    private static final Path README = Path.of("../README.md");
    private static final String BEGIN = "<!-- event-table:begin (generated from EventCatalogue by ReadmeEventTableTest) -->\n";
    private static final String END = "<!-- event-table:end -->";

    @Test
    void readmeListsEveryEventTypeWithThePayloadTheCatalogueGivesIt() throws Exception {
        String readme = Files.readString(README, StandardCharsets.UTF_8);
        int begin = readme.indexOf(BEGIN);
        int end = readme.indexOf(END);
        if (begin < 0 || end < begin) {
            throw new AssertionError("README.md has no event table between " + BEGIN.strip() + " and " + END);
        }
        String expected = EventTable.markdown();
        String actual = readme.substring(begin + BEGIN.length(), end);
        if (Boolean.getBoolean("readme.update") && !expected.equals(actual)) {
            Files.writeString(README, readme.substring(0, begin + BEGIN.length()) + expected + readme.substring(end),
                    StandardCharsets.UTF_8);
            return;
        }
        assertEquals(expected, actual, "README.md's event table differs from EventCatalogue;"
                + " rerun with -Dreadme.update=true to rewrite it");
    }
}

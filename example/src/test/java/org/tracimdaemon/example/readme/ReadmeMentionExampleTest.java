package org.tracimdaemon.example.readme;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** README's reply-to-a-mention code is these test sources' code: this fails when they drift apart. */
class ReadmeMentionExampleTest {
    private static final Path README = Path.of("../README.md");
    private static final Path SOURCES = Path.of("src/test/java/org/tracimdaemon/example/readme");
    private static final Pattern JAVA_BLOCK = Pattern.compile("```java\n(.*?)```", Pattern.DOTALL);

    @Test
    void theReadmeShowsTheInterfaceTheHandlerAndTheTestAsTheyAre() throws IOException {
        String readme = Files.readString(README, StandardCharsets.UTF_8);
        int start = readme.indexOf("## Reading and answering Tracim");
        int end = readme.indexOf("\n## ", start + 1);
        assertTrue(start >= 0 && end > start, "README.md has no \"Reading and answering Tracim\" section");
        List<String> blocks = new ArrayList<>();
        Matcher block = JAVA_BLOCK.matcher(readme.substring(start, end));
        while (block.find()) {
            blocks.add(block.group(1));
        }
        assertEquals(4, blocks.size(), "interface, handler, start-up, test");
        assertContains("MentionReplier.java", blocks.get(0));
        assertContains("ThankingReplier.java", blocks.get(1));
        assertContains("MentionReplierTest.java", blocks.get(3));
    }

    private static void assertContains(String file, String block) throws IOException {
        String source = Files.readString(SOURCES.resolve(file), StandardCharsets.UTF_8);
        assertTrue(source.contains(block), "README.md's block differs from " + file + ":\n" + block);
    }
}

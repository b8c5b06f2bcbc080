package org.tracimdaemon.sdk.processor;

import static com.google.common.truth.Truth.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class DidYouMeanTest {
    private static final List<String> KNOWN = new KnownTypes(List.of(), List.of()).handleableNames();

    @Test
    void swappedLettersCountAsOneEdit() {
        assertThat(DidYouMean.distance("craeted", "created")).isEqualTo(1);
    }

    @Test
    void caseAndSeparatorsAreIgnoredFirst() {
        assertThat(DidYouMean.suggest("Content-Created-File", KNOWN)).containsExactly("content.created.file");
    }

    @Test
    void aliasesInAnyPartAreReplaced() {
        assertThat(DidYouMean.suggest("content.deleted.journal", KNOWN)).containsExactly("content.deleted.logbook");
    }

    @Test
    void nearestNameWithinAFewEditsIsOfferedElseTheEntitysTypes() {
        assertThat(DidYouMean.suggest("user.xreated", KNOWN)).containsExactly("user.created");
        assertThat(DidYouMean.suggest("user.xx", KNOWN))
                .containsExactly("user.created", "user.modified", "user.deleted").inOrder();
    }

    @Test
    void operationTheEntityLacksSuggestsTheEntitysTypes() {
        assertThat(DidYouMean.suggest("mention.modified", KNOWN)).containsExactly("mention.created");
        assertThat(DidYouMean.suggest("content.xyzzyplugh.file", KNOWN))
                .containsExactly("content.created.file", "content.modified.file", "content.deleted.file").inOrder();
    }

    @Test
    void farNamesGetNoSuggestion() {
        assertThat(DidYouMean.suggest("completely.unrelated.thing", KNOWN)).isEmpty();
    }
}

package org.tracimdaemon.sdk.processor;

import static org.tracimdaemon.sdk.processor.Compilations.assertErrors;
import static org.tracimdaemon.sdk.processor.Compilations.source;

import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import org.tracimdaemon.sdk.processor.Compilations.JavaCompilerKind;

/** "Did you mean" by meaning before spelling: each example of issue 12, on its value (line 10, column 14; ecj: its annotation, column 5). */
@ParameterizedClass
@EnumSource(JavaCompilerKind.class)
class MeaningTest {
    @Parameter
    JavaCompilerKind compiler;

    private void assertSuggestion(String value, String message) {
        JavaFileObject source = source("Watcher", """
                public interface Watcher {
                    @OnEvent("%s")
                    void handle(TLMEvent event);
                }
                """.formatted(value));
        assertErrors(compiler.compile(source), source, message, 10, compiler.valueColumn(14, 5));
    }

    @Test
    void updatedIsModified() {
        assertSuggestion("user.updated", "unknown event type \"user.updated\"; did you mean \"user.modified\"?");
    }

    @Test
    void aMoveIsAModification() {
        assertSuggestion("content.moved.file",
                "unknown event type \"content.moved.file\"; did you mean \"content.modified.file\"?");
    }

    @Test
    void aCallIsAUserCall() {
        assertSuggestion("call.created", "unknown event type \"call.created\"; did you mean \"user_call.created\"?");
    }

    @Test
    void aNoteIsAnHtmlDocument() {
        assertSuggestion("content.created.note",
                "unknown event type \"content.created.note\"; did you mean \"content.created.html-document\"?");
    }

    @Test
    void aMissingLastPartIsThePattern() {
        assertSuggestion("content.created", "unknown event type \"content.created\"; did you mean \"content.created.*\"?");
    }

    @Test
    void aCommentIsAContent() {
        assertSuggestion("comment.created",
                "unknown event type \"comment.created\"; did you mean \"content.created.comment\"?");
    }

    @Test
    void removedIsDeletedAndRestoredUndeleted() {
        assertSuggestion("workspace.removed",
                "unknown event type \"workspace.removed\"; did you mean \"workspace.deleted\"?");
        assertSuggestion("space.restored",
                "unknown event type \"space.restored\"; did you mean \"workspace.undeleted\"?");
        assertSuggestion("member.added",
                "unknown event type \"member.added\"; did you mean \"workspace_member.created\"?");
    }

    @Test
    void unknownContentTypeNamesTheOptIn() {
        assertSuggestion("content.created.calendar", "unknown event type \"content.created.calendar\"; did you mean"
                + " \"content.created.folder\" or \"content.created.kanban\"? If \"calendar\" is a content type newer than this SDK, opt in with"
                + " @TracimPlugin(extraContentTypes = \"calendar\") or -Atracim.extraContentTypes");
    }

    @Test
    void daemonPatternSaysWhatToUse() {
        assertSuggestion("daemon_*", "\"daemon_*\": daemon types take no patterns; handle \"custom_message\" for every"
                + " message, or name the daemon types you need, such as \"daemon_account_info\" or"
                + " \"daemon_client_added\"");
    }
}

package org.tracimdaemon.sdk.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.tracimdaemon.sdk.processor.Compilations.source;

import com.google.testing.compile.Compilation;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import org.tracimdaemon.sdk.processor.Compilations.JavaCompilerKind;

/**
 * {@code @OnEvent} values: every error sits on the offending string (line and column of its
 * literal; under ecj, on its annotation: see {@link JavaCompilerKind#valueColumn}), with the nearest
 * known types. Sources start with 8 lines of imports: body line 1 is file line 9.
 */
@ParameterizedClass
@EnumSource(JavaCompilerKind.class)
class EventTypeValidationTest {
    @Parameter
    JavaCompilerKind compiler;

    private void assertSingleError(String value, String message) {
        JavaFileObject source = source("Watcher", """
                public interface Watcher {
                    @OnEvent("%s")
                    void handle(TLMEvent event);
                }
                """.formatted(value));
        Compilation compilation = compiler.compile(source);
        assertThat(compilation).hadErrorCount(1);
        assertThat(compilation).hadErrorContaining(message).inFile(source).onLine(10).atColumn(compiler.valueColumn(14, 5));
    }

    @Test
    void wrongOperationSuggestsTheRightOne() {
        assertSingleError("content.create.html-document",
                "unknown event type \"content.create.html-document\"; did you mean \"content.created.html-document\"?");
    }

    @Test
    void wrongSeparatorSuggestsTheDottedType() {
        assertSingleError("content_created_file",
                "unknown event type \"content_created_file\"; did you mean \"content.created.file\"?");
    }

    @Test
    void restAliasPageSuggestsHtmlDocument() {
        assertSingleError("content.created.page",
                "unknown event type \"content.created.page\"; did you mean \"content.created.html-document\"?");
    }

    @Test
    void restAliasJournalSuggestsLogbook() {
        assertSingleError("content.modified.journal",
                "unknown event type \"content.modified.journal\"; did you mean \"content.modified.logbook\"?");
    }

    @Test
    void misspeltEntitySuggestsTheEntity() {
        assertSingleError("worksapce.created",
                "unknown event type \"worksapce.created\"; did you mean \"workspace.created\"?");
    }

    @Test
    void daemonTypeTypoSuggestsTheDaemonType() {
        assertSingleError("daemon_acount_info",
                "unknown event type \"daemon_acount_info\"; did you mean \"daemon_account_info\"?");
    }

    @Test
    void nothingNearPointsToTheConstantsAndTheOptIn() {
        assertSingleError("hello",
                "unknown event type \"hello\"; see TlmTypes and DaemonTypes for the known types, or opt in to a"
                        + " type newer than this SDK with @TracimPlugin(extraEventTypes) or -Atracim.extraEventTypes");
    }

    @Test
    void patternMatchingNothingSuggestsTheNearestPattern() {
        assertSingleError("contnet.*",
                "pattern \"contnet.*\" matches no known event type; did you mean \"content.*\"?");
    }

    @Test
    void suffixPatternMatchingNothingSuggestsTheNearestPattern() {
        assertSingleError("*.delete",
                "pattern \"*.delete\" matches no known event type; did you mean \"*.deleted\"?");
    }

    @Test
    void aliasInAPatternSuggestsTheRealContentType() {
        assertSingleError("content.*.page",
                "pattern \"content.*.page\" matches no known event type; did you mean \"content.*.html-document\"?");
    }

    @Test
    void operationTheEntityNeverEmitsSuggestsItsTypes() {
        assertSingleError("mention.modified",
                "unknown event type \"mention.modified\"; did you mean \"mention.created\"?");
    }

    @Test
    void wildcardInsideAPartIsRefused() {
        assertSingleError("content.creat*",
                "\"content.creat*\": * stands for a whole part of an event type, as in \"content.created.*\"");
    }

    @Test
    void wildcardsApartAreRefused() {
        assertSingleError("*.created.*",
                "pattern \"*.created.*\": its * parts must be next to each other, as in \"*.deleted\" or"
                        + " \"content.*\"; write one value per entity instead");
    }

    @Test
    void typeOnlySentToTheDaemonIsRefused() {
        assertSingleError("daemon_client_add",
                "daemon_client_add is sent by plugins to the daemon: a plugin never receives it, so it cannot be handled");
    }

    @Test
    void errorInAnArraySitsOnItsOwnElement() {
        JavaFileObject source = source("Watcher", """
                public interface Watcher {
                    @OnEvent({"user.created", "user.craeted"})
                    void handle(TLMEvent event);
                }
                """);
        Compilation compilation = compiler.compile(source);
        assertThat(compilation).hadErrorCount(1);
        assertThat(compilation)
                .hadErrorContaining("unknown event type \"user.craeted\"; did you mean \"user.created\"?")
                .inFile(source).onLine(10).atColumn(compiler.valueColumn(31, 5));
    }

    @Test
    void emptyValueListIsRefused() {
        JavaFileObject source = source("Watcher", """
                public interface Watcher {
                    @OnEvent({})
                    void handle(TLMEvent event);
                }
                """);
        Compilation compilation = compiler.compile(source);
        assertThat(compilation).hadErrorContaining("@OnEvent needs at least one event type").inFile(source).onLine(10);
    }

    @Test
    void constantsKnownTypesAndPatternsCompile() {
        Compilation compilation = compiler.compile(source("Watcher", """
                import org.tracimdaemon.sdk.catalogue.TlmTypes;

                public interface Watcher {
                    @OnEvent({TlmTypes.USER_CREATED, "content.*", "content.created.*", "*.deleted", "daemon_ping"})
                    void handle(DaemonEvent event);
                }
                """));
        assertThat(compilation).succeededWithoutWarnings();
        assertThat(compilation).generatedSourceFile("test.WatcherDispatcher");
    }

    @Test
    void everyMistakeIsReportedInOneCompile() {
        JavaFileObject source = source("Watcher", """
                public interface Watcher {
                    @OnEvent("user.craeted")
                    void first(TLMEvent event);

                    @OnEvent("content.created.page")
                    void second(TLMEvent event);

                    @OnEvent("content.created.file")
                    void third(CommentContent comment);
                }
                """);
        Compilation compilation = compiler.compile(source);
        assertThat(compilation).hadErrorCount(3);
        assertThat(compilation).hadErrorContaining("\"user.craeted\"").inFile(source).onLine(10);
        assertThat(compilation).hadErrorContaining("\"content.created.page\"").inFile(source).onLine(13);
        assertThat(compilation).hadErrorContaining("content.created.file carries a FileContent, not a CommentContent")
                .inFile(source).onLine(17);
    }
}

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

/** Event types newer than the catalogue: usable only when opted in, and never by a typo. */
@ParameterizedClass
@EnumSource(JavaCompilerKind.class)
class ExtraTypesTest {
    @Parameter
    JavaCompilerKind compiler;

    @Test
    void extraContentTypeMakesItsEventsKnown() {
        Compilation compilation = compiler.compile(source("Watcher", """
                @TracimPlugin(extraContentTypes = "calendar")
                public interface Watcher {
                    @OnEvent({"content.created.calendar", "content.deleted.calendar"})
                    void calendar(TLMEvent event, DaemonEvent raw, DaemonClient daemon);
                }
                """));
        assertThat(compilation).succeededWithoutWarnings();
        assertThat(compilation).generatedSourceFile("test.WatcherDispatcher")
                .contentsAsUtf8String().contains("\"content.created.calendar\"");
    }

    @Test
    void withoutOptInANewContentTypeIsATypo() {
        JavaFileObject source = source("Watcher", """
                public interface Watcher {
                    @OnEvent("content.created.calendar")
                    void calendar(TLMEvent event);
                }
                """);
        assertThat(compiler.compile(source)).hadErrorContaining("unknown event type \"content.created.calendar\"")
                .inFile(source).onLine(10).atColumn(compiler.valueColumn(14, 5));
    }

    @Test
    void extraTypesHaveNoKnownShape() {
        JavaFileObject source = source("Watcher", """
                @TracimPlugin(extraContentTypes = "calendar")
                public interface Watcher {
                    @OnEvent("content.created.calendar")
                    void calendar(ContentEvent event);
                }
                """);
        assertThat(compiler.compile(source)).hadErrorContaining(
                        "content.created.calendar is opted in as newer than the catalogue, so its payload shape is"
                                + " unknown; its handlers may take TLMEvent, DaemonEvent or DaemonClient, not ContentEvent")
                .inFile(source).onLine(12);
    }

    @Test
    void extraEventTypeOptionMakesTheTypeKnown() {
        Compilation compilation = compiler.compile(source("Watcher", """
                public interface Watcher {
                    @OnEvent("workspace_report.created")
                    void report(TLMEvent event);
                }
                """), "-Atracim.extraEventTypes=workspace_report.created,workspace_report.deleted");
        assertThat(compilation).succeededWithoutWarnings();
    }

    @Test
    void extraContentTypeOptionMakesItsEventsKnown() {
        Compilation compilation = compiler.compile(source("Watcher", """
                public interface Watcher {
                    @OnEvent("content.modified.calendar")
                    void calendar(TLMEvent event);
                }
                """), "-Atracim.extraContentTypes=calendar");
        assertThat(compilation).succeededWithoutWarnings();
    }

    @Test
    void unknownTracimOptionIsReported() {
        Compilation compilation = compiler.compile(source("Watcher", """
                public interface Watcher {
                    @OnEvent("user.created")
                    void created(TLMEvent event);
                }
                """), "-Atracim.extraContentType=calendar");
        assertThat(compilation).hadErrorContaining("unknown option -Atracim.extraContentType; this processor knows"
                + " -Atracim.extraContentTypes=a,b and -Atracim.extraEventTypes=x.y,z.w");
    }

    @Test
    void optingInAKnownContentTypeIsRefusedOnTheValue() {
        JavaFileObject source = source("Watcher", """
                @TracimPlugin(extraContentTypes = {"calendar", "file"})
                public interface Watcher {
                }
                """);
        assertThat(compiler.compile(source)).hadErrorContaining(
                        "content type \"file\" is already known; remove it from @TracimPlugin(extraContentTypes)")
                .inFile(source).onLine(9).atColumn(compiler.valueColumn(48, 1));
    }

    @Test
    void optingInAnAliasNamesTheRealType() {
        JavaFileObject source = source("Watcher", """
                @TracimPlugin(extraContentTypes = "page")
                public interface Watcher {
                }
                """);
        assertThat(compiler.compile(source)).hadErrorContaining("content type \"page\" is already known as \"html-document\","
                + " the name TLMs use; remove it from @TracimPlugin(extraContentTypes)").inFile(source).onLine(9);
    }

    @Test
    void optingInSomethingThatIsNoEventTypeIsRefused() {
        JavaFileObject source = source("Watcher", """
                @TracimPlugin(extraEventTypes = "Workspace Report")
                public interface Watcher {
                }
                """);
        assertThat(compiler.compile(source)).hadErrorContaining("@TracimPlugin(extraEventTypes) \"Workspace Report\" is not an"
                + " event type: write it whole, as in \"workspace_report.created\"; for a new content type use"
                + " extraContentTypes").inFile(source).onLine(9);
    }

    @Test
    void optionOptingInAKnownTypeIsRefused() {
        Compilation compilation = compiler.compile(source("Watcher", """
                public interface Watcher {
                    @OnEvent("user.created")
                    void created(TLMEvent event);
                }
                """), "-Atracim.extraEventTypes=user.created");
        assertThat(compilation).hadErrorContaining(
                "event type \"user.created\" is already known; remove it from -Atracim.extraEventTypes");
        assertThat(compilation).hadErrorCount(1);
    }

    @Test
    void patternsReachOptedInTypesOnlyWithShapeFreeHandlers() {
        Compilation compilation = compiler.compile(source("Watcher", """
                @TracimPlugin(extraContentTypes = "calendar")
                public interface Watcher {
                    @OnEvent("content.created.*")
                    void any(TLMEvent event);

                    @OnEvent("content.created.*")
                    void typed(ContentEvent event);
                }
                """));
        assertThat(compilation).succeededWithoutWarnings();
        assertThat(compilation).generatedSourceFile("test.WatcherDispatcher").contentsAsUtf8String().contains("""
                            case "content.created.calendar" -> onContentCreatedCalendar(event, tlm, context);
                """);
        assertThat(compilation).generatedSourceFile("test.WatcherDispatcher").contentsAsUtf8String().contains("""
                    private void onContentCreatedCalendar(DaemonEvent event, TLMEvent tlm,
                            DispatchContext context) {
                        if (!GeneratedDispatch.checked(tlm, context)) {
                            return;
                        }
                        try {
                            handlers.any(tlm);
                """);
    }
}

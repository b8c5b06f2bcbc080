package org.tracimdaemon.sdk.processor;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.tracimdaemon.sdk.processor.Compilations.rawSource;
import static org.tracimdaemon.sdk.processor.Compilations.source;

import com.google.testing.compile.Compilation;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import org.tracimdaemon.sdk.catalogue.EventCatalogue;
import org.tracimdaemon.sdk.catalogue.TlmEventType;
import org.tracimdaemon.sdk.processor.Compilations.JavaCompilerKind;

/** The generated code compiles cleanly, whatever the plugin's package holds or deprecates, and however big. */
@ParameterizedClass
@EnumSource(JavaCompilerKind.class)
class GeneratedCodeTest {
    @Parameter
    JavaCompilerKind compiler;

    @Test
    void deprecatedHandlerAndInterfaceCompileUnderLintAllWerror() {
        Compilation compilation = compiler.compile(source("Watcher", """
                @Deprecated(forRemoval = true)
                public interface Watcher {
                    @Deprecated
                    @OnEvent("user.created")
                    void created(UserEvent event);

                    @Deprecated(forRemoval = true)
                    @OnEvent("daemon_account_info")
                    void me(AccountInfoData me);
                }
                """));
        assertThat(compilation).succeededWithoutWarnings();
        // Both, and only when needed: ecj warns of a needless one (see the golden files, which have none).
        assertThat(compilation).generatedSourceFile("test.WatcherDispatcher").contentsAsUtf8String()
                .contains("@SuppressWarnings({\"deprecation\", \"removal\"})");
    }

    @Test
    void namesOfThePluginsPackageDoNotChangeWhatGeneratedCodeMeans() {
        List<String> clashing = List.of("Objects", "Override", "Throwable", "Class", "Object", "SuppressWarnings",
                "EventDispatcher", "DispatchContext", "DecodeException", "Generated");
        var sources = new java.util.ArrayList<javax.tools.JavaFileObject>();
        for (String name : clashing) {
            sources.add(rawSource(name, "package test; public final class " + name + " {}"));
        }
        sources.add(source("String", """
                public interface String {
                    @OnEvent("*.deleted")
                    void deleted(org.tracimdaemon.sdk.runtime.tlm.TLMEvent tlm);

                    @OnEvent("daemon_account_info")
                    void me(AccountInfoData me);
                }
                """));
        sources.add(source("TLMEvent", """
                public interface TLMEvent {
                    @OnEvent("content.created.file")
                    void file(FileContent file, org.tracimdaemon.sdk.runtime.tlm.TLMEvent tlm);
                }
                """.replace("import org.tracimdaemon.sdk.runtime.tlm.*;", "")));
        Compilation compilation = compiler.compileAll(sources);
        assertThat(compilation).succeededWithoutWarnings();
        assertThat(compilation).generatedSourceFile("test.StringDispatcher");
        assertThat(compilation).generatedSourceFile("test.TLMEventDispatcher");
    }

    @Test
    void interfaceNamedLikeTheRuntimeInterfaceGetsADispatcherThatStillImplementsIt() {
        Compilation compilation = compiler.compile(rawSource("Event", """
                package test;
                import org.tracimdaemon.sdk.OnEvent;
                public interface Event {
                    @OnEvent("user.created")
                    void created();
                }
                """));
        assertThat(compilation).succeededWithoutWarnings();
        assertThat(compilation).generatedSourceFile("test.EventDispatcher").contentsAsUtf8String()
                .contains("implements org.tracimdaemon.sdk.runtime.EventDispatcher");
    }

    /** Every catalogue type with its payload, plus 300 patterns: 65 cases of some 300 handlers each. */
    @Test
    void interfaceWithHandlersForEveryTypeAndManyPatternsStaysUnderTheMethodSizeLimit() {
        String exact = EventCatalogue.tlmTypes().stream()
                .map(type -> "    @OnEvent(\"%s\")\n    void exact%d(%s payload);\n".formatted(type.name(),
                        EventCatalogue.tlmTypes().indexOf(type), simpleName(type)))
                .collect(Collectors.joining("\n"));
        String patterns = IntStream.range(0, 300)
                .mapToObj(i -> "    @OnEvent({\"*\", \"*.deleted\", \"content.*\"})\n    void pattern%d(TLMEvent tlm, DaemonEvent event, DaemonClient daemon);\n"
                        .formatted(i))
                .collect(Collectors.joining("\n"));
        Compilation compilation = compiler.compile(source("Everything",
                "public interface Everything {\n" + exact + "\n" + patterns + "}\n"));
        assertThat(compilation).succeededWithoutWarnings();
        assertThat(compilation).generatedSourceFile("test.EverythingDispatcher").contentsAsUtf8String()
                .contains("onContentCreatedFilePart4(event, tlm, context, contentEvent);");
    }

    private static String simpleName(TlmEventType type) {
        return type.payloadClass().substring(type.payloadClass().lastIndexOf('.') + 1);
    }

    @Test
    void generatedCodeCatchesEveryThrowableOfAHandler() {
        Compilation compilation = compiler.compile(source("Watcher", """
                public interface Watcher {
                    @OnEvent("user.created")
                    void created(UserEvent event);
                }
                """));
        assertThat(compilation).generatedSourceFile("test.WatcherDispatcher").contentsAsUtf8String()
                .doesNotContain("VirtualMachineError");
        assertThat(compilation).generatedSourceFile("test.WatcherDispatcher").contentsAsUtf8String()
                .contains("} catch (Throwable e) {");
    }
}

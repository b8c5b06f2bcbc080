package org.tracimdaemon.sdk.processor;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;

import com.google.testing.compile.Compilation;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import org.tracimdaemon.sdk.processor.Compilations.JavaCompilerKind;

/** The processor never throws out of the compiler, and writes nothing for an interface with errors. */
@ParameterizedClass
@EnumSource(JavaCompilerKind.class)
class ProcessorRobustnessTest {
    @Parameter
    JavaCompilerKind compiler;

    @Test
    void internalFailureBecomesOneErrorNamingTheInterface() {
        JavaFileObject source = Compilations.source("Watcher", """
                public interface Watcher {
                    @OnEvent("user.created")
                    void created(TLMEvent event);
                }
                """);
        Compilation compilation = compiler.compileWith(List.of(new OnEventProcessor(type -> {
            throw new IllegalStateException("boom");
        })), List.of(source));
        assertThat(compilation).hadErrorCount(1);
        assertThat(compilation).hadErrorContaining("internal error of the TracimDaemon processor on test.Watcher"
                        + " (java.lang.IllegalStateException: boom); nothing was generated for it. Please report this"
                        + " bug with this message and the interface's source")
                .inFile(source).onLine(9);
    }

    @Test
    void existingClassWithTheDispatchersNameIsAnErrorOnTheInterface() {
        JavaFileObject taken = Compilations.rawSource("HDispatcher", "package test; public final class HDispatcher {}");
        JavaFileObject source = Compilations.source("H", """
                public interface H {
                    @OnEvent("user.created")
                    void created(TLMEvent event);
                }
                """);
        Compilations.assertErrors(compiler.compileAll(List.of(taken, source)), source,
                "the dispatcher of H would be named test.HDispatcher, but a class of that name already exists: rename"
                        + " the interface or the other type", 9, compiler.typeColumn(8, 18));
    }

    @Test
    void nestedAndTopLevelInterfacesWithOneDispatcherNameAreAnErrorOnTheSecond() {
        JavaFileObject topLevel = Compilations.source("Outer_Watcher", """
                public interface Outer_Watcher {
                    @OnEvent("user.created")
                    void created(TLMEvent event);
                }
                """);
        JavaFileObject nested = Compilations.source("Outer", """
                public class Outer {
                    public interface Watcher {
                        @OnEvent("user.deleted")
                        void deleted(TLMEvent event);
                    }
                }
                """);
        Compilations.assertErrors(compiler.compileAll(List.of(topLevel, nested)), nested,
                "the dispatcher of Outer.Watcher would be named test.Outer_WatcherDispatcher, but the dispatcher of"
                        + " Outer_Watcher already exists: rename the interface or the other type", 10, compiler.typeColumn(12, 22));
    }

    @Test
    void interfaceWithErrorsGetsNoDispatcherWhileOthersDo(@TempDir Path out) throws IOException {
        Path sources = Files.createDirectories(out.resolve("src/test"));
        Files.writeString(sources.resolve("Good.java"), """
                package test;
                import org.tracimdaemon.sdk.OnEvent;
                public interface Good {
                    @OnEvent("user.created")
                    void created();
                }
                """);
        Files.writeString(sources.resolve("Bad.java"), """
                package test;
                import org.tracimdaemon.sdk.OnEvent;
                public interface Bad {
                    @OnEvent("user.craeted")
                    void created();
                }
                """);
        Path generated = Files.createDirectories(out.resolve("generated"));
        Path classes = Files.createDirectories(out.resolve("classes"));
        JavaCompiler tool = compiler.tool();
        var diagnostics = new javax.tools.DiagnosticCollector<JavaFileObject>();
        try (var files = tool.getStandardFileManager(null, null, null)) {
            // ecj prints each problem when given no writer; the diagnostics have them.
            boolean ok = tool.getTask(java.io.Writer.nullWriter(), files, diagnostics,
                            List.of("-proc:only", "-s", generated.toString(), "-d", classes.toString(),
                                    "-classpath", System.getProperty("java.class.path")),
                            null, files.getJavaFileObjects(sources.resolve("Good.java"), sources.resolve("Bad.java")))
                    .call();
            assertThat(ok).isFalse();
        }
        assertThat(diagnostics.getDiagnostics()).hasSize(1);
        assertThat(Files.exists(generated.resolve("test/GoodDispatcher.java"))).isTrue();
        assertThat(Files.exists(generated.resolve("test/BadDispatcher.java"))).isFalse();
    }

    @Test
    void interfaceWaitsForTypesAnotherProcessorGeneratesInALaterRound() {
        JavaFileObject source = Compilations.source("Watcher", """
                public interface Watcher {
                    @OnEvent("user.created")
                    void created(TLMEvent event, Later later);
                }
                """);
        javax.annotation.processing.Processor laterWriter = new javax.annotation.processing.AbstractProcessor() {
            private boolean written;

            @Override
            public java.util.Set<String> getSupportedAnnotationTypes() {
                return java.util.Set.of("*");
            }

            @Override
            public javax.lang.model.SourceVersion getSupportedSourceVersion() {
                return javax.lang.model.SourceVersion.latestSupported();
            }

            @Override
            public boolean process(java.util.Set<? extends javax.lang.model.element.TypeElement> annotations,
                    javax.annotation.processing.RoundEnvironment round) {
                if (!written) {
                    written = true;
                    try (var out = processingEnv.getFiler().createSourceFile("test.Later").openWriter()) {
                        out.write("package test; public final class Later {}");
                    } catch (IOException e) {
                        throw new java.io.UncheckedIOException(e);
                    }
                }
                return false;
            }
        };
        Compilation compilation = compiler.compileWith(List.of(laterWriter, new OnEventProcessor()), List.of(source));
        assertThat(compilation).hadErrorCount(1);
        if (compiler == JavaCompilerKind.ECJ) {
            // The processor looks the deferred interface up again by name, as elements do not outlive
            // their round; on such an element ecj reports the same message, but with no file or line.
            assertThat(compilation).hadErrorContaining("user.created carries no Later");
        } else {
            assertThat(compilation).hadErrorContaining("user.created carries no Later").inFile(source).onLine(11);
        }
    }

    @Test
    void outputIsByteIdenticalForTheSameInput() {
        String body = """
                public interface Watcher {
                    @OnEvent({"content.*", "*.deleted", "daemon_account_info"})
                    void any(DaemonEvent event, DaemonClient daemon);

                    @OnEvent("content.created.file")
                    void file(FileContent file);
                }
                """;
        String first = generated(body);
        String second = generated(body);
        assertThat(first).isEqualTo(second);
        assertThat(first).doesNotContain("date");
    }

    private String generated(String body) {
        try {
            return compiler.compile(Compilations.source("Watcher", body))
                    .generatedSourceFile("test.WatcherDispatcher").orElseThrow().getCharContent(true).toString();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}

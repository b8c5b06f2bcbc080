package org.tracimdaemon.sdk.processor;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;
import static com.google.testing.compile.Compiler.javac;

import com.google.testing.compile.Compilation;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The processor never throws out of javac, and writes nothing for an interface with errors. */
class ProcessorRobustnessTest {

    @Test
    void internalFailureBecomesOneErrorNamingTheInterface() {
        JavaFileObject source = Compilations.source("Watcher", """
                public interface Watcher {
                    @OnEvent("user.created")
                    void created(TLMEvent event);
                }
                """);
        Compilation compilation = javac()
                .withProcessors(new OnEventProcessor(type -> {
                    throw new IllegalStateException("boom");
                }))
                .compile(source);
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
        Compilations.assertErrors(Compilations.JavaCompilerKind.JAVAC.compileAll(List.of(taken, source)), source,
                "the dispatcher of H would be named test.HDispatcher, but a class of that name already exists: rename"
                        + " the interface or the other type", 9, 8);
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
        Compilations.assertErrors(Compilations.JavaCompilerKind.JAVAC.compileAll(List.of(topLevel, nested)), nested,
                "the dispatcher of Outer.Watcher would be named test.Outer_WatcherDispatcher, but the dispatcher of"
                        + " Outer_Watcher already exists: rename the interface or the other type", 10, 12);
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
        JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
        var diagnostics = new javax.tools.DiagnosticCollector<JavaFileObject>();
        try (var files = compiler.getStandardFileManager(null, null, null)) {
            boolean ok = compiler.getTask(null, files, diagnostics,
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
        Compilation compilation = javac().withProcessors(laterWriter, new OnEventProcessor()).compile(source);
        assertThat(compilation).hadErrorCount(1);
        assertThat(compilation).hadErrorContaining("user.created carries no Later").inFile(source).onLine(11);
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

    private static String generated(String body) {
        try {
            return Compilations.compile(Compilations.source("Watcher", body))
                    .generatedSourceFile("test.WatcherDispatcher").orElseThrow().getCharContent(true).toString();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void processorIsRegisteredForServiceLoaderAndGradle() throws IOException {
        assertThat(read("META-INF/services/javax.annotation.processing.Processor"))
                .contains(OnEventProcessor.class.getName());
        assertThat(read("META-INF/gradle/incremental.annotation.processors"))
                .isEqualTo(OnEventProcessor.class.getName() + ",isolating\n");
    }

    private static String read(String resource) throws IOException {
        try (var in = OnEventProcessor.class.getClassLoader().getResourceAsStream(resource)) {
            return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        }
    }
}

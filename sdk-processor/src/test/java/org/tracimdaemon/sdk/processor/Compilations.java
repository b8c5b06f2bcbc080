package org.tracimdaemon.sdk.processor;

import static com.google.common.truth.Truth.assertWithMessage;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import com.google.testing.compile.JavaFileObjects;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import javax.tools.Diagnostic;
import javax.tools.JavaFileObject;
import org.eclipse.jdt.internal.compiler.tool.EclipseCompiler;

/** Compiles handler interfaces with the processor, as a plugin's build would, with javac or Eclipse's ecj. */
public final class Compilations {
    private Compilations() {}

    /** The compilers plugin authors build with; tests that matter run under both. */
    public enum JavaCompilerKind {
        JAVAC,
        ECJ;

        public Compilation compile(JavaFileObject source, String... options) {
            return compileAll(List.of(source), options);
        }

        public Compilation compileAll(List<JavaFileObject> sources, String... options) {
            List<String> all = new ArrayList<>(switch (this) {
                case JAVAC -> List.of("-Xlint:all", "-Werror");
                // ecj's default warnings; tests assert there are none (succeededWithoutWarnings)
                case ECJ -> List.of("--release", "17", "-warn:+deprecation,+removal,+unchecked,+raw,+serial",
                        "-classpath", System.getProperty("java.class.path"));
            });
            all.addAll(List.of(options));
            if (this == JAVAC) {
                return Compiler.javac().withProcessors(new OnEventProcessor()).withOptions(all).compile(sources);
            }
            return Compiler.compiler(new EclipseCompiler()).withProcessors(new OnEventProcessor()).withOptions(all)
                    .compile(sources.stream().map(Compilations::onDisk).toList());
        }
    }

    /**
     * The same source as a file: ecj reads its sources from disk and takes compile-testing's
     * relative {@code test/Watcher.java} for a host name.
     */
    private static JavaFileObject onDisk(JavaFileObject source) {
        try {
            Path file = Files.createTempDirectory("ecj-sources").resolve(source.toUri().getPath());
            Files.createDirectories(file.getParent());
            Files.writeString(file, source.getCharContent(true), StandardCharsets.UTF_8);
            return JavaFileObjects.forResource(file.toUri().toURL());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The source of {@code test.<name>}, with the SDK's usual imports above {@code body}. */
    public static JavaFileObject source(String name, String body) {
        return JavaFileObjects.forSourceString("test." + name, header() + body);
    }

    /** The source of {@code test.<name>} exactly as given, package line included. */
    public static JavaFileObject rawSource(String name, String text) {
        return JavaFileObjects.forSourceString("test." + name, text);
    }

    /** The number of lines {@link #source} puts before {@code body}: body line n is file line n + this. */
    public static int headerLines() {
        return (int) header().chars().filter(c -> c == '\n').count();
    }

    private static String header() {
        return """
                package test;

                import org.tracimdaemon.sdk.OnEvent;
                import org.tracimdaemon.sdk.TracimPlugin;
                import org.tracimdaemon.sdk.runtime.DaemonClient;
                import org.tracimdaemon.sdk.runtime.DispatchError;
                import org.tracimdaemon.sdk.runtime.tlm.*;
                import org.tracimdaemon.sdk.runtime.wire.*;
                """;
    }

    public static Compilation compile(JavaFileObject source, String... options) {
        return JavaCompilerKind.JAVAC.compile(source, options);
    }

    /**
     * Asserts that the compilation failed with exactly these errors, in any order, each with its
     * whole message, in {@code source} at its line and column: {@code "message", line, column, ...}.
     */
    public static void assertErrors(Compilation compilation, JavaFileObject source, Object... expected) {
        List<String> want = new ArrayList<>();
        for (int i = 0; i < expected.length; i += 3) {
            want.add(describe(fileName(source), expected[i + 1], expected[i + 2], expected[i]));
        }
        List<String> got = compilation.errors().stream()
                .map(Compilations::describe)
                .collect(Collectors.toList());
        assertWithMessage("errors of the compilation").that(got).containsExactlyElementsIn(want);
    }

    private static String describe(Diagnostic<? extends JavaFileObject> error) {
        String file = error.getSource() == null ? "(no file)" : fileName(error.getSource());
        return describe(file, error.getLineNumber(), error.getColumnNumber(), error.getMessage(Locale.ROOT));
    }

    /** {@code Watcher.java}: javac's and ecj's paths of one source differ. */
    private static String fileName(JavaFileObject file) {
        String path = file.toUri().getPath();
        return path.substring(path.lastIndexOf('/') + 1);
    }

    private static String describe(String file, Object line, Object column, Object message) {
        return file + ":" + line + ":" + column + ": " + message;
    }
}

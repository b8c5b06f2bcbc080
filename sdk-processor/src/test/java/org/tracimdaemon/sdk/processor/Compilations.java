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
import javax.annotation.processing.Processor;
import javax.tools.Diagnostic;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.ToolProvider;
import org.eclipse.jdt.internal.compiler.tool.EclipseCompiler;

/**
 * Compiles handler interfaces with the processor, as a plugin's build would, with javac or Eclipse's
 * ecj. Every test that compiles runs under both ({@code @ParameterizedClass} over
 * {@link JavaCompilerKind}), with one assertion for both wherever their output agrees, as it does
 * for every message and line.
 *
 * <p>What ecj needs, and where it differs:
 * <ul>
 *   <li>ecj reads every source from disk, so {@link #source} writes each one to a file under
 *       {@code target/}, and both compilers read that same file; compile-testing's in-memory
 *       {@code forSourceString} would not do for ecj.
 *   <li>ecj also reads the processor's generated sources from disk, which compile-testing's
 *       in-memory file manager cannot give it: {@link OnDiskEclipseCompiler} runs it over a
 *       directory and hands the results back, so {@code generatedSourceFile} and the compiled
 *       classes work as with javac.
 *   <li>Columns: see {@link JavaCompilerKind#typeColumn} and {@link JavaCompilerKind#valueColumn}.
 *   <li>An error on an interface deferred to a later round has no file under ecj
 *       ({@code ProcessorRobustnessTest}).
 *   <li>javac runs with {@code -Xlint:all -Werror}; ecj with its default warnings and some more,
 *       and tests assert there are none (ecj warns of things javac does not, such as a needless
 *       {@code @SuppressWarnings} or an unused private method in generated code), all but unused
 *       imports: every test source shares one import header.
 * </ul>
 * No compiling test is left out under ecj. Tests that compile nothing ({@code DidYouMeanTest},
 * {@code ProcessorRegistrationTest}) run once.
 */
final class Compilations {
    /** Where {@link #source} writes: ecj reads its sources from disk, and both compilers read the same file. */
    private static final Path SOURCES = Path.of("target", "test-compilation-sources");

    private Compilations() {}

    /** The compilers plugin authors build with; tests that matter run under both. */
    enum JavaCompilerKind {
        JAVAC,
        ECJ;

        /** Compiles {@code source} with the processor, as a plugin's build would. */
        public Compilation compile(JavaFileObject source, String... options) {
            return compileAll(List.of(source), options);
        }

        /** Compiles {@code sources} together with the processor, as a plugin's build would. */
        public Compilation compileAll(List<JavaFileObject> sources, String... options) {
            return compileWith(List.of(new OnEventProcessor()), sources, options);
        }

        /** Compiles {@code sources} with exactly these processors, in this order. */
        public Compilation compileWith(List<Processor> processors, List<JavaFileObject> sources, String... options) {
            List<String> all = new ArrayList<>(switch (this) {
                case JAVAC -> List.of("-Xlint:all", "-Werror");
                // ecj's default warnings and more; tests assert there are none (succeededWithoutWarnings).
                // But not unused imports: every source shares one import header (see source()), and
                // generated code names only what it uses.
                case ECJ -> List.of("--release", "17", "-warn:+deprecation,+removal,+unchecked,+raw,+serial",
                        "-warn:-unusedImport", "-classpath", System.getProperty("java.class.path"));
            });
            all.addAll(List.of(options));
            Compiler compiler = this == JAVAC ? Compiler.javac() : Compiler.compiler(new OnDiskEclipseCompiler());
            return compiler.withProcessors(processors).withOptions(all).compile(sources);
        }

        /**
         * The column of an error on a type: javac puts it on the keyword ({@code class},
         * {@code interface}, {@code enum}), ecj on the type's name. Line and message are the same.
         */
        public int typeColumn(int keyword, int name) {
            return this == JAVAC ? keyword : name;
        }

        /**
         * The column of an error on an {@code @OnEvent} or {@code @TracimPlugin} value: javac puts it
         * on the value itself, ecj on the {@code @} of its annotation, since ecj's Messager places a
         * message given an annotation value on the annotation. Line and message are the same.
         */
        public int valueColumn(int value, int annotation) {
            return this == JAVAC ? value : annotation;
        }

        /** The compiler itself, for a test that runs it over files on disk as a build tool does. */
        public JavaCompiler tool() {
            return this == JAVAC ? ToolProvider.getSystemJavaCompiler() : new EclipseCompiler();
        }
    }

    /** The source of {@code test.<name>}, with the SDK's usual imports above {@code body}. */
    static JavaFileObject source(String name, String body) {
        return rawSource(name, header() + body);
    }

    /** The source of {@code test.<name>} exactly as given, package line included. */
    static JavaFileObject rawSource(String name, String text) {
        try {
            Files.createDirectories(SOURCES);
            Path file = Files.createTempDirectory(SOURCES, "sources").resolve("test").resolve(name + ".java");
            Files.createDirectories(file.getParent());
            Files.writeString(file, text, StandardCharsets.UTF_8);
            return JavaFileObjects.forResource(file.toUri().toURL());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The number of lines {@link #source} puts before {@code body}: body line n is file line n + this. */
    static int headerLines() {
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

    /**
     * Asserts that the compilation failed with exactly these errors, in any order, each with its
     * whole message, in {@code source} at its line and column: {@code "message", line, column, ...}.
     */
    static void assertErrors(Compilation compilation, JavaFileObject source, Object... expected) {
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

    /** {@code Watcher.java}: the messages' file, without the temporary directory it is in. */
    private static String fileName(JavaFileObject file) {
        String path = file.toUri().getPath();
        return path.substring(path.lastIndexOf('/') + 1);
    }

    private static String describe(String file, Object line, Object column, Object message) {
        return file + ":" + line + ":" + column + ": " + message;
    }
}

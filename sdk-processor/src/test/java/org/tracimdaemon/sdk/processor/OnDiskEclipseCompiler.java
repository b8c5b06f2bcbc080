package org.tracimdaemon.sdk.processor;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;
import javax.annotation.processing.Processor;
import javax.lang.model.SourceVersion;
import javax.tools.DiagnosticListener;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileManager;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.StandardLocation;
import org.eclipse.jdt.internal.compiler.tool.EclipseCompiler;

/**
 * Eclipse's ecj, writing its output to disk, then copied into compile-testing's in-memory file
 * manager so that {@code Compilation} sees it as it sees javac's.
 *
 * <p>ecj reads every source file it compiles from disk, the processor's generated ones included: in
 * compile-testing's in-memory file manager it fails on each with "Cannot read the source from
 * /SOURCE_OUTPUT/...". So each task runs ecj with its own file manager, class and source output in a
 * fresh directory, and only its results go into the file manager compile-testing passed in.
 */
final class OnDiskEclipseCompiler implements JavaCompiler {
    private static final Path ROOT = Path.of("target", "ecj-output");

    private final EclipseCompiler ecj = new EclipseCompiler();

    @Override
    public CompilationTask getTask(Writer out, JavaFileManager inMemory, DiagnosticListener<? super JavaFileObject> listener,
            Iterable<String> options, Iterable<String> classes, Iterable<? extends JavaFileObject> units) {
        return new CompilationTask() {
            private final List<Processor> processors = new ArrayList<>();
            private Locale locale;

            @Override
            public void setProcessors(Iterable<? extends Processor> given) {
                given.forEach(processors::add);
            }

            @Override
            public void setLocale(Locale given) {
                locale = given;
            }

            @Override
            public void addModules(Iterable<String> moduleNames) {
                throw new UnsupportedOperationException("the processor's tests compile no modules");
            }

            @Override
            public Boolean call() {
                try {
                    Files.createDirectories(ROOT);
                    Path dir = Files.createTempDirectory(ROOT, "compilation");
                    Path classOutput = Files.createDirectories(dir.resolve("classes"));
                    Path sourceOutput = Files.createDirectories(dir.resolve("generated"));
                    try (StandardJavaFileManager disk = ecj.getStandardFileManager(listener, locale,
                            StandardCharsets.UTF_8)) {
                        disk.setLocationFromPaths(StandardLocation.CLASS_OUTPUT, List.of(classOutput));
                        disk.setLocationFromPaths(StandardLocation.SOURCE_OUTPUT, List.of(sourceOutput));
                        // Without a writer ecj prints every problem to System.out as well; the listener has them.
                        CompilationTask task = ecj.getTask(out == null ? Writer.nullWriter() : out, disk, listener,
                                options, classes, units);
                        task.setProcessors(processors);
                        if (locale != null) {
                            task.setLocale(locale);
                        }
                        boolean succeeded = task.call();
                        copy(sourceOutput, StandardLocation.SOURCE_OUTPUT, JavaFileObject.Kind.SOURCE, inMemory);
                        copy(classOutput, StandardLocation.CLASS_OUTPUT, JavaFileObject.Kind.CLASS, inMemory);
                        return succeeded;
                    }
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        };
    }

    /** Every file under {@code directory}, written again to {@code location} of {@code target}. */
    private static void copy(Path directory, StandardLocation location, JavaFileObject.Kind kind,
            JavaFileManager target) throws IOException {
        List<Path> files;
        try (Stream<Path> walk = Files.walk(directory)) {
            files = walk.filter(Files::isRegularFile).toList();
        }
        for (Path file : files) {
            String relative = directory.relativize(file).toString().replace('\\', '/');
            var output = relative.endsWith(kind.extension)
                    ? target.getJavaFileForOutput(location,
                            relative.substring(0, relative.length() - kind.extension.length()).replace('/', '.'), kind,
                            null)
                    : target.getFileForOutput(location, "", relative, null);
            try (InputStream in = Files.newInputStream(file); OutputStream to = output.openOutputStream()) {
                in.transferTo(to);
            }
        }
    }

    @Override
    public StandardJavaFileManager getStandardFileManager(DiagnosticListener<? super JavaFileObject> listener,
            Locale locale, java.nio.charset.Charset charset) {
        return ecj.getStandardFileManager(listener, locale, charset);
    }

    @Override
    public int isSupportedOption(String option) {
        return ecj.isSupportedOption(option);
    }

    @Override
    public int run(InputStream in, OutputStream out, OutputStream err, String... arguments) {
        return ecj.run(in, out, err, arguments);
    }

    @Override
    public Set<SourceVersion> getSourceVersions() {
        return ecj.getSourceVersions();
    }
}

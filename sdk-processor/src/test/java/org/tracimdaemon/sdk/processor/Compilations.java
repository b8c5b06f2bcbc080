package org.tracimdaemon.sdk.processor;

import static com.google.testing.compile.Compiler.javac;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import java.util.ArrayList;
import java.util.List;
import javax.tools.JavaFileObject;

/** Compiles handler interfaces with the processor, as a plugin's build would. */
public final class Compilations {
    private Compilations() {}

    /** The source of {@code test.<name>}, with the SDK's usual imports above {@code body}. */
    public static JavaFileObject source(String name, String body) {
        return JavaFileObjects.forSourceString("test." + name, header() + body);
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
        List<String> all = new ArrayList<>(List.of("-Xlint:all", "-Werror"));
        all.addAll(List.of(options));
        return javac().withProcessors(new OnEventProcessor()).withOptions(all).compile(source);
    }
}

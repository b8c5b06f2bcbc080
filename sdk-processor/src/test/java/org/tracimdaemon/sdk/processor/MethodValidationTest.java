package org.tracimdaemon.sdk.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.tracimdaemon.sdk.processor.Compilations.assertErrors;
import static org.tracimdaemon.sdk.processor.Compilations.source;

import com.google.testing.compile.Compilation;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import org.tracimdaemon.sdk.processor.Compilations.JavaCompilerKind;

/** Handler methods and where they are declared. Body line 1 is file line 9. */
@ParameterizedClass
@EnumSource(JavaCompilerKind.class)
class MethodValidationTest {
    @Parameter
    JavaCompilerKind compiler;

    private Compilation assertError(String body, String message, int line) {
        JavaFileObject source = source("Watcher", body);
        Compilation compilation = compiler.compile(source);
        assertThat(compilation).hadErrorContaining(message).inFile(source).onLine(line);
        return compilation;
    }

    @Test
    void handlersReturnVoid() {
        assertError("""
                public interface Watcher {
                    @OnEvent("user.created")
                    String handle(TLMEvent event);
                }
                """, "@OnEvent method handle returns java.lang.String; handlers return void, since the dispatcher"
                        + " has nobody to hand a result to", 11);
    }

    @Test
    void handlersAreNotGeneric() {
        assertError("""
                public interface Watcher {
                    @OnEvent("user.created")
                    <T> void handle(TLMEvent event);
                }
                """, "@OnEvent method handle must not be generic: the dispatcher has no type to call it with", 11);
    }

    @Test
    void handlersMayDeclareExceptions() {
        Compilation compilation = compiler.compile(source("Watcher", """
                public interface Watcher {
                    @OnEvent("user.created")
                    void handle(TLMEvent event) throws java.io.IOException, InterruptedException;
                }
                """));
        assertThat(compilation).succeededWithoutWarnings();
    }

    @Test
    void abstractMethodWithoutOnEventIsRefused() {
        assertError("""
                public interface Watcher {
                    @OnEvent("user.created")
                    void handle(TLMEvent event);

                    void forgotten(TLMEvent event);
                }
                """, "abstract method forgotten has no @OnEvent; every abstract method needs @OnEvent, or make it"
                        + " default", 13);
    }

    @Test
    void defaultAndStaticMethodsWithoutOnEventAreFine() {
        Compilation compilation = compiler.compile(source("Watcher", """
                public interface Watcher {
                    @OnEvent("user.created")
                    default void handle(TLMEvent event) {
                        helper();
                    }

                    default void helper() {}

                    static Watcher none() {
                        return new Watcher() {};
                    }
                }
                """));
        assertThat(compilation).succeededWithoutWarnings();
    }

    @Test
    void staticHandlersAreRefused() {
        assertError("""
                public interface Watcher {
                    @OnEvent("user.created")
                    static void handle(TLMEvent event) {}
                }
                """, "@OnEvent method handle is static; handlers are abstract or default methods", 11);
    }

    @Test
    void privateHandlersAreRefused() {
        assertError("""
                public interface Watcher {
                    @OnEvent("user.created")
                    private void handle(TLMEvent event) {}
                }
                """, "@OnEvent method handle is private; handlers are abstract or default methods", 11);
    }

    @Test
    void onEventInAClassIsRefused() {
        assertError("""
                public class Watcher {
                    @OnEvent("user.created")
                    public void handle(TLMEvent event) {}
                }
                """, "Watcher is a class; @OnEvent methods and @TracimPlugin belong on a top-level or nested interface"
                        + " that is not private: declare the handlers there and implement it", 9);
    }

    @Test
    void onEventInAClassIsReportedOnTheMethodToo() {
        JavaFileObject source = source("Watcher", """
                public class Watcher {
                    @OnEvent("user.created")
                    public void handle(TLMEvent event) {}
                }
                """);
        assertErrors(compiler.compile(source), source,
                "Watcher is a class; @OnEvent methods and @TracimPlugin belong on a top-level or nested interface"
                        + " that is not private: declare the handlers there and implement it", 9, compiler.typeColumn(8, 14),
                "@OnEvent method handle is in a class, Watcher; move it to an interface that Watcher implements:"
                        + " only interfaces get a dispatcher", 11, 17);
    }

    @Test
    void onEventInAnEnumIsReportedOnTheMethodToo() {
        JavaFileObject source = source("Watcher", """
                public enum Watcher {
                    ONE;

                    @OnEvent("user.created")
                    public void handle(TLMEvent event) {}
                }
                """);
        assertErrors(compiler.compile(source), source,
                "Watcher is an enum; @OnEvent methods and @TracimPlugin belong on a top-level or nested interface"
                        + " that is not private: declare the handlers there and implement it", 9, compiler.typeColumn(8, 13),
                "@OnEvent method handle is in an enum, Watcher; move it to an interface that Watcher implements:"
                        + " only interfaces get a dispatcher", 13, 17);
    }

    @Test
    void onEventInAnEnumIsRefused() {
        assertError("""
                public enum Watcher {
                    ONE;

                    @OnEvent("user.created")
                    public void handle(TLMEvent event) {}
                }
                """, "Watcher is an enum; @OnEvent methods and @TracimPlugin belong on a top-level or nested interface",
                9);
    }

    @Test
    void privateNestedInterfaceIsRefused() {
        assertError("""
                public class Outer {
                    private interface Watcher {
                        @OnEvent("user.created")
                        void handle(TLMEvent event);
                    }
                }
                """.replace("public class Outer", "public class Watcher").replace("interface Watcher", "interface Inner"),
                "Watcher.Inner is private; the generated Watcher_InnerDispatcher beside it could not call it: make it"
                        + " package-private or public", 10);
    }

    @Test
    void interfaceInsideAPrivateClassIsRefused() {
        assertError("""
                public class Watcher {
                    private static class Hidden {
                        interface Inner {
                            @OnEvent("user.created")
                            void handle(TLMEvent event);
                        }
                    }
                }
                """, "Watcher.Hidden.Inner is private (inside a private type); the generated"
                        + " Watcher_Hidden_InnerDispatcher beside it could not call it", 11);
    }

    @Test
    void genericInterfaceIsRefused() {
        assertError("""
                public interface Watcher<T> {
                    @OnEvent("user.created")
                    void handle(TLMEvent event);
                }
                """, "Watcher is generic; a handler interface has no type parameters, since its dispatcher could not"
                        + " know them", 9);
    }

    @Test
    void nestedInterfaceGetsADispatcherNamedAfterItsPath() {
        Compilation compilation = compiler.compile(source("Watcher", """
                public class Watcher {
                    interface Inner {
                        @OnEvent("user.created")
                        void handle(TLMEvent event);
                    }
                }
                """));
        assertThat(compilation).succeededWithoutWarnings();
        assertThat(compilation).generatedSourceFile("test.Watcher_InnerDispatcher");
    }

    @Test
    void twoHandlersOfOneTypeCompile() {
        Compilation compilation = compiler.compile(source("Watcher", """
                public interface Watcher {
                    @OnEvent("user.created")
                    void first(TLMEvent event);

                    @OnEvent({"user.created", "user.*"})
                    void second(UserEvent event);
                }
                """));
        assertThat(compilation).succeededWithoutWarnings();
    }
}

package org.tracimdaemon.sdk.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.tracimdaemon.sdk.processor.Compilations.assertErrors;
import static org.tracimdaemon.sdk.processor.Compilations.source;

import com.google.testing.compile.Compilation;
import java.util.List;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import org.tracimdaemon.sdk.processor.Compilations.JavaCompilerKind;

/** Handlers inherited from superinterfaces: checked like the interface's own, refused with what to do. Body line 1 is file line 9. */
@ParameterizedClass
@EnumSource(JavaCompilerKind.class)
class InheritanceTest {
    @Parameter
    JavaCompilerKind compiler;

    @Test
    void subInterfaceWithOnlyInheritedHandlersGetsADispatcher() {
        Compilation compilation = compiler.compileAll(List.of(source("SpaceDigest", """
                public interface SpaceDigest {
                    @OnEvent("workspace.created")
                    void created(Workspace workspace);
                }
                """), source("Extra", """
                public interface Extra extends SpaceDigest {}
                """)));
        assertThat(compilation).succeededWithoutWarnings();
        assertThat(compilation).generatedSourceFile("test.ExtraDispatcher").contentsAsUtf8String()
                .contains("handlers.created(workspace);");
    }

    @Test
    void inheritedAbstractMethodWithoutOnEventIsRefusedOnTheInterface() {
        JavaFileObject source = source("Watcher", """
                public interface Watcher extends Runnable {
                    @OnEvent("user.created")
                    void created(UserEvent event);
                }
                """);
        assertErrors(compiler.compile(source), source,
                "Watcher inherits abstract method run() from Runnable, which has no @OnEvent; every abstract method"
                        + " of a handler interface needs @OnEvent: override it in Watcher with @OnEvent or as a default"
                        + " method, or stop extending Runnable", 9, compiler.typeColumn(8, 18));
    }

    @Test
    void overrideThatDropsOnEventIsRefusedOnTheOverride() {
        JavaFileObject source = source("Watcher", """
                interface Base {
                    @OnEvent("user.created")
                    void created(UserEvent event);
                }

                public interface Watcher extends Base {
                    @Override
                    void created(UserEvent event);
                }
                """);
        assertErrors(compiler.compile(source), source,
                "created overrides @OnEvent method Base.created but has no @OnEvent itself; annotations of a method"
                        + " are not inherited: repeat @OnEvent on it, or remove the override", 16, 10);
    }

    @Test
    void sameMethodFromUnrelatedInterfacesIsRefused() {
        JavaFileObject source = source("Watcher", """
                interface Created {
                    @OnEvent("user.created")
                    void user(UserEvent event);
                }

                interface Deleted {
                    @OnEvent("user.deleted")
                    void user(UserEvent event);
                }

                public interface Watcher extends Created, Deleted {}
                """);
        assertErrors(compiler.compile(source), source,
                "Watcher inherits user(...) from Created and Deleted, which the dispatcher cannot tell apart: declare"
                        + " the method in Watcher, with the @OnEvent it should have", 19, compiler.typeColumn(8, 18));
    }

    @Test
    void redeclaringTheMethodWithItsOwnOnEventSettlesIt() {
        Compilation compilation = compiler.compileAll(List.of(source("Created", """
                public interface Created {
                    @OnEvent("user.created")
                    void user(UserEvent event);
                }
                """), source("Deleted", """
                public interface Deleted {
                    @OnEvent("user.deleted")
                    void user(UserEvent event);
                }
                """), source("Watcher", """
                public interface Watcher extends Created, Deleted {
                    @Override
                    @OnEvent({"user.created", "user.deleted"})
                    void user(UserEvent event);
                }
                """)));
        assertThat(compilation).succeededWithoutWarnings();
    }

    @Test
    void invalidInheritedHandlerIsReportedWhereDeclaredAndNamedOnTheSubInterface() {
        JavaFileObject source = source("Watcher", """
                interface Base {
                    @OnEvent("user.craeted")
                    void created(UserEvent event);
                }

                public interface Watcher extends Base {}
                """);
        assertErrors(compiler.compile(source), source,
                "unknown event type \"user.craeted\"; did you mean \"user.created\"?", 10, compiler.valueColumn(14, 5),
                "Watcher inherits @OnEvent method Base.created, which is not a valid handler here (unknown event type"
                        + " \"user.craeted\"; did you mean \"user.created\"?): fix it in Base, or override it in Watcher"
                        + " with an @OnEvent that is", 14, compiler.typeColumn(8, 18));
    }
}

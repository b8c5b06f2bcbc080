package org.tracimdaemon.sdk.processor;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.tracimdaemon.sdk.processor.Compilations.source;
import static org.tracimdaemon.sdk.processor.EndToEndDispatchTest.sample;

import com.google.testing.compile.Compilation;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import org.tracimdaemon.sdk.processor.Compilations.JavaCompilerKind;
import org.tracimdaemon.sdk.runtime.EventDispatcher;

/**
 * Over the daemon's samples: handlers inherited along two paths run once, an override runs with its
 * own {@code @OnEvent}, and the sub-interface's own handlers after the inherited ones.
 */
@ParameterizedClass
@EnumSource(JavaCompilerKind.class)
class InheritedDispatchTest {
    @Parameter
    JavaCompilerKind compiler;

    private final List<String> calls = new ArrayList<>();
    private final RecordingContext context = new RecordingContext();
    private EventDispatcher dispatcher;

    @BeforeEach
    void compileAndCreate() throws ReflectiveOperationException {
        Compilation compilation = compiler.compileAll(List.of(source("Base", """
                public interface Base {
                    @OnEvent("daemon_account_info")
                    void me(AccountInfoData me);

                    @OnEvent("content.created.html-document")
                    void content(ContentEvent event);
                }
                """), source("Left", """
                public interface Left extends Base {}
                """), source("Right", """
                public interface Right extends Base {
                    @Override
                    @OnEvent("content.created.*")
                    void content(ContentEvent event);
                }
                """), source("Both", """
                public interface Both extends Left, Right {
                    @OnEvent("content.created.comment")
                    void comment(CommentContent comment);
                }
                """)));
        assertThat(compilation).succeededWithoutWarnings();
        assertThat(compilation).generatedSourceFile("test.LeftDispatcher");
        dispatcher = CompiledClassLoader.dispatcherOf(compilation, "Both", (proxy, method, args) -> {
            calls.add(method.getName());
            return null;
        });
    }

    @Test
    void methodInheritedAlongTwoPathsRunsOnce() {
        dispatcher.dispatch(sample("daemon_account_info"), context);
        assertThat(calls).containsExactly("me");
    }

    @Test
    void overrideRunsWithItsOwnOnEventThenTheInterfacesOwnHandler() {
        dispatcher.dispatch(sample("daemon_tracim_event.content.created.comment"), context);
        assertThat(calls).containsExactly("content", "comment").inOrder();
        assertThat(context.failures).isEmpty();
    }
}

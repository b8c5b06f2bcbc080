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
 * Over the daemon's samples: a handler whose values overlap runs once per message, and a handler's
 * Error, the JVM's own included, is reported while the next handler still runs.
 */
@ParameterizedClass
@EnumSource(JavaCompilerKind.class)
class OnceAndEveryThrowableTest {
    @Parameter
    JavaCompilerKind compiler;

    private final List<String> calls = new ArrayList<>();
    private final RecordingContext context = new RecordingContext();
    private EventDispatcher dispatcher;

    @BeforeEach
    void compileAndCreate() throws ReflectiveOperationException {
        Compilation compilation = compiler.compile(source("Overlap", """
                public interface Overlap {
                    @OnEvent({"daemon_tracim_event", "content.created.comment", "content.*"})
                    void everyTlm(TLMEvent tlm);

                    @OnEvent({"custom_message", "daemon_account_info", "content.created.comment"})
                    void everyMessage(DaemonEvent event);

                    @OnEvent("content.created.comment")
                    void overflowing(ContentEvent event);

                    @OnEvent("content.created.comment")
                    void outOfMemory(CommentContent comment);

                    @OnEvent("content.created.comment")
                    void last(TLMEvent tlm);
                }
                """));
        assertThat(compilation).succeededWithoutWarnings();
        dispatcher = CompiledClassLoader.dispatcherOf(compilation, "Overlap", (proxy, method, args) -> {
            calls.add(method.getName());
            switch (method.getName()) {
                case "overflowing" -> throw new StackOverflowError("deep");
                case "outOfMemory" -> throw new OutOfMemoryError("full");
                default -> {
                    return null;
                }
            }
        });
    }

    @Test
    void handlerOfATlmTypeAndOfEveryTlmRunsOnceForThatType() {
        dispatcher.dispatch(sample("daemon_tracim_event.content.created.comment"), context);
        assertThat(calls).containsExactly("everyMessage", "everyTlm", "overflowing", "outOfMemory", "last").inOrder();
    }

    @Test
    void handlerOfEveryMessageAndOfADaemonTypeRunsOnceForThatType() {
        dispatcher.dispatch(sample("daemon_account_info"), context);
        assertThat(calls).containsExactly("everyMessage");
    }

    @Test
    void stackOverflowAndOutOfMemoryAreReportedAndTheNextHandlerRuns() {
        dispatcher.dispatch(sample("daemon_tracim_event.content.created.comment"), context);
        assertThat(context.failures).containsExactly(
                "handler Overlap.overflowing: deep", "handler Overlap.outOfMemory: full").inOrder();
        assertThat(calls).contains("last");
    }
}

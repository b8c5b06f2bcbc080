package org.tracimdaemon.sdk.processor;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.tracimdaemon.sdk.processor.Compilations.source;

import com.google.testing.compile.Compilation;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import org.tracimdaemon.sdk.processor.Compilations.JavaCompilerKind;
import org.tracimdaemon.sdk.runtime.EventDispatcher;
import org.tracimdaemon.sdk.runtime.wire.DaemonEvent;

/**
 * The runtime reads a TLM's header alone until a record is decoded; a handler that takes the
 * {@code TLMEvent} alone must still never see a document that is not JSON. Each way a dispatcher
 * reaches such a handler (every TLM, one event type, a pattern over a type newer than the build)
 * gets a TLM whose header is sound and whose fields are not JSON: no handler runs, one failure.
 */
@ParameterizedClass
@EnumSource(JavaCompilerKind.class)
class UncheckedTlmDispatchTest {
    /** A sound header, and fields that are not JSON ({@code ]} closes an object). */
    private static final String BROKEN = "{\"event_id\":1,\"event_type\":\"%s\",\"created\":\"2025-05-20T09:02:11Z\","
            + "\"read\":null,\"fields\":{\"content\":{\"label\":\"x\"]},\"author\":null}";

    @Parameter
    JavaCompilerKind compiler;

    private final List<String> calls = new ArrayList<>();
    private final RecordingContext context = new RecordingContext();

    @Test
    void aHandlerOfEveryTlm() throws Exception {
        check("""
                public interface Plugin {
                    @OnEvent("daemon_tracim_event")
                    void every(TLMEvent tlm);

                    @OnEvent("content.created.html-document")
                    void note(MessageContent note);
                }
                """, "content.created.html-document");
    }

    @Test
    void aHandlerOfOneEventTypeBesideATypedOne() throws Exception {
        check("""
                public interface Plugin {
                    @OnEvent("content.created.html-document")
                    void raw(TLMEvent tlm);

                    @OnEvent("content.created.html-document")
                    void note(MessageContent note);
                }
                """, "content.created.html-document");
    }

    @Test
    void aPatternOverATypeNewerThanTheBuild() throws Exception {
        check("""
                public interface Plugin {
                    @OnEvent("content.created.*")
                    void created(TLMEvent tlm);
                }
                """, "content.created.calendar");
    }

    private void check(String plugin, String eventType) throws Exception {
        Compilation compilation = compiler.compile(source("Plugin", plugin));
        assertThat(compilation).succeededWithoutWarnings();
        EventDispatcher dispatcher = CompiledClassLoader.dispatcherOf(compilation, "Plugin", (proxy, method, args) -> {
            calls.add(method.getName());
            return null;
        });
        String tlm = String.format(BROKEN, eventType).replace("\"", "\\\"");
        byte[] message = ("{\"path\":\"/tmp/master.sock\",\"type\":\"daemon_tracim_event\",\"data\":\"" + tlm + "\"}")
                .getBytes(StandardCharsets.UTF_8);
        dispatcher.dispatch(DaemonEvent.decode(message), context);
        assertThat(calls).isEmpty();
        assertThat(context.failures).hasSize(1);
        assertThat(context.failures.get(0)).startsWith("payload ");
    }
}

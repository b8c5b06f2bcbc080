package org.tracimdaemon.sdk.processor;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.tracimdaemon.sdk.processor.Compilations.source;

import com.google.testing.compile.Compilation;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Proxy;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.BeforeParameterizedClassInvocation;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import org.tracimdaemon.sdk.processor.Compilations.JavaCompilerKind;
import org.tracimdaemon.sdk.runtime.DaemonClient;
import org.tracimdaemon.sdk.runtime.DispatchError;
import org.tracimdaemon.sdk.runtime.EventDispatcher;
import org.tracimdaemon.sdk.runtime.tlm.CommentContent;
import org.tracimdaemon.sdk.runtime.tlm.ContentEvent;
import org.tracimdaemon.sdk.runtime.tlm.Mention;
import org.tracimdaemon.sdk.runtime.tlm.MessageContent;
import org.tracimdaemon.sdk.runtime.tlm.TLMEvent;
import org.tracimdaemon.sdk.runtime.tlm.User;
import org.tracimdaemon.sdk.runtime.wire.AccountInfoData;
import org.tracimdaemon.sdk.runtime.wire.DaemonEvent;
import org.tracimdaemon.sdk.testkit.Samples;

/**
 * Compiles a handler interface, loads the generated dispatcher and feeds it the daemon's sample
 * messages: which handlers run, in which order, with which decoded values.
 */
@ParameterizedClass
@EnumSource(JavaCompilerKind.class)
class EndToEndDispatchTest {
    /** Unused by the tests, which dispatch through what compilePlugin compiled; JUnit requires it. */
    @Parameter
    JavaCompilerKind compiler;

    private static Class<?> pluginType;
    private static Class<?> dispatcherType;

    private final List<String> calls = new ArrayList<>();
    private final Map<String, Object[]> arguments = new HashMap<>();
    private final RecordingContext context = new RecordingContext();
    private EventDispatcher dispatcher;

    /** Once per compiler: every test below dispatches through the dispatcher it generated. */
    @BeforeParameterizedClassInvocation
    static void compilePlugin(JavaCompilerKind compiler) throws ClassNotFoundException {
        Compilation compilation = compiler.compile(source("Plugin", """
                public interface Plugin {
                    @OnEvent("custom_message")
                    void every(DaemonEvent event);

                    @OnEvent("daemon_account_info")
                    void me(AccountInfoData me);

                    @OnEvent("content.created.html-document")
                    void note(ContentEvent event, MessageContent note, TLMEvent tlm);

                    @OnEvent("content.created.*")
                    void created(Content content);

                    @OnEvent("content.created.comment")
                    void throwing(CommentContent comment);

                    @OnEvent("content.created.comment")
                    void afterThrowing(ContentEvent event);

                    @OnEvent("content.created.file")
                    void file(FileContent file);

                    @OnEvent("mention.created")
                    void mention(DaemonClient daemon, Mention mention);

                    @OnEvent("user.*")
                    void user(User user);

                    @OnEvent("custom_error")
                    void error(DispatchError error);
                }
                """));
        assertThat(compilation).succeededWithoutWarnings();
        ClassLoader loader = new CompiledClassLoader(compilation, EndToEndDispatchTest.class.getClassLoader());
        pluginType = loader.loadClass("test.Plugin");
        dispatcherType = loader.loadClass("test.PluginDispatcher");
    }

    @BeforeEach
    void createDispatcher() throws ReflectiveOperationException {
        Object handlers = Proxy.newProxyInstance(pluginType.getClassLoader(), new Class<?>[] {pluginType},
                (proxy, method, args) -> {
                    calls.add(method.getName());
                    arguments.put(method.getName(), args);
                    if (method.getName().equals("throwing")) {
                        throw new IllegalStateException("handler bug");
                    }
                    return null;
                });
        dispatcher = (EventDispatcher) dispatcherType.getMethod("of", pluginType).invoke(null, handlers);
    }

    /**
     * Data, TLM, fields, a variant and an unknown type's pattern: each decoded or matched by the
     * runtime's GeneratedDispatch, so that a fix there reaches the plugin without recompiling it.
     */
    @Test
    void theDispatcherHoldsNoHelperOfItsOwn() {
        List<String> staticMethods = Arrays.stream(dispatcherType.getDeclaredMethods())
                .filter(method -> Modifier.isStatic(method.getModifiers()))
                .map(Method::getName)
                .toList();
        assertThat(staticMethods).containsExactly("of");
    }

    @Test
    void accountInfoReachesTheCatchAllThenItsHandler() {
        DaemonEvent event = sample("daemon_account_info");
        dispatcher.dispatch(event, context);
        assertThat(calls).containsExactly("every", "me").inOrder();
        assertThat(arguments.get("every")[0]).isSameInstanceAs(event);
        assertThat(arguments.get("me")[0]).isEqualTo(new AccountInfoData(1));
    }

    @Test
    void noteIsDecodedOnceAndSharedByExactAndPatternHandlers() {
        dispatcher.dispatch(sample("daemon_tracim_event"), context);
        assertThat(calls).containsExactly("every", "note", "created").inOrder();
        ContentEvent event = (ContentEvent) arguments.get("note")[0];
        MessageContent note = (MessageContent) arguments.get("note")[1];
        TLMEvent tlm = (TLMEvent) arguments.get("note")[2];
        assertThat(note.label()).isEqualTo("Tiramisu Recipe");
        assertThat(note).isSameInstanceAs(event.content());
        assertThat(tlm.eventType()).isEqualTo("content.created.html-document");
        assertThat(tlm.eventId()).isEqualTo(1230);
        assertThat(arguments.get("created")[0]).isSameInstanceAs(note);
        assertThat(context.failures).isEmpty();
    }

    @Test
    void throwingHandlerIsReportedAndTheNextOneStillRuns() {
        dispatcher.dispatch(sample("daemon_tracim_event.content.created.comment"), context);
        assertThat(calls).containsExactly("every", "created", "throwing", "afterThrowing").inOrder();
        assertThat(((CommentContent) arguments.get("throwing")[0]).contentId()).isEqualTo(55);
        assertThat(context.failures).containsExactly("handler Plugin.throwing: handler bug");
    }

    @Test
    void contentDisagreeingWithItsEventTypeIsAPayloadFailureNotAClassCastException() {
        String comment = text("daemon_tracim_event.content.created.comment");
        DaemonEvent mislabelled = DaemonEvent.decode(comment.replace("content.created.comment", "content.created.file")
                .getBytes(StandardCharsets.UTF_8));
        dispatcher.dispatch(mislabelled, context);
        // The event type chooses the content's shape; a content that says otherwise is a bad payload
        // for every handler that needs it, reported once.
        assertThat(calls).containsExactly("every");
        assertThat(context.failures).containsExactly("payload ContentEvent of content.created.file:"
                + " fields.content.content_type: the event type says \"file\" but the content is \"comment\"");
    }

    @Test
    void mentionHandlerGetsTheMentionAndTheDaemon() {
        dispatcher.dispatch(sample("daemon_tracim_event.mention.created"), context);
        assertThat(calls).containsExactly("every", "mention").inOrder();
        assertThat(arguments.get("mention")[0]).isSameInstanceAs(context.daemon);
        assertThat(((Mention) arguments.get("mention")[1]).contentId()).isEqualTo(45);
    }

    @Test
    void userPatternGetsTheUser() {
        dispatcher.dispatch(sample("daemon_tracim_event.user.modified"), context);
        assertThat(calls).containsExactly("every", "user").inOrder();
        assertThat(((User) arguments.get("user")[0]).publicName()).isEqualTo("updated");
    }

    @Test
    void typeWithoutHandlersReachesOnlyTheCatchAll() {
        dispatcher.dispatch(sample("daemon_ping"), context);
        assertThat(calls).containsExactly("every");
    }

    @Test
    void unreadableTlmIsAPayloadFailureAndTheCatchAllStillRuns() {
        dispatcher.dispatch(DaemonEvent.of("/tmp/master.sock", "daemon_tracim_event", "not a TLM"), context);
        assertThat(calls).containsExactly("every");
        assertThat(context.failures).hasSize(1);
        assertThat(context.failures.get(0)).startsWith("payload TLMEvent of daemon_tracim_event: data");
    }

    @Test
    void customErrorHandlersAreCalledFromDispatchError() {
        DispatchError error = new DispatchError(DispatchError.Kind.BAD_PAYLOAD, "bad", Optional.empty(),
                Optional.empty(), Optional.empty());
        dispatcher.dispatchError(error, context);
        assertThat(calls).containsExactly("error");
        assertThat(arguments.get("error")[0]).isSameInstanceAs(error);
    }

    static DaemonEvent sample(String name) {
        return DaemonEvent.decode(text(name).getBytes(StandardCharsets.UTF_8));
    }

    static String text(String name) {
        return new String(Samples.daemonMessage(name), StandardCharsets.UTF_8);
    }
}

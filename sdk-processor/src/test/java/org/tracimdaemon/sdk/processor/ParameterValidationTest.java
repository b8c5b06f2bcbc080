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

/** Handler parameters: what each event type guarantees, in any order, at most one of each kind. */
@ParameterizedClass
@EnumSource(JavaCompilerKind.class)
class ParameterValidationTest {
    @Parameter
    JavaCompilerKind compiler;

    /** Compiles {@code @OnEvent(value) void handle(parameters)} and expects one error on line 11. */
    private void assertParameterError(String value, String parameters, String message) {
        JavaFileObject source = source("Watcher", """
                public interface Watcher {
                    @OnEvent(%s)
                    void handle(
                            %s);
                }
                """.formatted(value, parameters));
        Compilation compilation = compiler.compile(source);
        assertThat(compilation).hadErrorCount(1);
        assertThat(compilation).hadErrorContaining(message).inFile(source).onLine(12);
    }

    private void assertCompiles(String value, String parameters) {
        Compilation compilation = compiler.compile(source("Watcher", """
                public interface Watcher {
                    @OnEvent(%s)
                    void handle(%s);
                }
                """.formatted(value, parameters)));
        assertThat(compilation).succeededWithoutWarnings();
    }

    @Test
    void contentVariantMustBeTheOneTheTypeFixes() {
        assertParameterError("\"content.created.comment\"", "FileContent file",
                "content.created.comment carries a CommentContent, not a FileContent");
    }

    @Test
    void payloadRecordMustBeTheEventsOwn() {
        assertParameterError("\"workspace.created\"", "UserEvent event",
                "workspace.created carries a WorkspaceEvent, not a UserEvent");
    }

    @Test
    void mainObjectMustBeTheEventsOwn() {
        assertParameterError("\"workspace_member.created\"", "Workspace workspace",
                "workspace_member.created carries a Member as main object, not a Workspace; its workspace is"
                        + " WorkspaceMemberEvent.workspace(): take a WorkspaceMemberEvent and call workspace()");
    }

    @Test
    void memberEventsUserIsReachedThroughTheirPayload() {
        assertExactParameterError("\"workspace_member.created\"", "User user",
                "workspace_member.created carries a Member as main object, not a User; its user is"
                        + " WorkspaceMemberEvent.user(): take a WorkspaceMemberEvent and call user(); its handlers may"
                        + " take WorkspaceMemberEvent, Member, TLMEvent, DaemonEvent or DaemonClient");
    }

    @Test
    void mentionsContentIsReachedThroughItsPayload() {
        assertExactParameterError("\"mention.created\"", "Content content",
                "mention.created carries a Mention as main object, not a Content; its content is"
                        + " MentionEvent.content(): take a MentionEvent and call content(); its handlers may take"
                        + " MentionEvent, Mention, TLMEvent, DaemonEvent or DaemonClient");
    }

    @Test
    void wrongShapeListsWhatTheHandlerMayTake() {
        assertExactParameterError("\"content.created.comment\"", "FileContent file",
                "content.created.comment carries a CommentContent, not a FileContent; its handlers may take"
                        + " ContentEvent, CommentContent, Content, TLMEvent, DaemonEvent or DaemonClient");
    }

    private void assertExactParameterError(String value, String parameters, String message) {
        JavaFileObject source = source("Watcher", """
                public interface Watcher {
                    @OnEvent(%s)
                    void handle(
                            %s);
                }
                """.formatted(value, parameters));
        assertErrors(compiler.compile(source), source, message, 12, parameters.indexOf(' ') + 14);
    }

    @Test
    void patternOverSeveralContentShapesAllowsOnlyContent() {
        assertParameterError("\"content.*\"", "FileContent file",
                "content.* carries contents of several shapes; take a Content and switch on its type, not a FileContent");
    }

    @Test
    void patternOverSeveralPayloadsAllowsOnlyWhatTheyShare() {
        assertParameterError("\"*.created\"", "UserEvent event",
                "*.created carries no UserEvent; its handlers may take TLMEvent, DaemonEvent or DaemonClient");
    }

    @Test
    void severalValuesAllowOnlyWhatAllCarry() {
        assertParameterError("{\"daemon_ping\", \"user.created\"}", "User user",
                "daemon_ping and user.created carry no User; their handlers may take DaemonEvent or DaemonClient");
    }

    @Test
    void anythingElseIsRefusedWithTheAllowedTypes() {
        assertParameterError("\"content.created.comment\"", "String text",
                "content.created.comment carries no String; its handlers may take ContentEvent, CommentContent,"
                        + " Content, TLMEvent, DaemonEvent or DaemonClient");
    }

    @Test
    void daemonTypesCarryNoTlm() {
        assertParameterError("\"daemon_account_info\"", "TLMEvent tlm",
                "daemon_account_info carries no TLMEvent; its handlers may take AccountInfoData, DaemonEvent or"
                        + " DaemonClient");
    }

    @Test
    void customErrorHandlersTakeTheErrorNotAnEnvelope() {
        assertParameterError("\"custom_error\"", "DaemonEvent event",
                "custom_error carries no DaemonEvent; its handlers may take DispatchError or DaemonClient");
    }

    @Test
    void twoParametersOfOneKindAreRefused() {
        assertParameterError("\"user.created\"", "DaemonEvent first, DaemonEvent second",
                "a handler takes at most one DaemonEvent; remove parameter second");
    }

    @Test
    void twoMainObjectsAreRefusedEvenIfBothFit() {
        assertParameterError("\"content.created.file\"", "FileContent file, Content content",
                "a handler takes at most one main object; remove parameter content");
    }

    @Test
    void everyKindInAnyOrderCompiles() {
        assertCompiles("\"content.created.file\"",
                "DaemonClient daemon, FileContent file, DaemonEvent raw, TLMEvent tlm, ContentEvent event");
    }

    @Test
    void anyContentShapeIsAcceptedAsContent() {
        assertCompiles("\"content.created.file\"", "Content content");
    }

    @Test
    void daemonPayloadRecordsAreAccepted() {
        assertCompiles("\"daemon_account_info\"", "AccountInfoData me, DaemonClient daemon");
        assertCompiles("\"daemon_client_added\"", "ClientData client");
        assertCompiles("\"daemon_request_result\"", "RequestResult result");
        assertCompiles("\"daemon_tracim_event\"", "TLMEvent tlm, DaemonEvent event");
    }

    @Test
    void everyEventMayTakeNothing() {
        assertCompiles("\"custom_message\"", "");
    }
}

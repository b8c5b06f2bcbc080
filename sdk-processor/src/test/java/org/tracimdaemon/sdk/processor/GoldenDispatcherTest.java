package org.tracimdaemon.sdk.processor;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.tracimdaemon.sdk.processor.Compilations.source;

import com.google.testing.compile.Compilation;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import org.tracimdaemon.sdk.processor.Compilations.JavaCompilerKind;

/**
 * The generated code, pinned. After a deliberate change, rewrite the files with
 * {@code mvn -pl sdk-processor test -Dgolden.update=true} and review the diff.
 */
@ParameterizedClass
@EnumSource(JavaCompilerKind.class)
class GoldenDispatcherTest {
    private static final Path GOLDEN = Path.of("src/test/resources/golden");

    @Parameter
    JavaCompilerKind compiler;

    @Test
    void plainInterfaceGetsOneCasePerType() {
        assertGolden("NoteWatcher", """
                public interface NoteWatcher {
                    @OnEvent("content.created.html-document")
                    void noteCreated(ContentEvent note, DaemonClient daemon);

                    @OnEvent("daemon_account_info")
                    void accountInfo(AccountInfoData me);
                }
                """);
    }

    @Test
    void patternsBecomeCaseLabelsAndPrefixChecksForTypesTheBuildDoesNotKnow() {
        assertGolden("ChangeWatcher", """
                public interface ChangeWatcher {
                    @OnEvent({"content.modified.*", "content.deleted.*"})
                    void contentChanged(ContentEvent change, TLMEvent raw);

                    @OnEvent("*.deleted")
                    void somethingDeleted(TLMEvent raw);
                }
                """);
    }

    @Test
    void severalHandlersOfOneTypeRunInDeclarationOrderSharingOneDecode() {
        assertGolden("FileWatcher", """
                public interface FileWatcher {
                    @OnEvent("content.created.file")
                    void first(FileContent file);

                    @OnEvent("content.created.*")
                    void second(ContentEvent event, Content content);

                    @OnEvent("content.created.file")
                    void third(TLMEvent raw, ContentEvent event);
                }
                """);
    }

    @Test
    void everyParameterKindIsPassed() {
        assertGolden("EveryKind", """
                public interface EveryKind {
                    @OnEvent("custom_message")
                    void everyMessage(DaemonEvent event, DaemonClient daemon);

                    @OnEvent("custom_error")
                    void failed(DispatchError error, DaemonClient daemon);

                    @OnEvent("daemon_clients")
                    void clients(DaemonClient daemon, ClientList clients, DaemonEvent event);

                    @OnEvent("daemon_tracim_event")
                    void anyTlm(TLMEvent tlm);

                    @OnEvent("workspace.*")
                    void workspace(Workspace workspace, WorkspaceEvent event, TLMEvent tlm, DaemonEvent raw, DaemonClient daemon);

                    @OnEvent("daemon_ping")
                    void ping();
                }
                """);
    }

    @Test
    void inheritedHandlersRunBeforeTheInterfacesOwnAndAnOverrideWhereItIsDeclared() {
        assertGolden("Digest", """
                public interface Digest extends Notes {
                    @Override
                    @OnEvent("content.created.*")
                    void noteInSpace(ContentEvent event);

                    @OnEvent("tag.created")
                    void tag(TagEvent event);
                }
                """, source("Spaces", """
                public interface Spaces {
                    @OnEvent("workspace.created")
                    void spaceCreated(Workspace workspace);

                    @OnEvent("content.created.html-document")
                    void noteInSpace(ContentEvent event);
                }
                """), source("Notes", """
                public interface Notes extends Spaces {
                    @OnEvent("daemon_account_info")
                    void me(AccountInfoData me);
                }
                """));
    }

    private void assertGolden(String name, String body, JavaFileObject... others) {
        List<JavaFileObject> sources = new ArrayList<>(List.of(others));
        sources.add(source(name, body));
        Compilation compilation = compiler.compileAll(sources);
        assertThat(compilation).succeededWithoutWarnings();
        String generated = contents(compilation, "test." + name + "Dispatcher");
        Path golden = GOLDEN.resolve(name + "Dispatcher.java");
        try {
            if (Boolean.getBoolean("golden.update")) {
                Files.writeString(golden, generated, StandardCharsets.UTF_8);
            }
            assertThat(generated).isEqualTo(Files.readString(golden, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String contents(Compilation compilation, String className) {
        try {
            return compilation.generatedSourceFile(className).orElseThrow().getCharContent(true).toString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

package ${package};

import java.util.function.Consumer;
import org.tracimdaemon.sdk.runtime.tlm.ContentEvent;
import org.tracimdaemon.sdk.runtime.tlm.MessageContent;
import org.tracimdaemon.sdk.runtime.tlm.User;
import org.tracimdaemon.sdk.runtime.wire.AccountInfoData;

/**
 * Says each new note in one line. Lines go to a {@code Consumer}: {@link Main} prints them (under
 * systemd, to the journal), the test collects them.
 */
public final class PrintingNoteWatcher implements NoteWatcher {
    private final Consumer<String> lines;

    /** @param lines where each line goes, e.g. {@code System.out::println} */
    public PrintingNoteWatcher(Consumer<String> lines) {
        this.lines = lines;
    }

    @Override
    public void connected(AccountInfoData account) {
        lines.accept("connected to TracimDaemon as user " + account.userId());
    }

    @Override
    public void noteCreated(MessageContent note, ContentEvent event) {
        String author = event.author().map(User::publicName).orElse("someone");
        lines.accept("new note \"" + note.label() + "\" by " + author + " in " + event.workspace().label());
    }
}

package org.tracimdaemon.sdk.benchmarks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.tracimdaemon.sdk.runtime.tlm.ContentEvent;
import org.tracimdaemon.sdk.runtime.tlm.MessageContent;
import org.tracimdaemon.sdk.runtime.tlm.TLMEvent;
import org.tracimdaemon.sdk.runtime.wire.DaemonEvent;

/**
 * The three decodes issue 15's target compares, each from one message's bytes to the note's label:
 * typed (as a generated dispatcher decodes), a string map and a Jackson tree (the naive way), and
 * an event no handler takes (its type read, nothing else). Each call takes the next of a few copies
 * of its message, as a plugin gets a new array per message: the SDK keeps one unescaped TLM per
 * thread, and one array read again and again would find it unescaped already.
 *
 * <p>The note names its author four times and carries its space's menu, and the SDK keeps the
 * last few people and menus it decoded: {@link #typedNothingRepeats} decodes copies in which
 * each of those is new (other names of the same length), to show what the note costs without.
 */
final class DecodeVariants {
    private static final int COPIES = 16;

    private final ObjectMapper mapper = new ObjectMapper();
    private final byte[][] notes = copies(DispatchBenchmark.sample("/daemon_tracim_event.json"));
    private final byte[][] notesNothingRepeats = nothingRepeats(DispatchBenchmark.sample("/daemon_tracim_event.json"));
    private final byte[][] untaken = copies(DispatchBenchmark.sample("/daemon_tracim_event.content.modified.folder.json"));
    private int next;

    private static byte[][] copies(byte[] message) {
        byte[][] copies = new byte[COPIES][];
        for (int i = 0; i < COPIES; i++) {
            copies[i] = message.clone();
        }
        return copies;
    }

    /** Copies whose people (each occurrence) and menu are all different, the sizes unchanged. */
    private static byte[][] nothingRepeats(byte[] message) {
        String note = new String(message, StandardCharsets.UTF_8);
        byte[][] copies = new byte[COPIES][];
        int person = 0;
        for (int i = 0; i < COPIES; i++) {
            StringBuilder copy = new StringBuilder(note.replace("Dashboard", String.format("Dashbo%03d", i)));
            for (int at = copy.indexOf("Global manager"); at >= 0; at = copy.indexOf("Global manager", at)) {
                copy.replace(at, at + 14, String.format("Global man%04d", person++));
            }
            copies[i] = copy.toString().getBytes(StandardCharsets.UTF_8);
            if (copies[i].length != message.length || person != 4 * (i + 1)) {
                throw new IllegalStateException("the sample note changed: four authors and one menu expected");
            }
        }
        return copies;
    }

    private int nextIndex() {
        next = (next + 1) & (COPIES - 1);
        return next;
    }

    byte[] nextNote() {
        return notes[nextIndex()];
    }

    byte[] nextUntaken() {
        return untaken[nextIndex()];
    }

    /** TLMEvent.decode, fields(ContentEvent.class), the label: what a generated dispatcher and its handler do. */
    String typed() {
        ContentEvent note = TLMEvent.decode(DaemonEvent.decode(nextNote())).fields(ContentEvent.class);
        return ((MessageContent) note.content()).label();
    }

    /** As {@link #typed}, on a copy whose people and menu were never met before (see the class comment). */
    String typedNothingRepeats() {
        ContentEvent note = TLMEvent.decode(DaemonEvent.decode(notesNothingRepeats[nextIndex()]))
                .fields(ContentEvent.class);
        return ((MessageContent) note.content()).label();
    }

    /** The envelope read into a map, its data string into a tree, the label taken from the tree. */
    String mapAndTree() {
        try {
            Map<?, ?> envelope = mapper.readValue(nextNote(), Map.class);
            JsonNode tlm = mapper.readTree((String) envelope.get("data"));
            return tlm.path("fields").path("content").path("label").asText();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** An event no handler takes: the envelope decoded and the TLM's event type read, as a dispatcher must. */
    String untakenType() {
        return TLMEvent.decode(DaemonEvent.decode(nextUntaken())).eventType();
    }

    /** The least any dispatch of that event does: the envelope decoded, its type read. */
    String envelopeType() {
        return DaemonEvent.decode(nextUntaken()).type();
    }
}

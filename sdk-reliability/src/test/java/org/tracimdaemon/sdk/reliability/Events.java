package org.tracimdaemon.sdk.reliability;

import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.tracimdaemon.sdk.testkit.Samples;

/** Numbered events, good and bad, and the id back out of a raw message. */
final class Events {
    private Events() {}

    private static final String USER_MODIFIED = Samples.tlm("user.modified");

    private static final Pattern ID = Pattern.compile("event_id\\\\?\": (\\d+)");

    /** Tracim's user.modified sample, numbered {@code id}. */
    static String tlm(long id) {
        return USER_MODIFIED.replace("\"event_id\": 240", "\"event_id\": " + id);
    }

    /** A TLM whose header is broken: the plugin must report it once (BAD_PAYLOAD). */
    static String badHeader(long id) {
        return tlm(id).replace("\"created\": \"2020-08-18T15:12:51Z\"", "\"created\": \"yesterday\"");
    }

    /** A TLM whose fields do not fit UserEvent: the plugin must report it once (BAD_PAYLOAD). */
    static String badFields(long id) {
        return tlm(id).replace("\"user\": {", "\"user\": 42, \"x\": {");
    }

    /** A whole message as the daemon writes it, cut short: not JSON (UNREADABLE_MESSAGE). */
    static byte[] truncatedEnvelope(long id) {
        byte[] whole = Seeds.tracimEventAsString(tlm(id));
        return java.util.Arrays.copyOf(whole, whole.length - 2);
    }

    /** The event id inside a raw message (as a JSON string or not). */
    static Optional<Long> idIn(String raw) {
        Matcher matcher = ID.matcher(raw);
        return matcher.find() ? Optional.of(Long.parseLong(matcher.group(1))) : Optional.empty();
    }

    static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}

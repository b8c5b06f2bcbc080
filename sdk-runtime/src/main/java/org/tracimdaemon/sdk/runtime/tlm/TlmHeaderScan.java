package org.tracimdaemon.sdk.runtime.tlm;

import java.time.Instant;
import java.util.Optional;
import org.tracimdaemon.sdk.runtime.internal.json.JsonScanner;
import org.tracimdaemon.sdk.runtime.internal.json.StringCache;
import org.tracimdaemon.sdk.runtime.internal.json.TracimDate;

/**
 * The header of a TLM in bytes, found by a {@link JsonScanner} that checks the whole document on
 * the way, allocating nothing but the event: the cost of an event no handler takes. Null for
 * anything it does not plainly accept; {@link TlmHeaderReader} then reads the document with
 * Jackson, which accepts it or names the fault.
 */
final class TlmHeaderScan {
    private TlmHeaderScan() {}

    /** The header of the document from {@code offset} to {@code end} (or to the end of its object, if not {@code whole}). */
    static TLMEvent scan(byte[] bytes, int offset, int end, boolean whole, TlmText text) {
        JsonScanner scan = new JsonScanner(bytes, offset, end);
        scan.whitespace();
        if (!scan.take('{')) {
            return null;
        }
        long eventId = -1;
        String eventType = null;
        Instant created = null;
        boolean hasRead = false;
        Instant read = null;
        boolean hasFields = false;
        scan.whitespace();
        if (!scan.take('}')) {
            do {
                scan.whitespace();
                int key = scan.plainString();
                if (key < 0) {
                    return null;
                }
                Key which = Key.of(scan, key);
                scan.whitespace();
                if (!scan.take(':')) {
                    return null;
                }
                scan.whitespace();
                switch (which) {
                    case EVENT_ID -> eventId = scan.naturalNumber();
                    case EVENT_TYPE -> {
                        int start = scan.plainString();
                        eventType = start < 0 ? null : StringCache.ascii(bytes, start, scan.position() - 1);
                    }
                    case CREATED -> created = date(scan, bytes);
                    case READ -> {
                        if (scan.peek() == 'n') {
                            if (!scan.value(1) || bytes[scan.position() - 1] != 'l') {
                                return null;
                            }
                            read = null;
                            hasRead = false;
                        } else {
                            read = date(scan, bytes);
                            hasRead = true;
                        }
                    }
                    case FIELDS -> hasFields = scan.peek() == '{' && scan.value(0);
                    case OTHER -> {
                        if (!scan.value(1)) {
                            return null;
                        }
                    }
                }
                // Whatever a header key held that the scan does not take, Jackson decides.
                if (which == Key.EVENT_ID && eventId < 0 || which == Key.EVENT_TYPE && eventType == null
                        || which == Key.CREATED && created == null || which == Key.READ && hasRead && read == null
                        || which == Key.FIELDS && !hasFields) {
                    return null;
                }
                scan.whitespace();
            } while (scan.take(','));
            if (!scan.take('}')) {
                return null;
            }
        }
        if (whole && !scan.atEnd() || eventId < 0 || eventType == null || created == null || !hasFields) {
            return null;
        }
        return new TLMEvent(eventId, eventType, created, Optional.ofNullable(read), text);
    }

    private static Instant date(JsonScanner scan, byte[] bytes) {
        int start = scan.plainString();
        return start < 0 ? null : TracimDate.parseAsciiOrNull(bytes, start, scan.position() - 1 - start);
    }

    private enum Key {
        EVENT_ID, EVENT_TYPE, CREATED, READ, FIELDS, OTHER;

        static Key of(JsonScanner scan, int start) {
            if (scan.contentIs(start, "fields")) {
                return FIELDS;
            }
            if (scan.contentIs(start, "event_id")) {
                return EVENT_ID;
            }
            if (scan.contentIs(start, "event_type")) {
                return EVENT_TYPE;
            }
            if (scan.contentIs(start, "created")) {
                return CREATED;
            }
            return scan.contentIs(start, "read") ? READ : OTHER;
        }
    }
}

package org.tracimdaemon.sdk.runtime.tlm;

import java.io.IOException;

/**
 * Reads one record from the JSON object the parser is at (its current token is the object's
 * start), by hand: each key a case of a switch, no reflection. Errors name the key relative to
 * the object; the caller puts its own key in front.
 */
@FunctionalInterface
interface RecordReader<T> {
    T read(FieldsReading in) throws IOException;
}

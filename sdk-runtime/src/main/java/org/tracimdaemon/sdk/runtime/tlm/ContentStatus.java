package org.tracimdaemon.sdk.runtime.tlm;

import com.fasterxml.jackson.annotation.JsonEnumDefaultValue;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * The status of a content: open or one of the closed states.
 * {@link #UNKNOWN} stands for a value this SDK does not know, e.g. from a newer Tracim.
 */
public enum ContentStatus {
    /** {@code open}: in progress. */
    OPEN("open"),
    /** {@code closed-validated}: closed, done. */
    CLOSED_VALIDATED("closed-validated"),
    /** {@code closed-unvalidated}: closed, not done (cancelled). */
    CLOSED_UNVALIDATED("closed-unvalidated"),
    /** {@code closed-deprecated}: closed, out of date. */
    CLOSED_DEPRECATED("closed-deprecated"),
    /** A value this SDK does not know; {@link #value()} is then empty. */
    @JsonEnumDefaultValue
    UNKNOWN("");

    private final String value;

    ContentStatus(String value) {
        this.value = value;
    }

    /** {@return the spelling Tracim uses, in TLMs as in its REST API; empty for {@link #UNKNOWN}} */
    @JsonValue
    public String value() {
        return value;
    }
}

package org.tracimdaemon.sdk.runtime.tlm;

import com.fasterxml.jackson.annotation.JsonEnumDefaultValue;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * The status of a content: open or one of the closed states.
 * {@link #UNKNOWN} stands for a value this SDK does not know, e.g. from a newer Tracim.
 */
public enum ContentStatus {
    OPEN("open"),
    CLOSED_VALIDATED("closed-validated"),
    CLOSED_UNVALIDATED("closed-unvalidated"),
    CLOSED_DEPRECATED("closed-deprecated"),
    /** A value this SDK does not know; {@link #value()} is then empty. */
    @JsonEnumDefaultValue
    UNKNOWN("");

    private final String value;

    ContentStatus(String value) {
        this.value = value;
    }

    /** The spelling Tracim uses, e.g. in its REST API. */
    @JsonValue
    public String value() {
        return value;
    }
}

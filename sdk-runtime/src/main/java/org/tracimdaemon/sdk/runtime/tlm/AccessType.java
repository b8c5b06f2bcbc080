package org.tracimdaemon.sdk.runtime.tlm;

import com.fasterxml.jackson.annotation.JsonEnumDefaultValue;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * Who may join a space.
 * {@link #UNKNOWN} stands for a value this SDK does not know, e.g. from a newer Tracim.
 */
public enum AccessType {
    CONFIDENTIAL("confidential"),
    ON_REQUEST("on_request"),
    OPEN("open"),
    /** A value this SDK does not know; {@link #value()} is then empty. */
    @JsonEnumDefaultValue
    UNKNOWN("");

    private final String value;

    AccessType(String value) {
        this.value = value;
    }

    /** The spelling Tracim uses, e.g. in its REST API. */
    @JsonValue
    public String value() {
        return value;
    }
}

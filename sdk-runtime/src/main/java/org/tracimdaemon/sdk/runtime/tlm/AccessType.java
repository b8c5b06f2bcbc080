package org.tracimdaemon.sdk.runtime.tlm;

import com.fasterxml.jackson.annotation.JsonEnumDefaultValue;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * Who may join a space.
 * {@link #UNKNOWN} stands for a value this SDK does not know, e.g. from a newer Tracim.
 */
public enum AccessType {
    /** {@code confidential}: only the members a manager adds; others do not see the space. */
    CONFIDENTIAL("confidential"),
    /** {@code on_request}: any user may ask to join; a manager accepts or rejects ({@link Subscription}). */
    ON_REQUEST("on_request"),
    /** {@code open}: any user may join. */
    OPEN("open"),
    /** A value this SDK does not know; {@link #value()} is then empty. */
    @JsonEnumDefaultValue
    UNKNOWN("");

    private final String value;

    AccessType(String value) {
        this.value = value;
    }

    /** {@return the spelling Tracim uses, in TLMs as in its REST API; empty for {@link #UNKNOWN}} */
    @JsonValue
    public String value() {
        return value;
    }
}

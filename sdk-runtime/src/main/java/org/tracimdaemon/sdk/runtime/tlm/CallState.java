package org.tracimdaemon.sdk.runtime.tlm;

import com.fasterxml.jackson.annotation.JsonEnumDefaultValue;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * The state of a call between two users.
 * {@link #UNKNOWN} stands for a value this SDK does not know, e.g. from a newer Tracim.
 */
public enum CallState {
    IN_PROGRESS("in_progress"),
    ACCEPTED("accepted"),
    REJECTED("rejected"),
    DECLINED("declined"),
    POSTPONED("postponed"),
    CANCELLED("cancelled"),
    UNANSWERED("unanswered"),
    /** A value this SDK does not know; {@link #value()} is then empty. */
    @JsonEnumDefaultValue
    UNKNOWN("");

    private final String value;

    CallState(String value) {
        this.value = value;
    }

    /** The spelling Tracim uses, e.g. in its REST API. */
    @JsonValue
    public String value() {
        return value;
    }
}

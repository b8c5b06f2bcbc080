package org.tracimdaemon.sdk.runtime.tlm;

import com.fasterxml.jackson.annotation.JsonEnumDefaultValue;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * The state of a call between two users.
 * {@link #UNKNOWN} stands for a value this SDK does not know, e.g. from a newer Tracim.
 */
public enum CallState {
    /** {@code in_progress}: the caller started the call; the callee has not answered yet. */
    IN_PROGRESS("in_progress"),
    /** {@code accepted}: the callee took the call; the room is at {@link UserCall#url()}. */
    ACCEPTED("accepted"),
    /** {@code rejected}: the callee refused the call (the UI's "reject"). */
    REJECTED("rejected"),
    /** {@code declined}: the callee turned the call down (the UI's "decline", distinct from "reject"). */
    DECLINED("declined"),
    /** {@code postponed}: the call was put off until later. */
    POSTPONED("postponed"),
    /** {@code cancelled}: the caller hung up before the callee answered. */
    CANCELLED("cancelled"),
    /** {@code unanswered}: nobody answered in time (the caller's client sets it). */
    UNANSWERED("unanswered"),
    /** A value this SDK does not know; {@link #value()} is then empty. */
    @JsonEnumDefaultValue
    UNKNOWN("");

    private final String value;

    CallState(String value) {
        this.value = value;
    }

    /** {@return the spelling Tracim uses, in TLMs as in its REST API; empty for {@link #UNKNOWN}} */
    @JsonValue
    public String value() {
        return value;
    }
}

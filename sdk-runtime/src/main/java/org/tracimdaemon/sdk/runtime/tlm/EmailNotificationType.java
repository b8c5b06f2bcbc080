package org.tracimdaemon.sdk.runtime.tlm;

import com.fasterxml.jackson.annotation.JsonEnumDefaultValue;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * How a member is told of a space's activity by e-mail.
 * {@link #UNKNOWN} stands for a value this SDK does not know, e.g. from a newer Tracim.
 */
public enum EmailNotificationType {
    /** {@code individual}: one e-mail per notification. */
    INDIVIDUAL("individual"),
    /** {@code none}: no e-mail. */
    NONE("none"),
    /** {@code hourly}: a summary every hour. */
    HOURLY("hourly"),
    /** {@code daily}: a summary every day. */
    DAILY("daily"),
    /** {@code weekly}: a summary every week. */
    WEEKLY("weekly"),
    /** A value this SDK does not know; {@link #value()} is then empty. */
    @JsonEnumDefaultValue
    UNKNOWN("");

    private final String value;

    EmailNotificationType(String value) {
        this.value = value;
    }

    /** {@return the spelling Tracim uses, in TLMs as in its REST API; empty for {@link #UNKNOWN}} */
    @JsonValue
    public String value() {
        return value;
    }
}

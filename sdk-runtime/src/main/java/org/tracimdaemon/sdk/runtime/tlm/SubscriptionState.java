package org.tracimdaemon.sdk.runtime.tlm;

import com.fasterxml.jackson.annotation.JsonEnumDefaultValue;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * Where a request to join an {@code on_request} space stands.
 * {@link #UNKNOWN} stands for a value this SDK does not know, e.g. from a newer Tracim.
 */
public enum SubscriptionState {
    /** {@code pending}: asked, not yet answered by a manager. */
    PENDING("pending"),
    /** {@code accepted}: a manager accepted; the user is a member. */
    ACCEPTED("accepted"),
    /** {@code rejected}: a manager rejected it; the user may ask again. */
    REJECTED("rejected"),
    /** A value this SDK does not know; {@link #value()} is then empty. */
    @JsonEnumDefaultValue
    UNKNOWN("");

    private final String value;

    SubscriptionState(String value) {
        this.value = value;
    }

    /** {@return the spelling Tracim uses, in TLMs as in its REST API; empty for {@link #UNKNOWN}} */
    @JsonValue
    public String value() {
        return value;
    }
}

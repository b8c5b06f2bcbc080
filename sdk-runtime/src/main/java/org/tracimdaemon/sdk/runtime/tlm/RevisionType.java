package org.tracimdaemon.sdk.runtime.tlm;

import com.fasterxml.jackson.annotation.JsonEnumDefaultValue;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * What made a content's current revision: a move is a {@code content.modified.*} event with {@link #MOVE}.
 * {@link #UNKNOWN} stands for a value this SDK does not know, e.g. from a newer Tracim.
 */
public enum RevisionType {
    CREATION("creation"),
    EDITION("edition"),
    REVISION("revision"),
    STATUS_UPDATE("status-update"),
    DELETION("deletion"),
    UNDELETION("undeletion"),
    ARCHIVING("archiving"),
    UNARCHIVING("unarchiving"),
    MOVE("move"),
    COPY("copy"),
    CONTENT_COMMENT("content-comment"),
    MARK_AS_TEMPLATE("mark-as-template"),
    UNMARK_AS_TEMPLATE("unmark-as-template"),
    /** A value this SDK does not know; {@link #value()} is then empty. */
    @JsonEnumDefaultValue
    UNKNOWN("");

    private final String value;

    RevisionType(String value) {
        this.value = value;
    }

    /** The spelling Tracim uses, e.g. in its REST API. */
    @JsonValue
    public String value() {
        return value;
    }
}

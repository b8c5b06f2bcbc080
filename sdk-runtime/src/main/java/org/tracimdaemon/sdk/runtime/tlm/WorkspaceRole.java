package org.tracimdaemon.sdk.runtime.tlm;

import com.fasterxml.jackson.annotation.JsonEnumDefaultValue;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * A member's role in a space, lowest first.
 * {@link #UNKNOWN} stands for a value this SDK does not know, e.g. from a newer Tracim.
 */
public enum WorkspaceRole {
    READER("reader"),
    CONTRIBUTOR("contributor"),
    CONTENT_MANAGER("content-manager"),
    WORKSPACE_MANAGER("workspace-manager"),
    /** A value this SDK does not know; {@link #value()} is then empty. */
    @JsonEnumDefaultValue
    UNKNOWN("");

    private final String value;

    WorkspaceRole(String value) {
        this.value = value;
    }

    /** The spelling Tracim uses, e.g. in its REST API. */
    @JsonValue
    public String value() {
        return value;
    }
}

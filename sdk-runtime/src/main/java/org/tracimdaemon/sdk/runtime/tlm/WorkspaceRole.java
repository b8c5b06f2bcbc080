package org.tracimdaemon.sdk.runtime.tlm;

import com.fasterxml.jackson.annotation.JsonEnumDefaultValue;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * A member's role in a space, lowest first.
 * {@link #UNKNOWN} stands for a value this SDK does not know, e.g. from a newer Tracim.
 */
public enum WorkspaceRole {
    /** {@code reader}: may read the space's contents. */
    READER("reader"),
    /** {@code contributor}: may also create and edit contents. */
    CONTRIBUTOR("contributor"),
    /** {@code content-manager}: may also move, archive and delete contents. */
    CONTENT_MANAGER("content-manager"),
    /** {@code workspace-manager}: may also change the space's settings and members. */
    WORKSPACE_MANAGER("workspace-manager"),
    /** A value this SDK does not know; {@link #value()} is then empty. */
    @JsonEnumDefaultValue
    UNKNOWN("");

    private final String value;

    WorkspaceRole(String value) {
        this.value = value;
    }

    /** {@return the spelling Tracim uses, in TLMs as in its REST API; empty for {@link #UNKNOWN}} */
    @JsonValue
    public String value() {
        return value;
    }
}

package org.tracimdaemon.sdk.runtime.tlm;

import com.fasterxml.jackson.annotation.JsonEnumDefaultValue;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * What made a content's current revision: a move is a {@code content.modified.*} event with {@link #MOVE}.
 * {@link #UNKNOWN} stands for a value this SDK does not know, e.g. from a newer Tracim.
 */
public enum RevisionType {
    /** {@code creation}: the content was created. */
    CREATION("creation"),
    /** {@code edition}: its text, label or other properties were edited. */
    EDITION("edition"),
    /** {@code revision}: a new version of it was saved, e.g. a file uploaded again. */
    REVISION("revision"),
    /** {@code status-update}: its {@link ContentStatus} changed. */
    STATUS_UPDATE("status-update"),
    /** {@code deletion}: it went to the trash. */
    DELETION("deletion"),
    /** {@code undeletion}: it came back from the trash. */
    UNDELETION("undeletion"),
    /** {@code archiving}: it was archived. */
    ARCHIVING("archiving"),
    /** {@code unarchiving}: it was taken out of the archive. */
    UNARCHIVING("unarchiving"),
    /** {@code move}: it moved to another folder or space (a {@code content.modified.*} event). */
    MOVE("move"),
    /** {@code copy}: it is a copy of another content. */
    COPY("copy"),
    /** {@code content-comment}: the revision that writes a comment. */
    CONTENT_COMMENT("content-comment"),
    /** {@code mark-as-template}: it became a template. */
    MARK_AS_TEMPLATE("mark-as-template"),
    /** {@code unmark-as-template}: it is no longer a template. */
    UNMARK_AS_TEMPLATE("unmark-as-template"),
    /** A value this SDK does not know; {@link #value()} is then empty. */
    @JsonEnumDefaultValue
    UNKNOWN("");

    private final String value;

    RevisionType(String value) {
        this.value = value;
    }

    /** {@return the spelling Tracim uses, in TLMs as in its REST API; empty for {@link #UNKNOWN}} */
    @JsonValue
    public String value() {
        return value;
    }
}

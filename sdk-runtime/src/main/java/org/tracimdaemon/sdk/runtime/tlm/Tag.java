package org.tracimdaemon.sdk.runtime.tlm;

/**
 * A tag of a space.
 *
 * @param tagId       the tag's id
 * @param workspaceId its space
 * @param tagName     its name
 */
public record Tag(long tagId, long workspaceId, String tagName) {
    public Tag {
        tagName = Keys.text(tagName);
    }
}

package org.tracimdaemon.sdk.runtime.tlm;

/**
 * A tag of a space.
 *
 * @param tagId       the tag's id
 * @param workspaceId its space
 * @param tagName     its name
 */
public record Tag(long tagId, long workspaceId, String tagName) {
    /**
     * Takes the value of each Tracim key named below as the decoder reads it (null, 0 or false when the
     * key is absent) and gives absent values their defaults, so that no accessor returns null.
     *
     * @param tagId       from {@code tag_id}
     * @param workspaceId from {@code workspace_id}
     * @param tagName     from {@code tag_name}; null becomes {@code ""}
     */
    public Tag {
        tagName = Keys.text(tagName);
    }
}

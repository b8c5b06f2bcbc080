package org.tracimdaemon.sdk.runtime.tlm;

/**
 * The short form of a content: the parent of a {@link TodoContent}.
 *
 * @param contentId   the content's id
 * @param label       its title
 * @param slug        its title, slugified
 * @param contentType its type slug, e.g. {@code html-document}
 */
public record ContentDigest(long contentId, String label, String slug, String contentType) {
    /**
     * Takes the value of each Tracim key named below as the decoder reads it (null, 0 or false when the
     * key is absent) and gives absent values their defaults, so that no accessor returns null.
     *
     * @param contentId   from {@code content_id}
     * @param label       from {@code label}; null becomes {@code ""}
     * @param slug        from {@code slug}; null becomes {@code ""}
     * @param contentType from {@code content_type}; null becomes {@code ""}
     */
    public ContentDigest {
        label = Keys.text(label);
        slug = Keys.text(slug);
        contentType = Keys.text(contentType);
    }
}

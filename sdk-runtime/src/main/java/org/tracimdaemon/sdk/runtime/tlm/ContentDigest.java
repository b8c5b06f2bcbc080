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
    public ContentDigest {
        label = Keys.text(label);
        slug = Keys.text(slug);
        contentType = Keys.text(contentType);
    }
}

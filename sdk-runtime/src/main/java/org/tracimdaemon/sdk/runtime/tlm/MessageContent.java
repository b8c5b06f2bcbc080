package org.tracimdaemon.sdk.runtime.tlm;

import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import java.time.Instant;
import java.util.List;
import java.util.OptionalLong;

/**
 * A note ({@code html-document}), folder or thread. Its text is not in the event.
 *
 * <pre>{@code
 * if (event.content() instanceof MessageContent note && note.currentRevisionType() == RevisionType.MOVE) {
 *     log(note.label() + " moved to " + note.parentId());
 * }
 * }</pre>
 *
 * @param contentId           the content's id
 * @param label               its title
 * @param slug                its title, slugified
 * @param contentType         {@code html-document}, {@code folder} or {@code thread}
 * @param parentId            its folder; empty at the space's root
 * @param workspaceId         its space
 * @param contentNamespace    ordinary content, upload or publication
 * @param author              its creator
 * @param lastModifier        who made the current revision
 * @param assigneeId          the user it is assigned to
 * @param currentRevisionId   the current revision's id
 * @param currentRevisionType what made the current revision
 * @param status              open or closed
 * @param isArchived          archived
 * @param isDeleted           in the trash
 * @param isEditable          editable (open and not archived or deleted)
 * @param isTemplate          a template
 * @param showInUi            always true
 * @param subContentTypes     the types allowed inside (folders)
 * @param fileExtension       e.g. {@code .document.html}; empty for folders
 * @param filename            the name WebDAV shows
 * @param created             creation time
 * @param modified            time of the current revision
 * @param activesShares       count of active public shares
 * @param description         a short description (for folders, often HTML)
 * @param versionNumber       revision count
 */
@JsonDeserialize(using = JsonDeserializer.None.class) // not Content's: that one picks the variant
public record MessageContent(
        long contentId,
        String label,
        String slug,
        String contentType,
        OptionalLong parentId,
        long workspaceId,
        ContentNamespace contentNamespace,
        User author,
        User lastModifier,
        OptionalLong assigneeId,
        long currentRevisionId,
        RevisionType currentRevisionType,
        ContentStatus status,
        boolean isArchived,
        boolean isDeleted,
        boolean isEditable,
        boolean isTemplate,
        boolean showInUi,
        List<String> subContentTypes,
        String fileExtension,
        String filename,
        Instant created,
        Instant modified,
        int activesShares,
        String description,
        int versionNumber) implements Content {

    /**
     * Takes the value of each Tracim key named below as the decoder reads it (null, 0 or false when the
     * key is absent) and gives absent values their defaults, so that no accessor returns null.
     *
     * @param contentId           from {@code content_id}
     * @param label               from {@code label}; null becomes {@code ""}
     * @param slug                from {@code slug}; null becomes {@code ""}
     * @param contentType         from {@code content_type}; null becomes {@code ""}
     * @param parentId            from {@code parent_id}; null becomes empty
     * @param workspaceId         from {@code workspace_id}
     * @param contentNamespace    from {@code content_namespace}; null becomes {@link ContentNamespace#UNKNOWN}
     * @param author              from {@code author}; required
     * @param lastModifier        from {@code last_modifier}; required
     * @param assigneeId          from {@code assignee_id}; null becomes empty
     * @param currentRevisionId   from {@code current_revision_id}
     * @param currentRevisionType from {@code current_revision_type}; null becomes {@link RevisionType#UNKNOWN}
     * @param status              from {@code status}; null becomes {@link ContentStatus#UNKNOWN}
     * @param isArchived          from {@code is_archived}
     * @param isDeleted           from {@code is_deleted}
     * @param isEditable          from {@code is_editable}
     * @param isTemplate          from {@code is_template}
     * @param showInUi            from {@code show_in_ui}
     * @param subContentTypes     from {@code sub_content_types}; null becomes an empty list; copied, unmodifiable
     * @param fileExtension       from {@code file_extension}; null becomes {@code ""}
     * @param filename            from {@code filename}; null becomes {@code ""}
     * @param created             from {@code created}; required
     * @param modified            from {@code modified}; required
     * @param activesShares       from {@code actives_shares}
     * @param description         from {@code description}; null becomes {@code ""}
     * @param versionNumber       from {@code version_number}
     * @throws org.tracimdaemon.sdk.runtime.decode.DecodeException if a required value is null
     */
    public MessageContent {
        label = Keys.text(label);
        slug = Keys.text(slug);
        contentType = Keys.text(contentType);
        parentId = Keys.optional(parentId);
        contentNamespace = Keys.known(contentNamespace, ContentNamespace.UNKNOWN);
        author = Keys.required(author, "author");
        lastModifier = Keys.required(lastModifier, "last_modifier");
        assigneeId = Keys.optional(assigneeId);
        currentRevisionType = Keys.known(currentRevisionType, RevisionType.UNKNOWN);
        status = Keys.known(status, ContentStatus.UNKNOWN);
        subContentTypes = Keys.list(subContentTypes);
        fileExtension = Keys.text(fileExtension);
        filename = Keys.text(filename);
        created = Keys.required(created, "created");
        modified = Keys.required(modified, "modified");
        description = Keys.text(description);
    }
}

package org.tracimdaemon.sdk.runtime.tlm;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * A Tracim space ("workspace"), as it is after the change the event reports.
 *
 * <pre>{@code
 * Workspace space = event.workspace();
 * if (space.accessType() == AccessType.OPEN) { ... }
 * }</pre>
 *
 * @param workspaceId           the space's id
 * @param label                 its name
 * @param slug                  its name, slugified
 * @param description           sent only in {@code workspace.*} and {@code mention.created} events
 * @param accessType            who may join
 * @param defaultUserRole       the role new members get
 * @param created               when the space was created
 * @param owner                 its owner, if any
 * @param sidebarEntries        the UI menu of the space
 * @param isDeleted             whether it is in the trash
 * @param agendaEnabled         whether its agenda is on
 * @param publicUploadEnabled   whether public upload links are allowed
 * @param publicDownloadEnabled whether public download links are allowed
 * @param publicationEnabled    whether News (publications) are on
 * @param parentId              the parent space, for a sub-space
 * @param numberOfMembers       the member count after the change
 */
public record Workspace(
        long workspaceId,
        String label,
        String slug,
        Optional<String> description,
        AccessType accessType,
        WorkspaceRole defaultUserRole,
        Instant created,
        Optional<User> owner,
        List<SidebarEntry> sidebarEntries,
        boolean isDeleted,
        boolean agendaEnabled,
        boolean publicUploadEnabled,
        boolean publicDownloadEnabled,
        boolean publicationEnabled,
        OptionalLong parentId,
        int numberOfMembers) {

    /**
     * Takes the value of each Tracim key named below as the decoder reads it (null, 0 or false when the
     * key is absent) and gives absent values their defaults, so that no accessor returns null.
     *
     * @param workspaceId           from {@code workspace_id}
     * @param label                 from {@code label}; null becomes {@code ""}
     * @param slug                  from {@code slug}; null becomes {@code ""}
     * @param description           from {@code description}; null becomes empty
     * @param accessType            from {@code access_type}; null becomes {@link AccessType#UNKNOWN}
     * @param defaultUserRole       from {@code default_user_role}; null becomes {@link WorkspaceRole#UNKNOWN}
     * @param created               from {@code created}; required
     * @param owner                 from {@code owner}; null becomes empty
     * @param sidebarEntries        from {@code sidebar_entries}; null becomes an empty list; copied, unmodifiable
     * @param isDeleted             from {@code is_deleted}
     * @param agendaEnabled         from {@code agenda_enabled}
     * @param publicUploadEnabled   from {@code public_upload_enabled}
     * @param publicDownloadEnabled from {@code public_download_enabled}
     * @param publicationEnabled    from {@code publication_enabled}
     * @param parentId              from {@code parent_id}; null becomes empty
     * @param numberOfMembers       from {@code number_of_members}
     * @throws org.tracimdaemon.sdk.runtime.decode.DecodeException if a required value is null
     */
    public Workspace {
        label = Keys.text(label);
        slug = Keys.text(slug);
        description = Keys.optional(description);
        accessType = Keys.known(accessType, AccessType.UNKNOWN);
        defaultUserRole = Keys.known(defaultUserRole, WorkspaceRole.UNKNOWN);
        created = Keys.required(created, "created");
        owner = Keys.optional(owner);
        sidebarEntries = Keys.list(sidebarEntries);
        parentId = Keys.optional(parentId);
    }
}

package org.tracimdaemon.sdk.runtime.tlm;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectReader;
import java.io.IOException;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import org.tracimdaemon.sdk.runtime.internal.json.WireJson;

/**
 * Streaming readers of the objects inside TLM fields: people, spaces and what hangs off them.
 * Keys are Tracim's snake_case names; unknown keys are skipped.
 */
final class ObjectReaders {
    private ObjectReaders() {}

    /** Built on first use: the mapper is not needed to read what Tracim sends. */
    private static final class Parameters {
        private Parameters() {}

        static final ObjectReader READER = WireJson.mapper().readerFor(new TypeReference<Map<String, Object>>() {});
    }

    static User user(FieldsReading in) throws IOException {
        JsonParser p = in.parser;
        long userId = 0;
        String publicName = null;
        Optional<String> username = null;
        boolean hasAvatar = false;
        boolean hasCover = false;
        boolean isActive = false;
        List<Long> workspaceIds = null;
        for (String key = p.nextFieldName(); key != null; key = p.nextFieldName()) {
            p.nextToken();
            switch (key) {
                case "user_id" -> userId = in.longValue(key);
                case "public_name" -> publicName = in.repeated(key);
                case "username" -> username = in.optionalString(key);
                case "has_avatar" -> hasAvatar = in.bool(key);
                case "has_cover" -> hasCover = in.bool(key);
                case "is_active" -> isActive = in.bool(key);
                case "workspace_ids" -> workspaceIds = in.list(key, Long.class, item -> item.databind("", Long.class));
                default -> p.skipChildren();
            }
        }
        try {
            return new User(userId, publicName, username, hasAvatar, hasCover, isActive, workspaceIds);
        } catch (RuntimeException e) {
            throw in.constructionFailed(User.class, e);
        }
    }

    /** The people read last: an event often names one several times (author, last modifier, owner). */
    private static final RepeatedValues<User> USERS = new RepeatedValues<>();
    /** The space menus read last: the same in every event of a space. */
    private static final RepeatedValues<List<SidebarEntry>> SIDEBARS = new RepeatedValues<>();

    static Optional<User> optionalUser(FieldsReading in, String key) throws IOException {
        return Optional.ofNullable(requiredUser(in, key));
    }

    static User requiredUser(FieldsReading in, String key) throws IOException {
        return in.object(key, User.class, ObjectReaders::user, USERS);
    }

    static Workspace workspace(FieldsReading in) throws IOException {
        JsonParser p = in.parser;
        long workspaceId = 0;
        String label = null;
        String slug = null;
        Optional<String> description = null;
        AccessType accessType = null;
        WorkspaceRole defaultUserRole = null;
        Instant created = null;
        Optional<User> owner = null;
        List<SidebarEntry> sidebarEntries = null;
        boolean isDeleted = false;
        boolean agendaEnabled = false;
        boolean publicUploadEnabled = false;
        boolean publicDownloadEnabled = false;
        boolean publicationEnabled = false;
        OptionalLong parentId = null;
        int numberOfMembers = 0;
        for (String key = p.nextFieldName(); key != null; key = p.nextFieldName()) {
            p.nextToken();
            switch (key) {
                case "workspace_id" -> workspaceId = in.longValue(key);
                case "label" -> label = in.repeated(key);
                case "slug" -> slug = in.repeated(key);
                case "description" -> description = Optional.ofNullable(in.string(key));
                case "access_type" -> accessType = in.enumValue(key, AccessType.class, Spellings.ACCESS_TYPE);
                case "default_user_role" -> defaultUserRole = in.enumValue(key, WorkspaceRole.class, Spellings.ROLE);
                case "created" -> created = in.instant(key);
                case "owner" -> owner = optionalUser(in, key);
                case "sidebar_entries" -> sidebarEntries = in.list(key, SidebarEntry.class,
                        item -> item.object("", SidebarEntry.class, ObjectReaders::sidebarEntry), SIDEBARS);
                case "is_deleted" -> isDeleted = in.bool(key);
                case "agenda_enabled" -> agendaEnabled = in.bool(key);
                case "public_upload_enabled" -> publicUploadEnabled = in.bool(key);
                case "public_download_enabled" -> publicDownloadEnabled = in.bool(key);
                case "publication_enabled" -> publicationEnabled = in.bool(key);
                case "parent_id" -> parentId = in.optionalLong(key);
                case "number_of_members" -> numberOfMembers = in.intValue(key);
                default -> p.skipChildren();
            }
        }
        try {
            return new Workspace(workspaceId, label, slug, description, accessType, defaultUserRole, created, owner,
                    sidebarEntries, isDeleted, agendaEnabled, publicUploadEnabled, publicDownloadEnabled,
                    publicationEnabled, parentId, numberOfMembers);
        } catch (RuntimeException e) {
            throw in.constructionFailed(Workspace.class, e);
        }
    }

    static Workspace requiredWorkspace(FieldsReading in, String key) throws IOException {
        return in.object(key, Workspace.class, ObjectReaders::workspace);
    }

    static SidebarEntry sidebarEntry(FieldsReading in) throws IOException {
        JsonParser p = in.parser;
        String slug = null;
        String label = null;
        String route = null;
        String faIcon = null;
        String hexcolor = null;
        for (String key = p.nextFieldName(); key != null; key = p.nextFieldName()) {
            p.nextToken();
            switch (key) {
                case "slug" -> slug = in.repeated(key);
                case "label" -> label = in.repeated(key);
                case "route" -> route = in.repeated(key);
                case "fa_icon" -> faIcon = in.repeated(key);
                case "hexcolor" -> hexcolor = in.repeated(key);
                default -> p.skipChildren();
            }
        }
        try {
            return new SidebarEntry(slug, label, route, faIcon, hexcolor);
        } catch (RuntimeException e) {
            throw in.constructionFailed(SidebarEntry.class, e);
        }
    }

    static WorkspaceDigest workspaceDigest(FieldsReading in) throws IOException {
        JsonParser p = in.parser;
        long workspaceId = 0;
        String label = null;
        for (String key = p.nextFieldName(); key != null; key = p.nextFieldName()) {
            p.nextToken();
            switch (key) {
                case "workspace_id" -> workspaceId = in.longValue(key);
                case "label" -> label = in.repeated(key);
                default -> p.skipChildren();
            }
        }
        try {
            return new WorkspaceDigest(workspaceId, label);
        } catch (RuntimeException e) {
            throw in.constructionFailed(WorkspaceDigest.class, e);
        }
    }

    static ContentDigest contentDigest(FieldsReading in) throws IOException {
        JsonParser p = in.parser;
        long contentId = 0;
        String label = null;
        String slug = null;
        String contentType = null;
        for (String key = p.nextFieldName(); key != null; key = p.nextFieldName()) {
            p.nextToken();
            switch (key) {
                case "content_id" -> contentId = in.longValue(key);
                case "label" -> label = in.string(key);
                case "slug" -> slug = in.string(key);
                case "content_type" -> contentType = in.repeated(key);
                default -> p.skipChildren();
            }
        }
        try {
            return new ContentDigest(contentId, label, slug, contentType);
        } catch (RuntimeException e) {
            throw in.constructionFailed(ContentDigest.class, e);
        }
    }

    static Member member(FieldsReading in) throws IOException {
        JsonParser p = in.parser;
        WorkspaceRole role = null;
        EmailNotificationType emailNotificationType = null;
        for (String key = p.nextFieldName(); key != null; key = p.nextFieldName()) {
            p.nextToken();
            switch (key) {
                case "role" -> role = in.enumValue(key, WorkspaceRole.class, Spellings.ROLE);
                case "email_notification_type" ->
                        emailNotificationType = in.enumValue(key, EmailNotificationType.class, Spellings.EMAIL);
                default -> p.skipChildren();
            }
        }
        try {
            return new Member(role, emailNotificationType);
        } catch (RuntimeException e) {
            throw in.constructionFailed(Member.class, e);
        }
    }

    static Subscription subscription(FieldsReading in) throws IOException {
        JsonParser p = in.parser;
        SubscriptionState state = null;
        Instant createdDate = null;
        WorkspaceDigest workspace = null;
        User author = null;
        Optional<Instant> evaluationDate = null;
        Optional<User> evaluator = null;
        for (String key = p.nextFieldName(); key != null; key = p.nextFieldName()) {
            p.nextToken();
            switch (key) {
                case "state" -> state = in.enumValue(key, SubscriptionState.class, Spellings.SUBSCRIPTION);
                case "created_date" -> createdDate = in.instant(key);
                case "workspace" -> workspace = in.object(key, WorkspaceDigest.class, ObjectReaders::workspaceDigest);
                case "author" -> author = requiredUser(in, key);
                case "evaluation_date" -> evaluationDate = in.optionalInstant(key);
                case "evaluator" -> evaluator = optionalUser(in, key);
                default -> p.skipChildren();
            }
        }
        try {
            return new Subscription(state, createdDate, workspace, author, evaluationDate, evaluator);
        } catch (RuntimeException e) {
            throw in.constructionFailed(Subscription.class, e);
        }
    }

    static Mention mention(FieldsReading in) throws IOException {
        JsonParser p = in.parser;
        MentionType type = null;
        long recipient = 0;
        long contentId = 0;
        for (String key = p.nextFieldName(); key != null; key = p.nextFieldName()) {
            p.nextToken();
            switch (key) {
                case "type" -> type = p.currentToken() == com.fasterxml.jackson.core.JsonToken.VALUE_NUMBER_INT
                        && p.getNumberType() == JsonParser.NumberType.INT
                        ? MentionType.of(p.getIntValue()) : in.databind(key, MentionType.class);
                case "recipient" -> recipient = in.longValue(key);
                case "content_id" -> contentId = in.longValue(key);
                default -> p.skipChildren();
            }
        }
        try {
            return new Mention(type, recipient, contentId);
        } catch (RuntimeException e) {
            throw in.constructionFailed(Mention.class, e);
        }
    }

    static Reaction reaction(FieldsReading in) throws IOException {
        JsonParser p = in.parser;
        long reactionId = 0;
        long contentId = 0;
        User author = null;
        String value = null;
        Instant created = null;
        for (String key = p.nextFieldName(); key != null; key = p.nextFieldName()) {
            p.nextToken();
            switch (key) {
                case "reaction_id" -> reactionId = in.longValue(key);
                case "content_id" -> contentId = in.longValue(key);
                case "author" -> author = requiredUser(in, key);
                case "value" -> value = in.repeated(key);
                case "created" -> created = in.instant(key);
                default -> p.skipChildren();
            }
        }
        try {
            return new Reaction(reactionId, contentId, author, value, created);
        } catch (RuntimeException e) {
            throw in.constructionFailed(Reaction.class, e);
        }
    }

    static Tag tag(FieldsReading in) throws IOException {
        JsonParser p = in.parser;
        long tagId = 0;
        long workspaceId = 0;
        String tagName = null;
        for (String key = p.nextFieldName(); key != null; key = p.nextFieldName()) {
            p.nextToken();
            switch (key) {
                case "tag_id" -> tagId = in.longValue(key);
                case "workspace_id" -> workspaceId = in.longValue(key);
                case "tag_name" -> tagName = in.repeated(key);
                default -> p.skipChildren();
            }
        }
        try {
            return new Tag(tagId, workspaceId, tagName);
        } catch (RuntimeException e) {
            throw in.constructionFailed(Tag.class, e);
        }
    }

    static UserCall userCall(FieldsReading in) throws IOException {
        JsonParser p = in.parser;
        long callId = 0;
        User caller = null;
        User callee = null;
        CallState state = null;
        Instant created = null;
        Instant modified = null;
        String url = null;
        for (String key = p.nextFieldName(); key != null; key = p.nextFieldName()) {
            p.nextToken();
            switch (key) {
                case "call_id" -> callId = in.longValue(key);
                case "caller" -> caller = requiredUser(in, key);
                case "callee" -> callee = requiredUser(in, key);
                case "state" -> state = in.enumValue(key, CallState.class, Spellings.CALL_STATE);
                case "created" -> created = in.instant(key);
                case "modified" -> modified = in.instant(key);
                case "url" -> url = in.string(key);
                default -> p.skipChildren();
            }
        }
        try {
            return new UserCall(callId, caller, callee, state, created, modified, url);
        } catch (RuntimeException e) {
            throw in.constructionFailed(UserCall.class, e);
        }
    }

    /** The parameters are free-form: databind's map reader keeps their numbers, flags and nulls as they were. */
    static UserConfig userConfig(FieldsReading in) throws IOException {
        JsonParser p = in.parser;
        Map<String, Object> parameters = null;
        for (String key = p.nextFieldName(); key != null; key = p.nextFieldName()) {
            p.nextToken();
            if (key.equals("parameters")) {
                parameters = in.databind(key, Parameters.READER);
            } else {
                p.skipChildren();
            }
        }
        try {
            return new UserConfig(parameters);
        } catch (RuntimeException e) {
            throw in.constructionFailed(UserConfig.class, e);
        }
    }
}

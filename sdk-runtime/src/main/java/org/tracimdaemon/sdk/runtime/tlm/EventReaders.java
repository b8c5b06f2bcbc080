package org.tracimdaemon.sdk.runtime.tlm;

import com.fasterxml.jackson.core.JsonParser;
import java.io.IOException;
import java.util.Optional;

/** Streaming readers of the payload records, one per TLM entity: the objects of {@code fields}. */
final class EventReaders {
    private EventReaders() {}

    static UserEvent user(FieldsReading in) throws IOException {
        JsonParser p = in.parser;
        Optional<User> author = null;
        Optional<String> clientToken = null;
        User user = null;
        for (String key = p.nextFieldName(); key != null; key = p.nextFieldName()) {
            p.nextToken();
            switch (key) {
                case "author" -> author = ObjectReaders.optionalUser(in, key);
                case "client_token" -> clientToken = Optional.ofNullable(in.string(key));
                case "user" -> user = ObjectReaders.requiredUser(in, key);
                default -> p.skipChildren();
            }
        }
        try {
            return new UserEvent(author, clientToken, user);
        } catch (RuntimeException e) {
            throw in.constructionFailed(UserEvent.class, e);
        }
    }

    static WorkspaceEvent workspace(FieldsReading in) throws IOException {
        JsonParser p = in.parser;
        Optional<User> author = null;
        Optional<String> clientToken = null;
        Workspace workspace = null;
        for (String key = p.nextFieldName(); key != null; key = p.nextFieldName()) {
            p.nextToken();
            switch (key) {
                case "author" -> author = ObjectReaders.optionalUser(in, key);
                case "client_token" -> clientToken = Optional.ofNullable(in.string(key));
                case "workspace" -> workspace = ObjectReaders.requiredWorkspace(in, key);
                default -> p.skipChildren();
            }
        }
        try {
            return new WorkspaceEvent(author, clientToken, workspace);
        } catch (RuntimeException e) {
            throw in.constructionFailed(WorkspaceEvent.class, e);
        }
    }

    static WorkspaceMemberEvent workspaceMember(FieldsReading in) throws IOException {
        JsonParser p = in.parser;
        Optional<User> author = null;
        Optional<String> clientToken = null;
        Optional<User> user = null;
        Workspace workspace = null;
        Member member = null;
        for (String key = p.nextFieldName(); key != null; key = p.nextFieldName()) {
            p.nextToken();
            switch (key) {
                case "author" -> author = ObjectReaders.optionalUser(in, key);
                case "client_token" -> clientToken = Optional.ofNullable(in.string(key));
                case "user" -> user = ObjectReaders.optionalUser(in, key);
                case "workspace" -> workspace = ObjectReaders.requiredWorkspace(in, key);
                case "member" -> member = in.object(key, Member.class, ObjectReaders::member);
                default -> p.skipChildren();
            }
        }
        try {
            return new WorkspaceMemberEvent(author, clientToken, user, workspace, member);
        } catch (RuntimeException e) {
            throw in.constructionFailed(WorkspaceMemberEvent.class, e);
        }
    }

    static WorkspaceSubscriptionEvent workspaceSubscription(FieldsReading in) throws IOException {
        JsonParser p = in.parser;
        Optional<User> author = null;
        Optional<String> clientToken = null;
        Workspace workspace = null;
        Subscription subscription = null;
        User user = null;
        for (String key = p.nextFieldName(); key != null; key = p.nextFieldName()) {
            p.nextToken();
            switch (key) {
                case "author" -> author = ObjectReaders.optionalUser(in, key);
                case "client_token" -> clientToken = Optional.ofNullable(in.string(key));
                case "workspace" -> workspace = ObjectReaders.requiredWorkspace(in, key);
                case "subscription" -> subscription = in.object(key, Subscription.class, ObjectReaders::subscription);
                case "user" -> user = ObjectReaders.requiredUser(in, key);
                default -> p.skipChildren();
            }
        }
        try {
            return new WorkspaceSubscriptionEvent(author, clientToken, workspace, subscription, user);
        } catch (RuntimeException e) {
            throw in.constructionFailed(WorkspaceSubscriptionEvent.class, e);
        }
    }

    static ContentEvent content(FieldsReading in) throws IOException {
        JsonParser p = in.parser;
        Optional<User> author = null;
        Optional<String> clientToken = null;
        Content content = null;
        Workspace workspace = null;
        for (String key = p.nextFieldName(); key != null; key = p.nextFieldName()) {
            p.nextToken();
            switch (key) {
                case "author" -> author = ObjectReaders.optionalUser(in, key);
                case "client_token" -> clientToken = Optional.ofNullable(in.string(key));
                case "content" -> content = ContentReaders.content(in, key);
                case "workspace" -> workspace = ObjectReaders.requiredWorkspace(in, key);
                default -> p.skipChildren();
            }
        }
        try {
            return new ContentEvent(author, clientToken, content, workspace);
        } catch (RuntimeException e) {
            throw in.constructionFailed(ContentEvent.class, e);
        }
    }

    static MentionEvent mention(FieldsReading in) throws IOException {
        JsonParser p = in.parser;
        Optional<User> author = null;
        Optional<String> clientToken = null;
        Mention mention = null;
        Content content = null;
        Workspace workspace = null;
        for (String key = p.nextFieldName(); key != null; key = p.nextFieldName()) {
            p.nextToken();
            switch (key) {
                case "author" -> author = ObjectReaders.optionalUser(in, key);
                case "client_token" -> clientToken = Optional.ofNullable(in.string(key));
                case "mention" -> mention = in.object(key, Mention.class, ObjectReaders::mention);
                case "content" -> content = ContentReaders.content(in, key);
                case "workspace" -> workspace = ObjectReaders.requiredWorkspace(in, key);
                default -> p.skipChildren();
            }
        }
        try {
            return new MentionEvent(author, clientToken, mention, content, workspace);
        } catch (RuntimeException e) {
            throw in.constructionFailed(MentionEvent.class, e);
        }
    }

    static ReactionEvent reaction(FieldsReading in) throws IOException {
        JsonParser p = in.parser;
        Optional<User> author = null;
        Optional<String> clientToken = null;
        Workspace workspace = null;
        Reaction reaction = null;
        User user = null;
        Content content = null;
        for (String key = p.nextFieldName(); key != null; key = p.nextFieldName()) {
            p.nextToken();
            switch (key) {
                case "author" -> author = ObjectReaders.optionalUser(in, key);
                case "client_token" -> clientToken = Optional.ofNullable(in.string(key));
                case "workspace" -> workspace = ObjectReaders.requiredWorkspace(in, key);
                case "reaction" -> reaction = in.object(key, Reaction.class, ObjectReaders::reaction);
                case "user" -> user = ObjectReaders.requiredUser(in, key);
                case "content" -> content = ContentReaders.content(in, key);
                default -> p.skipChildren();
            }
        }
        try {
            return new ReactionEvent(author, clientToken, workspace, reaction, user, content);
        } catch (RuntimeException e) {
            throw in.constructionFailed(ReactionEvent.class, e);
        }
    }

    static TagEvent tag(FieldsReading in) throws IOException {
        JsonParser p = in.parser;
        Optional<User> author = null;
        Optional<String> clientToken = null;
        Workspace workspace = null;
        Tag tag = null;
        for (String key = p.nextFieldName(); key != null; key = p.nextFieldName()) {
            p.nextToken();
            switch (key) {
                case "author" -> author = ObjectReaders.optionalUser(in, key);
                case "client_token" -> clientToken = Optional.ofNullable(in.string(key));
                case "workspace" -> workspace = ObjectReaders.requiredWorkspace(in, key);
                case "tag" -> tag = in.object(key, Tag.class, ObjectReaders::tag);
                default -> p.skipChildren();
            }
        }
        try {
            return new TagEvent(author, clientToken, workspace, tag);
        } catch (RuntimeException e) {
            throw in.constructionFailed(TagEvent.class, e);
        }
    }

    static ContentTagEvent contentTag(FieldsReading in) throws IOException {
        JsonParser p = in.parser;
        Optional<User> author = null;
        Optional<String> clientToken = null;
        Workspace workspace = null;
        Content content = null;
        Tag tag = null;
        for (String key = p.nextFieldName(); key != null; key = p.nextFieldName()) {
            p.nextToken();
            switch (key) {
                case "author" -> author = ObjectReaders.optionalUser(in, key);
                case "client_token" -> clientToken = Optional.ofNullable(in.string(key));
                case "workspace" -> workspace = ObjectReaders.requiredWorkspace(in, key);
                case "content" -> content = ContentReaders.content(in, key);
                case "tag" -> tag = in.object(key, Tag.class, ObjectReaders::tag);
                default -> p.skipChildren();
            }
        }
        try {
            return new ContentTagEvent(author, clientToken, workspace, content, tag);
        } catch (RuntimeException e) {
            throw in.constructionFailed(ContentTagEvent.class, e);
        }
    }

    static UserCallEvent userCall(FieldsReading in) throws IOException {
        JsonParser p = in.parser;
        Optional<User> author = null;
        Optional<String> clientToken = null;
        UserCall userCall = null;
        User user = null;
        for (String key = p.nextFieldName(); key != null; key = p.nextFieldName()) {
            p.nextToken();
            switch (key) {
                case "author" -> author = ObjectReaders.optionalUser(in, key);
                case "client_token" -> clientToken = Optional.ofNullable(in.string(key));
                case "user_call" -> userCall = in.object(key, UserCall.class, ObjectReaders::userCall);
                case "user" -> user = ObjectReaders.requiredUser(in, key);
                default -> p.skipChildren();
            }
        }
        try {
            return new UserCallEvent(author, clientToken, userCall, user);
        } catch (RuntimeException e) {
            throw in.constructionFailed(UserCallEvent.class, e);
        }
    }

    static UserConfigEvent userConfig(FieldsReading in) throws IOException {
        JsonParser p = in.parser;
        Optional<User> author = null;
        Optional<String> clientToken = null;
        UserConfig userConfig = null;
        User user = null;
        for (String key = p.nextFieldName(); key != null; key = p.nextFieldName()) {
            p.nextToken();
            switch (key) {
                case "author" -> author = ObjectReaders.optionalUser(in, key);
                case "client_token" -> clientToken = Optional.ofNullable(in.string(key));
                case "user_config" -> userConfig = in.object(key, UserConfig.class, ObjectReaders::userConfig);
                case "user" -> user = ObjectReaders.requiredUser(in, key);
                default -> p.skipChildren();
            }
        }
        try {
            return new UserConfigEvent(author, clientToken, userConfig, user);
        } catch (RuntimeException e) {
            throw in.constructionFailed(UserConfigEvent.class, e);
        }
    }
}

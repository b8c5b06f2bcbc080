package org.tracimdaemon.sdk.reliability;

import org.tracimdaemon.sdk.OnEvent;
import org.tracimdaemon.sdk.runtime.tlm.ContentEvent;
import org.tracimdaemon.sdk.runtime.tlm.ContentTagEvent;
import org.tracimdaemon.sdk.runtime.tlm.MentionEvent;
import org.tracimdaemon.sdk.runtime.tlm.ReactionEvent;
import org.tracimdaemon.sdk.runtime.tlm.TagEvent;
import org.tracimdaemon.sdk.runtime.tlm.UserCallEvent;
import org.tracimdaemon.sdk.runtime.tlm.UserConfigEvent;
import org.tracimdaemon.sdk.runtime.tlm.UserEvent;
import org.tracimdaemon.sdk.runtime.tlm.WorkspaceEvent;
import org.tracimdaemon.sdk.runtime.tlm.WorkspaceMemberEvent;
import org.tracimdaemon.sdk.runtime.tlm.WorkspaceSubscriptionEvent;
import org.tracimdaemon.sdk.runtime.wire.AccountInfoData;
import org.tracimdaemon.sdk.runtime.wire.ClientData;
import org.tracimdaemon.sdk.runtime.wire.ClientList;
import org.tracimdaemon.sdk.runtime.wire.RequestResult;

/**
 * One handler per payload record, so that the fuzzer reaches every decoder through a generated
 * dispatcher, and one decode per event: a bad event must be reported exactly once.
 */
public interface FuzzedPlugin {
    @OnEvent("daemon_account_info")
    void accountInfo(AccountInfoData me);

    @OnEvent("daemon_clients")
    void clients(ClientList clients);

    @OnEvent("daemon_client_added")
    void clientAdded(ClientData client);

    @OnEvent("daemon_client_deleted")
    void clientDeleted(ClientData client);

    @OnEvent("daemon_request_result")
    void requestResult(RequestResult result);

    @OnEvent("user.*")
    void user(UserEvent event);

    @OnEvent("workspace.*")
    void workspace(WorkspaceEvent event);

    @OnEvent("workspace_member.*")
    void member(WorkspaceMemberEvent event);

    @OnEvent("workspace_subscription.*")
    void subscription(WorkspaceSubscriptionEvent event);

    @OnEvent("content.*")
    void content(ContentEvent event);

    @OnEvent("mention.created")
    void mention(MentionEvent event);

    @OnEvent("reaction.*")
    void reaction(ReactionEvent event);

    @OnEvent("tag.*")
    void tag(TagEvent event);

    @OnEvent("content_tag.*")
    void contentTag(ContentTagEvent event);

    @OnEvent("user_call.*")
    void userCall(UserCallEvent event);

    @OnEvent("user_config.modified")
    void userConfig(UserConfigEvent event);
}

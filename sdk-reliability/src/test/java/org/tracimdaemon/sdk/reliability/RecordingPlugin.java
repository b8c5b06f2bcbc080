package org.tracimdaemon.sdk.reliability;

import java.util.ArrayList;
import java.util.List;
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

/** Records each handler call as (method, argument); throws after recording when told to. */
final class RecordingPlugin implements FuzzedPlugin {
    record Call(String handler, Object argument) {}

    final List<Call> calls = new ArrayList<>();
    boolean throwing;

    private void record(String handler, Object argument) {
        calls.add(new Call(handler, argument));
        if (throwing) {
            throw new IllegalStateException("handler " + handler + " fails on purpose");
        }
    }

    @Override
    public void accountInfo(AccountInfoData me) {
        record("accountInfo", me);
    }

    @Override
    public void clients(ClientList clients) {
        record("clients", clients);
    }

    @Override
    public void clientAdded(ClientData client) {
        record("clientAdded", client);
    }

    @Override
    public void clientDeleted(ClientData client) {
        record("clientDeleted", client);
    }

    @Override
    public void requestResult(RequestResult result) {
        record("requestResult", result);
    }

    @Override
    public void user(UserEvent event) {
        record("user", event);
    }

    @Override
    public void workspace(WorkspaceEvent event) {
        record("workspace", event);
    }

    @Override
    public void member(WorkspaceMemberEvent event) {
        record("member", event);
    }

    @Override
    public void subscription(WorkspaceSubscriptionEvent event) {
        record("subscription", event);
    }

    @Override
    public void content(ContentEvent event) {
        record("content", event);
    }

    @Override
    public void mention(MentionEvent event) {
        record("mention", event);
    }

    @Override
    public void reaction(ReactionEvent event) {
        record("reaction", event);
    }

    @Override
    public void tag(TagEvent event) {
        record("tag", event);
    }

    @Override
    public void contentTag(ContentTagEvent event) {
        record("contentTag", event);
    }

    @Override
    public void userCall(UserCallEvent event) {
        record("userCall", event);
    }

    @Override
    public void userConfig(UserConfigEvent event) {
        record("userConfig", event);
    }
}

package org.tracimdaemon.sdk.reliability;

import org.tracimdaemon.sdk.OnEvent;
import org.tracimdaemon.sdk.runtime.tlm.TLMEvent;
import org.tracimdaemon.sdk.runtime.tlm.UserEvent;

/** The plugin of the socket tests: every user event, decoded, with its TLM for the id. */
public interface CountingPlugin {
    @OnEvent("user.*")
    void user(UserEvent event, TLMEvent tlm);
}

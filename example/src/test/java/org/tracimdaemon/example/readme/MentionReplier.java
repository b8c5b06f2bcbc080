package org.tracimdaemon.example.readme;

import org.tracimdaemon.sdk.OnEvent;
import org.tracimdaemon.sdk.runtime.tlm.MentionEvent;

/** README's reply-to-a-mention plugin, compiled by the processor like any plugin. */
public interface MentionReplier {
    @OnEvent("mention.created")
    void mentioned(MentionEvent mention);
}

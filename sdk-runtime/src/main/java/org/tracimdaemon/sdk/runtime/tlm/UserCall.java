package org.tracimdaemon.sdk.runtime.tlm;

import java.time.Instant;

/**
 * A video call between two users (a Jitsi Meet room).
 *
 * <pre>{@code
 * UserCall call = event.userCall();
 * if (call.state() == CallState.IN_PROGRESS) { ring(call.caller(), call.url()); }
 * }</pre>
 *
 * @param callId   the call's id
 * @param caller   who calls
 * @param callee   who is called
 * @param state    where the call stands
 * @param created  when it started
 * @param modified when its state last changed
 * @param url      the room's address
 */
public record UserCall(long callId, User caller, User callee, CallState state, Instant created, Instant modified,
        String url) {
    public UserCall {
        caller = Keys.required(caller, "caller");
        callee = Keys.required(callee, "callee");
        state = Keys.known(state, CallState.UNKNOWN);
        created = Keys.required(created, "created");
        modified = Keys.required(modified, "modified");
        url = Keys.text(url);
    }
}

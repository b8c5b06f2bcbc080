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
    /**
     * Takes the value of each Tracim key named below as the decoder reads it (null, 0 or false when the
     * key is absent) and gives absent values their defaults, so that no accessor returns null.
     *
     * @param callId   from {@code call_id}
     * @param caller   from {@code caller}; required
     * @param callee   from {@code callee}; required
     * @param state    from {@code state}; null becomes {@link CallState#UNKNOWN}
     * @param created  from {@code created}; required
     * @param modified from {@code modified}; required
     * @param url      from {@code url}; null becomes {@code ""}
     * @throws org.tracimdaemon.sdk.runtime.decode.DecodeException if a required value is null
     */
    public UserCall {
        caller = Keys.required(caller, "caller");
        callee = Keys.required(callee, "callee");
        state = Keys.known(state, CallState.UNKNOWN);
        created = Keys.required(created, "created");
        modified = Keys.required(modified, "modified");
        url = Keys.text(url);
    }
}

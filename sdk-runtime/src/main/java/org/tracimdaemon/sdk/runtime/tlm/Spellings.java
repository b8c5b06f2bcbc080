package org.tracimdaemon.sdk.runtime.tlm;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;

/** Each SDK enum by the spelling Tracim sends, for the streaming readers. */
final class Spellings {
    private Spellings() {}

    static final Map<String, AccessType> ACCESS_TYPE = of(AccessType.values(), AccessType::value);
    static final Map<String, CallState> CALL_STATE = of(CallState.values(), CallState::value);
    static final Map<String, ContentNamespace> NAMESPACE = of(ContentNamespace.values(), ContentNamespace::value);
    static final Map<String, ContentStatus> STATUS = of(ContentStatus.values(), ContentStatus::value);
    static final Map<String, EmailNotificationType> EMAIL = of(EmailNotificationType.values(), EmailNotificationType::value);
    static final Map<String, RevisionType> REVISION = of(RevisionType.values(), RevisionType::value);
    static final Map<String, SubscriptionState> SUBSCRIPTION = of(SubscriptionState.values(), SubscriptionState::value);
    static final Map<String, WorkspaceRole> ROLE = of(WorkspaceRole.values(), WorkspaceRole::value);

    private static <E extends Enum<E>> Map<String, E> of(E[] values, Function<E, String> spelling) {
        Map<String, E> map = new HashMap<>();
        for (E value : values) {
            map.put(spelling.apply(value), value);
        }
        return Map.copyOf(map);
    }
}

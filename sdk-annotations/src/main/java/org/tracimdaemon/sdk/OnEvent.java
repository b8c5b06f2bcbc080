package org.tracimdaemon.sdk;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a method of a plugin interface as the handler of one or more event types.
 *
 * <pre>{@code
 * public interface NoteWatcher {
 *     @OnEvent("content.created.html-document")
 *     void noteCreated(ContentEvent note, DaemonClient daemon);
 *
 *     @OnEvent({"content.modified.*", "content.deleted.*"})
 *     void contentChanged(ContentEvent change, TLMEvent raw);
 *
 *     @OnEvent("daemon_account_info")
 *     void accountInfo(AccountInfoData me);
 * }
 * }</pre>
 *
 * <p>Each value is a Tracim event type ({@code content.created.file}), a daemon message type
 * ({@code daemon_account_info}), or a pattern where {@code *} stands for one whole part
 * ({@code content.*}, {@code content.created.*}, {@code *.deleted}). The annotation processor
 * checks every value against the catalogue and every parameter against the payload the event
 * carries, then generates {@code <Interface>Dispatcher}. Constants for every type live in
 * {@link org.tracimdaemon.sdk.catalogue.TlmTypes} and {@link org.tracimdaemon.sdk.catalogue.DaemonTypes}.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.METHOD)
public @interface OnEvent {
    /**
     * The event types or patterns this method handles; at least one.
     *
     * @return e.g. {@code "content.created.html-document"} or {@code "content.*"}
     */
    String[] value();
}

package org.tracimdaemon.sdk;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks an interface as a TracimDaemon plugin's handler interface. Optional: any interface with
 * {@link OnEvent} methods gets a dispatcher. It is the place to opt in to event types newer than
 * the SDK's catalogue, so that a typo never passes silently while a newer server stays usable.
 *
 * <pre>{@code
 * @TracimPlugin(extraContentTypes = "calendar")
 * public interface Watcher {
 *     @OnEvent("content.created.calendar")   // accepted only because of extraContentTypes
 *     void calendarCreated(TLMEvent event);
 * }
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
public @interface TracimPlugin {
    /**
     * Content types the catalogue does not know (e.g. {@code "calendar"}): every
     * {@code content.<operation>.<type>} of them becomes a known event type for this interface.
     * Their payload shape is unknown, so their handlers take {@code TLMEvent}, not records.
     *
     * @return content type slugs; none by default
     */
    String[] extraContentTypes() default {};

    /**
     * Whole event types the catalogue does not know (e.g. {@code "workspace_report.created"}).
     * Their handlers take {@code TLMEvent}, {@code DaemonEvent} and {@code DaemonClient} only.
     *
     * @return whole event types; none by default
     */
    String[] extraEventTypes() default {};
}

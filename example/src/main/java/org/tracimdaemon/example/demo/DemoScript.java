package org.tracimdaemon.example.demo;

import java.util.ArrayList;
import java.util.List;
import org.tracimdaemon.sdk.testkit.Samples;
import org.tracimdaemon.sdk.testkit.Tlm;

/**
 * What the demo daemon replays: every sample TLM of the test kit, in Tracim's order, with a few
 * built ones woven in so that the notifier's choices show: a folder whose label the note after it
 * uses, a mention of the user and one of somebody else, a comment and reactions by another user.
 * The demo runs as user 1 ("Global manager"), the user of the samples.
 */
final class DemoScript {
    private DemoScript() {}

    /** The TLMs to replay, as {@link Tlm} builders so that the daemon can date each one "now". */
    static List<Tlm> events() {
        List<Tlm> events = new ArrayList<>();
        for (String eventType : Samples.TLM_EVENT_TYPES) {
            if (eventType.equals("content.created.html-document")) {
                // The note sits in folder 3: the notifier learns its label from this event.
                events.add(Tlm.contentCreated("folder").eventId(1229).contentId(3).label("Desserts")
                        .workspace(2, "Recipes").set("/fields/content/parent_id", null));
            }
            events.add(Tlm.sample(eventType));
            if (eventType.equals("content.created.html-document")) {
                events.add(Tlm.contentCreated("comment").eventId(1231).contentId(60).parent(6, "Tiramisu Recipe")
                        .workspace(2, "Recipes").author(3, "Bob i.").contentAuthor(3, "Bob i."));
                events.add(Tlm.mention().eventId(1232).toUser(1).contentId(60).author(3, "Bob i.")
                        .workspace(2, "Recipes").parent(6, "Tiramisu Recipe"));
                events.add(Tlm.mention().eventId(1233).toUser(2).contentId(60).author(3, "Bob i.")
                        .workspace(2, "Recipes").parent(6, "Tiramisu Recipe"));
            }
        }
        events.add(Tlm.reaction("\uD83D\uDC4D").eventId(1320).author(3, "Bob i.").contentId(6).label("Tiramisu Recipe")
                .set("/fields/content/content_type", "html-document").workspace(2, "Recipes"));
        events.add(Tlm.reaction("\uD83C\uDF89").eventId(1321).author(1, "Global manager").contentId(61)
                .label("Bob's shopping list").contentAuthor(3, "Bob i.").workspace(2, "Recipes"));
        return events;
    }
}

package org.tracimdaemon.example.demo;

import java.util.Map;
import org.tracimdaemon.sdk.testkit.TracimApi;

/**
 * What the demo's Tracim answers to {@code daemon_do_request}: the notes and comments of the
 * demo, in the shape of Tracim's REST API ({@code GET /workspaces/{id}/html-documents/{id}} and
 * {@code GET /workspaces/{id}/contents/{id}/comments}), reduced to the keys the notifier reads.
 */
final class CannedTracim {
    private CannedTracim() {}

    static final TracimApi API = TracimApi.of(Map.of(
            "/workspaces/2/html-documents/6",
            "{\"content_id\": 6, \"label\": \"Tiramisu Recipe\", \"raw_content\": \"<p>Whisk 3 eggs with 100 g of"
                    + " sugar, fold in 500 g of mascarpone, layer with coffee-soaked ladyfingers, dust with cocoa.</p>\"}",
            "/workspaces/10/html-documents/31",
            "{\"content_id\": 31, \"label\": \"Small document A\", \"raw_content\": \"<h1>Small document A</h1>"
                    + "<p>Validated by the team &amp; ready to share.</p>\"}",
            "/workspaces/1/contents/1/comments",
            "[{\"content_id\": 55, \"raw_content\": \"<p>Nice first note!</p>\"}]",
            "/workspaces/2/contents/6/comments",
            "[{\"content_id\": 60, \"raw_content\": \"<p><html-mention userid=\\\"1\\\"></html-mention> less sugar"
                    + " next time?</p>\"}]"));
}

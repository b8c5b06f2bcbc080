package org.tracimdaemon.sdk.runtime.wire;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.tracimdaemon.sdk.runtime.internal.json.WireJson;

/** Writes envelopes as the daemon reads them: compact JSON, keys in the order path, type, data. */
final class EnvelopeWriter {
    private EnvelopeWriter() {}

    static byte[] encodeEnvelope(DaemonEvent event) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(256);
        try (JsonGenerator json = WireJson.FACTORY.createGenerator(out)) {
            json.writeStartObject();
            json.writeStringField("path", event.path());
            json.writeStringField("type", event.type());
            if (!event.data().isMissingNode()) {
                json.writeFieldName("data");
                WireJson.mapper().writeTree(json, event.data());
            }
            json.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException("encoding " + event.type(), e);
        }
        return out.toByteArray();
    }

    /** As {@link #encodeEnvelope}, for a {@link ClientData} (registration), without databind. */
    static byte[] encodeEnvelope(String path, String type, ClientData data) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(256);
        try (JsonGenerator json = WireJson.FACTORY.createGenerator(out)) {
            json.writeStartObject();
            json.writeStringField("path", path);
            json.writeStringField("type", type);
            json.writeFieldName("data");
            json.writeStartObject();
            json.writeStringField("path", data.path());
            json.writeStringField("pid", data.pid());
            json.writeEndObject();
            json.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException("encoding " + type, e);
        }
        return out.toByteArray();
    }
}

package org.tracimdaemon.sdk.runtime.wire;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import org.tracimdaemon.sdk.runtime.internal.json.DataSpan;
import org.tracimdaemon.sdk.runtime.internal.json.WireJson;

/**
 * {@link DaemonEvent#dataAs} for the records every plugin reads while it starts
 * ({@link AccountInfoData}, {@link ClientData}), read from the message by jackson-core without
 * databind, when the data has the shape the daemon sends: an object whose keys hold the plain
 * tokens expected, each once (the user id as a number or, as TracimDaemon sends it, a string of
 * digits). Anything else (a missing or repeated key, a number as a string...)
 * answers null, and databind decides as it always did, with its error messages.
 */
final class PlainData {
    private PlainData() {}

    /** {@code event}'s data as {@code type}, or null to let databind read it. */
    static Object read(DaemonEvent event, Class<?> type) {
        if (type != AccountInfoData.class && type != ClientData.class) {
            return null;
        }
        DataSpan span = event.span();
        if (span == null || span.token() != JsonToken.START_OBJECT) {
            return null;
        }
        try (JsonParser parser = WireJson.FACTORY.createParser(span.source(), span.offset(),
                span.source().length - span.offset())) {
            parser.nextToken();
            return type == AccountInfoData.class ? accountInfo(parser) : client(parser);
        } catch (IOException e) {
            return null; // databind reads it again and names the fault
        }
    }

    private static AccountInfoData accountInfo(JsonParser parser) throws IOException {
        boolean seen = false;
        long userId = 0;
        for (String key = parser.nextFieldName(); key != null; key = parser.nextFieldName()) {
            JsonToken token = parser.nextToken();
            if (key.equals("user_id")) {
                if (seen) {
                    return null;
                }
                seen = true;
                if (token == JsonToken.VALUE_NUMBER_INT && parser.getNumberType() != JsonParser.NumberType.BIG_INTEGER) {
                    userId = parser.getLongValue();
                } else if (token == JsonToken.VALUE_STRING && isPlainLong(parser.getText())) {
                    userId = Long.parseLong(parser.getText()); // TracimDaemon sends the id as a string
                } else {
                    return null;
                }
            } else {
                parser.skipChildren();
            }
        }
        return seen ? new AccountInfoData(userId) : null;
    }

    /** Digits as databind reads them into a long without a doubt: no sign but '-', no leading zero, no overflow. */
    static boolean isPlainLong(String text) {
        int start = text.startsWith("-") ? 1 : 0;
        int digits = text.length() - start;
        if (digits < 1 || digits > 18 || digits > 1 && text.charAt(start) == '0') {
            return false;
        }
        for (int i = start; i < text.length(); i++) {
            if (text.charAt(i) < '0' || text.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }

    private static ClientData client(JsonParser parser) throws IOException {
        String path = null;
        String pid = null;
        boolean seenPath = false;
        boolean seenPid = false;
        for (String key = parser.nextFieldName(); key != null; key = parser.nextFieldName()) {
            JsonToken token = parser.nextToken();
            boolean isPath = key.equals("path");
            if (isPath || key.equals("pid")) {
                if ((isPath ? seenPath : seenPid) || token != JsonToken.VALUE_STRING && token != JsonToken.VALUE_NULL) {
                    return null;
                }
                String value = token == JsonToken.VALUE_NULL ? null : parser.getText();
                if (isPath) {
                    seenPath = true;
                    path = value;
                } else {
                    seenPid = true;
                    pid = value;
                }
            } else {
                parser.skipChildren();
            }
        }
        return new ClientData(path, pid);
    }
}

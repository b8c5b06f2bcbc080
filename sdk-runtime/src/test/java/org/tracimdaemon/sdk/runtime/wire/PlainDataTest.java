package org.tracimdaemon.sdk.runtime.wire;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.tracimdaemon.sdk.runtime.decode.DecodeException;
import org.tracimdaemon.sdk.runtime.internal.json.WireJson;

/**
 * The start-up path without databind (registration encoded by jackson-core, the account info and
 * client records read by {@link PlainData}) gives what the mapper gives, byte for byte and value
 * for value, and hands every other shape to databind.
 */
class PlainDataTest {

    private static DaemonEvent event(String data) {
        return DaemonEvent.decode(("{\"path\":\"/m.sock\",\"type\":\"t\",\"data\":" + data + "}")
                .getBytes(StandardCharsets.UTF_8));
    }

    /** What databind alone decides for the same data. */
    private static <T> Object databind(String data, Class<T> type) {
        try {
            return WireJson.treeToValue(WireJson.mapper().readTree(data), type, "data");
        } catch (DecodeException e) {
            return e.getMessage();
        } catch (java.io.IOException e) {
            throw new AssertionError(e);
        }
    }

    private static <T> Object sdk(String data, Class<T> type) {
        try {
            return event(data).dataAs(type);
        } catch (DecodeException e) {
            return e.getMessage();
        }
    }

    @Test
    void registrationIsEncodedAsTheMapperEncodesIt() {
        for (ClientData client : List.of(new ClientData("/run/p.sock", "42"), new ClientData("/tmp/é \"q\"\\.sock", ""))) {
            DaemonEvent fast = DaemonEvent.of("/tmp/é.sock", "daemon_client_add", client);
            DaemonEvent tree = new DaemonEvent("/tmp/é.sock", "daemon_client_add", WireJson.mapper().valueToTree(client));
            assertArrayEquals(tree.encode(), fast.encode());
            assertEquals(tree, fast);
            assertEquals(client, fast.dataAs(ClientData.class));
        }
    }

    @Test
    void plainShapesReadAsDatabindReadsThem() {
        for (String data : List.of("{\"user_id\":1}", "{\"user_id\":-9223372036854775808,\"x\":[1,{\"y\":2}]}",
                "{\"a\":null,\"user_id\":0}", "{\"user_id\":\"1\"}", "{\"user_id\":\"-123456789012345678\"}")) {
            assertEquals(true, PlainData.read(event(data), AccountInfoData.class) != null, data);
            assertEquals(databind(data, AccountInfoData.class), sdk(data, AccountInfoData.class), data);
        }
        for (String data : List.of("{\"path\":\"/p.sock\",\"pid\":\"7\"}", "{\"pid\":null}", "{}", "{\"other\":{\"path\":1}}")) {
            assertEquals(databind(data, ClientData.class), sdk(data, ClientData.class), data);
        }
    }

    @Test
    void onlyPlainDigitsAreReadAsAnId() {
        assertEquals(true, PlainData.isPlainLong("0") && PlainData.isPlainLong("-7") && PlainData.isPlainLong("123456789012345678"));
        for (String text : List.of("", "-", "+1", "01", "-0x", "1 ", "1234567890123456789", "١")) {
            assertEquals(false, PlainData.isPlainLong(text), text);
        }
    }

    @Test
    void otherShapesAreLeftToDatabind() {
        for (String data : List.of("{}", "{\"user_id\":\"012\"}", "{\"user_id\":\" 1\"}", "{\"user_id\":\"\"}", "{\"user_id\":\"1e3\"}",
                "{\"user_id\":\"9999999999999999999\"}", "{\"user_id\":1.5}", "{\"user_id\":null}",
                "{\"user_id\":1,\"user_id\":2}", "{\"user_id\":99999999999999999999}", "[1]", "\"x\"")) {
            assertNull(PlainData.read(event(data), AccountInfoData.class), data);
            assertEquals(databind(data, AccountInfoData.class), sdk(data, AccountInfoData.class), data);
        }
        for (String data : List.of("{\"pid\":12}", "{\"path\":\"a\",\"path\":\"b\"}", "{\"path\":[]}")) {
            assertNull(PlainData.read(event(data), ClientData.class), data);
            assertEquals(databind(data, ClientData.class), sdk(data, ClientData.class), data);
        }
        assertThrows(DecodeException.class, () -> event("{}").dataAs(AccountInfoData.class));
    }
}

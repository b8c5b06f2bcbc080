package org.tracimdaemon.sdk.runtime.wire;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.tracimdaemon.sdk.runtime.decode.DecodeException;

/** A malformed daemon message fails with a {@link DecodeException} saying what is wrong and where. */
class DaemonEventDecodeErrorsTest {

    private static DecodeException failure(String message) {
        return assertThrows(DecodeException.class,
                () -> DaemonEvent.decode(message.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void malformedJson() {
        DecodeException e = failure("{\"path\":\"/m.sock\",\"type\":");
        assertEquals("", e.where());
        assertEquals(true, e.getMessage().startsWith("not readable JSON: Unexpected end-of-input"));
    }

    @Test
    void envelopeNotAnObject() {
        assertEquals("a daemon message is a JSON object, got an array", failure("[1, 2]").getMessage());
        assertEquals("a daemon message is a JSON object, got the string \"ping\"", failure("\"ping\"").getMessage());
    }

    @Test
    void typeMissing() {
        DecodeException e = failure("{\"path\":\"/m.sock\"}");
        assertEquals("type", e.where());
        assertEquals("type: missing: every daemon message has a string \"type\"", e.getMessage());
    }

    @Test
    void typeNotAString() {
        DecodeException e = failure("{\"path\":\"/m.sock\",\"type\":42}");
        assertEquals("type", e.where());
        assertEquals("type: expected a string, got 42", e.getMessage());
    }

    @Test
    void accountInfoWithoutDataOrUserIdNamesTheMissingKey() {
        for (String message : new String[] {
                "{\"path\":\"/m.sock\",\"type\":\"daemon_account_info\"}",
                "{\"path\":\"/m.sock\",\"type\":\"daemon_account_info\",\"data\":null}",
                "{\"path\":\"/m.sock\",\"type\":\"daemon_account_info\",\"data\":{}}"}) {
            DaemonEvent event = DaemonEvent.decode(message.getBytes(java.nio.charset.StandardCharsets.UTF_8));
            DecodeException e = assertThrows(DecodeException.class, () -> event.dataAs(AccountInfoData.class));
            assertEquals("data.user_id", e.where(), message);
            assertEquals(true, e.getMessage().contains("'user_id'"), e.getMessage());
        }
    }

    @Test
    void accountInfoDataOfTheWrongShape() {
        DaemonEvent event = DaemonEvent.decode(
                "{\"path\":\"/m.sock\",\"type\":\"daemon_account_info\",\"data\":\"42\"}".getBytes(StandardCharsets.UTF_8));
        DecodeException e = assertThrows(DecodeException.class, () -> event.dataAs(AccountInfoData.class));
        assertEquals("data", e.where());
        assertEquals(true, e.getMessage().startsWith("data: not a AccountInfoData: "), e.getMessage());
    }

    @Test
    void clientListThatIsNotAList() {
        DaemonEvent event = DaemonEvent.decode(
                "{\"path\":\"/m.sock\",\"type\":\"daemon_clients\",\"data\":{\"path\":1}}".getBytes(StandardCharsets.UTF_8));
        DecodeException e = assertThrows(DecodeException.class, () -> event.dataAs(ClientList.class));
        assertEquals(true, e.getMessage().startsWith("data: not a ClientList: "), e.getMessage());
    }
}

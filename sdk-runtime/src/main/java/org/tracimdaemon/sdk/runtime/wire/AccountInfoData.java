package org.tracimdaemon.sdk.runtime.wire;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * Data of {@code daemon_account_info}: the Tracim user the daemon is logged in as. The daemon
 * sends the id as a string ({@code {"user_id": "42"}}); it is decoded as a number, to compare with
 * the ids in TLMs.
 *
 * @param userId the Tracim user id
 */
public record AccountInfoData(@JsonProperty(required = true) long userId) {}

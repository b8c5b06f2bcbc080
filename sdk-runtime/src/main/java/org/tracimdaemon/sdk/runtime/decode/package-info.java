/**
 * The one error every decoding step of the SDK throws, from the envelope to a TLM's payload:
 * {@link org.tracimdaemon.sdk.runtime.decode.DecodeException} names the offending key.
 *
 * <pre>{@code
 * try {
 *     ContentEvent content = tlm.fields(ContentEvent.class);
 * } catch (DecodeException e) {
 *     log.warning("skipped at " + e.where() + ": " + e.getMessage());
 * }
 * }</pre>
 *
 * <p>It sits below {@code .wire} and {@code .tlm}, so that the SDK's JSON internals throw it
 * without depending on either.
 */
package org.tracimdaemon.sdk.runtime.decode;

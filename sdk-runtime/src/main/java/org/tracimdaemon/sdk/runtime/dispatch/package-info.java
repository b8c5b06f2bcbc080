/**
 * The runtime side of generated dispatchers: what every {@code <Interface>Dispatcher} the
 * processor writes calls, so that the decoding and the error path live in the runtime, not in
 * each plugin's compiled code. Plugin authors do not call it; see {@link
 * org.tracimdaemon.sdk.runtime.dispatch.GeneratedDispatch}.
 */
package org.tracimdaemon.sdk.runtime.dispatch;

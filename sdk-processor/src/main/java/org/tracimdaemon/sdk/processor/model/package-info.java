/** What the processor reads from a handler interface, and the dispatch plan it writes from. */
package org.tracimdaemon.sdk.processor.model;

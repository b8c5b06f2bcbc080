/** Writes a dispatcher from a {@link org.tracimdaemon.sdk.processor.model.DispatchPlan}, deciding nothing. */
package org.tracimdaemon.sdk.processor.generation;

/** The annotation processor: reads handler interfaces, checks them, writes their dispatchers. */
package org.tracimdaemon.sdk.processor;

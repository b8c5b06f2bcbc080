/** Checks a handler interface against the catalogue; every message text lives in {@link org.tracimdaemon.sdk.processor.validation.Messages}. */
package org.tracimdaemon.sdk.processor.validation;

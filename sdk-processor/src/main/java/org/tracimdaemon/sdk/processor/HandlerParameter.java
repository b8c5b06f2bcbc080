package org.tracimdaemon.sdk.processor;

import javax.lang.model.element.VariableElement;

/**
 * One parameter of a handler method, as declared.
 *
 * @param name      its name
 * @param typeName  the qualified name of its class, or the type as written when it is no class
 *                  (a primitive, an array)
 * @param simpleTypeName the type as messages show it
 * @param element   where to report an error
 */
record HandlerParameter(String name, String typeName, String simpleTypeName, VariableElement element) {}

/**
 * The annotation processor: reads handler interfaces, checks them, writes their dispatchers.
 *
 * <p>{@link org.tracimdaemon.sdk.processor.OnEventProcessor} is the one public type, found by
 * build tools through {@code META-INF/services}; users meet the processor through its messages,
 * not its classes. Everything else is package-private, in one package (as google/auto's
 * AutoFactory is), so that nothing outside can come to depend on it. One job a file, grouped by
 * name rather than by package:
 *
 * <ul>
 *   <li>model, what is read from a handler interface: {@code InterfaceReader} builds a
 *       {@code HandlerInterface} of {@code HandlerMethod}s and {@code HandlerParameter}s, with
 *       {@code EventValue}s ({@code EventPattern}s), {@code ExtraTypes} and
 *       {@code ParameterKind}s; {@code DispatchPlan} is what the dispatcher is written from;
 *   <li>validation, checking it against the catalogue: {@code HandlerValidator} with
 *       {@code EventValueValidator}, {@code ParameterValidator}, {@code ExtraTypesValidator},
 *       {@code KnownTypes}, {@code DidYouMean} and {@code Binding}, which {@code PlanBuilder}
 *       turns into the plan; findings go to a {@code Report}, and every message text lives in
 *       {@code Messages};
 *   <li>generation: {@code DispatcherWriter} writes the plan out, deciding nothing; the code it
 *       writes calls the runtime's {@code GeneratedDispatch}.
 * </ul>
 */
package org.tracimdaemon.sdk.processor;

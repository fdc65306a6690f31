/**
 * The Kairos intermediate representation: a checked, fully resolved description of a TTFS model.
 *
 * <p>Every type here is an immutable record with no behaviour beyond derived quantities. A {@link
 * io.kairos.compiler.ir.Model} is what the front end produces from a {@code .snn} file and what the
 * runtime, the deployment compiler and the exporters consume. Names are resolved (every reference
 * names something that exists), defaults are applied and values are range-checked before an IR
 * value is built, so consumers never re-validate.
 *
 * <p>Serialised to JSON by {@link io.kairos.compiler.ir.IrJson}; closed families (neurons,
 * encoders, initialisers, losses, optimizers, trainings) carry a {@code "kind"} tag and the model
 * carries {@link io.kairos.compiler.ir.Model#SCHEMA_VERSION}.
 */
package io.kairos.compiler.ir;

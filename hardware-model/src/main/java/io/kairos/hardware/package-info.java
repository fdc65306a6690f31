/**
 * The Kairos hardware model: Loihi-style chip specs ({@code spec}), the core tables the deployment
 * compiler produces ({@code tables}), the bit-exact functional chip simulator ({@code sim}) and
 * the timing and energy models that price its events ({@code cost}). It knows nothing of the DSL
 * or the IR. User errors are {@link io.kairos.hardware.HardwareModelException}s.
 *
 * <p>Semantics are written down in docs/fixed-point.md, docs/core-tables.md and
 * docs/hardware-model.md at the repository root.
 */
package io.kairos.hardware;

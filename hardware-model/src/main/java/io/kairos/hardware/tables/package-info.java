/**
 * Core tables (docs/core-tables.md): per-core compartment, synapse and routing tables, placement,
 * named layers and input/output ports; a builder, a validator against a chip spec, and the JSON
 * and packed binary encodings.
 */
package io.kairos.hardware.tables;

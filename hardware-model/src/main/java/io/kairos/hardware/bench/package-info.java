/** Benchmark entry points and synthetic networks; not used by the rest of the module. */
package io.kairos.hardware.bench;

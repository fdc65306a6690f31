/**
 * Interchange and code generation (docs/interchange.md): NIR files of the float network ({@code
 * nir}), lava-dl NetX files of the quantised network ({@code netx}), and standalone Java that
 * computes the deployed fixed-point network ({@code codegen}). {@link
 * io.kairos.compiler.export.DeployFolder} reads a deploy folder back into the fixed-point networks
 * its core tables realise, which is what the NetX exporter and the code generator consume.
 */
package io.kairos.compiler.export;

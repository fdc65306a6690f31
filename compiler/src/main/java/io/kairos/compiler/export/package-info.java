/**
 * Interchange and code generation (docs/interchange.md): NIR files of the float network ({@code
 * nir}), lava-dl NetX files of the quantised network ({@code netx}), and standalone Java that
 * computes the deployed fixed-point network ({@code codegen}). {@link
 * io.kairos.compiler.export.DeployFolder} is the one reader of a deploy folder: the chip commands
 * take its chip, tables and ports, and it decompiles the core tables back into the fixed-point
 * networks they realise, which is what the NetX exporter and the code generator consume.
 */
package io.kairos.compiler.export;

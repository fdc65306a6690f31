package io.kairos.compiler.ir;

/**
 * The training data: a known data set name ({@code mnist}, {@code fashion_mnist}) or a folder of
 * IDX files.
 *
 * @param name data set name, or {@code null} when {@code path} is given
 * @param path folder path as written in the source, or {@code null}
 */
public record Dataset(String name, String path) {}

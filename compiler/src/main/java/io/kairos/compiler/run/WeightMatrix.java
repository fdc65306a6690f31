package io.kairos.compiler.run;

import java.util.Arrays;

/**
 * A dense projection's weights, row-major {@code [rows = target size, cols = source size]}: {@code
 * get(j, i)} is the weight from source neuron {@code i} to target neuron {@code j} (NIR's and
 * NumPy's {@code [out, in]} order).
 *
 * <p>The array is shared, not copied: trainers update it in place for speed, so treat an instance
 * as owned by whoever created it.
 */
public record WeightMatrix(int rows, int cols, float[] data) {
  public WeightMatrix {
    if (rows < 1 || cols < 1) {
      throw new IllegalArgumentException("weight matrix shape must be positive, got " + rows + "x" + cols);
    }
    if (data.length != (long) rows * cols) {
      throw new IllegalArgumentException(
          "weight matrix " + rows + "x" + cols + " needs " + (long) rows * cols + " values, got " + data.length);
    }
  }

  public static WeightMatrix zeros(int rows, int cols) {
    return new WeightMatrix(rows, cols, new float[rows * cols]);
  }

  public float get(int row, int col) {
    return data[row * cols + col];
  }

  public WeightMatrix copy() {
    return new WeightMatrix(rows, cols, data.clone());
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof WeightMatrix m && m.rows == rows && m.cols == cols && Arrays.equals(m.data, data);
  }

  @Override
  public int hashCode() {
    return 31 * (31 * rows + cols) + Arrays.hashCode(data);
  }

  @Override
  public String toString() {
    return "WeightMatrix[" + rows + "x" + cols + "]";
  }
}

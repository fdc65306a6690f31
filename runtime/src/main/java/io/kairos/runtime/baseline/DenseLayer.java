package io.kairos.runtime.baseline;

import java.util.SplittableRandom;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.ops.transforms.Transforms;

/**
 * A fully connected layer {@code y = x W + b} with hand-written backward pass and its own Adam state.
 *
 * <p>Gradients are accumulated into {@code gradW}/{@code gradB} by {@link #backward} and applied by
 * {@link #adamStep}; the caller decides when (so the discriminator can be frozen during a generator
 * step simply by not stepping it). Each layer counts its own Adam steps: the bias correction of a
 * network's optimiser must use the number of updates <em>that</em> network received, not a counter
 * shared with the other network (which would double every {@code t}).
 */
final class DenseLayer {
  final INDArray w;
  final INDArray b;
  final INDArray gradW;
  final INDArray gradB;
  private final INDArray mW;
  private final INDArray vW;
  private final INDArray mB;
  private final INDArray vB;
  // Adam's temporaries, reused: one step allocates no parameter-sized arrays, so ND4J's off-heap
  // memory (freed only when Java's GC collects the wrappers) does not pile up over a long run.
  private final INDArray scratchW;
  private final INDArray scratchB;
  private INDArray lastInput;
  private int adamSteps;

  /** Glorot-uniform weights drawn from {@code rng} (row-major order), zero biases. */
  DenseLayer(int in, int out, SplittableRandom rng, DataType type) {
    double[] init = new double[in * out];
    double limit = Math.sqrt(6.0 / (in + out));
    for (int i = 0; i < init.length; i++) {
      init[i] = (rng.nextDouble() * 2 - 1) * limit;
    }
    w = Nd4j.create(init, new long[] {in, out}, DataType.DOUBLE).castTo(type);
    b = Nd4j.zeros(type, 1, out);
    gradW = w.like();
    gradB = b.like();
    mW = w.like();
    vW = w.like();
    mB = b.like();
    vB = b.like();
    scratchW = w.like();
    scratchB = b.like();
  }

  INDArray forward(INDArray x) {
    lastInput = x;
    return x.mmul(w).addiRowVector(b);
  }

  /** Accumulates parameter gradients for the last forward input; returns dLoss/dInput. */
  INDArray backward(INDArray gradOut) {
    Nd4j.gemm(lastInput, gradOut, gradW, true, false, 1.0, 1.0);
    gradB.addi(gradOut.sum(true, 0));
    return gradOut.mmul(w.transpose());
  }

  void zeroGrad() {
    gradW.assign(0);
    gradB.assign(0);
  }

  int adamSteps() {
    return adamSteps;
  }

  /** One Adam update with bias correction at this layer's next step, then clears the gradients. */
  void adamStep(double lr, double beta1, double beta2, double eps) {
    adamSteps++;
    adam(w, gradW, mW, vW, scratchW, lr, beta1, beta2, eps, adamSteps);
    adam(b, gradB, mB, vB, scratchB, lr, beta1, beta2, eps, adamSteps);
    zeroGrad();
  }

  /** {@code m = b1 m + (1-b1) g; v = b2 v + (1-b2) g^2; p -= lr_t m / (sqrt(v) + eps)}, in place. */
  private static void adam(INDArray p, INDArray g, INDArray m, INDArray v, INDArray scratch,
      double lr, double b1, double b2, double eps, int t) {
    m.muli(b1).addi(scratch.assign(g).muli(1 - b1));
    v.muli(b2).addi(scratch.assign(g).muli(g).muli(1 - b2));
    double correctedLr = lr * Math.sqrt(1 - Math.pow(b2, t)) / (1 - Math.pow(b1, t));
    Transforms.sqrt(scratch.assign(v), false).addi(eps).rdivi(m).muli(correctedLr);
    p.subi(scratch);
  }
}

package io.kairos.runtime.quality;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class FrechetDistanceTest {

  @Test
  void identicalGaussiansAreAtZero() {
    var g = new Gaussian(new double[] {1, 2}, new double[][] {{2, 0.5}, {0.5, 1}});
    assertEquals(0, FrechetDistance.between(g, g), 1e-9);
  }

  @Test
  void meanShiftOnlyGivesSquaredDistance() {
    double[][] cov = {{1, 0}, {0, 1}};
    var a = new Gaussian(new double[] {0, 0}, cov);
    var b = new Gaussian(new double[] {3, 4}, cov);
    assertEquals(25, FrechetDistance.between(a, b), 1e-9);
  }

  @Test
  void diagonalCovariancesMatchTheClosedForm() {
    // For diagonal C1 = diag(a), C2 = diag(b): FD = sum (sqrt(a) - sqrt(b))^2.
    var a = new Gaussian(new double[] {0, 0, 0}, new double[][] {{4, 0, 0}, {0, 9, 0}, {0, 0, 1}});
    var b = new Gaussian(new double[] {0, 0, 0}, new double[][] {{1, 0, 0}, {0, 4, 0}, {0, 0, 16}});
    double expected = Math.pow(2 - 1, 2) + Math.pow(3 - 2, 2) + Math.pow(1 - 4, 2);
    assertEquals(expected, FrechetDistance.between(a, b), 1e-9);
  }

  @Test
  void rotatedCovarianceMatchesTheScalarCase() {
    // C1 = I, C2 = R diag(4, 1) R^T: Tr((C1 C2)^1/2) = 2 + 1, FD = 2 + 5 - 6 = 1.
    double c = Math.cos(0.3);
    double s = Math.sin(0.3);
    double[][] c2 = {
      {4 * c * c + s * s, (4 - 1) * c * s},
      {(4 - 1) * c * s, 4 * s * s + c * c}
    };
    var a = new Gaussian(new double[] {0, 0}, new double[][] {{1, 0}, {0, 1}});
    var b = new Gaussian(new double[] {0, 0}, c2);
    assertEquals(1, FrechetDistance.between(a, b), 1e-9);
  }

  @Test
  void fitRecoversMeanAndUnbiasedCovariance() {
    var g = Gaussian.fit(new double[][] {{1, 2}, {3, 6}});
    assertEquals(2, g.mean()[0], 1e-12);
    assertEquals(4, g.mean()[1], 1e-12);
    assertEquals(2, g.covariance()[0][0], 1e-12);
    assertEquals(4, g.covariance()[0][1], 1e-12);
    assertEquals(8, g.covariance()[1][1], 1e-12);
  }

  @Test
  void eigenDecompositionReconstructsARandomSymmetricMatrix() {
    var rng = new SplittableRandom(5);
    int n = 12;
    double[][] m = new double[n][n];
    for (int i = 0; i < n; i++) {
      for (int j = i; j < n; j++) {
        m[i][j] = m[j][i] = rng.nextDouble() - 0.5;
      }
    }
    var d = SymmetricEigen.decompose(m);
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < n; j++) {
        double sum = 0;
        for (int k = 0; k < n; k++) {
          sum += d.vectors()[i][k] * d.values()[k] * d.vectors()[j][k];
        }
        assertEquals(m[i][j], sum, 1e-10);
      }
    }
  }

  @Test
  void samplesFromTheSameDistributionAreCloserThanShiftedOnes() {
    var rng = new SplittableRandom(9);
    double[][] x = new double[2000][4];
    double[][] y = new double[2000][4];
    double[][] z = new double[2000][4];
    for (int i = 0; i < 2000; i++) {
      for (int k = 0; k < 4; k++) {
        x[i][k] = rng.nextDouble();
        y[i][k] = rng.nextDouble();
        z[i][k] = rng.nextDouble() + 0.5;
      }
    }
    double same = FrechetDistance.between(x, y);
    double shifted = FrechetDistance.between(x, z);
    assertEquals(4 * 0.25, shifted, 0.05);
    assertEquals(0, same, 0.01);
  }
}

package io.kairos.compiler.deploy.mapping;

import io.kairos.hardware.spec.ChipSpec;

/**
 * Where the g-th core of a deployment sits (docs/quantisation.md, "Placement"): cores are used in
 * order, filling chip 0 first; on a chip, core c lives on tile {@code c / cores_per_tile}, and
 * tiles are walked in a snake (row 0 left to right, row 1 right to left, ...), so consecutive
 * cores, which hold the same or adjacent layers, are on the same or neighbouring tiles.
 *
 * @param chip chip index
 * @param core core index on the chip
 * @param tileX mesh column
 * @param tileY mesh row
 */
public record Placement(int chip, int core, int tileX, int tileY) {
  public static Placement of(int globalCore, ChipSpec spec) {
    int perChip = spec.coresPerChip();
    int chip = globalCore / perChip;
    int core = globalCore % perChip;
    int tile = core / spec.mesh().coresPerTile();
    int cols = spec.mesh().meshCols();
    int y = tile / cols;
    int x = y % 2 == 0 ? tile % cols : cols - 1 - tile % cols;
    return new Placement(chip, core, x, y);
  }

  /**
   * Checks that {@code cores} cores fit in the chip's multi-chip system.
   *
   * @throws io.kairos.compiler.deploy.DeploymentException naming the limit and the numbers
   */
  public static void checkFits(int cores, long compartments, ChipSpec spec) {
    long chips = (cores + (long) spec.coresPerChip() - 1) / spec.coresPerChip();
    if (chips > spec.multiChip().maxChips()) {
      throw new io.kairos.compiler.deploy.DeploymentException(
          "the deployment does not fit: its " + compartments + " compartments need " + cores + " cores = "
              + chips + " chips of " + spec.coresPerChip() + " cores, but " + spec.name()
              + " systems have at most " + spec.multiChip().maxChips() + " chips (over by "
              + (chips - spec.multiChip().maxChips()) + ")");
    }
  }

  /** Mesh hops between two placements on the same chip (Manhattan distance of their tiles). */
  public int hopsTo(Placement other) {
    return Math.abs(tileX - other.tileX) + Math.abs(tileY - other.tileY);
  }
}

package io.kairos.compiler.check;

import io.kairos.compiler.ast.ModelFile;
import io.kairos.compiler.diagnostics.Diagnostic;
import java.util.ArrayList;
import java.util.List;

/** Runs every semantic check over a file and returns all their diagnostics, sorted by position. */
public final class Checker {
  private static final List<Check> CHECKS =
      List.of(
          new DuplicateNamesCheck(),
          new UndefinedNamesCheck(),
          new NetworkInputCheck(),
          new GanShapeCheck(),
          new DecoderShapeCheck(),
          new ClassCountCheck(),
          new GanDiscriminatorClassesCheck(),
          new RangeCheck(),
          new UnknownKindCheck(),
          new UnknownSettingCheck(),
          new MissingSettingCheck(),
          new DuplicateSettingCheck(),
          new ValueTypeCheck(),
          new ModelLevelCheck(),
          new CompositionCheck(),
          new DecodeTargetCheck(),
          new ClassifierClassesCheck(),
          new GanDecodeCheck(),
          new ClassLabelsCheck(),
          new GanGeneratorInputCheck(),
          new NoiseCodeCheck(),
          new SampleMatchingOptionsCheck());

  private Checker() {}

  public static List<Diagnostic> check(ModelFile file) {
    CheckContext context = new CheckContext(file);
    for (Check check : CHECKS) {
      check.run(context);
    }
    List<Diagnostic> sorted = new ArrayList<>(context.diagnostics());
    sorted.sort(Diagnostic.BY_POSITION);
    return List.copyOf(sorted);
  }
}

package io.kairos.compiler.check;

import io.kairos.compiler.ast.Name;
import io.kairos.compiler.ast.Setting;
import io.kairos.compiler.ast.SourceSpan;
import io.kairos.compiler.ast.Value;
import io.kairos.compiler.lang.Param;
import io.kairos.compiler.lang.Schema;
import java.util.List;
import java.util.Optional;

/**
 * One place where parameters are written against a known schema: a neuron block, the arguments of
 * a call, a train or deploy block, a layer's overrides.
 *
 * @param owner what the parameters belong to, for messages ("neuron 'IF'", "optimizer sgd")
 * @param noun what one parameter is called here ("setting" or "argument")
 * @param schema the valid parameters
 * @param entries the parameters as written
 * @param span where to report a missing parameter
 */
public record Site(String owner, String noun, Schema schema, List<Site.Entry> entries, SourceSpan span) {
  public Site {
    entries = List.copyOf(entries);
  }

  /**
   * One written parameter.
   *
   * @param key its name, or empty for a positional argument
   * @param role its role ({@code optimizer generator ...}), if any
   * @param layer the layer it is for ({@code scale_quantile discriminator/hidden ...}), if any
   * @param position its index among the site's entries (positional arguments map to the schema's
   *     parameters in order)
   */
  public record Entry(
      SourceSpan span, Optional<Name> key, Optional<Name> role, Optional<Setting.Layer> layer, Value value, int position) {
    public Entry(SourceSpan span, Optional<Name> key, Optional<Name> role, Value value, int position) {
      this(span, key, role, Optional.empty(), value, position);
    }
  }

  /** The parameter an entry sets: by name, or by position for a positional argument. */
  public Optional<Param> param(Entry e) {
    if (e.key().isPresent()) {
      return schema.param(e.key().get().text());
    }
    return e.position() < schema.params().size()
        ? Optional.of(schema.params().get(e.position()))
        : Optional.empty();
  }

  /**
   * The entry that sets {@code name} for {@code role}: the role's own entry, else an unqualified
   * one. Per-layer entries are never returned: only the deployer reads them, one by one.
   */
  public Optional<Entry> entry(String name, Optional<String> role) {
    Optional<Entry> own =
        entries.stream()
            .filter(e -> isFor(e, name) && e.layer().isEmpty() && role.isPresent()
                && e.role().map(Name::text).equals(role))
            .findFirst();
    return own.isPresent()
        ? own
        : entries.stream().filter(e -> isFor(e, name) && e.role().isEmpty() && e.layer().isEmpty()).findFirst();
  }

  public Optional<Entry> entry(String name) {
    return entry(name, Optional.empty());
  }

  private boolean isFor(Entry e, String name) {
    return param(e).map(p -> p.name().equals(name)).orElse(false);
  }
}

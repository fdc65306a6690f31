package io.kairos.compiler.diagnostics;

/** The catalogue of front-end diagnostics. Codes are stable: add new ones, never renumber. */
public enum DiagnosticCode {
  K001("syntax error"),
  K002("duplicate name"),
  K003("undefined name"),
  K004("network input is not an encoder"),
  K005("gan generator output does not fit the discriminator input"),
  K006("decoder shape does not match the layer size"),
  K007("class label count does not match the layer size"),
  K008("gan discriminator output does not have exactly 2 classes"),
  K009("value out of range"),
  K010("unknown kind (loss, optimizer, neuron, init, encoder, data set, target, training)"),
  K011("unknown setting or argument"),
  K012("missing required setting"),
  K013("duplicate setting"),
  K014("value of the wrong type"),
  K015("missing or repeated model-level declaration"),
  K016("wrong composition (network count, role)"),
  K017("decode does not name the network's output layer"),
  K018("classifier output has no class labels"),
  K019("gan generator is not decoded as the discriminator's input"),
  K020("duplicate class label"),
  K021("lexical error"),
  K022("gan generator input is not a noise encoder"),
  K023("noise encoder has more active neurons than neurons"),
  K024("noise encoder span is longer than the window"),
  K025("sample-matching option without sample matching");

  private final String summary;

  DiagnosticCode(String summary) {
    this.summary = summary;
  }

  /** One line on what the code means, for docs/dsl.md's table. */
  public String summary() {
    return summary;
  }
}

package io.kairos.compiler.lang;

/** What a parameter's value must look like; the phrase completes "`refractory` needs ...". */
public enum ValueType {
  INTEGER("an integer"),
  NUMBER("a number"),
  STEPS_OR_WINDOW("a number of steps or `window`"),
  NAME("a name"),
  CALL("a kind with arguments, e.g. `sgd(lr 0.2)`"),
  SHAPE("a shape `HEIGHT x WIDTH`, e.g. `28 x 28`");

  private final String phrase;

  ValueType(String phrase) {
    this.phrase = phrase;
  }

  public String phrase() {
    return phrase;
  }
}

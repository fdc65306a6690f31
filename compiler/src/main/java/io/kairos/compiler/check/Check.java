package io.kairos.compiler.check;

/** One semantic rule. A check reports through the context and never throws on bad input. */
interface Check {
  void run(CheckContext context);
}

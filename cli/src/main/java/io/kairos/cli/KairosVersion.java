package io.kairos.cli;

import picocli.CommandLine;

/** {@code --version}: the version recorded in the jar manifest at build time. */
final class KairosVersion implements CommandLine.IVersionProvider {
  @Override
  public String[] getVersion() {
    String v = KairosVersion.class.getPackage().getImplementationVersion();
    return new String[] {"kairos " + (v == null ? "(development build)" : v)};
  }
}

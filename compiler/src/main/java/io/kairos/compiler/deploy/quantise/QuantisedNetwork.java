package io.kairos.compiler.deploy.quantise;

import io.kairos.compiler.deploy.fixedpoint.FixedPointNetwork;

/** A network in the target's integers and the report of how it got there. */
public record QuantisedNetwork(FixedPointNetwork network, QuantisationReport report) {}

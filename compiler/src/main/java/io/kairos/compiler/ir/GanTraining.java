package io.kairos.compiler.ir;

/**
 * Adversarial training of a spiking generator against a spiking discriminator.
 *
 * @param generator generator network name (input: a noise encoder; output decoded as the data)
 * @param discriminator discriminator network name (input: the data encoder; two classes)
 * @param data training data (the "real" samples)
 * @param loss the temporal loss used for both players
 * @param generatorOptimizer optimizer of the generator
 * @param discriminatorOptimizer optimizer of the discriminator
 * @param discriminatorSteps discriminator updates per generator update, &gt;= 1
 * @param epochs passes over the training set, &gt;= 1
 * @param batch samples per update, &gt;= 1
 * @param seed seed of every random choice
 * @param labelNoise probability of flipping a discriminator label, in [0, 1]
 * @param deadNeuronRate dead-neuron re-draw rate (see {@link ClassifierTraining}); 0 disables
 */
public record GanTraining(
    String generator,
    String discriminator,
    Dataset data,
    Loss loss,
    Optimizer generatorOptimizer,
    Optimizer discriminatorOptimizer,
    int discriminatorSteps,
    int epochs,
    int batch,
    long seed,
    double labelNoise,
    double deadNeuronRate)
    implements Training {}

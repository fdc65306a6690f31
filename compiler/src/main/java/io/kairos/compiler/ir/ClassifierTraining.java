package io.kairos.compiler.ir;

/**
 * Supervised S4NN-style training of one network whose output population has class labels.
 *
 * @param network the trained network's name
 * @param data training data
 * @param loss the temporal loss
 * @param optimizer the optimizer
 * @param epochs passes over the training set, &gt;= 1
 * @param batch samples per update, &gt;= 1
 * @param seed seed of every random choice
 * @param deadNeuronRate after each epoch, a hidden neuron that fired on fewer than this fraction of
 *     training samples has its incoming weights re-drawn from its init; 0 disables
 */
public record ClassifierTraining(
    String network,
    Dataset data,
    Loss loss,
    Optimizer optimizer,
    int epochs,
    int batch,
    long seed,
    double deadNeuronRate)
    implements Training {}

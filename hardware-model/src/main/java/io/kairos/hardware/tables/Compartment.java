package io.kairos.hardware.tables;

/**
 * One row of a core's compartment table: the parameters of a fixed-point CUBA compartment
 * (docs/fixed-point.md).
 *
 * @param vthMant         threshold mantissa; the compartment spikes when {@code v > vthMant << 6}
 * @param du              current decay: {@code u *= (4096 - (du + offset)) / 4096}, rounded toward zero
 * @param dv              voltage decay: {@code v *= (4096 - dv) / 4096}, rounded toward zero
 * @param biasMant        signed bias mantissa, added to v every step as {@code biasMant << biasExp}
 * @param biasExp         bias exponent
 * @param refractoryDelay after a spike at step t the compartment is refractory during steps
 *                        {@code t+1 .. t+refractoryDelay-1}; 1 means no refractory period
 * @param oneShot         fire-once: after its first spike it never fires again until state reset
 */
public record Compartment(
        int vthMant,
        int du,
        int dv,
        int biasMant,
        int biasExp,
        int refractoryDelay,
        boolean oneShot) {

    /**
     * A non-leaky integrate-and-fire compartment as S4NN-style TTFS networks use it:
     * {@code du = 4095} (u cleared each step: instantaneous synapse), {@code dv = 0} (no leak), no bias.
     */
    public static Compartment integrateAndFire(int vthMant, int refractoryDelay, boolean oneShot) {
        return new Compartment(vthMant, 4095, 0, 0, 0, refractoryDelay, oneShot);
    }
}

package io.kairos.hardware.tables;

import java.io.ByteArrayOutputStream;

/** Appends fields of 0..32 bits, most significant bit first, to a growing byte string. */
final class BitWriter {
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private long acc;
    private int accBits;

    /** Writes the low {@code bits} bits of {@code value} (two's complement for negative values). */
    void write(long value, int bits) {
        if (bits == 0) {
            return;
        }
        acc = (acc << bits) | (value & ((1L << bits) - 1));
        accBits += bits;
        while (accBits >= 8) {
            out.write((int) (acc >>> (accBits - 8)) & 0xff);
            accBits -= 8;
        }
        acc &= (1L << accBits) - 1;
    }

    /** Pads with zero bits to a byte boundary and returns the bytes. */
    byte[] toByteArray() {
        if (accBits > 0) {
            write(0, 8 - accBits);
        }
        return out.toByteArray();
    }
}

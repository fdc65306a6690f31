package io.kairos.hardware.tables;

/** Reads fields written by {@link BitWriter}; running past the end throws {@link Truncated}. */
final class BitReader {
    static final class Truncated extends Exception {
        Truncated(long bit) {
            super("truncated at bit " + bit);
        }
    }

    private final byte[] data;
    private final long limitBits;
    private long pos;

    BitReader(byte[] data, int limitBytes) {
        this.data = data;
        this.limitBits = 8L * limitBytes;
    }

    long position() {
        return pos;
    }

    long remaining() {
        return limitBits - pos;
    }

    /** An unsigned field. */
    long read(int bits) throws Truncated {
        if (pos + bits > limitBits) {
            throw new Truncated(pos);
        }
        long v = 0;
        for (int i = 0; i < bits; i++) {
            int b = (data[(int) (pos >>> 3)] >>> (7 - (int) (pos & 7))) & 1;
            v = (v << 1) | b;
            pos++;
        }
        return v;
    }

    /** A two's-complement field, sign-extended. */
    long readSigned(int bits) throws Truncated {
        long v = read(bits);
        return bits == 0 ? 0 : (v << (64 - bits)) >> (64 - bits);
    }
}

package io.kairos.hardware.tables;

import io.kairos.hardware.HardwareModelException;
import io.kairos.hardware.spec.ChipSpec;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.CRC32;

/**
 * The packed binary image of {@link CoreTables}: one MSB-first bit stream whose header records
 * the width of every field kind, each chosen as the least width that holds every value written,
 * so the image is as small as the data allows and needs no chip spec to decode. The bit layout is
 * in docs/core-tables.md; a CRC-32 guards the whole image.
 */
public final class CoreTablesBinary {
    /** "KCTB". */
    static final int MAGIC = 0x4B435442;
    static final int FORMAT_VERSION = 1;

    /** Field kinds whose width the header stores, in header order. */
    enum Field {
        COUNT, CHIP, CORE, TILE, COMPARTMENT, AXON, WEIGHT, DELAY, WEIGHT_EXP, VTH, DECAY, BIAS_MANT, BIAS_EXP, REFRACTORY
    }

    private static final boolean[] SIGNED = new boolean[Field.values().length];

    static {
        SIGNED[Field.WEIGHT.ordinal()] = true;
        SIGNED[Field.WEIGHT_EXP.ordinal()] = true;
        SIGNED[Field.BIAS_MANT.ordinal()] = true;
    }

    private CoreTablesBinary() {
    }

    public static void write(CoreTables tables, Path file) {
        try {
            Files.write(file, toBytes(tables));
        } catch (IOException e) {
            throw new HardwareModelException("core tables " + file + ": cannot write the file (" + e.getMessage() + ")", e);
        }
    }

    public static CoreTables read(Path file, ChipSpec spec) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new HardwareModelException("core tables " + file + ": cannot read the file (" + e.getMessage() + ")", e);
        }
        return fromBytes(bytes, file.toString(), spec);
    }

    public static byte[] toBytes(CoreTables t) {
        int[] widths = new int[Field.values().length];
        // Every field is at least 1 bit wide, so every list element costs at least one bit and a
        // decoder can bound counts by the bits left.
        java.util.Arrays.fill(widths, 1);
        // Two passes over one emitter: the first measures widths, the second writes.
        new Emitter(widths, null).tables(t);
        BitWriter w = new BitWriter();
        w.write(MAGIC, 32);
        w.write(FORMAT_VERSION, 16);
        w.write(t.schemaVersion(), 16);
        for (int width : widths) {
            w.write(width, 6);
        }
        new Emitter(widths, w).tables(t);
        byte[] body = w.toByteArray();
        CRC32 crc = new CRC32();
        crc.update(body);
        byte[] out = java.util.Arrays.copyOf(body, body.length + 4);
        long c = crc.getValue();
        for (int i = 0; i < 4; i++) {
            out[body.length + i] = (byte) (c >>> (24 - 8 * i));
        }
        return out;
    }

    /** Decodes and validates an image; {@code source} names it in messages. */
    public static CoreTables fromBytes(byte[] bytes, String source, ChipSpec spec) {
        String prefix = "core tables " + source + ": ";
        if (bytes.length < 4 + 2 + 2 + 4 || readInt(bytes, 0) != MAGIC) {
            throw new HardwareModelException(prefix + "not a Kairos core-tables image (missing 'KCTB' magic)");
        }
        int n = bytes.length - 4;
        CRC32 crc = new CRC32();
        crc.update(bytes, 0, n);
        if ((readInt(bytes, n) & 0xffffffffL) != crc.getValue()) {
            throw new HardwareModelException(prefix + "checksum mismatch: the image is corrupt or truncated");
        }
        CoreTables t;
        try {
            BitReader r = new BitReader(bytes, n);
            r.read(32);
            int version = (int) r.read(16);
            if (version != FORMAT_VERSION) {
                throw new HardwareModelException(prefix + "image format version " + version + " is not supported (expected "
                        + FORMAT_VERSION + ")");
            }
            int schema = (int) r.read(16);
            int[] widths = new int[Field.values().length];
            for (int i = 0; i < widths.length; i++) {
                widths[i] = (int) r.read(6);
                if (widths[i] > 32) {
                    throw new HardwareModelException(prefix + "field width of " + Field.values()[i] + " is " + widths[i]
                            + " bits, more than 32");
                }
            }
            t = new Decoder(r, widths, prefix).tables(schema);
            // Only zero padding to the byte boundary may follow the last field.
            if (r.remaining() >= 8 || r.read((int) r.remaining()) != 0) {
                throw new HardwareModelException(prefix + "unexpected data after the last field at bit " + r.position());
            }
        } catch (BitReader.Truncated e) {
            throw new HardwareModelException(prefix + "the image ends early (" + e.getMessage() + ")", e);
        }
        CoreTablesValidator.validate(t, spec, source);
        return t;
    }

    private static int readInt(byte[] b, int at) {
        return ((b[at] & 0xff) << 24) | ((b[at + 1] & 0xff) << 16) | ((b[at + 2] & 0xff) << 8) | (b[at + 3] & 0xff);
    }

    /** Walks the tables in layout order; measures widths when {@code out} is null, else writes. */
    private static final class Emitter {
        private final int[] widths;
        private final BitWriter out;

        Emitter(int[] widths, BitWriter out) {
            this.widths = widths;
            this.out = out;
        }

        void put(Field f, long v) {
            int i = f.ordinal();
            if (out == null) {
                int need;
                if (SIGNED[i]) {
                    need = 65 - Long.numberOfLeadingZeros(v < 0 ? ~v : v);
                } else {
                    if (v < 0) {
                        throw new HardwareModelException("core tables: field " + f + " has negative value " + v
                                + " that the image cannot store");
                    }
                    need = 64 - Long.numberOfLeadingZeros(v);
                }
                if (need > 32) {
                    throw new HardwareModelException("core tables: value " + v + " of field " + f + " needs more than 32 bits");
                }
                widths[i] = Math.max(widths[i], need);
            } else {
                out.write(v, widths[i]);
            }
        }

        void flag(boolean b) {
            if (out != null) {
                out.write(b ? 1 : 0, 1);
            }
        }

        void tables(CoreTables t) {
            put(Field.COUNT, t.cores().size());
            for (Core c : t.cores()) {
                core(c);
            }
            put(Field.COUNT, t.layers().size());
            for (Layer l : t.layers()) {
                byte[] name = l.name().getBytes(StandardCharsets.UTF_8);
                put(Field.COUNT, name.length);
                for (byte b : name) {
                    if (out != null) {
                        out.write(b & 0xff, 8);
                    }
                }
                put(Field.COUNT, l.segments().size());
                for (Segment s : l.segments()) {
                    put(Field.CHIP, s.chip());
                    put(Field.CORE, s.core());
                    put(Field.COMPARTMENT, s.first());
                    put(Field.COUNT, s.count());
                }
            }
            put(Field.COUNT, t.inputs().size());
            for (InputPort p : t.inputs()) {
                put(Field.COUNT, p.destinations().size());
                for (AxonRef a : p.destinations()) {
                    axonRef(a);
                }
            }
            put(Field.COUNT, t.outputs().size());
            for (CompartmentRef o : t.outputs()) {
                put(Field.CHIP, o.chip());
                put(Field.CORE, o.core());
                put(Field.COMPARTMENT, o.compartment());
            }
        }

        void core(Core c) {
            put(Field.CHIP, c.chip());
            put(Field.CORE, c.core());
            put(Field.TILE, c.tileX());
            put(Field.TILE, c.tileY());
            put(Field.COUNT, c.compartments().size());
            for (Compartment k : c.compartments()) {
                put(Field.VTH, k.vthMant());
                put(Field.DECAY, k.du());
                put(Field.DECAY, k.dv());
                put(Field.BIAS_MANT, k.biasMant());
                put(Field.BIAS_EXP, k.biasExp());
                put(Field.REFRACTORY, k.refractoryDelay());
                flag(k.oneShot());
            }
            put(Field.COUNT, c.axons().size());
            for (Axon a : c.axons()) {
                put(Field.WEIGHT_EXP, a.weightExp());
                put(Field.COUNT, a.synapses().size());
                for (Synapse s : a.synapses()) {
                    put(Field.COMPARTMENT, s.compartment());
                    put(Field.WEIGHT, s.weight());
                    put(Field.DELAY, s.delay());
                }
            }
            put(Field.COUNT, c.routes().size());
            for (List<AxonRef> r : c.routes()) {
                put(Field.COUNT, r.size());
                for (AxonRef a : r) {
                    axonRef(a);
                }
            }
        }

        void axonRef(AxonRef a) {
            put(Field.CHIP, a.chip());
            put(Field.CORE, a.core());
            put(Field.AXON, a.axon());
        }
    }

    /** Reads the layout {@link Emitter} writes. Counts are checked against the bits left, so a corrupt count cannot exhaust memory. */
    private static final class Decoder {
        private final BitReader r;
        private final int[] widths;
        private final String prefix;

        Decoder(BitReader r, int[] widths, String prefix) {
            this.r = r;
            this.widths = widths;
            this.prefix = prefix;
        }

        int get(Field f) throws BitReader.Truncated {
            int w = widths[f.ordinal()];
            return (int) (SIGNED[f.ordinal()] ? r.readSigned(w) : r.read(w));
        }

        int count() throws BitReader.Truncated {
            long at = r.position();
            long n = r.read(widths[Field.COUNT.ordinal()]);
            if (n > r.remaining()) {
                throw new HardwareModelException(prefix + "count " + n + " at bit " + at + " exceeds the rest of the image");
            }
            return (int) n;
        }

        CoreTables tables(int schema) throws BitReader.Truncated {
            int nCores = count();
            List<Core> cores = new ArrayList<>(nCores);
            for (int i = 0; i < nCores; i++) {
                cores.add(core());
            }
            int nLayers = count();
            List<Layer> layers = new ArrayList<>(nLayers);
            for (int i = 0; i < nLayers; i++) {
                byte[] name = new byte[count()];
                for (int b = 0; b < name.length; b++) {
                    name[b] = (byte) r.read(8);
                }
                int nSeg = count();
                List<Segment> segs = new ArrayList<>(nSeg);
                for (int s = 0; s < nSeg; s++) {
                    segs.add(new Segment(get(Field.CHIP), get(Field.CORE), get(Field.COMPARTMENT), count()));
                }
                layers.add(new Layer(new String(name, StandardCharsets.UTF_8), segs));
            }
            int nInputs = count();
            List<InputPort> inputs = new ArrayList<>(nInputs);
            for (int i = 0; i < nInputs; i++) {
                inputs.add(new InputPort(axonRefs()));
            }
            int nOut = count();
            List<CompartmentRef> outputs = new ArrayList<>(nOut);
            for (int i = 0; i < nOut; i++) {
                outputs.add(new CompartmentRef(get(Field.CHIP), get(Field.CORE), get(Field.COMPARTMENT)));
            }
            return new CoreTables(schema, cores, layers, inputs, outputs);
        }

        Core core() throws BitReader.Truncated {
            int chip = get(Field.CHIP);
            int core = get(Field.CORE);
            int x = get(Field.TILE);
            int y = get(Field.TILE);
            int nComp = count();
            List<Compartment> comps = new ArrayList<>(nComp);
            for (int i = 0; i < nComp; i++) {
                comps.add(new Compartment(get(Field.VTH), get(Field.DECAY), get(Field.DECAY), get(Field.BIAS_MANT),
                        get(Field.BIAS_EXP), get(Field.REFRACTORY), r.read(1) == 1));
            }
            int nAxons = count();
            List<Axon> axons = new ArrayList<>(nAxons);
            for (int a = 0; a < nAxons; a++) {
                int exp = get(Field.WEIGHT_EXP);
                int nSyn = count();
                List<Synapse> syns = new ArrayList<>(nSyn);
                for (int s = 0; s < nSyn; s++) {
                    syns.add(new Synapse(get(Field.COMPARTMENT), get(Field.WEIGHT), get(Field.DELAY)));
                }
                axons.add(new Axon(exp, syns));
            }
            int nRoutes = count();
            List<List<AxonRef>> routes = new ArrayList<>(nRoutes);
            for (int i = 0; i < nRoutes; i++) {
                routes.add(axonRefs());
            }
            return new Core(chip, core, x, y, comps, axons, routes);
        }

        List<AxonRef> axonRefs() throws BitReader.Truncated {
            int n = count();
            List<AxonRef> list = new ArrayList<>(n);
            for (int i = 0; i < n; i++) {
                list.add(new AxonRef(get(Field.CHIP), get(Field.CORE), get(Field.AXON)));
            }
            return list;
        }
    }
}

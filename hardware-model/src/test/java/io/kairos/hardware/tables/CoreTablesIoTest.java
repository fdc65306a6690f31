package io.kairos.hardware.tables;

import io.kairos.hardware.HardwareModelException;
import io.kairos.hardware.spec.ChipSpec;
import io.kairos.hardware.spec.ChipSpecLoader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CoreTablesIoTest {
    private static final ChipSpec LOIHI1 = ChipSpecLoader.preset("loihi1");
    private static final ChipSpec LOIHI2 = ChipSpecLoader.preset("loihi2");

    /** Random but valid tables exercising every field, including negative and extreme values. */
    static CoreTables randomTables(long seed) {
        Random rnd = new Random(seed);
        CoreTablesBuilder b = new CoreTablesBuilder();
        List<CoreTablesBuilder.CoreBuilder> cores = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            var c = b.core(i % 2, 5 * i, i, 3 - i);
            cores.add(c);
            for (int k = 0; k < 20; k++) {
                c.compartment(new Compartment(rnd.nextInt(1 << 17), rnd.nextInt(4096), rnd.nextInt(4096),
                        rnd.nextInt(1 << 13) - 4096, rnd.nextInt(8), 1 + rnd.nextInt(64), rnd.nextBoolean()));
            }
            for (int a = 0; a < 10; a++) {
                int ax = c.axon(rnd.nextInt(16) - 8);
                for (int s = 0; s < rnd.nextInt(12); s++) {
                    c.synapse(ax, rnd.nextInt(20), rnd.nextInt(256) - 128, rnd.nextInt(64));
                }
            }
        }
        for (var c : cores) {
            for (int k = 0; k < 20; k++) {
                for (int r = 0; r < rnd.nextInt(3); r++) {
                    c.route(k, cores.get(rnd.nextInt(3)).axonRef(rnd.nextInt(10)));
                }
            }
        }
        b.layer("a", List.of(new Segment(0, 0, 2, 5), new Segment(1, 5, 0, 20)));
        b.layer("b\u00e9", List.of(new Segment(0, 10, 19, 1)));
        b.input(List.of(cores.get(0).axonRef(3), cores.get(2).axonRef(9)));
        b.input(List.of());
        b.output(cores.get(1).ref(7));
        return b.build();
    }

    @Test
    void jsonRoundTripIsExact(@TempDir Path dir) {
        CoreTables t = randomTables(1);
        Path f = dir.resolve("t.json");
        CoreTablesJson.write(t, f);
        assertEquals(t, CoreTablesJson.read(f, LOIHI2));
        assertEquals(TinyNets.twoLayer(), CoreTablesJson.parse(CoreTablesJson.toJson(TinyNets.twoLayer()), "x", LOIHI1));
    }

    @Test
    void binaryRoundTripIsExactAndSmallerThanJson(@TempDir Path dir) {
        for (long seed = 0; seed < 5; seed++) {
            CoreTables t = randomTables(seed);
            byte[] bin = CoreTablesBinary.toBytes(t);
            assertEquals(t, CoreTablesBinary.fromBytes(bin, "seed " + seed, LOIHI2));
            assertTrue(bin.length < CoreTablesJson.toJson(t).length() / 2);
        }
        Path f = dir.resolve("t.kct");
        CoreTablesBinary.write(TinyNets.twoLayer(), f);
        assertEquals(TinyNets.twoLayer(), CoreTablesBinary.read(f, LOIHI1));
    }

    @Test
    void corruptImageIsRejected() {
        byte[] bin = CoreTablesBinary.toBytes(TinyNets.twoLayer());
        bin[10] ^= 1;
        var e = assertThrows(HardwareModelException.class, () -> CoreTablesBinary.fromBytes(bin, "x.kct", LOIHI1));
        assertEquals("core tables x.kct: checksum mismatch: the image is corrupt or truncated", e.getMessage());
        var e2 = assertThrows(HardwareModelException.class,
                () -> CoreTablesBinary.fromBytes("{\"a\":1}".getBytes(), "x.kct", LOIHI1));
        assertEquals("core tables x.kct: not a Kairos core-tables image (missing 'KCTB' magic)", e2.getMessage());
    }

    @Test
    void corruptedImagesFailOnlyWithUserErrors() {
        // Flip bytes but fix the checksum, so decoding itself meets the damage: it must either
        // produce valid tables or say what is wrong, never crash or allocate without bound.
        byte[] good = CoreTablesBinary.toBytes(randomTables(3));
        Random rnd = new Random(5);
        int rejected = 0;
        for (int trial = 0; trial < 300; trial++) {
            byte[] bad = good.clone();
            for (int k = 0; k < 1 + rnd.nextInt(3); k++) {
                bad[4 + rnd.nextInt(bad.length - 8)] ^= (byte) (1 << rnd.nextInt(8));
            }
            java.util.zip.CRC32 crc = new java.util.zip.CRC32();
            crc.update(bad, 0, bad.length - 4);
            long c = crc.getValue();
            for (int i = 0; i < 4; i++) {
                bad[bad.length - 4 + i] = (byte) (c >>> (24 - 8 * i));
            }
            try {
                CoreTablesBinary.fromBytes(bad, "fuzz", LOIHI2);
            } catch (HardwareModelException e) {
                rejected++;
            }
        }
        // Most single-bit changes of a value in range decode to other valid tables; structural damage is caught.
        assertTrue(rejected > 50, rejected + " rejected");
    }

    @Test
    void unknownJsonKeyIsAnError() {
        String json = CoreTablesJson.toJson(TinyNets.twoLayer()).replace("\"tile_x\":", "\"tyle\":0,\"tile_x\":");
        var e = assertThrows(HardwareModelException.class, () -> CoreTablesJson.parse(json, "t.json", LOIHI1));
        assertTrue(e.getMessage().startsWith("core tables t.json: unknown field 'tyle' at $.cores[0]"), e.getMessage());
    }

    @Test
    void missingJsonKeyIsAnError() {
        String json = CoreTablesJson.toJson(TinyNets.twoLayer()).replace("\"outputs\":[[0,4,0],[0,4,1]]", "\"x\":1")
                .replace(",\"x\":1", "");
        var e = assertThrows(HardwareModelException.class, () -> CoreTablesJson.parse(json, "t.json", LOIHI1));
        assertTrue(e.getMessage().startsWith("core tables t.json: bad value at $"), e.getMessage());
        assertTrue(e.getMessage().contains("outputs"), e.getMessage());
    }
}

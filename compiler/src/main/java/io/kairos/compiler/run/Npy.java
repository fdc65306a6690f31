package io.kairos.compiler.run;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * NumPy {@code .npy} files (format version 1.0) of little-endian float32 matrices, the weight
 * format of run folders: {@code numpy.load} reads them as {@code float32} arrays of shape
 * {@code (rows, cols)}.
 */
public final class Npy {
  private static final byte[] MAGIC = {(byte) 0x93, 'N', 'U', 'M', 'P', 'Y'};
  private static final Pattern HEADER =
      Pattern.compile(
          "\\{\\s*'descr'\\s*:\\s*'([<>|]?[a-z]\\d+)'\\s*,\\s*'fortran_order'\\s*:\\s*(True|False)\\s*,"
              + "\\s*'shape'\\s*:\\s*\\((\\d+)\\s*,\\s*(\\d+)\\s*,?\\s*\\)\\s*,?\\s*\\}");

  private Npy() {}

  /** The bytes of a {@code .npy} file holding {@code m} as float32 {@code (rows, cols)}. */
  public static byte[] encode(WeightMatrix m) {
    String dict = "{'descr': '<f4', 'fortran_order': False, 'shape': (" + m.rows() + ", " + m.cols() + "), }";
    // The header (magic, version, length, dict, padding, newline) is padded to a multiple of 64.
    int unpadded = MAGIC.length + 2 + 2 + dict.length() + 1;
    int padding = (64 - unpadded % 64) % 64;
    String header = dict + " ".repeat(padding) + "\n";
    ByteBuffer buf =
        ByteBuffer.allocate(MAGIC.length + 4 + header.length() + 4 * m.data().length)
            .order(ByteOrder.LITTLE_ENDIAN);
    buf.put(MAGIC).put((byte) 1).put((byte) 0).putShort((short) header.length());
    buf.put(header.getBytes(StandardCharsets.US_ASCII));
    for (float v : m.data()) {
      buf.putFloat(v);
    }
    return buf.array();
  }

  /**
   * Parses a {@code .npy} float32 2-D array in C order.
   *
   * @throws RunFormatException naming {@code source} when the bytes are not such a file
   */
  public static WeightMatrix decode(byte[] bytes, String source) {
    ByteBuffer buf = ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN);
    if (bytes.length < 10) {
      throw new RunFormatException(source + ": not a .npy file (too short)");
    }
    for (byte b : MAGIC) {
      if (buf.get() != b) {
        throw new RunFormatException(source + ": not a .npy file (bad magic number)");
      }
    }
    int major = buf.get();
    buf.get();
    int headerLength = major == 1 ? Short.toUnsignedInt(buf.getShort()) : buf.getInt();
    if (headerLength > bytes.length - buf.position()) {
      throw new RunFormatException(source + ": truncated .npy header");
    }
    String header = new String(bytes, buf.position(), headerLength, StandardCharsets.US_ASCII);
    buf.position(buf.position() + headerLength);
    Matcher h = HEADER.matcher(header.trim());
    if (!h.matches()) {
      throw new RunFormatException(source + ": unsupported .npy header (need a 2-D array): " + header.trim());
    }
    if (!h.group(1).equals("<f4") || h.group(2).equals("True")) {
      throw new RunFormatException(
          source + ": weights must be little-endian float32 in C order, got " + h.group(1)
              + (h.group(2).equals("True") ? " in Fortran order" : ""));
    }
    long rows = Long.parseLong(h.group(3));
    long cols = Long.parseLong(h.group(4));
    if (rows < 1 || cols < 1 || rows * cols > Integer.MAX_VALUE / 4) {
      throw new RunFormatException(source + ": unsupported shape (" + rows + ", " + cols + ")");
    }
    long need = rows * cols * 4;
    if (buf.remaining() != need) {
      throw new RunFormatException(
          source + ": shape (" + rows + ", " + cols + ") needs " + need + " data bytes, file has " + buf.remaining());
    }
    float[] data = new float[(int) (rows * cols)];
    buf.asFloatBuffer().get(data);
    return new WeightMatrix((int) rows, (int) cols, data);
  }

  public static void write(Path file, WeightMatrix m) throws IOException {
    AtomicFiles.write(file, encode(m));
  }

  public static WeightMatrix read(Path file) throws IOException {
    return decode(Files.readAllBytes(file), file.toString());
  }
}

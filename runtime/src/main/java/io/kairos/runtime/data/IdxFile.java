package io.kairos.runtime.data;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * IDX files of unsigned bytes (the MNIST / Fashion-MNIST format), raw or gzip-compressed: magic
 * {@code 0x00 0x00 0x08 ndims}, then {@code ndims} big-endian int32 dimensions, then exactly
 * {@code prod(dims)} bytes.
 */
public final class IdxFile {
  private static final int UNSIGNED_BYTE = 0x08;

  /** An IDX array: its dimensions and row-major data. */
  public record Array(int[] dims, byte[] data) {
    public int count() {
      return dims[0];
    }

    /** Elements per item (the product of every dimension but the first). */
    public int itemSize() {
      int s = 1;
      for (int k = 1; k < dims.length; k++) {
        s *= dims[k];
      }
      return s;
    }
  }

  private IdxFile() {}

  /**
   * Reads an IDX file ({@code .gz} detected by its content).
   *
   * @throws DataFormatException when the file is missing, truncated, corrupt or not unsigned-byte IDX
   */
  public static Array read(Path file) {
    if (!Files.isRegularFile(file)) {
      throw new DataFormatException("data file " + file + " does not exist");
    }
    byte[] bytes;
    try {
      bytes = Files.readAllBytes(file);
      if (bytes.length >= 2 && (bytes[0] & 0xFF) == 0x1f && (bytes[1] & 0xFF) == 0x8b) {
        bytes = gunzip(bytes);
      }
    } catch (IOException e) {
      throw new DataFormatException(file + ": cannot be read (" + e.getMessage() + "); the file is corrupt or truncated");
    }
    return decode(bytes, file.toString());
  }

  /** Parses uncompressed IDX bytes; {@code source} names them in errors. */
  public static Array decode(byte[] bytes, String source) {
    if (bytes.length < 4) {
      throw new DataFormatException(source + ": not an IDX file (" + bytes.length + " bytes)");
    }
    if (bytes[0] != 0 || bytes[1] != 0) {
      throw new DataFormatException(source + ": not an IDX file (bad magic number)");
    }
    if ((bytes[2] & 0xFF) != UNSIGNED_BYTE) {
      throw new DataFormatException(
          source + ": IDX element type 0x" + Integer.toHexString(bytes[2] & 0xFF) + " is not supported (need unsigned bytes, 0x08)");
    }
    int ndims = bytes[3] & 0xFF;
    if (ndims < 1 || ndims > 4) {
      throw new DataFormatException(source + ": IDX file with " + ndims + " dimensions is not supported");
    }
    if (bytes.length < 4 + 4 * ndims) {
      throw new DataFormatException(source + ": truncated IDX header");
    }
    ByteBuffer buf = ByteBuffer.wrap(bytes, 4, 4 * ndims);
    int[] dims = new int[ndims];
    long total = 1;
    for (int k = 0; k < ndims; k++) {
      dims[k] = buf.getInt();
      if (dims[k] < 1) {
        throw new DataFormatException(source + ": IDX dimension " + k + " is " + dims[k]);
      }
      total *= dims[k];
    }
    long have = bytes.length - 4L - 4L * ndims;
    if (have != total) {
      throw new DataFormatException(
          source + ": IDX header promises " + total + " data bytes but the file has " + have
              + (have < total ? " (truncated)" : " (trailing garbage)"));
    }
    byte[] data = new byte[(int) total];
    System.arraycopy(bytes, 4 + 4 * ndims, data, 0, data.length);
    return new Array(dims, data);
  }

  /** The bytes of an unsigned-byte IDX file (uncompressed). */
  public static byte[] encode(int[] dims, byte[] data) {
    long total = 1;
    for (int d : dims) {
      total *= d;
    }
    if (total != data.length) {
      throw new IllegalArgumentException("dims need " + total + " bytes, got " + data.length);
    }
    ByteBuffer buf = ByteBuffer.allocate(4 + 4 * dims.length + data.length);
    buf.put((byte) 0).put((byte) 0).put((byte) UNSIGNED_BYTE).put((byte) dims.length);
    for (int d : dims) {
      buf.putInt(d);
    }
    buf.put(data);
    return buf.array();
  }

  /** Gzip-compresses {@code bytes} deterministically (no timestamp or name in the header). */
  public static byte[] gzip(byte[] bytes) {
    try {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
        gz.write(bytes);
      }
      return out.toByteArray();
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  private static byte[] gunzip(byte[] bytes) throws IOException {
    try (InputStream in = new GZIPInputStream(new java.io.ByteArrayInputStream(bytes))) {
      return in.readAllBytes();
    }
  }
}

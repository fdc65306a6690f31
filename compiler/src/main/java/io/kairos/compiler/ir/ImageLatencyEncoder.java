package io.kairos.compiler.ir;

import com.fasterxml.jackson.annotation.JsonIgnore;

/**
 * Pixel intensity to spike time: {@code t = floor((255 - p) * window / 255)} for {@code p} in
 * 0..255; a black pixel ({@code p = 0}) gets {@code t = window}, i.e. it is silent.
 *
 * @param name the encoder name
 * @param height image height in pixels
 * @param width image width in pixels
 */
public record ImageLatencyEncoder(String name, int height, int width) implements Encoder {
  @Override
  @JsonIgnore
  public int size() {
    return height * width;
  }
}

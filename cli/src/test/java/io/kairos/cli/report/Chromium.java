package io.kairos.cli.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Assumptions;

/**
 * Renders a page in Debian's headless Chromium when it is installed (the test is skipped, not
 * failed, when it is not): once for a screenshot, once dumping the DOM with console logging on, and
 * checks that the page loaded without errors and drew something.
 */
final class Chromium {
  static final int WIDTH = 1280;
  static final int HEIGHT = 4000;

  private Chromium() {}

  /** {@code chromium} or {@code chromium-browser} on the PATH; {@code -Dkairos.chromium=none} pretends there is none. */
  static String executable() {
    String forced = System.getProperty("kairos.chromium");
    if (forced != null) {
      return forced.isBlank() || forced.equals("none") ? null : forced;
    }
    for (String dir : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
      for (String name : new String[] {"chromium", "chromium-browser"}) {
        Path p = Path.of(dir, name);
        if (Files.isExecutable(p)) {
          return p.toString();
        }
      }
    }
    return null;
  }

  /** Screenshot of {@code page} into {@code png}; also copied to target/report-screenshot.png for people to look at. */
  static Path screenshot(Path page, Path png) throws Exception {
    String exe = executable();
    Assumptions.assumeTrue(exe != null, "chromium is not installed");
    String url = page.toAbsolutePath().toUri().toString();
    Run shot = run(exe, png.getParent(), "--screenshot=" + png.toAbsolutePath(), "--window-size=" + WIDTH + "," + HEIGHT, url);
    assertEquals(0, shot.status(), shot.err());
    var img = ImageIO.read(png.toFile());
    assertEquals(WIDTH, img.getWidth());
    assertEquals(HEIGHT, img.getHeight());
    assertTrue(colouredShare(img) > 0.02, "the screenshot is nearly blank");
    Files.createDirectories(Path.of("target"));
    Files.copy(png, Path.of("target", "report-screenshot.png"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);

    Run dom = run(exe, png.getParent(), "--dump-dom", "--enable-logging=stderr", "--v=0", url);
    assertEquals(0, dom.status(), dom.err());
    assertTrue(dom.out().contains("<h1>Kairos report"), "the page did not load:\n" + dom.out());
    for (String line : dom.err().lines().toList()) {
      String l = line.toLowerCase(java.util.Locale.ROOT);
      assertFalse(l.contains("console") && (l.contains("error") || l.contains("uncaught")), "page error: " + line);
      assertFalse(l.contains("net::err_") || l.contains("failed to load resource"), "a resource failed: " + line);
    }
    return png;
  }

  record Run(int status, String out, String err) {}

  private static Run run(String exe, Path work, String... args) throws Exception {
    Path profile = Files.createTempDirectory(work, "chromium-profile");
    List<String> cmd = new ArrayList<>(List.of(exe, "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic",
        "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync",
        "--user-data-dir=" + profile));
    cmd.addAll(List.of(args));
    Path out = work.resolve("chromium.out");
    Path err = work.resolve("chromium.err");
    Process p = new ProcessBuilder(cmd).directory(work.toFile()).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
    if (!p.waitFor(180, TimeUnit.SECONDS)) {
      p.destroyForcibly();
      throw new AssertionError("chromium did not finish in 180 s");
    }
    return new Run(p.exitValue(), Files.readString(out), Files.readString(err));
  }

  private static double colouredShare(java.awt.image.BufferedImage img) {
    long coloured = 0;
    for (int y = 0; y < img.getHeight(); y += 4) {
      for (int x = 0; x < img.getWidth(); x += 4) {
        if ((img.getRGB(x, y) & 0xffffff) != 0xffffff) {
          coloured++;
        }
      }
    }
    return coloured / ((img.getWidth() / 4.0) * (img.getHeight() / 4.0));
  }
}

package io.kairos.compiler.export.codegen;

import com.palantir.javapoet.JavaFile;
import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

/** Compiles generated sources in-process with every lint warning an error, and loads them. */
final class InMemoryJavac {
  private InMemoryJavac() {}

  /** The compiler's diagnostics (empty on a clean compile) and a loader for the classes. */
  record Compiled(List<String> diagnostics, boolean success, ClassLoader loader) {}

  static Compiled compile(List<JavaFile> files, Path work) throws IOException {
    Path src = work.resolve("src");
    Path classes = work.resolve("classes");
    Files.createDirectories(classes);
    List<Path> written = JavaCodegen.write(files, src);
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    DiagnosticCollector<JavaFileObject> diags = new DiagnosticCollector<>();
    boolean ok;
    try (StandardJavaFileManager fm = javac.getStandardFileManager(diags, Locale.ROOT, null)) {
      var units = fm.getJavaFileObjectsFromPaths(written);
      // an empty class path: the generated code may use nothing but the JDK
      List<String> options = List.of("-Xlint:all", "-Werror", "--release", "17", "-d", classes.toString(),
          "-classpath", "", "-implicit:none", "-proc:none");
      ok = javac.getTask(null, fm, diags, options, null, units).call();
    }
    List<String> messages = new ArrayList<>();
    for (Diagnostic<? extends JavaFileObject> d : diags.getDiagnostics()) {
      messages.add(d.getKind() + " " + d.getLineNumber() + ": " + d.getMessage(Locale.ROOT));
    }
    ClassLoader loader = new URLClassLoader(new URL[] {classes.toUri().toURL()}, ClassLoader.getPlatformClassLoader());
    return new Compiled(messages, ok, loader);
  }
}

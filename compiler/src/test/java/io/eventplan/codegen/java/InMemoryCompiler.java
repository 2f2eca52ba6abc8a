package io.eventplan.codegen.java;

import io.eventplan.codegen.GeneratedFile;
import io.eventplan.codegen.OutputRoot;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.OutputStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.FileObject;
import javax.tools.ForwardingJavaFileManager;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileManager;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import tools.jackson.core.JsonParser;

/** Compiles generated sources in memory (javac, --release 17, all lint warnings as errors) and loads them. */
final class InMemoryCompiler {

  private InMemoryCompiler() {}

  /** A class loader holding the compiled classes; the generated code sees only Jackson core and the JDK. */
  static ClassLoader compile(List<GeneratedFile> files) {
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
    StandardJavaFileManager standard = javac.getStandardFileManager(diagnostics, Locale.ROOT, null);
    Map<String, ByteArrayOutputStream> classes = new HashMap<>();
    JavaFileManager manager =
        new ForwardingJavaFileManager<>(standard) {
          @Override
          public JavaFileObject getJavaFileForOutput(
              Location location, String className, JavaFileObject.Kind kind, FileObject sibling) {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            classes.put(className, bytes);
            return new SimpleJavaFileObject(URI.create("mem:///" + className.replace('.', '/') + ".class"), kind) {
              @Override
              public OutputStream openOutputStream() {
                return bytes;
              }
            };
          }
        };
    List<JavaFileObject> sources = new ArrayList<>();
    for (GeneratedFile file : files) {
      if (file.root() == OutputRoot.JAVA_SOURCES) {
        sources.add(new Source(file));
      }
    }
    List<String> options =
        List.of("--release", "17", "-Xlint:all", "-Werror", "-classpath", runtimeClassPath(), "-proc:none");
    boolean ok = javac.getTask(null, manager, diagnostics, options, null, sources).call();
    if (!ok) {
      StringBuilder report = new StringBuilder("generated code does not compile:\n");
      for (Diagnostic<? extends JavaFileObject> d : diagnostics.getDiagnostics()) {
        report.append(d.getSource() == null ? "" : d.getSource().getName())
            .append(':')
            .append(d.getLineNumber())
            .append(": ")
            .append(d.getMessage(Locale.ROOT))
            .append('\n');
      }
      throw new AssertionError(report);
    }
    return new ClassLoader(InMemoryCompiler.class.getClassLoader()) {
      @Override
      protected Class<?> findClass(String name) throws ClassNotFoundException {
        ByteArrayOutputStream bytes = classes.get(name);
        if (bytes == null) {
          throw new ClassNotFoundException(name);
        }
        byte[] code = bytes.toByteArray();
        return defineClass(name, code, 0, code.length);
      }
    };
  }

  /** What generated code compiles against: eventplan-runtime, Jackson's streaming core and RE2/J, nothing else. */
  private static String runtimeClassPath() {
    return jarOf(io.eventplan.runtime.EventPlan.class) + File.pathSeparator + jarOf(JsonParser.class)
        + File.pathSeparator + jarOf(com.google.re2j.Pattern.class);
  }

  private static String jarOf(Class<?> type) {
    try {
      return Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI()).toString();
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  private static final class Source extends SimpleJavaFileObject {
    private final String content;

    Source(GeneratedFile file) {
      super(URI.create("mem:///" + file.path().replace(File.separatorChar, '/')), JavaFileObject.Kind.SOURCE);
      this.content = file.content();
    }

    @Override
    public CharSequence getCharContent(boolean ignoreEncodingErrors) {
      return content;
    }
  }
}

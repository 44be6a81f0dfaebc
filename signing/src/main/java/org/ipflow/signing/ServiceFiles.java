package org.ipflow.signing;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.net.URLConnection;
import java.net.URLStreamHandler;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * A context class loader for DSS's calls that remembers service files ({@code
 * META-INF/services/…}). DSS looks up its CMS generator with {@link java.util.ServiceLoader} for
 * every CMS it builds (twice per seal: the signature, then the signature with its time-stamp), and
 * its validators their document analysers likewise: each lookup searched every jar of the class
 * path and opened the service file it found afresh, about a twentieth of sealing a receipt. The
 * class path does not change while the platform runs, so each service file is read once; classes
 * and every other resource still come from the loader this one wraps.
 */
final class ServiceFiles extends ClassLoader {

  static {
    registerAsParallelCapable();
  }

  private static final String SERVICES = "META-INF/services/";
  private static final ServiceFiles SIGNING = new ServiceFiles(ServiceFiles.class.getClassLoader());

  private final Map<String, List<URL>> read = new ConcurrentHashMap<>();

  ServiceFiles(ClassLoader parent) {
    super(parent);
  }

  /** Runs {@code call} (a DSS call) with the service files of the signing module remembered. */
  static <T> T remembered(Supplier<T> call) {
    Thread thread = Thread.currentThread();
    ClassLoader previous = thread.getContextClassLoader();
    thread.setContextClassLoader(SIGNING);
    try {
      return call.get();
    } finally {
      thread.setContextClassLoader(previous);
    }
  }

  @Override
  public Enumeration<URL> getResources(String name) throws IOException {
    if (!name.startsWith(SERVICES)) {
      return super.getResources(name);
    }
    List<URL> copies = read.get(name);
    if (copies == null) {
      copies = copies(name);
      read.putIfAbsent(name, copies);
    }
    return Collections.enumeration(copies);
  }

  /** The service files {@code name} on the class path, each as a URL of its content in memory. */
  private List<URL> copies(String name) throws IOException {
    List<URL> copies = new ArrayList<>();
    for (URL file : Collections.list(getParent().getResources(name))) {
      byte[] content;
      try (InputStream in = file.openStream()) {
        content = in.readAllBytes();
      }
      copies.add(new URL(null, "ipflow-service-file:" + file, new InMemory(content)));
    }
    return List.copyOf(copies);
  }

  /** Serves one service file's content. */
  private static final class InMemory extends URLStreamHandler {

    private final byte[] content;

    InMemory(byte[] content) {
      this.content = content;
    }

    @Override
    protected URLConnection openConnection(URL url) {
      return new URLConnection(url) {
        @Override
        public void connect() {
          connected = true;
        }

        @Override
        public InputStream getInputStream() {
          return new ByteArrayInputStream(content);
        }
      };
    }
  }
}

package org.ipflow.signing;

import static org.assertj.core.api.Assertions.assertThat;

import eu.europa.esig.dss.cms.CMSGenerator;
import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import java.util.ServiceLoader;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** Service files are read from the class path once; classes and other resources as before. */
class ServiceFilesTest {

  private static final String CMS_GENERATOR = "META-INF/services/" + CMSGenerator.class.getName();

  @Test
  void answersAServiceFileFromTheFirstReadWithTheClassPathsContent() throws IOException {
    CountingLoader classPath = new CountingLoader();
    ServiceFiles loader = new ServiceFiles(classPath);

    List<String> first = contents(loader.getResources(CMS_GENERATOR));
    List<String> second = contents(loader.getResources(CMS_GENERATOR));

    assertThat(first)
        .isNotEmpty()
        .isEqualTo(second)
        .isEqualTo(contents(classPath.getParent().getResources(CMS_GENERATOR)));
    assertThat(classPath.serviceLookups.get()).isEqualTo(1);
  }

  @Test
  void dssFindsTheSameCmsGeneratorThroughIt() {
    Class<?> usual = CMSGenerator.loadCMSGenerator().getClass();

    Class<?> remembered = ServiceFiles.remembered(() -> CMSGenerator.loadCMSGenerator().getClass());
    Class<?> again =
        ServiceFiles.remembered(
            () -> ServiceLoader.load(CMSGenerator.class).findFirst().orElseThrow().getClass());

    assertThat(remembered).isSameAs(usual).isSameAs(again);
  }

  @Test
  void leavesClassesAndOtherResourcesToTheClassPath() throws Exception {
    CountingLoader classPath = new CountingLoader();
    ServiceFiles loader = new ServiceFiles(classPath);

    assertThat(loader.loadClass(CMSGenerator.class.getName())).isSameAs(CMSGenerator.class);
    assertThat(Collections.list(loader.getResources("META-INF/MANIFEST.MF"))).isNotEmpty();
    assertThat(loader.getResources("META-INF/services/no.such.Service").hasMoreElements())
        .isFalse();
  }

  @Test
  void restoresTheCallersContextClassLoader() {
    ClassLoader before = Thread.currentThread().getContextClassLoader();

    ClassLoader during = ServiceFiles.remembered(Thread.currentThread()::getContextClassLoader);

    assertThat(during).isInstanceOf(ServiceFiles.class);
    assertThat(Thread.currentThread().getContextClassLoader()).isSameAs(before);
  }

  private static List<String> contents(Enumeration<URL> files) throws IOException {
    List<String> contents = new ArrayList<>();
    for (URL file : Collections.list(files)) {
      try (InputStream in = file.openStream()) {
        contents.add(new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8));
      }
    }
    return contents;
  }

  /** The class path, counting how often it is searched for service files. */
  private static final class CountingLoader extends ClassLoader {

    final AtomicInteger serviceLookups = new AtomicInteger();

    CountingLoader() {
      super(ServiceFilesTest.class.getClassLoader());
    }

    @Override
    public Enumeration<URL> getResources(String name) throws IOException {
      if (name.startsWith("META-INF/services/")) {
        serviceLookups.incrementAndGet();
      }
      return super.getResources(name);
    }
  }
}

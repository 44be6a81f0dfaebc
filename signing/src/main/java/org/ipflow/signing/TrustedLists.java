package org.ipflow.signing;

import eu.europa.esig.dss.model.tsl.InfoRecord;
import eu.europa.esig.dss.model.tsl.LOTLInfo;
import eu.europa.esig.dss.model.tsl.TLInfo;
import eu.europa.esig.dss.model.tsl.TLValidationJobSummary;
import eu.europa.esig.dss.model.x509.CertificateToken;
import eu.europa.esig.dss.service.http.commons.FileCacheDataLoader;
import eu.europa.esig.dss.spi.DSSUtils;
import eu.europa.esig.dss.spi.client.http.DataLoader;
import eu.europa.esig.dss.spi.client.http.IgnoreDataLoader;
import eu.europa.esig.dss.spi.client.http.NativeHTTPDataLoader;
import eu.europa.esig.dss.spi.tsl.TrustedListsCertificateSource;
import eu.europa.esig.dss.spi.x509.CommonCertificateSource;
import eu.europa.esig.dss.tsl.cache.CacheCleaner;
import eu.europa.esig.dss.tsl.function.OfficialJournalSchemeInformationURI;
import eu.europa.esig.dss.tsl.job.TLValidationJob;
import eu.europa.esig.dss.tsl.source.LOTLSource;
import eu.europa.esig.dss.tsl.source.TLSource;
import eu.europa.esig.dss.tsl.sync.AcceptAllStrategy;
import eu.europa.esig.dss.tsl.sync.ExpirationAndSignatureCheckStrategy;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Trust anchors and eIDAS trust-service information from trusted lists, loaded with DSS's {@link
 * TLValidationJob}: downloaded lists are cached on disk so that validation works offline, and
 * {@link #refresh()} reloads them (for a scheduled job).
 *
 * <p>The job runs on this class's own executor of daemon threads: DSS's default executor uses
 * non-daemon threads that keep the JVM alive for about a minute after everything else ended.
 */
final class TrustedLists implements AutoCloseable {

  private final TrustedListsCertificateSource certificateSource =
      new TrustedListsCertificateSource();
  private final TLValidationJob job = new TLValidationJob();
  private final ExecutorService executor;
  private final String description;

  TrustedLists(TrustSettings settings, DevelopmentPki pki) {
    Path cache =
        settings.cacheDirectory() != null
            ? settings.cacheDirectory()
            : pki.directory().resolve("tl-cache");
    try {
      Files.createDirectories(cache);
    } catch (IOException e) {
      throw new SigningException("Cannot create the trusted list cache " + cache, e);
    }
    AtomicInteger threads = new AtomicInteger();
    this.executor =
        Executors.newFixedThreadPool(
            2,
            task -> {
              Thread thread = new Thread(task, "ipflow-tl-" + threads.incrementAndGet());
              thread.setDaemon(true);
              return thread;
            });
    job.setExecutorService(executor);
    job.setTrustedListCertificateSource(certificateSource);
    job.setSynchronizationStrategy(
        settings.checkExpirationAndSignature()
            ? new ExpirationAndSignatureCheckStrategy()
            : new AcceptAllStrategy());

    FileCacheDataLoader online = new FileCacheDataLoader(new FileOrHttpDataLoader());
    online.setFileCacheDirectory(cache.toFile());
    online.setCacheExpirationTime(0);
    FileCacheDataLoader offline = new FileCacheDataLoader(new IgnoreDataLoader());
    offline.setFileCacheDirectory(cache.toFile());
    offline.setCacheExpirationTime(-1); // a cached list never expires offline
    job.setOnlineDataLoader(online);
    job.setOfflineDataLoader(offline);
    CacheCleaner cleaner = new CacheCleaner();
    cleaner.setCleanMemory(true);
    cleaner.setCleanFileSystem(true);
    cleaner.setDSSFileLoader(offline);
    job.setCacheCleaner(cleaner);

    switch (settings.source()) {
      case DEVELOPMENT_TRUSTED_LIST -> {
        TLSource source = new TLSource();
        source.setUrl(pki.trustedListFile().toUri().toString());
        CommonCertificateSource signers = new CommonCertificateSource();
        signers.addCertificate(new CertificateToken(pki.trustedListSigningCertificate()));
        source.setCertificateSource(signers);
        job.setTrustedListSources(source);
        description = "development trusted list " + pki.trustedListFile();
      }
      case TRUSTED_LIST_FILE -> {
        TLSource source = new TLSource();
        source.setUrl(url(settings.location()));
        source.setCertificateSource(certificates(settings.signingCertificates()));
        job.setTrustedListSources(source);
        description = "trusted list " + settings.location();
      }
      case EU_LIST_OF_TRUSTED_LISTS -> {
        LOTLSource source = new LOTLSource();
        source.setUrl(settings.location());
        source.setCertificateSource(certificates(settings.signingCertificates()));
        if (settings.officialJournalUrl() != null) {
          source.setPivotSupport(true);
          source.setSigningCertificatesAnnouncementPredicate(
              new OfficialJournalSchemeInformationURI(settings.officialJournalUrl()));
        }
        job.setListOfTrustedListSources(source);
        description = "EU list of trusted lists " + settings.location();
      }
      default -> throw new IllegalStateException(settings.source().name());
    }
  }

  /**
   * Loads the lists from the disk cache; if the cache holds nothing usable yet, from their sources.
   */
  TrustStatus load() {
    job.offlineRefresh();
    TrustStatus status = status(false);
    if (certificateSource.getNumberOfTrustedEntityKeys() == 0) {
      status = refresh();
    }
    return status;
  }

  /** Reloads the lists from their sources (network or file) and updates the disk cache. */
  TrustStatus refresh() {
    job.onlineRefresh();
    return status(true);
  }

  TrustedListsCertificateSource certificateSource() {
    return certificateSource;
  }

  private TrustStatus status(boolean online) {
    TLValidationJobSummary summary = job.getSummary();
    List<String> problems = new ArrayList<>();
    int lists = 0;
    if (summary != null) {
      for (LOTLInfo lotl : summary.getLOTLInfos()) {
        lists++;
        describe(problems, lotl);
        for (TLInfo tl : lotl.getTLInfos()) {
          lists++;
          describe(problems, tl);
        }
      }
      for (TLInfo tl : summary.getOtherTLInfos()) {
        lists++;
        describe(problems, tl);
      }
    }
    if (certificateSource.getNumberOfTrustedEntityKeys() == 0) {
      problems.add("No trust anchor from the " + description);
    }
    return new TrustStatus(
        Instant.now(), online, lists, certificateSource.getNumberOfTrustedEntityKeys(), problems);
  }

  private static void describe(List<String> problems, TLInfo info) {
    check(problems, info.getUrl(), "download", info.getDownloadCacheInfo());
    check(problems, info.getUrl(), "parsing", info.getParsingCacheInfo());
    check(problems, info.getUrl(), "signature", info.getValidationCacheInfo());
    if (info.getValidationCacheInfo() != null
        && info.getValidationCacheInfo().isResultExist()
        && !info.getValidationCacheInfo().isValid()) {
      problems.add(
          info.getUrl()
              + ": signature "
              + info.getValidationCacheInfo().getIndication()
              + " "
              + info.getValidationCacheInfo().getSubIndication());
    }
  }

  private static void check(List<String> problems, String url, String what, InfoRecord record) {
    if (record != null && record.isError()) {
      problems.add(url + ": " + what + " failed: " + record.getExceptionMessage());
    }
  }

  private static String url(String location) {
    if (location.contains("://") || location.startsWith("file:")) {
      return location;
    }
    return Path.of(location).toAbsolutePath().toUri().toString();
  }

  private static CommonCertificateSource certificates(List<Path> files) {
    CommonCertificateSource source = new CommonCertificateSource();
    for (Path file : files) {
      try (InputStream in = Files.newInputStream(file)) {
        source.addCertificate(DSSUtils.loadCertificate(in));
      } catch (IOException | RuntimeException e) {
        throw new SigningException("Cannot read trusted list signing certificate " + file, e);
      }
    }
    return source;
  }

  @Override
  public void close() {
    executor.shutdownNow();
  }

  /** Reads file: URLs from disk and http(s) URLs with the JDK's HTTP client. */
  private static final class FileOrHttpDataLoader implements DataLoader {
    private static final long serialVersionUID = 1L;
    private final NativeHTTPDataLoader http = new NativeHTTPDataLoader();

    @Override
    public byte[] get(String url) {
      if (url.startsWith("file:")) {
        try {
          return Files.readAllBytes(Path.of(URI.create(url)));
        } catch (IOException | RuntimeException e) {
          throw new SigningException("Cannot read " + url, e);
        }
      }
      return http.get(url);
    }

    @Override
    public DataAndUrl get(List<String> urls) {
      SigningException last = null;
      for (String url : urls) {
        try {
          return new DataAndUrl(url, get(url));
        } catch (SigningException e) {
          last = e;
        }
      }
      throw last != null ? last : new SigningException("No URL to load");
    }

    @Override
    public byte[] post(String url, byte[] content) {
      return http.post(url, content);
    }

    @Override
    public void setContentType(String contentType) {
      http.setContentType(contentType);
    }
  }
}

package org.ipflow.signing;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.math.BigInteger;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.security.KeyStore;
import java.security.cert.X509Certificate;
import java.util.Arrays;
import java.util.Date;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.cert.jcajce.JcaCertStore;
import org.bouncycastle.cms.jcajce.JcaSimpleSignerInfoGeneratorBuilder;
import org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder;
import org.bouncycastle.tsp.TSPAlgorithms;
import org.bouncycastle.tsp.TimeStampRequest;
import org.bouncycastle.tsp.TimeStampResponse;
import org.bouncycastle.tsp.TimeStampResponseGenerator;
import org.bouncycastle.tsp.TimeStampTokenGenerator;

/**
 * A real RFC 3161 time-stamping server over HTTP on the loopback interface, signing with the
 * development PKI's TSA key (JDK HttpServer + BouncyCastle's TimeStampResponseGenerator).
 */
final class LocalTsaServer implements AutoCloseable {

  private final HttpServer server;
  private final AtomicInteger requests = new AtomicInteger();
  private final AtomicLong serial = new AtomicLong(1);

  LocalTsaServer(DevelopmentPki pki) throws IOException {
    KeyStore.PrivateKeyEntry key = pki.tsaKey();
    X509Certificate certificate = (X509Certificate) key.getCertificate();
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext(
        "/tsa",
        exchange -> {
          try (InputStream in = exchange.getRequestBody()) {
            TimeStampRequest request = new TimeStampRequest(in.readAllBytes());
            TimeStampTokenGenerator tokens =
                new TimeStampTokenGenerator(
                    new JcaSimpleSignerInfoGeneratorBuilder()
                        .build("SHA256withECDSA", key.getPrivateKey(), certificate),
                    new JcaDigestCalculatorProviderBuilder()
                        .build()
                        .get(
                            new org.bouncycastle.asn1.x509.AlgorithmIdentifier(
                                org.bouncycastle.asn1.nist.NISTObjectIdentifiers.id_sha256)),
                    new ASN1ObjectIdentifier(DevelopmentPki.DEVELOPMENT_TSA_POLICY_OID));
            tokens.addCertificates(
                new JcaCertStore(Arrays.asList(key.getCertificateChain()).subList(0, 2)));
            TimeStampResponse response =
                new TimeStampResponseGenerator(tokens, TSPAlgorithms.ALLOWED)
                    .generate(request, BigInteger.valueOf(serial.getAndIncrement()), new Date());
            byte[] body = response.getEncoded();
            requests.incrementAndGet();
            exchange.getResponseHeaders().set("Content-Type", "application/timestamp-reply");
            exchange.sendResponseHeaders(200, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
              out.write(body);
            }
          } catch (Exception e) {
            exchange.sendResponseHeaders(500, -1);
          } finally {
            exchange.close();
          }
        });
    server.start();
  }

  String url() {
    return "http://127.0.0.1:" + server.getAddress().getPort() + "/tsa";
  }

  int requests() {
    return requests.get();
  }

  @Override
  public void close() {
    server.stop(0);
  }
}

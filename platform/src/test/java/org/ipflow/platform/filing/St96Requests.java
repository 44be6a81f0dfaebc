package org.ipflow.platform.filing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.ipflow.platform.testing.Api;

/** ST.96 filing requests for the API tests: the samples, XML bodies and multipart bodies. */
final class St96Requests {

  static final String TRADEMARK = "trademark-application.xml";
  static final String DESIGN = "design-application.xml";
  static final String BIBLIOGRAPHIC_DATA = "bibliographic-data.xml";
  static final String APPLICATION_BODY = "application-body.xml";

  private St96Requests() {}

  static byte[] sample(String name) {
    try (InputStream in = St96Requests.class.getResourceAsStream("/st96/" + name)) {
      return in.readAllBytes();
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  static String sampleText(String name) {
    return new String(sample(name), StandardCharsets.UTF_8);
  }

  /** One part of a multipart/form-data body. */
  record Part(String name, String fileName, String contentType, byte[] content) {
    static Part xml(String name, byte[] content) {
      return new Part(name, name + ".xml", "application/xml", content);
    }

    static Part xml(String name, String content) {
      return xml(name, content.getBytes(StandardCharsets.UTF_8));
    }

    /** A form's text field. */
    static Part field(String name, String value) {
      return new Part(name, null, null, value.getBytes(StandardCharsets.UTF_8));
    }
  }

  /** The two documents of a patent or utility-model filing. */
  static List<Part> patentParts() {
    return List.of(
        Part.xml("BibliographicData", sample(BIBLIOGRAPHIC_DATA)),
        Part.xml("ApplicationBody", sample(APPLICATION_BODY)));
  }

  static HttpRequest xml(Api api, String query, String token, byte[] xml) {
    return api.builder("/api/v1/filings" + query, token)
        .header("Content-Type", "application/xml")
        .POST(HttpRequest.BodyPublishers.ofByteArray(xml))
        .build();
  }

  static HttpRequest xml(Api api, String query, String token, String xml) {
    return xml(api, query, token, xml.getBytes(StandardCharsets.UTF_8));
  }

  static HttpRequest multipart(Api api, String query, String token, List<Part> parts) {
    String boundary = "ipflow-" + UUID.randomUUID();
    return api.builder("/api/v1/filings" + query, token)
        .header("Content-Type", "multipart/form-data; boundary=" + boundary)
        .POST(HttpRequest.BodyPublishers.ofByteArray(body(boundary, parts)))
        .build();
  }

  static byte[] body(String boundary, List<Part> parts) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    List<byte[]> chunks = new ArrayList<>();
    for (Part p : parts) {
      StringBuilder head = new StringBuilder();
      head.append("--").append(boundary).append("\r\n");
      head.append("Content-Disposition: form-data; name=\"").append(p.name()).append('"');
      if (p.fileName() != null) {
        head.append("; filename=\"").append(p.fileName()).append('"');
      }
      head.append("\r\n");
      if (p.contentType() != null) {
        head.append("Content-Type: ").append(p.contentType()).append("\r\n");
      }
      head.append("\r\n");
      chunks.add(head.toString().getBytes(StandardCharsets.UTF_8));
      chunks.add(p.content());
      chunks.add("\r\n".getBytes(StandardCharsets.UTF_8));
    }
    chunks.add(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
    chunks.forEach(out::writeBytes);
    return out.toByteArray();
  }
}

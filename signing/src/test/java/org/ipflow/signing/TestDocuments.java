package org.ipflow.signing;

import java.nio.charset.StandardCharsets;

/** Small XML and JSON documents for the tests. */
final class TestDocuments {

  private TestDocuments() {}

  /** An ST.96-like trade mark application fragment (the namespace is ST.96's). */
  static byte[] st96Xml() {
    return """
        <?xml version="1.0" encoding="UTF-8"?>
        <tmk:TrademarkApplication xmlns:tmk="http://www.wipo.int/standards/XMLSchema/ST96/Trademark" \
        xmlns:com="http://www.wipo.int/standards/XMLSchema/ST96/Common" com:st96Version="V6_0">
          <tmk:TrademarkBag>
            <tmk:Trademark>
              <com:ApplicationNumber>
                <com:ApplicationNumberText>402026000000123</com:ApplicationNumberText>
              </com:ApplicationNumber>
              <tmk:MarkRepresentation>IPFLOW   </tmk:MarkRepresentation>
            </tmk:Trademark>
          </tmk:TrademarkBag>
        </tmk:TrademarkApplication>
        """
        .getBytes(StandardCharsets.UTF_8);
  }

  static byte[] json() {
    return "{\"applicationNumber\":\"402026000000123\",\"mark\":\"IPFLOW\",\"classes\":[9,42]}"
        .getBytes(StandardCharsets.UTF_8);
  }
}

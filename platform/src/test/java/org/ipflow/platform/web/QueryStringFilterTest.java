package org.ipflow.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class QueryStringFilterTest {

  @Test
  void acceptsPercentEncodedUtf8AndPlainAscii() {
    assertThat(QueryStringFilter.decodable("q=Soci%C3%A9t%C3%A9+G%C3%A9n%C3%A9rale&page=2"))
        .isTrue();
    assertThat(QueryStringFilter.decodable("q=%F0%9F%98%80&lang=fr")).isTrue();
    assertThat(QueryStringFilter.decodable("")).isTrue();
  }

  @Test
  void refusesBytesThatAreNotUtf8AndBrokenEscapes() {
    assertThat(QueryStringFilter.decodable("q=%C3%28"))
        .as("a lead byte without its follower")
        .isFalse();
    assertThat(QueryStringFilter.decodable("q=%E9t%E9")).as("Latin-1").isFalse();
    assertThat(QueryStringFilter.decodable("q=%ZZ")).isFalse();
    assertThat(QueryStringFilter.decodable("q=100%")).isFalse();
    assertThat(QueryStringFilter.decodable("q=é")).as("not encoded at all").isFalse();
  }
}

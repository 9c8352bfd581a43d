package com.credittown.platform.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import org.junit.jupiter.api.Test;

class PublicLinksUnitTest {

    @Test
    void linksAreBuiltOnTheBaseWithoutADoubleSlash() {
        PublicLinks links = new PublicLinks(URI.create("https://credit.example.gov.cn/ct/"));

        assertThat(links.of("/public/report-check?code=ABC")).isEqualTo("https://credit.example.gov.cn/ct/public/report-check?code=ABC");
    }

    @Test
    void aBaseThatIsNotAnAbsoluteHttpUrlStopsTheStart() {
        assertThatThrownBy(() -> new PublicLinks(URI.create("credit.example.gov.cn")))
                .hasMessageContaining("credittown.web.public-base-url");
        assertThatThrownBy(() -> new PublicLinks(URI.create("ftp://credit.example.gov.cn")))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new PublicLinks(URI.create("https://credit.example.gov.cn/?x=1")))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aPathMustStartWithASlash() {
        assertThatThrownBy(() -> new PublicLinks(URI.create("http://localhost:8080")).of("public"))
                .isInstanceOf(IllegalArgumentException.class);
    }
}

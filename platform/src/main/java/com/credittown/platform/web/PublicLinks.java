package com.credittown.platform.web;

import java.net.URI;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.context.annotation.Configuration;

/**
 * The address citizens reach the platform at ({@code credittown.web.public-base-url}, env {@code CT_PUBLIC_BASE_URL},
 * default {@code http://localhost:8080}): links that leave the application (QR codes on credit reports and shop
 * listings) are built on it, never on the address of the request that made them (a proxy's internal name, a forged
 * Host header). It must be an absolute http(s) URL without query; a trailing slash is dropped.
 *
 * @param publicBaseUrl the base URL
 */
@ConfigurationProperties("credittown.web")
public record PublicLinks(@DefaultValue("http://localhost:8080") URI publicBaseUrl) {

    public PublicLinks {
        String scheme = publicBaseUrl.getScheme();
        if (!("http".equals(scheme) || "https".equals(scheme)) || publicBaseUrl.getHost() == null
                || publicBaseUrl.getQuery() != null || publicBaseUrl.getFragment() != null) {
            throw new IllegalArgumentException("credittown.web.public-base-url must be an absolute http(s) URL without"
                    + " query, e.g. https://credit.example.gov.cn, not '" + publicBaseUrl + "'");
        }
        String text = publicBaseUrl.toString();
        publicBaseUrl = URI.create(text.endsWith("/") ? text.substring(0, text.length() - 1) : text);
    }

    /** The public URL of an application path ({@code /public/report-check?code=...}). */
    public String of(String pathAndQuery) {
        if (!pathAndQuery.startsWith("/")) {
            throw new IllegalArgumentException("An application path starts with '/': " + pathAndQuery);
        }
        return publicBaseUrl + pathAndQuery;
    }

    @Configuration(proxyBeanMethods = false)
    @EnableConfigurationProperties(PublicLinks.class)
    static class Settings {
    }
}

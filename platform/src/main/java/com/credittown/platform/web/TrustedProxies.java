package com.credittown.platform.web;

import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.security.web.util.matcher.IpAddressMatcher;

/**
 * The reverse proxies in front of the application whose {@code X-Forwarded-For} is believed
 * ({@code credittown.web.trusted-proxies}, env {@code CT_TRUSTED_PROXIES}): IP addresses or CIDR ranges, IPv4 or
 * IPv6, e.g. {@code 10.0.0.0/8, 127.0.0.1}. Empty (the default): no proxy is trusted and every client is its remote
 * address. A host name or malformed range stops the start-up.
 *
 * @param trustedProxies the addresses and ranges
 */
@ConfigurationProperties("credittown.web")
public record TrustedProxies(@DefaultValue({}) List<String> trustedProxies) {

    public TrustedProxies {
        trustedProxies = trustedProxies == null ? List.of()
                : trustedProxies.stream().map(String::strip).filter(entry -> !entry.isEmpty()).toList();
        for (String entry : trustedProxies) {
            if (!ClientAddresses.isAddressLiteral(entry.contains("/") ? entry.substring(0, entry.indexOf('/')) : entry)) {
                throw new IllegalArgumentException("credittown.web.trusted-proxies: '" + entry
                        + "' is not an IP address or CIDR range (e.g. 10.0.0.0/8, 192.168.1.10, fd00::/8)");
            }
            try {
                new IpAddressMatcher(entry);
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("credittown.web.trusted-proxies: '" + entry
                        + "' is not an IP address or CIDR range: " + e.getMessage());
            }
        }
    }

    /** Whether the address (a literal) is one of the trusted proxies. */
    boolean trusts(String address) {
        try {
            return trustedProxies.stream().anyMatch(entry -> new IpAddressMatcher(entry).matches(address));
        } catch (IllegalArgumentException notAnAddress) {
            return false;
        }
    }
}

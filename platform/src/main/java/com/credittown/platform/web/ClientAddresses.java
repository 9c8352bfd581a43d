package com.credittown.platform.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.regex.Pattern;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Component;

/**
 * The network address of the client behind a request, the one place that reads {@code X-Forwarded-For}. A request
 * from an address that is not a {@link TrustedProxies trusted proxy} is its own client, whatever headers it sends
 * (a client cannot pick its address by sending the header). A request from a trusted proxy is attributed by reading
 * {@code X-Forwarded-For} from right to left, skipping trusted hops: the first untrusted address is the client; if
 * every hop is trusted, the leftmost one.
 */
@Component
@EnableConfigurationProperties(TrustedProxies.class)
public class ClientAddresses {

    private static final Pattern IPV4 = Pattern.compile("\\d{1,3}(\\.\\d{1,3}){3}");
    private static final Pattern IPV6 = Pattern.compile("[0-9A-Fa-f:.]*:[0-9A-Fa-f:.]*");

    private final TrustedProxies proxies;

    ClientAddresses(TrustedProxies proxies) {
        this.proxies = proxies;
    }

    /** The client of a servlet request (REST or a Vaadin request). */
    public String of(HttpServletRequest request) {
        List<String> forwarded = request.getHeaders("X-Forwarded-For") == null ? List.of()
                : Collections.list(request.getHeaders("X-Forwarded-For"));
        return of(request.getRemoteAddr(), String.join(",", forwarded));
    }

    /**
     * @param remoteAddress the address of the connection's peer
     * @param forwardedFor  the X-Forwarded-For values joined with commas, or null/empty
     */
    public String of(String remoteAddress, String forwardedFor) {
        String client = remoteAddress == null ? "" : remoteAddress.strip();
        if (forwardedFor == null || forwardedFor.isBlank()) {
            return client;
        }
        List<String> hops = new ArrayList<>(List.of(forwardedFor.split(",")));
        Collections.reverse(hops);
        for (String hop : hops) {
            if (!isAddressLiteral(client) || !proxies.trusts(client)) {
                return client;
            }
            String address = withoutPort(hop.strip());
            if (!isAddressLiteral(address)) {
                // a trusted proxy passed on something that is no address: the client is not known beyond it
                return client;
            }
            client = address;
        }
        return client;
    }

    /** An IPv4 or IPv6 literal (never a host name: nothing here may cause a DNS look-up). */
    static boolean isAddressLiteral(String text) {
        return text != null && (IPV4.matcher(text).matches() || IPV6.matcher(text).matches());
    }

    /** "1.2.3.4:5678" → "1.2.3.4", "[fd00::1]:443" → "fd00::1"; other text unchanged. */
    private static String withoutPort(String hop) {
        if (hop.startsWith("[") && hop.contains("]")) {
            return hop.substring(1, hop.indexOf(']'));
        }
        int colon = hop.indexOf(':');
        if (colon > 0 && colon == hop.lastIndexOf(':') && IPV4.matcher(hop.substring(0, colon)).matches()) {
            return hop.substring(0, colon);
        }
        return hop;
    }
}

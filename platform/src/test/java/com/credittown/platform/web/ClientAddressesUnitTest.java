package com.credittown.platform.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;

class ClientAddressesUnitTest {

    private static ClientAddresses trusting(String... proxies) {
        return new ClientAddresses(new TrustedProxies(List.of(proxies)));
    }

    @Test
    void withoutTrustedProxiesTheRemoteAddressIsTheClientWhateverTheHeaderSays() {
        ClientAddresses none = trusting();

        assertThat(none.of("203.0.113.9", null)).isEqualTo("203.0.113.9");
        assertThat(none.of("203.0.113.9", "198.51.100.7")).isEqualTo("203.0.113.9");
    }

    @Test
    void anUntrustedClientCannotPickItsAddressWithTheHeader() {
        // a citizen's script sends X-Forwarded-For directly, not through the proxy
        assertThat(trusting("10.0.0.0/8").of("203.0.113.9", "10.0.0.1")).isEqualTo("203.0.113.9");
        assertThat(trusting("10.0.0.0/8").of("203.0.113.9", "1.1.1.1, 2.2.2.2")).isEqualTo("203.0.113.9");
    }

    @Test
    void behindATrustedProxyTheAddressItAppendedIsTheClient() {
        assertThat(trusting("10.0.0.0/8").of("10.0.0.5", "198.51.100.7")).isEqualTo("198.51.100.7");
    }

    @Test
    void aSpoofedHeaderPassedOnByTheProxyIsIgnored() {
        // the client sent "X-Forwarded-For: 6.6.6.6"; the proxy appended the address it saw
        assertThat(trusting("10.0.0.0/8").of("10.0.0.5", "6.6.6.6, 198.51.100.7")).isEqualTo("198.51.100.7");
        assertThat(trusting("10.0.0.0/8").of("10.0.0.5", "10.9.9.9, 198.51.100.7")).isEqualTo("198.51.100.7");
    }

    @Test
    void trustedHopsAreSkippedRightToLeft() {
        // client -> edge proxy 10.1.0.1 -> inner proxy 10.0.0.5 -> application
        assertThat(trusting("10.0.0.0/8").of("10.0.0.5", "198.51.100.7, 10.1.0.1")).isEqualTo("198.51.100.7");
        // a spoofed entry left of the real client stays ignored
        assertThat(trusting("10.0.0.0/8").of("10.0.0.5", "6.6.6.6, 198.51.100.7, 10.1.0.1"))
                .isEqualTo("198.51.100.7");
    }

    @Test
    void whenEveryHopIsTrustedTheLeftmostIsTheClient() {
        assertThat(trusting("10.0.0.0/8").of("10.0.0.5", "10.2.2.2, 10.1.0.1")).isEqualTo("10.2.2.2");
    }

    @Test
    void onlyTheListedAddressesAndRangesAreTrusted() {
        ClientAddresses oneProxy = trusting("192.168.1.10");

        assertThat(oneProxy.of("192.168.1.10", "198.51.100.7")).isEqualTo("198.51.100.7");
        assertThat(oneProxy.of("192.168.1.11", "198.51.100.7")).isEqualTo("192.168.1.11");
    }

    @Test
    void somethingThatIsNoAddressEndsTheWalkAtTheLastTrustedHop() {
        assertThat(trusting("10.0.0.0/8").of("10.0.0.5", "198.51.100.7, unknown")).isEqualTo("10.0.0.5");
        assertThat(trusting("10.0.0.0/8").of("10.0.0.5", "evil.example.com")).isEqualTo("10.0.0.5");
    }

    @Test
    void portsAndIpv6AreUnderstood() {
        assertThat(trusting("10.0.0.0/8").of("10.0.0.5", "198.51.100.7:51234")).isEqualTo("198.51.100.7");
        assertThat(trusting("fd00::/8").of("fd00::1", "[2001:db8::7]:443")).isEqualTo("2001:db8::7");
        assertThat(trusting("fd00::/8").of("fd00::1", "2001:db8::7")).isEqualTo("2001:db8::7");
    }

    @Test
    void readsEveryHeaderLineOfAServletRequest() {
        MockHttpServletRequest request = new MockHttpServletRequest();
        request.setRemoteAddr("10.0.0.5");
        request.addHeader("X-Forwarded-For", "6.6.6.6");
        request.addHeader("X-Forwarded-For", "198.51.100.7");

        assertThat(trusting("10.0.0.0/8").of(request)).isEqualTo("198.51.100.7");
        assertThat(trusting().of(request)).isEqualTo("10.0.0.5");
    }

    @Test
    void theSettingRefusesHostNamesAndMalformedRanges() {
        assertThatIllegalArgumentException().isThrownBy(() -> new TrustedProxies(List.of("proxy.example.com")))
                .withMessageContaining("'proxy.example.com' is not an IP address or CIDR range");
        assertThatIllegalArgumentException().isThrownBy(() -> new TrustedProxies(List.of("10.0.0.0/33")))
                .withMessageContaining("'10.0.0.0/33'");
        assertThat(new TrustedProxies(List.of(" 10.0.0.0/8 ", "")).trustedProxies()).containsExactly("10.0.0.0/8");
    }
}

package io.vnetlab.az;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Host names and URLs as connection troubleshoot's destination (docs/azure/decisions.md#internet-names). */
class InternetDestinationTest {

    @Test
    void a_url_gives_its_host_and_a_bare_name_must_be_a_host_name() {
        assertThat(InternetDestination.hostOf("https://www.Bing.com:443/search?q=1")).hasValue("www.bing.com");
        assertThat(InternetDestination.hostOf("www.bing.com")).hasValue("www.bing.com");
        assertThat(InternetDestination.hostOf("www.bing.com/path")).isEmpty();
        assertThat(InternetDestination.hostOf("-bad.example")).isEmpty();
        assertThat(InternetDestination.hostOf("10.0.0.4")).as("an address is no name").isEmpty();
        assertThat(InternetDestination.hostOf("a".repeat(64) + ".com")).as("a label is 63 characters at most").isEmpty();
    }

    @Test
    void a_name_always_gets_the_same_stand_in_address_on_the_internet() {
        assertThat(InternetDestination.endpoint("www.bing.com").address())
                .isEqualTo(InternetDestination.endpoint("www.bing.com").address());
        assertThat(InternetDestination.endpoint("www.bing.com").address().toString()).startsWith("203.0.113.");
        assertThat(InternetDestination.endpoint("www.bing.com").fqdn()).hasValue("www.bing.com");
    }
}

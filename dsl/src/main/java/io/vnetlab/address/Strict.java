package io.vnetlab.address;

import inet.ipaddr.AddressStringParameters;
import inet.ipaddr.IPAddressStringParameters;

/**
 * Parsing as Azure accepts addresses: dotted quads only, no {@code inet_aton} shorthands such as {@code 10.1.1},
 * no wildcards or ranges, no leading zeros read as octal; IPv6 in its usual text forms ({@code fd00:db8:deca::/48}),
 * without zones or embedded IPv4 (docs/azure/ipv6.md#addresses).
 */
final class Strict {

    static final IPAddressStringParameters PARAMETERS = new IPAddressStringParameters.Builder()
            .allowEmpty(false).allowAll(false).allowSingleSegment(false)
            .getIPv4AddressParametersBuilder()
            .allow_inet_aton(false).allowLeadingZeros(false)
            .setRangeOptions(AddressStringParameters.RangeParameters.NO_RANGE)
            .getParentBuilder()
            .getIPv6AddressParametersBuilder()
            .allowZone(false).allowMixed(false)
            .setRangeOptions(AddressStringParameters.RangeParameters.NO_RANGE)
            .getParentBuilder()
            .toParams();

    private Strict() {
    }
}

package io.vnetlab.controlplane;

import io.vnetlab.model.AzureErrorCode;
import io.vnetlab.model.AzureException;
import io.vnetlab.model.ResourceId;

/**
 * The BGP autonomous system numbers a gateway may use (docs/azure/gateways.md#bgp-asn): 32-bit, and none of the
 * numbers IANA reserves; an on-premises site also none of those Azure keeps for itself, while a virtual network
 * gateway may keep Azure's default, 65515.
 */
final class AutonomousSystemNumbers {

    static final long LARGEST = 4_294_967_295L;
    static final long AZURE_DEFAULT = 65_515L;
    /** Ranges, each from and to inclusive. */
    private static final long[][] RESERVED_BY_IANA = {{0, 0}, {23_456, 23_456}, {64_496, 64_511},
            {65_535, 65_551}, {LARGEST, LARGEST}};
    private static final long[][] RESERVED_BY_AZURE = {{8_074, 8_075}, {12_076, 12_076}, {AZURE_DEFAULT, AZURE_DEFAULT},
            {65_517, 65_520}};

    private AutonomousSystemNumbers() {
    }

    static void requireUsableByGateway(Long asn, ResourceId gateway) {
        require(asn, gateway, false);
    }

    static void requireUsableBySite(Long asn, ResourceId site) {
        require(asn, site, true);
    }

    private static void require(Long asn, ResourceId owner, boolean onPremises) {
        if (asn == null) {
            return;
        }
        if (asn < 0 || asn > LARGEST) {
            throw invalid(asn, owner, "an autonomous system number is a 32-bit number, 1 to 4294967294");
        }
        if (in(RESERVED_BY_IANA, asn)) {
            throw invalid(asn, owner, "IANA reserves 0, 23456, 64496-64511, 65535-65551 and 4294967295");
        }
        if (in(RESERVED_BY_AZURE, asn) && (onPremises || asn != AZURE_DEFAULT)) {
            throw invalid(asn, owner, "Azure reserves 8074, 8075, 12076, 65515 and 65517-65520"
                    + (onPremises ? "" : "; a virtual network gateway may use only 65515, Azure's default, of them"));
        }
    }

    private static boolean in(long[][] ranges, long asn) {
        for (long[] range : ranges) {
            if (asn >= range[0] && asn <= range[1]) {
                return true;
            }
        }
        return false;
    }

    private static AzureException invalid(long asn, ResourceId owner, String why) {
        return new AzureException(AzureErrorCode.InvalidBgpAsn, "BGP ASN " + asn + " of " + owner + " cannot be"
                + " used: " + why + ".", owner);
    }
}

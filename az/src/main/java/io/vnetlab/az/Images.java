package io.vnetlab.az;

import java.util.Locale;

/**
 * What {@code az vm create} infers from {@code --image}: whether the VM runs Windows, which decides the NSG rule it
 * opens (RDP, port 3389) instead of SSH (port 22) (docs/azure/network-security-groups.md#vm-create-defaults).
 */
final class Images {

    private Images() {
    }

    /**
     * {@code --os-type} when given; otherwise a Windows alias ({@code Win2022Datacenter}, {@code Win11...}: the
     * CLI's Windows aliases all start with {@code Win}) or a URN whose publisher or offer names Windows
     * ({@code MicrosoftWindowsServer:WindowsServer:2022-datacenter:latest}).
     */
    static boolean isWindows(Args a) {
        if (a.value("os_type").isPresent()) {
            return a.required("os_type").equalsIgnoreCase("windows");
        }
        String image = a.value("image").orElse("").toLowerCase(Locale.ROOT);
        if (image.contains(":")) {
            String[] urn = image.split(":");
            return urn[0].contains("windows") || (urn.length > 1 && urn[1].contains("windows"));
        }
        return image.startsWith("win");
    }
}

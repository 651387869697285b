package io.vnetlab.arm.json;

import io.vnetlab.model.NetworkInterface;
import io.vnetlab.model.ResourceId;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.UUID;
import org.apiguardian.api.API;

import static org.apiguardian.api.API.Status.INTERNAL;

/**
 * The generated identifiers Azure attaches to a resource (resource GUIDs, etags, MAC addresses), derived from the
 * resource's id so that the same resource shows the same values on every run and through every surface.
 *
 * <pre>{@code
 * String guid = StableIds.guid("vm:" + vm.id());     // the same UUID for the same seed, case-insensitively
 * }</pre>
 */
@API(status = INTERNAL, since = "0.1")
public final class StableIds {

    private StableIds() {
    }

    /** A name-based UUID of {@code seed}, ignoring case as Azure ignores it in resource ids. */
    public static String guid(String seed) {
        return UUID.nameUUIDFromBytes(seed.toLowerCase(Locale.ROOT).getBytes(StandardCharsets.UTF_8)).toString();
    }

    /** A weak etag, {@code W/"<guid>"}, as the network provider returns it. */
    public static String etag(ResourceId id) {
        return "W/\"" + guid("etag:" + id) + "\"";
    }

    /** A MAC address per interface, in Azure's {@code 00-0D-3A-..} form. */
    public static String macAddress(NetworkInterface nic) {
        String hex = guid(nic.id().toString()).replace("-", "").toUpperCase(Locale.ROOT);
        return "00-0D-3A-" + hex.substring(0, 2) + "-" + hex.substring(2, 4) + "-" + hex.substring(4, 6);
    }
}

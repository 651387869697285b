package io.vnetlab.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.apiguardian.api.API;

import static org.apiguardian.api.API.Status.MAINTAINED;

/**
 * An Azure region: its programmatic name ({@code northeurope}) and display name ({@code North Europe}).
 * A virtual network lives in exactly one region; peering two networks in different regions is global peering
 * (docs/azure/addressing.md#resource-hierarchy, docs/azure/peering.md#regional-and-global).
 *
 * <pre>{@code
 * Region.NORTH_EUROPE.name();                 // "northeurope"
 * Region.fromName("West Europe");             // Region.WEST_EUROPE
 * }</pre>
 */
@API(status = MAINTAINED, since = "0.1")
public final class Region {

    private static final Map<String, Region> BY_KEY = new LinkedHashMap<>();
    private static final List<Region> ALL = new ArrayList<>();

    public static final Region EAST_US = define("eastus", "East US");
    public static final Region EAST_US_2 = define("eastus2", "East US 2");
    public static final Region SOUTH_CENTRAL_US = define("southcentralus", "South Central US");
    public static final Region WEST_US_2 = define("westus2", "West US 2");
    public static final Region WEST_US_3 = define("westus3", "West US 3");
    public static final Region AUSTRALIA_EAST = define("australiaeast", "Australia East");
    public static final Region SOUTHEAST_ASIA = define("southeastasia", "Southeast Asia");
    public static final Region NORTH_EUROPE = define("northeurope", "North Europe");
    public static final Region SWEDEN_CENTRAL = define("swedencentral", "Sweden Central");
    public static final Region UK_SOUTH = define("uksouth", "UK South");
    public static final Region WEST_EUROPE = define("westeurope", "West Europe");
    public static final Region CENTRAL_US = define("centralus", "Central US");
    public static final Region SOUTH_AFRICA_NORTH = define("southafricanorth", "South Africa North");
    public static final Region CENTRAL_INDIA = define("centralindia", "Central India");
    public static final Region EAST_ASIA = define("eastasia", "East Asia");
    public static final Region JAPAN_EAST = define("japaneast", "Japan East");
    public static final Region KOREA_CENTRAL = define("koreacentral", "Korea Central");
    public static final Region CANADA_CENTRAL = define("canadacentral", "Canada Central");
    public static final Region FRANCE_CENTRAL = define("francecentral", "France Central");
    public static final Region GERMANY_WEST_CENTRAL = define("germanywestcentral", "Germany West Central");
    public static final Region ITALY_NORTH = define("italynorth", "Italy North");
    public static final Region NORWAY_EAST = define("norwayeast", "Norway East");
    public static final Region POLAND_CENTRAL = define("polandcentral", "Poland Central");
    public static final Region SPAIN_CENTRAL = define("spaincentral", "Spain Central");
    public static final Region SWITZERLAND_NORTH = define("switzerlandnorth", "Switzerland North");
    public static final Region MEXICO_CENTRAL = define("mexicocentral", "Mexico Central");
    public static final Region UAE_NORTH = define("uaenorth", "UAE North");
    public static final Region BRAZIL_SOUTH = define("brazilsouth", "Brazil South");
    public static final Region ISRAEL_CENTRAL = define("israelcentral", "Israel Central");
    public static final Region QATAR_CENTRAL = define("qatarcentral", "Qatar Central");
    public static final Region NORTH_CENTRAL_US = define("northcentralus", "North Central US");
    public static final Region WEST_US = define("westus", "West US");
    public static final Region JAPAN_WEST = define("japanwest", "Japan West");
    public static final Region CENTRAL_US_EUAP = define("centraluseuap", "Central US EUAP");
    public static final Region EAST_US_2_EUAP = define("eastus2euap", "East US 2 EUAP");
    public static final Region WEST_CENTRAL_US = define("westcentralus", "West Central US");
    public static final Region SOUTH_AFRICA_WEST = define("southafricawest", "South Africa West");
    public static final Region AUSTRALIA_CENTRAL = define("australiacentral", "Australia Central");
    public static final Region AUSTRALIA_CENTRAL_2 = define("australiacentral2", "Australia Central 2");
    public static final Region AUSTRALIA_SOUTHEAST = define("australiasoutheast", "Australia Southeast");
    public static final Region JIO_INDIA_WEST = define("jioindiawest", "Jio India West");
    public static final Region KOREA_SOUTH = define("koreasouth", "Korea South");
    public static final Region SOUTH_INDIA = define("southindia", "South India");
    public static final Region WEST_INDIA = define("westindia", "West India");
    public static final Region CANADA_EAST = define("canadaeast", "Canada East");
    public static final Region FRANCE_SOUTH = define("francesouth", "France South");
    public static final Region GERMANY_NORTH = define("germanynorth", "Germany North");
    public static final Region NORWAY_WEST = define("norwaywest", "Norway West");
    public static final Region SWITZERLAND_WEST = define("switzerlandwest", "Switzerland West");
    public static final Region UK_WEST = define("ukwest", "UK West");
    public static final Region UAE_CENTRAL = define("uaecentral", "UAE Central");
    public static final Region BRAZIL_SOUTHEAST = define("brazilsoutheast", "Brazil Southeast");
    public static final Region SWEDEN_SOUTH = define("swedensouth", "Sweden South");
    public static final Region NEW_ZEALAND_NORTH = define("newzealandnorth", "New Zealand North");
    public static final Region INDONESIA_CENTRAL = define("indonesiacentral", "Indonesia Central");
    public static final Region MALAYSIA_WEST = define("malaysiawest", "Malaysia West");
    public static final Region CHILE_CENTRAL = define("chilecentral", "Chile Central");

    private final String name;
    private final String displayName;

    private Region(String name, String displayName) {
        this.name = name;
        this.displayName = displayName;
    }

    private static Region define(String name, String displayName) {
        Region region = new Region(name, displayName);
        BY_KEY.put(name, region);
        BY_KEY.put(displayName.replace(" ", "").toLowerCase(Locale.ROOT), region);
        ALL.add(region);
        return region;
    }

    /**
     * The region with this programmatic or display name, in any case: {@code northeurope}, {@code North Europe}.
     *
     * @throws IllegalArgumentException naming the known regions if there is none
     */
    public static Region fromName(String nameOrDisplayName) {
        return find(nameOrDisplayName).orElseThrow(() -> new IllegalArgumentException(
                "'" + nameOrDisplayName + "' is not an Azure region name. Use a programmatic name such as"
                        + " northeurope or westeurope (az account list-locations -o table lists them)."));
    }

    /** The region with this programmatic or display name, in any case. */
    public static Optional<Region> find(String nameOrDisplayName) {
        if (nameOrDisplayName == null) {
            return Optional.empty();
        }
        return Optional.ofNullable(BY_KEY.get(nameOrDisplayName.replace(" ", "").toLowerCase(Locale.ROOT)));
    }

    /** Every region this library knows, in Azure's listing order. */
    public static List<Region> values() {
        return Collections.unmodifiableList(ALL);
    }

    /** The programmatic name, {@code northeurope}, as {@code --location} takes it. */
    public String name() {
        return name;
    }

    /** The display name, {@code North Europe}. */
    public String displayName() {
        return displayName;
    }

    @Override
    public String toString() {
        return name;
    }
}

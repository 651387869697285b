package io.vnetlab.assertj;

import io.vnetlab.address.Cidr;
import io.vnetlab.model.ResourceId;
import io.vnetlab.model.Subnet;
import org.apiguardian.api.API;
import org.assertj.core.api.AbstractAssert;

import static io.vnetlab.assertj.error.ShouldHaveProperty.shouldHave;
import static org.apiguardian.api.API.Status.STABLE;

/**
 * Assertions on a subnet: its prefix and its associations.
 *
 * <pre>{@code
 * assertThat(azure).subnet("SalesVNet", "Apps").hasAddressPrefix("10.1.1.0/24").hasNoRouteTable();
 * }</pre>
 */
@API(status = STABLE, since = "0.1")
public class SubnetAssert extends AbstractAssert<SubnetAssert, Subnet> {

    public SubnetAssert(Subnet actual) {
        super(actual, SubnetAssert.class);
    }

    public SubnetAssert hasAddressPrefix(String cidr) {
        isNotNull();
        Cidr expected = Cidr.parse(cidr);
        if (!actual.addressPrefix().equals(expected)) {
            throwAssertionError(shouldHave(actual, "address prefix", expected, actual.addressPrefix()));
        }
        return myself;
    }

    /** The subnet's route table is the one of this name. */
    public SubnetAssert hasRouteTable(String name) {
        isNotNull();
        String found = actual.routeTable().map(ResourceId::name).orElse("none");
        if (!found.equalsIgnoreCase(name)) {
            throwAssertionError(shouldHave(actual, "route table", name, found));
        }
        return myself;
    }

    public SubnetAssert hasNoRouteTable() {
        isNotNull();
        actual.routeTable().ifPresent(id -> throwAssertionError(shouldHave(actual, "route table", "none", id.name())));
        return myself;
    }

    /** The subnet's network security group is the one of this name. */
    public SubnetAssert hasNetworkSecurityGroup(String name) {
        isNotNull();
        String found = actual.networkSecurityGroup().map(ResourceId::name).orElse("none");
        if (!found.equalsIgnoreCase(name)) {
            throwAssertionError(shouldHave(actual, "network security group", name, found));
        }
        return myself;
    }

    public SubnetAssert hasNoNetworkSecurityGroup() {
        isNotNull();
        actual.networkSecurityGroup().ifPresent(id -> throwAssertionError(shouldHave(actual,
                "network security group", "none", id.name())));
        return myself;
    }
}

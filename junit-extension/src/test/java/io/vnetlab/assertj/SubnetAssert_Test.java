package io.vnetlab.assertj;

import io.vnetlab.Topology;
import io.vnetlab.address.Cidr;
import io.vnetlab.model.Subnet;
import io.vnetlab.reference.ReferenceTopologies;
import org.junit.jupiter.api.Test;

import static io.vnetlab.assertj.Failures.expectAssertionError;
import static io.vnetlab.assertj.NetworkAssertions.assertThat;
import static io.vnetlab.assertj.error.ShouldHaveProperty.shouldHave;
import static org.assertj.core.api.BDDAssertions.then;

class SubnetAssert_Test {

    private final Topology azure = ReferenceTopologies.learnModule();
    private final Subnet apps = azure.subnet("SalesVNet", "Apps");

    @Test
    void should_pass_on_prefix_and_associations() {
        assertThat(azure).subnet("SalesVNet", "Apps").hasAddressPrefix("10.1.1.0/24").hasNoRouteTable()
                .hasNoNetworkSecurityGroup();
    }

    @Test
    void should_fail_on_another_prefix_or_association() {
        then(expectAssertionError(() -> assertThat(apps).hasAddressPrefix("10.1.2.0/24")))
                .hasMessage(shouldHave(apps, "address prefix", Cidr.parse("10.1.2.0/24"), Cidr.parse("10.1.1.0/24"))
                        .create());
        then(expectAssertionError(() -> assertThat(apps).hasRouteTable("SpokeRoutes")))
                .hasMessage(shouldHave(apps, "route table", "SpokeRoutes", "none").create());
        then(expectAssertionError(() -> assertThat(apps).hasNetworkSecurityGroup("AppsNsg")))
                .hasMessage(shouldHave(apps, "network security group", "AppsNsg", "none").create());
    }

    @Test
    void should_pass_and_fail_on_associations_of_a_subnet_that_has_them() {
        // GIVEN a subnet with an NSG and a route table (built directly)
        Subnet associated = new Subnet(apps.id(), apps.name(), apps.addressPrefix(),
                apps.id().parent().orElseThrow().child("networkSecurityGroups", "AppsNsg"),
                apps.id().parent().orElseThrow().child("routeTables", "SpokeRoutes"));
        // THEN
        assertThat(associated).hasNetworkSecurityGroup("appsnsg").hasRouteTable("SpokeRoutes");
        then(expectAssertionError(() -> assertThat(associated).hasNoRouteTable()))
                .hasMessage(shouldHave(associated, "route table", "none", "SpokeRoutes").create());
        then(expectAssertionError(() -> assertThat(associated).hasNoNetworkSecurityGroup()))
                .hasMessage(shouldHave(associated, "network security group", "none", "AppsNsg").create());
    }
}

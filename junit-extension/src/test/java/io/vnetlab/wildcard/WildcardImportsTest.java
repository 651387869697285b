package io.vnetlab.wildcard;

import io.vnetlab.*;
import io.vnetlab.assertj.*;
import io.vnetlab.dataplane.*;
import io.vnetlab.model.*;
import io.vnetlab.reference.*;
import org.junit.jupiter.api.Test;
import org.junit.platform.commons.support.ReflectionSupport;

import java.lang.reflect.Modifier;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static io.vnetlab.assertj.NetworkAssertions.assertThat;
import static io.vnetlab.assertj.Traffic.tcp;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The public packages a test imports with wildcards compile together: a simple name used below that two of them
 * declared would not compile.
 */
class WildcardImportsTest {

    private static final List<String> PACKAGES = List.of("io.vnetlab", "io.vnetlab.assertj", "io.vnetlab.dataplane",
            "io.vnetlab.model");

    @Test
    void traffic_handles_and_data_plane_types_are_usable_under_wildcard_imports() {
        Topology azure = ReferenceTopologies.learnModule();
        Vm sales = azure.vm("SalesVM");
        Traffic ssh = Traffic.tcp(22);

        Verdict verdict = sales.reach(azure.vm("MarketingVM"), Protocol.Tcp, 22);
        ProtocolPorts admitted = verdict.traffic();
        Endpoint source = sales.endpoint();

        assertThat(sales).canReach(azure.vm("MarketingVM"), ssh).cannotReach(azure.vm("ResearchVM"), tcp(22));
        assertThat(admitted.ports(Protocol.Tcp).contains(22)).isTrue();
        assertThat(source).hasToString("vm 'SalesVM' 10.1.1.4 (SalesVNet/Apps)");
    }

    @Test
    void no_two_public_classes_of_these_packages_share_a_simple_name() {
        Map<String, List<String>> byName = PACKAGES.stream()
                .flatMap(p -> ReflectionSupport.findAllClassesInPackage(p, c -> c.getPackageName().equals(p)
                        && Modifier.isPublic(c.getModifiers()) && !c.isMemberClass(), n -> true).stream())
                .collect(Collectors.groupingBy(Class::getSimpleName, Collectors.mapping(Class::getName,
                        Collectors.toList())));

        assertThat(byName.get("Traffic")).containsExactly("io.vnetlab.assertj.Traffic");
        assertThat(byName.values()).allSatisfy(classes -> assertThat(classes).hasSize(1));
    }
}

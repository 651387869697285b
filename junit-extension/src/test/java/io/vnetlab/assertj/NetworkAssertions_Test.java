package io.vnetlab.assertj;

import io.vnetlab.Topology;
import io.vnetlab.dataplane.NextHopType;
import io.vnetlab.model.AzureErrorCode;
import io.vnetlab.model.Region;
import io.vnetlab.reference.ReferenceTopologies;
import org.junit.jupiter.api.Test;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

import static io.vnetlab.assertj.ExpectedRoute.route;
import static io.vnetlab.assertj.NetworkAssertions.assertThat;
import static io.vnetlab.assertj.NetworkAssertions.then;
import static io.vnetlab.assertj.NetworkAssertions.thenOperation;
import static org.assertj.core.api.Assertions.assertThat;

/** The entry point beside AssertJ's own: both {@code assertThat}s imported, the overloads merge. */
class NetworkAssertions_Test {

    private final Topology azure = ReferenceTopologies.learnModule();

    @Test
    void should_merge_with_assertjs_own_assertThat_when_both_are_imported() {
        assertThat(azure).vm("SalesVM").cannotReach("ResearchVM");
        assertThat(azure.vm("SalesVM").name()).isEqualTo("SalesVM");
        assertThat(azure.peering("SalesVNet", "SalesVNet-To-MarketingVNet")).isConnected();
        assertThat(List.of(1, 2)).hasSize(2);
    }

    @Test
    void should_read_as_bdd_with_then() {
        then(azure).network("ResearchVNet").isInRegion(Region.WEST_EUROPE);
        then(azure.reach("SalesVM", "MarketingVM")).isReachable();
        then(azure.effectiveRoutes("SalesVM")).containsRoute(route("10.2.0.0/16", NextHopType.VNetPeering));
        thenOperation(() -> azure.peer("SalesVNet").with("ResearchVNet").create()).succeeds();
        thenOperation(() -> azure.peer("SalesVNet").with("ResearchVNet").create())
                .failsWith(AzureErrorCode.ResourceAlreadyExists, "SalesVNet-To-ResearchVNet");
    }

    @Test
    void should_offer_a_then_for_every_assertThat_and_a_soft_assertThat_for_each() {
        List<String> assertThats = signatures("assertThat", NetworkAssertions.class);
        assertThat(signatures("then", NetworkAssertions.class)).isEqualTo(assertThats);
        assertThat(Arrays.stream(NetworkSoftAssertions.class.getDeclaredMethods())
                .filter(m -> m.getName().startsWith("assertThat")).map(NetworkAssertions_Test::signature).sorted()
                .collect(Collectors.toList())).isEqualTo(assertThats);
    }

    @Test
    void should_keep_assert_classes_proxyable_by_soft_assertions() {
        for (Method m : NetworkAssertions.class.getDeclaredMethods()) {
            Class<?> assertClass = m.getReturnType();
            assertThat(Modifier.isPublic(assertClass.getModifiers())).as("%s is public", assertClass).isTrue();
            assertThat(Modifier.isFinal(assertClass.getModifiers())).as("%s is not final", assertClass).isFalse();
            assertThat(Arrays.stream(assertClass.getDeclaredMethods()).filter(x -> Modifier.isFinal(x.getModifiers())))
                    .as("final methods of %s", assertClass).isEmpty();
            assertThat(Arrays.stream(assertClass.getConstructors()).anyMatch(c -> c.getParameterCount() == 1))
                    .as("%s has a public constructor taking the actual value", assertClass).isTrue();
        }
        for (Class<?> navigated : List.of(EndpointAssert.class, VmGroupAssert.class)) {
            assertThat(Modifier.isFinal(navigated.getModifiers())).isFalse();
            assertThat(navigated.getConstructors()).hasSize(1);
        }
    }

    @Test
    void should_offer_an_instance_of_assert_factory_for_every_assertThat_of_one_value() {
        List<String> factories = Arrays.stream(NetworkInstanceOfAssertFactories.class.getFields())
                .map(f -> Arrays.toString(((java.lang.reflect.ParameterizedType) f.getGenericType())
                        .getActualTypeArguments()))
                .sorted().collect(Collectors.toList());
        List<String> assertThats = Arrays.stream(NetworkAssertions.class.getDeclaredMethods())
                .filter(m -> m.getName().equals("assertThat"))
                .map(m -> Arrays.toString(new java.lang.reflect.Type[]{m.getParameterTypes()[0], m.getReturnType()}))
                .sorted().collect(Collectors.toList());
        assertThat(factories).isEqualTo(assertThats);
    }

    private static List<String> signatures(String prefix, Class<?> type) {
        return Arrays.stream(type.getDeclaredMethods()).filter(m -> m.getName().startsWith(prefix))
                .map(NetworkAssertions_Test::signature).sorted().collect(Collectors.toList());
    }

    private static String signature(Method m) {
        String suffix = m.getName().replaceFirst("^(assertThat|then)", "");
        return suffix + Arrays.toString(m.getParameterTypes()) + " -> " + m.getReturnType().getSimpleName();
    }
}

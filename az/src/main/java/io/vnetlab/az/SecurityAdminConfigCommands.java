package io.vnetlab.az;

import io.vnetlab.arm.json.ResourceJson;
import io.vnetlab.controlplane.ResourceManager;
import io.vnetlab.model.ResourceId;
import io.vnetlab.model.SecurityAdminConfiguration;

import java.util.List;

/**
 * {@code az network manager security-admin-config create|show|list|delete}
 * (docs/azure/virtual-network-manager.md#security-admin-rules).
 */
final class SecurityAdminConfigCommands {

    private SecurityAdminConfigCommands() {
    }

    static final Param NAME = Param.value("name", "--configuration-name", "--name", "-n").mandatory();

    static final ManagerChildren.Kind<SecurityAdminConfiguration> KIND = new ManagerChildren.Kind<>(
            "network manager security-admin-config", SecurityAdminConfiguration.class,
            List.of(Commands.groupParam(), ManagerArgs.managerParam()), NAME, (s, a) -> ManagerArgs.manager(s, a).id(),
            "securityAdminConfigurations", ResourceJson::securityAdminConfiguration, SecurityAdminConfiguration::id,
            ResourceManager::putSecurityAdminConfiguration, ResourceManager::deleteSecurityAdminConfiguration);

    static List<AzCommand> commands() {
        return ManagerChildren.verbs(KIND, List.of(
                Param.value("description", "--description"),
                Param.list("intent_services", "--apply-on-network-intent-policy-based-services")),
                SecurityAdminConfigCommands::configuration);
    }

    private static SecurityAdminConfiguration configuration(Session s, Args a) {
        ResourceId id = KIND.childId(s, a);
        return new SecurityAdminConfiguration(id, id.name(), a.value("description").orElse(""));
    }
}

package io.vnetlab.az;

import com.fasterxml.jackson.databind.JsonNode;
import io.vnetlab.arm.json.ResourceJson;
import io.vnetlab.controlplane.PutMode;
import io.vnetlab.controlplane.ResourceManager;
import io.vnetlab.model.ResourceId;
import io.vnetlab.model.SecurityAdminConfiguration;

import java.util.ArrayList;
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
            ResourceManager::deleteSecurityAdminConfiguration);

    static List<AzCommand> commands() {
        List<AzCommand> all = new ArrayList<>(List.of(new Create()));
        all.addAll(ManagerChildren.verbs(KIND));
        return all;
    }

    static final class Create implements AzCommand {
        public String name() {
            return "network manager security-admin-config create";
        }

        public List<Param> params() {
            return List.of(Commands.groupParam(), ManagerArgs.managerParam(), NAME,
                    Param.value("description", "--description"),
                    Param.list("intent_services", "--apply-on-network-intent-policy-based-services"));
        }

        public boolean changesState() {
            return true;
        }

        public JsonNode run(Session s, Args a) {
            ResourceId id = KIND.childId(s, a);
            SecurityAdminConfiguration config = new SecurityAdminConfiguration(id, id.name(),
                    a.value("description").orElse(""));
            ManagerChildren.put(s, st -> ResourceManager.putSecurityAdminConfiguration(st, config,
                    PutMode.CREATE_OR_UPDATE));
            return Shapes.cli(ResourceJson.securityAdminConfiguration(config));
        }
    }
}

package io.vnetlab.az;

import com.fasterxml.jackson.databind.JsonNode;
import io.vnetlab.controlplane.ApplicationSecurityGroupRequest;
import io.vnetlab.model.ApplicationSecurityGroup;
import io.vnetlab.model.Region;
import io.vnetlab.model.ResourceId;

import java.util.List;

/** {@code az network asg create} (docs/azure/network-security-groups.md#application-security-groups). */
final class AsgCommands {

    private AsgCommands() {
    }

    /** An application security group by name (in the command's group) or by id. */
    static ApplicationSecurityGroup asg(Session s, String group, String nameOrId) {
        ResourceId id = Commands.reference(s, group, "applicationSecurityGroups", nameOrId);
        return Commands.existing(s, ApplicationSecurityGroup.class, "applicationSecurityGroups", id);
    }

    static final class Create implements AzCommand {
        public String name() {
            return "network asg create";
        }

        public List<Param> params() {
            return List.of(Commands.groupParam(), Commands.nameParam(),
                    Param.value("location", "--location", "-l"), Param.list("tags", "--tags").emptyMeansNone());
        }

        public boolean changesState() {
            return true;
        }

        public JsonNode run(Session s, Args a) {
            String group = a.required("resource_group");
            Region region = Commands.region(s, a, group, "applicationSecurityGroups");
            ResourceId id = s.id(group, ResourceId.NETWORK, "applicationSecurityGroups", a.required("name"));
            return NetworkShapes.asg(Session.call(() -> s.topology().batch(b -> b.putApplicationSecurityGroup(
                    new ApplicationSecurityGroupRequest(id, region)))));
        }
    }
}

package io.vnetlab.az;

import com.fasterxml.jackson.databind.JsonNode;
import io.vnetlab.controlplane.TopologyState;
import io.vnetlab.model.ResourceId;

import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * The show, list and delete commands every top-level network resource type has, built from the type's record class,
 * its ARM type name, how the CLI prints it and its control-plane DELETE, so that each type's group lists them in
 * one line each instead of one class each.
 *
 * <pre>{@code
 * new ResourceCommands.Show<>("network asg show", Type.of(ApplicationSecurityGroup.class, "applicationSecurityGroups",
 *         (state, g) -> NetworkShapes.asg(g)))
 * }</pre>
 */
final class ResourceCommands {

    private ResourceCommands() {
    }

    /** A resource type as these commands need it. */
    record Type<T>(Class<T> kind, String armType, BiFunction<TopologyState, T, JsonNode> shape,
                   Function<T, ResourceId> id) {

        static <T> Type<T> of(Class<T> kind, String armType, BiFunction<TopologyState, T, JsonNode> shape,
                              Function<T, ResourceId> id) {
            return new Type<>(kind, armType, shape, id);
        }

        ResourceId idOf(Session s, String group, String name) {
            return s.id(group, ResourceId.NETWORK, armType, name);
        }
    }

    /** {@code show -g GROUP -n NAME}: the resource, or ARM's "not found" (exit code 3). */
    record Show<T>(String name, Type<T> type) implements AzCommand {
        public List<Param> params() {
            return List.of(Commands.groupParam(), Commands.nameParam());
        }

        public boolean changesState() {
            return false;
        }

        public JsonNode run(Session s, Args a) {
            String group = a.required("resource_group");
            s.group(group);
            T resource = Commands.existing(s, type.kind(), type.armType(), type.idOf(s, group, a.required("name")));
            return type.shape().apply(s.topology().state(), resource);
        }
    }

    /** {@code list [-g GROUP]}: the subscription's resources of the type, or the group's. */
    record ListAll<T>(String name, Type<T> type) implements AzCommand {
        public List<Param> params() {
            return List.of(Commands.optionalGroupParam());
        }

        public boolean changesState() {
            return false;
        }

        public JsonNode run(Session s, Args a) {
            TopologyState state = s.topology().state();
            return Commands.listInGroup(s, a, state.all(type.kind()), type.id(), r -> type.shape().apply(state, r));
        }
    }

    /**
     * {@code update -g GROUP -n NAME [--tags ...]}: the update of a type whose only property vnetlab changes after
     * creation is its tags (what ARM's PATCH of tags does); the tags are stored by the command's {@code --tags} like
     * any command's, and {@link GenericUpdate} turns {@code --set tags.KEY=VALUE} into them. An absent resource is
     * ARM's "not found" (exit code 3), before anything changes.
     *
     * <pre>{@code
     * az network asg update -g rg -n web --tags env=prod   ->  the group, "tags": {"env": "prod"}
     * }</pre>
     */
    record TagsUpdate<T>(String name, Type<T> type) implements AzCommand {
        public List<Param> params() {
            return List.of(Commands.groupParam(), Commands.nameParam(), Param.list("tags", "--tags").emptyMeansNone(),
                    Param.flag("no_wait", "--no-wait"));
        }

        public boolean changesState() {
            return true;
        }

        public JsonNode run(Session s, Args a) {
            String group = a.required("resource_group");
            s.group(group);
            T resource = Commands.existing(s, type.kind(), type.armType(), type.idOf(s, group, a.required("name")));
            if (a.flag("no_wait")) {
                // nothing printed, so the tags are stored here rather than from the printed resource
                if (a.has("tags")) {
                    Tags.store(s.topology(), type.id().apply(resource), Tags.parse(a.list("tags")));
                }
                return null;
            }
            return type.shape().apply(s.topology().state(), resource);
        }
    }

    /** {@code NAME} ("network asg update") as a {@link TagsUpdate} with the generic {@code --set tags.KEY=VALUE}. */
    static <T> AzCommand tagsUpdate(String name, Type<T> type) {
        return GenericUpdate.of(new TagsUpdate<>(name, type), new Show<>(name.replace(" update", " show"), type));
    }

    /** {@code delete -g GROUP -n NAME}: ARM's DELETE, silent when there is nothing to delete. */
    record Delete<T>(String name, Type<T> type, BiFunction<TopologyState, ResourceId, TopologyState> delete)
            implements AzCommand {
        public List<Param> params() {
            return List.of(Commands.groupParam(), Commands.nameParam(), Param.flag("no_wait", "--no-wait"));
        }

        public boolean changesState() {
            return true;
        }

        public JsonNode run(Session s, Args a) {
            String group = a.required("resource_group");
            s.group(group);
            ResourceId id = type.idOf(s, group, a.required("name"));
            Commands.deleteIfPresent(s.topology().state().get(type.kind(), id), () -> s.topology().batch(b -> {
                b.apply(state -> delete.apply(state, id));
                return null;
            }));
            return null;
        }
    }
}

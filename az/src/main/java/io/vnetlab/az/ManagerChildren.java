package io.vnetlab.az;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.vnetlab.controlplane.PutMode;
import io.vnetlab.controlplane.TopologyState;
import io.vnetlab.model.ResourceId;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.UnaryOperator;

/**
 * The create, show, list and delete verbs every child of a network manager has alike (groups, static members,
 * configurations, rule collections, rules): one descriptor says how its id is made from the options, how it is
 * put, shaped and deleted; each command group registers the four verbs with its own descriptor, its create options
 * and how create makes the child from them.
 */
final class ManagerChildren {

    private ManagerChildren() {
    }

    /** How one kind of child is named, found, put, shaped and deleted. */
    record Kind<T>(String group, Class<T> type, List<Param> parentParams, Param nameParam,
                   BiFunction<Session, Args, ResourceId> parent, String childType, Function<T, ObjectNode> shape,
                   Function<T, ResourceId> id, Put<T> put,
                   BiFunction<TopologyState, ResourceId, TopologyState> delete) {

        ResourceId childId(Session s, Args a) {
            return parent.apply(s, a).child(childType, a.required(nameParam.dest()));
        }
    }

    /** The control plane's PUT of one kind of child, such as {@code ResourceManager::putNetworkGroup}. */
    @FunctionalInterface
    interface Put<T> {
        TopologyState apply(TopologyState s, T child, PutMode mode);
    }

    /** How create makes the child from its options (its id is {@link Kind#childId}). */
    @FunctionalInterface
    interface Maker<T> {
        T make(Session s, Args a);
    }

    /** Applies a control-plane change in one batch, Azure's refusal as the CLI's error. */
    static void put(Session s, UnaryOperator<TopologyState> change) {
        Session.call(() -> s.topology().batch(b -> {
            b.apply(change);
            return null;
        }));
    }

    /** Create, with {@code createParams} after the parent's options and the name, then show, list and delete. */
    static <T> List<AzCommand> verbs(Kind<T> kind, List<Param> createParams, Maker<T> maker) {
        return List.of(new Create<>(kind, createParams, maker), new Show<>(kind), new ListChildren<>(kind),
                new Delete<>(kind));
    }

    static final class Create<T> implements AzCommand {
        private final Kind<T> kind;
        private final List<Param> params;
        private final Maker<T> maker;

        Create(Kind<T> kind, List<Param> createParams, Maker<T> maker) {
            this.kind = kind;
            List<Param> params = new ArrayList<>(kind.parentParams());
            params.add(kind.nameParam());
            params.addAll(createParams);
            this.params = List.copyOf(params);
            this.maker = maker;
        }

        public String name() {
            return kind.group() + " create";
        }

        public List<Param> params() {
            return params;
        }

        public boolean changesState() {
            return true;
        }

        public JsonNode run(Session s, Args a) {
            T child = maker.make(s, a);
            put(s, st -> kind.put().apply(st, child, PutMode.CREATE_OR_UPDATE));
            return Shapes.cli(kind.shape().apply(child));
        }
    }

    static final class Show<T> implements AzCommand {
        private final Kind<T> kind;

        Show(Kind<T> kind) {
            this.kind = kind;
        }

        public String name() {
            return kind.group() + " show";
        }

        public List<Param> params() {
            List<Param> params = new ArrayList<>(kind.parentParams());
            params.add(kind.nameParam());
            return params;
        }

        public boolean changesState() {
            return false;
        }

        public JsonNode run(Session s, Args a) {
            return Shapes.cli(kind.shape().apply(ManagerArgs.child(s, kind.type(), kind.childId(s, a))));
        }
    }

    static final class ListChildren<T> implements AzCommand {
        private final Kind<T> kind;

        ListChildren(Kind<T> kind) {
            this.kind = kind;
        }

        public String name() {
            return kind.group() + " list";
        }

        public List<Param> params() {
            return kind.parentParams();
        }

        public boolean changesState() {
            return false;
        }

        public JsonNode run(Session s, Args a) {
            ResourceId parent = kind.parent().apply(s, a);
            ArrayNode list = Json.array();
            for (T child : s.topology().state().all(kind.type())) {
                if (kind.id().apply(child).parent().map(parent::equals).orElse(false)) {
                    list.add(Shapes.cli(kind.shape().apply(child)));
                }
            }
            return list;
        }
    }

    static final class Delete<T> implements AzCommand {
        private final Kind<T> kind;

        Delete(Kind<T> kind) {
            this.kind = kind;
        }

        public String name() {
            return kind.group() + " delete";
        }

        public List<Param> params() {
            List<Param> params = new ArrayList<>(kind.parentParams());
            params.add(kind.nameParam());
            params.add(Param.flag("yes", "--yes", "-y"));
            params.add(Param.bool("force", "--force"));
            return params;
        }

        public boolean changesState() {
            return true;
        }

        public JsonNode run(Session s, Args a) {
            ResourceId id = kind.childId(s, a);
            if (s.topology().state().get(kind.type(), id).isPresent()) {
                put(s, st -> kind.delete().apply(st, id));
            }
            return null;
        }
    }
}

package io.vnetlab.az;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import io.vnetlab.arm.json.ResourceJson;
import io.vnetlab.controlplane.LoadBalancerRequest;
import io.vnetlab.model.LoadBalancer;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The verbs every part collection of a load balancer has ({@code az network lb probe create|show|list|update|delete},
 * and so on for frontend-ip, address-pool, rule, inbound-nat-rule, outbound-rule): each reads the load balancer, changes
 * its PUT in one place and puts it back whole, so the control plane checks the load balancer as Azure does
 * (docs/azure/load-balancers.md#validation).
 */
final class LbPartCommands {

    private LbPartCommands() {
    }

    /** The five verbs of one collection; the update with the generic {@code --set}, {@code --add}, {@code --remove}. */
    static List<AzCommand> of(LbPart<?> part) {
        return List.of(new Create<>(part), new Show<>(part), new ListParts<>(part),
                GenericUpdate.of(new Update<>(part), new Show<>(part),
                        part.editable().toArray(GenericUpdate.Property[]::new)),
                new Delete<>(part));
    }

    static Param lbName() {
        return Param.value("lb_name", "--lb-name").mandatory();
    }

    /** An integer option, as argparse's {@code type=int} reads it; {@code fallback} when it is not given. */
    static int number(Args a, String dest, String option, int fallback) {
        Optional<String> text = a.value(dest);
        if (text.isEmpty()) {
            return fallback;
        }
        try {
            return Integer.parseInt(text.get().trim());
        } catch (NumberFormatException e) {
            throw AzError.usage("argument " + option + ": invalid int value: '" + text.get() + "'");
        }
    }

    /** A three-state boolean option, or {@code fallback} when it is not given. */
    static boolean bool(Args a, String dest, boolean fallback) {
        return a.bool(dest).orElse(fallback);
    }

    /** The part as the CLI prints it. */
    static JsonNode shape(LoadBalancer lb, String collection, String name) {
        return Shapes.cli(ResourceJson.loadBalancerPart(lb, lb.id().child(collection, name)).orElseThrow());
    }

    private static <R> Optional<R> find(LbPart<R> part, LoadBalancerRequest request, String name) {
        return part.of(request).stream().filter(p -> part.name(p).equalsIgnoreCase(name)).findFirst();
    }

    /** Puts the part in place of the one of that name, or adds it; the load balancer is PUT whole. */
    private static <R> LoadBalancer putPart(Session s, LbPart<R> part, LoadBalancer lb, LoadBalancerRequest request,
                                            R made) {
        List<R> parts = new ArrayList<>();
        boolean replaced = false;
        for (R p : part.of(request)) {
            if (part.name(p).equalsIgnoreCase(part.name(made))) {
                parts.add(made);
                replaced = true;
            } else {
                parts.add(p);
            }
        }
        if (!replaced) {
            parts.add(made);
        }
        return LoadBalancerCommands.put(s, part.with(request, parts));
    }

    private abstract static class Verb<R> implements AzCommand {
        final LbPart<R> part;
        private final String verb;

        Verb(LbPart<R> part, String verb) {
            this.part = part;
            this.verb = verb;
        }

        public String name() {
            return "network lb " + part.group() + " " + verb;
        }

        LoadBalancer lb(Session s, Args a) {
            return LoadBalancerCommands.loadBalancer(s, a.required("resource_group"), a.required("lb_name"));
        }
    }

    static final class Create<R> extends Verb<R> {
        Create(LbPart<R> part) {
            super(part, "create");
        }

        public List<Param> params() {
            List<Param> params = new ArrayList<>(List.of(Commands.groupParam(), lbName(), Commands.nameParam(),
                    Param.flag("no_wait", "--no-wait")));
            params.addAll(part.params());
            return params;
        }

        public boolean changesState() {
            return true;
        }

        public JsonNode run(Session s, Args a) {
            LoadBalancer lb = lb(s, a);
            String name = a.required("name");
            LoadBalancerRequest request = LoadBalancerRequest.of(lb);
            R made = part.build(s, a, lb, name, Optional.empty());
            LoadBalancer after = putPart(s, part, lb, request, made);
            return a.flag("no_wait") ? null : shape(after, part.collection(), name);
        }
    }

    static final class Update<R> extends Verb<R> {
        Update(LbPart<R> part) {
            super(part, "update");
        }

        public List<Param> params() {
            List<Param> params = new ArrayList<>(List.of(Commands.groupParam(), lbName(), Commands.nameParam(),
                    Param.flag("no_wait", "--no-wait")));
            part.params().forEach(p -> params.add(new Param(p.dest(), p.names(), p.kind(), false, p.choices(),
                    p.blank())));
            return params;
        }

        public boolean changesState() {
            return true;
        }

        public JsonNode run(Session s, Args a) {
            LoadBalancer lb = lb(s, a);
            String name = a.required("name");
            LoadBalancerRequest request = LoadBalancerRequest.of(lb);
            Optional<R> existing = find(part, request, name);
            if (existing.isEmpty()) {
                throw Session.childNotFound(lb.id().child(part.collection(), name));
            }
            R made = part.build(s, a, lb, part.name(existing.get()), existing);
            LoadBalancer after = putPart(s, part, lb, request, made);
            return a.flag("no_wait") ? null : shape(after, part.collection(), part.name(made));
        }
    }

    static final class Show<R> extends Verb<R> {
        Show(LbPart<R> part) {
            super(part, "show");
        }

        public List<Param> params() {
            return List.of(Commands.groupParam(), lbName(), Commands.nameParam());
        }

        public boolean changesState() {
            return false;
        }

        public JsonNode run(Session s, Args a) {
            LoadBalancer lb = lb(s, a);
            String name = a.required("name");
            R found = find(part, LoadBalancerRequest.of(lb), name)
                    .orElseThrow(() -> Session.childNotFound(lb.id().child(part.collection(), name)));
            return shape(lb, part.collection(), part.name(found));
        }
    }

    static final class ListParts<R> extends Verb<R> {
        ListParts(LbPart<R> part) {
            super(part, "list");
        }

        public List<Param> params() {
            return List.of(Commands.groupParam(), lbName());
        }

        public boolean changesState() {
            return false;
        }

        public JsonNode run(Session s, Args a) {
            LoadBalancer lb = lb(s, a);
            ArrayNode list = Json.array();
            part.of(LoadBalancerRequest.of(lb)).forEach(p -> list.add(shape(lb, part.collection(), part.name(p))));
            return list;
        }
    }

    static final class Delete<R> extends Verb<R> {
        Delete(LbPart<R> part) {
            super(part, "delete");
        }

        public List<Param> params() {
            return List.of(Commands.groupParam(), lbName(), Commands.nameParam(), Param.flag("no_wait", "--no-wait"));
        }

        public boolean changesState() {
            return true;
        }

        public JsonNode run(Session s, Args a) {
            LoadBalancer lb = lb(s, a);
            String name = a.required("name");
            LoadBalancerRequest request = LoadBalancerRequest.of(lb);
            List<R> kept = part.of(request).stream().filter(p -> !part.name(p).equalsIgnoreCase(name)).toList();
            if (kept.size() != part.of(request).size()) {
                LoadBalancerCommands.put(s, part.with(request, kept));
            }
            return null;
        }
    }
}

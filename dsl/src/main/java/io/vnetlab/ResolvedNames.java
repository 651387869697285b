package io.vnetlab;

import io.vnetlab.controlplane.TopologyState;
import io.vnetlab.dataplane.Endpoint;
import io.vnetlab.model.ResourceId;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What the names and handles asked of one topology state resolved to. A state never changes, so an answer holds for
 * as long as its state is current; tests ask the same few names again and again (an assertion per pair, a question
 * in a loop), and a remembered answer costs one hash lookup instead of the name index's walk and the objects it
 * builds. Only answers are kept: a name that resolves to nothing, or to several resources, fails again when asked
 * again.
 */
final class ResolvedNames {

    /** More names than a test asks; a sweep over more resolves the others through the index each time. */
    private static final int LIMIT = 4096;

    private final TopologyState state;
    /** By the text asked ({@code "SalesVM"}, an ARM id, an address) or by a handle's resource id. */
    private final Map<Object, Endpoint> endpoints = new ConcurrentHashMap<>();
    private final Map<String, ResourceId> virtualMachines = new ConcurrentHashMap<>();

    ResolvedNames(TopologyState state) {
        this.state = state;
    }

    boolean isOf(TopologyState s) {
        return state == s;
    }

    /** The endpoint {@code textOrId} resolved to, or {@code null} when it was not asked yet. */
    Endpoint endpoint(Object textOrId) {
        return endpoints.get(textOrId);
    }

    Endpoint rememberEndpoint(Object textOrId, Endpoint endpoint) {
        if (endpoints.size() < LIMIT) {
            endpoints.putIfAbsent(textOrId, endpoint);
        }
        return endpoint;
    }

    /** The id of the VM {@code nameOrId} resolved to, or {@code null} when it was not asked yet. */
    ResourceId virtualMachine(String nameOrId) {
        return virtualMachines.get(nameOrId);
    }

    ResourceId rememberVirtualMachine(String nameOrId, ResourceId id) {
        if (virtualMachines.size() < LIMIT) {
            virtualMachines.putIfAbsent(nameOrId, id);
        }
        return id;
    }
}

package io.vnetlab.az;

import io.vnetlab.model.ResourceId;
import org.pcollections.HashTreePMap;
import org.pcollections.PMap;

import java.util.Optional;

/**
 * What {@code az vm create} records of each VM that the network model does not hold (size, image, admin user).
 * Kept on a persistent map so that the book can be saved before every state-changing command and put back when the
 * command is refused, in O(1), however many VMs there are.
 */
final class VmDetailsBook {

    private PMap<ResourceId, Session.VmDetails> details = HashTreePMap.empty();

    /** A book holding {@code details}, as a state snapshot kept them. */
    static VmDetailsBook of(java.util.Map<ResourceId, Session.VmDetails> details) {
        VmDetailsBook book = new VmDetailsBook();
        book.details = HashTreePMap.from(details);
        return book;
    }

    Optional<Session.VmDetails> get(ResourceId vm) {
        return Optional.ofNullable(details.get(vm));
    }

    void put(ResourceId vm, Session.VmDetails vmDetails) {
        details = details.plus(vm, vmDetails);
    }

    void remove(ResourceId vm) {
        details = details.minus(vm);
    }

    /** The book as it is now, to {@link #restore} it from. */
    PMap<ResourceId, Session.VmDetails> saved() {
        return details;
    }

    void restore(PMap<ResourceId, Session.VmDetails> saved) {
        details = saved;
    }

    /** An independent copy: changes to either do not reach the other. */
    VmDetailsBook copy() {
        VmDetailsBook copy = new VmDetailsBook();
        copy.details = details;
        return copy;
    }
}

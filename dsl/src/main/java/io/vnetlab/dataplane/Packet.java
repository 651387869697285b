package io.vnetlab.dataplane;

import io.vnetlab.address.IpAddress;
import io.vnetlab.model.Protocol;

import java.util.OptionalInt;

/**
 * The packet a walk carries: its addresses as they are on the wire at this point (an appliance that does not
 * SNAT keeps the source), the protocol and the destination port (empty: any).
 */
record Packet(IpAddress source, IpAddress destination, Protocol protocol, OptionalInt destinationPort) {

    static Packet of(Flow flow, IpAddress source) {
        return new Packet(source, flow.destination().address(), flow.protocol(), flow.destinationPort());
    }

    /** The reply's first packet: addresses swapped, same protocol (the port is the client's, so any). */
    Packet reply() {
        return new Packet(destination, source, protocol, OptionalInt.empty());
    }
}

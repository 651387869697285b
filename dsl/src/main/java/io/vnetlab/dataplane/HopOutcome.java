package io.vnetlab.dataplane;

/** What happened to the packet at a hop. */
public enum HopOutcome {
    /** Sent on to the next hop. */
    FORWARDED,
    /** Arrived at the destination. */
    DELIVERED,
    /** Dropped here: the first blocking hop. */
    DROPPED
}

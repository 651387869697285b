package io.vnetlab.dataplane;

import org.apiguardian.api.API;

import static org.apiguardian.api.API.Status.MAINTAINED;

/** What happened to the packet at a hop. */
@API(status = MAINTAINED, since = "0.1")
public enum HopOutcome {
    /** Sent on to the next hop. */
    FORWARDED,
    /** Arrived at the destination. */
    DELIVERED,
    /** Dropped here: the first blocking hop. */
    DROPPED
}

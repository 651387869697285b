package io.vnetlab.dataplane;

import io.vnetlab.Topology;
import org.junit.jupiter.api.Test;

class ExploreTest {
    @Test
    void explore() {
        Topology t = HubAndSpoke.withGatewayTransit();
        System.out.println(t.reach("spoke1-vm", "spoke2-vm"));
        Topology d = HubAndSpoke.withAppliance();
        d.routeTables().dissociate("spoke2", "app");
        System.out.println(d.reach("spoke1-vm", "spoke2-vm"));
        Topology f = HubAndSpoke.withAppliance();
        f.routeTables().dissociate("spoke1", "app");
        System.out.println(f.reach("spoke1-vm", "spoke2-vm"));
        Topology u = HubAndSpoke.networks();
        HubAndSpoke.vpnToOnPremises(u);
        u.peer("spoke1").with("hub").create();
        System.out.println(u.reach(u.endpoint("spoke1-vm"), u.onPremisesHost("OnPrem", "10.100.0.10")));
        Topology g = HubAndSpoke.withAppliance();
        g.routeTables().dissociate("spoke2", "app");
        g.routeTables().define("hub-rt").withRegion("westeurope").withRouteViaVirtualAppliance("10.2.0.0/16", "10.0.1.4").create();
        g.routeTables().associate("hub-rt", "hub", "nva");
        System.out.println(g.reach("spoke1-vm", "spoke2-vm"));
    }
}

package io.vnetlab.junit;

import io.vnetlab.Topology;
import io.vnetlab.model.VirtualMachine;
import io.vnetlab.reference.ReferenceTopologies;
import org.junit.jupiter.api.Test;

@Fixture
@VnetlabTest
class ViewMisconfigurationFixture {

    @TestTopology
    static Topology azure = ReferenceTopologies.learnModule();

    @TopologyView
    interface WrongName {
        VirtualMachine salesVn();
    }

    @TopologyView
    interface TakesArguments {
        VirtualMachine vm(String name);
    }

    @TopologyView
    interface ReturnsText {
        String salesVm();
    }

    @TopologyView
    static class Concrete {
    }

    @TopologyView
    abstract class Inner {
        abstract VirtualMachine salesVm();
    }

    @Test
    void wrong_name(WrongName view) {
    }

    @Test
    void takes_arguments(TakesArguments view) {
    }

    @Test
    void returns_text(ReturnsText view) {
    }

    @Test
    void concrete(Concrete view) {
    }

    @Test
    void inner(Inner view) {
    }
}

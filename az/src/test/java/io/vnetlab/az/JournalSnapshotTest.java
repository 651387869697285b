package io.vnetlab.az;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The snapshot beside the state file: a call starts from it only when it was made for the very journal in the file,
 * and answers exactly as the journal's replay does; anything else falls back to the replay.
 */
class JournalSnapshotTest {

    @TempDir
    Path dir;

    private Path stateFile() {
        return dir.resolve("state.json");
    }

    private Path snapshotFile() {
        return dir.resolve("state.json.snapshot");
    }

    /** One call of {@code bin/az}; {@code ''} stands for an empty argument. */
    private AzResult az(String command) {
        return new StateFile(stateFile()).run(Arrays.stream(command.split(" ")).map(w -> w.equals("''") ? "" : w)
                .toList());
    }

    /** A state with every resource family the CLI makes, in two subscriptions, and VM details beside it. */
    private void buildWorld() {
        for (String command : List.of(
                "group create -n rg -l westeurope",
                "network vnet create -g rg -n hub --address-prefixes 10.0.0.0/16 --subnet-name default"
                        + " --subnet-prefixes 10.0.0.0/24",
                "network vnet create -g rg -n spoke --address-prefixes 10.1.0.0/16 --subnet-name apps"
                        + " --subnet-prefixes 10.1.0.0/24",
                "network vnet subnet create -g rg --vnet-name hub -n GatewaySubnet --address-prefixes 10.0.255.0/27",
                "network nsg create -g rg -n apps-nsg",
                "network nsg rule create -g rg --nsg-name apps-nsg -n web --priority 100 --destination-port-ranges 80"
                        + " --access Allow --protocol Tcp",
                "network asg create -g rg -n web-servers",
                "network route-table create -g rg -n routes",
                "network route-table route create -g rg --route-table-name routes -n to-hub --address-prefix"
                        + " 10.0.0.0/16 --next-hop-type VirtualAppliance --next-hop-ip-address 10.0.0.4",
                "network vnet subnet update -g rg --vnet-name spoke -n apps --route-table routes"
                        + " --network-security-group apps-nsg",
                "network public-ip create -g rg -n gw-ip --sku Standard",
                "network local-gateway create -g rg -n onprem --gateway-ip-address 203.0.113.10"
                        + " --local-address-prefixes 192.168.0.0/16",
                "vm create -g rg -n nva --vnet-name hub --subnet default --image Ubuntu2204 --public-ip-address ''"
                        + " --size Standard_B2s --admin-username azureuser",
                "vm create -g rg -n app --vnet-name spoke --subnet apps --image Win2022Datacenter --public-ip-address ''",
                "network vnet peering create -g rg -n hub-to-spoke --vnet-name hub --remote-vnet spoke"
                        + " --allow-vnet-access --allow-forwarded-traffic",
                "network vnet peering create -g rg -n spoke-to-hub --vnet-name spoke --remote-vnet hub"
                        + " --allow-vnet-access",
                "network vnet subnet create -g rg --vnet-name spoke -n endpoints --address-prefixes 10.1.2.0/24"
                        + " --private-endpoint-network-policies RouteTableEnabled",
                "network private-endpoint create -g rg -n data --vnet-name spoke --subnet endpoints"
                        + " --private-connection-resource-id /subscriptions/00000000-0000-0000-0000-000000000000"
                        + "/resourceGroups/rg/providers/Microsoft.Storage/storageAccounts/data --group-id blob"
                        + " --connection-name data",
                "account set -s aaaaaaaa-0000-0000-0000-000000000002",
                "group create -n other -l eastus")) {
            AzResult r = az(command);
            assertThat(r.exitCode()).as(command + ": " + r.err()).isZero();
        }
    }

    /** What a user can ask of every family, in both subscriptions. */
    private static final List<String> QUESTIONS = List.of(
            "group list",
            "group list --subscription 00000000-0000-0000-0000-000000000000",
            "network vnet list --subscription 00000000-0000-0000-0000-000000000000",
            "network vnet peering list -g rg --vnet-name hub --subscription 00000000-0000-0000-0000-000000000000",
            "network nsg list --subscription 00000000-0000-0000-0000-000000000000",
            "network route-table list --subscription 00000000-0000-0000-0000-000000000000",
            "network public-ip list --subscription 00000000-0000-0000-0000-000000000000",
            "network asg list --subscription 00000000-0000-0000-0000-000000000000",
            "network local-gateway list -g rg --subscription 00000000-0000-0000-0000-000000000000",
            "network nic list --subscription 00000000-0000-0000-0000-000000000000",
            "network private-endpoint list --subscription 00000000-0000-0000-0000-000000000000",
            "network vnet subnet list -g rg --vnet-name spoke --subscription 00000000-0000-0000-0000-000000000000",
            "vm list -d --subscription 00000000-0000-0000-0000-000000000000",
            "network nic show-effective-route-table -g rg -n appVMNic"
                    + " --subscription 00000000-0000-0000-0000-000000000000",
            "network vnet create -g rg -n overlapping --address-prefixes 10.0.0.0/16"
                    + " --subscription 00000000-0000-0000-0000-000000000000");

    private List<String> answers(Az az) {
        return QUESTIONS.stream().map(q -> {
            AzResult r = az.run(Arrays.asList(q.split(" ")));
            return r.exitCode() + "\n" + r.out() + r.err();
        }).toList();
    }

    @Test
    void a_call_starts_from_the_snapshot_made_for_its_journal_and_answers_as_the_replay_does() throws Exception {
        buildWorld();
        String journal = Files.readString(stateFile());

        Az restored = new JournalSnapshot(stateFile().toRealPath()).restore(journal).orElseThrow();
        Files.delete(snapshotFile());
        Az replayed = new StateFile(stateFile()).load();

        assertThat(restored.journal()).isEqualTo(replayed.journal());
        assertThat(restored.topology().currentSubscriptionId()).isEqualTo("aaaaaaaa-0000-0000-0000-000000000002");
        assertThat(answers(restored)).isEqualTo(answers(replayed));
    }

    @Test
    void a_command_that_changes_nothing_leaves_the_snapshot_as_it_is_and_a_change_writes_a_new_one() throws Exception {
        buildWorld();
        byte[] before = Files.readAllBytes(snapshotFile());

        az("network vnet list -o table");
        assertThat(Files.readAllBytes(snapshotFile())).isEqualTo(before);

        az("group create -n third -l eastus");
        Az restored = new JournalSnapshot(stateFile().toRealPath()).restore(Files.readString(stateFile()))
                .orElseThrow();
        assertThat(restored.run("group", "show", "-n", "third", "--query", "name", "-o", "tsv").out())
                .isEqualTo("third\n");
    }

    @Test
    void a_journal_changed_since_the_snapshot_is_replayed_not_paired_with_the_old_snapshot() throws Exception {
        buildWorld();
        byte[] oldSnapshot = Files.readAllBytes(snapshotFile());
        az("group create -n later -l eastus");
        Files.write(snapshotFile(), oldSnapshot);   // as if the journal had been written by another program since

        assertThat(new JournalSnapshot(stateFile().toRealPath()).restore(Files.readString(stateFile()))).isEmpty();
        assertThat(az("group show -n later --query name -o tsv").out()).isEqualTo("later\n");
        assertThat(new JournalSnapshot(stateFile().toRealPath()).restore(Files.readString(stateFile())))
                .as("the call that replayed kept a snapshot for the next").isPresent();
    }

    @Test
    void a_damaged_snapshot_is_ignored_and_the_journal_replayed() throws Exception {
        buildWorld();
        byte[] snapshot = Files.readAllBytes(snapshotFile());
        Files.write(snapshotFile(), Arrays.copyOf(snapshot, snapshot.length / 2));

        assertThat(new JournalSnapshot(stateFile().toRealPath()).restore(Files.readString(stateFile()))).isEmpty();
        assertThat(az("vm show -g rg -n nva --query hardwareProfile.vmSize -o tsv --subscription"
                + " 00000000-0000-0000-0000-000000000000").out()).isEqualTo("Standard_B2s\n");

        Files.writeString(snapshotFile(), "not a snapshot");
        assertThat(az("group show -n other --query name -o tsv").out()).isEqualTo("other\n");
    }

    @Test
    void a_snapshot_of_another_format_is_ignored() throws Exception {
        buildWorld();
        byte[] snapshot = Files.readAllBytes(snapshotFile());
        String format = JournalSnapshot.FORMAT;
        byte[] other = JournalSnapshot.FORMAT.replace("/1", "/9").getBytes(java.nio.charset.StandardCharsets.UTF_8);
        System.arraycopy(other, 0, snapshot, 2, other.length);   // after writeUTF's two length bytes
        Files.write(snapshotFile(), snapshot);

        assertThat(format).endsWith("/1");
        assertThat(new JournalSnapshot(stateFile().toRealPath()).restore(Files.readString(stateFile()))).isEmpty();
    }

    /**
     * A field added to the CLI holds state the snapshot does not keep, unless it is made anew on every call: this
     * test names the fields the snapshot covers, so that a new one is a decision, not an oversight.
     */
    @Test
    void the_snapshot_keeps_every_field_of_the_cli_that_a_call_cannot_make_anew() {
        List<String> fields = Arrays.stream(Az.class.getDeclaredFields())
                .filter(f -> !Modifier.isStatic(f.getModifiers())).map(Field::getName).toList();

        assertThat(fields).as("kept by JournalSnapshot: topology, vmDetails, journal; made anew: registry;"
                        + " set by each call: workingDirectory")
                .containsExactlyInAnyOrder("topology", "registry", "vmDetails", "journal", "workingDirectory");
    }
}

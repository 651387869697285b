package io.vnetlab.arm;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.TextNode;
import io.vnetlab.model.Region;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Every template function against the examples of Microsoft's template-function reference (values written anew):
 * one row per function at least, and a check that no supported function is without one.
 */
class TemplateFunctionsTest {

    private static final Target TARGET = new Target("00000000-0000-0000-0000-000000000000",
            "11111111-1111-1111-1111-111111111111", "vnetlab", "demo-rg", Region.WEST_EUROPE, "demo",
            Instant.parse("2020-04-07T14:53:14Z"), null);

    private static final String RG = "/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/demo-rg";

    /** function | expression | expected value as JSON. */
    private static final String EXAMPLES = """
            add | [add(5, 3)] | 8
            and | [and(true(), false())] | false
            and | [and(contains(createObject(), 'enabled'), createObject().enabled)] | false
            array | [array('efgh')] | ["efgh"]
            base64 | [base64('one, two, three')] | "b25lLCB0d28sIHRocmVl"
            base64ToJson | [base64ToJson('eyJvbmUiOiAiYSIsICJ0d28iOiAiYiJ9')] | {"one": "a", "two": "b"}
            base64ToString | [base64ToString('b25lLCB0d28sIHRocmVl')] | "one, two, three"
            bool | [bool('true')] | true
            cidrHost | [cidrHost('10.144.3.0/24', 4)] | "10.144.3.5"
            cidrSubnet | [cidrSubnet('10.144.0.0/20', 24, 3)] | "10.144.3.0/24"
            coalesce | [coalesce(null(), null(), 'fallback')] | "fallback"
            concat | [concat('prefix', '-', 'vnet')] | "prefix-vnet"
            contains | [contains(createObject('one', 'a'), 'one')] | true
            copyIndex | [copyIndex(1)] | 3
            createArray | [createArray(1, 2, 3)] | [1, 2, 3]
            createObject | [createObject('intProp', 1, 'stringProp', 'abc')] | {"intProp": 1, "stringProp": "abc"}
            dataUri | [dataUri('Hello')] | "data:text/plain;charset=utf8;base64,SGVsbG8="
            dataUriToString | [dataUriToString('data:;base64,SGVsbG8sIFdvcmxkIQ==')] | "Hello, World!"
            dateTimeAdd | [dateTimeAdd('2020-04-07 14:53:14Z', 'P3Y')] | "4/7/2023 2:53:14 PM"
            dateTimeAdd | [dateTimeAdd('2020-04-07 14:53:14Z', '-P9D')] | "3/29/2020 2:53:14 PM"
            dateTimeAdd | [dateTimeAdd('2020-04-07 14:53:14Z', 'PT1H', 'yyyy-MM-ddTHH:mm:ssZ')] | "2020-04-07T15:53:14Z"
            dateTimeFromEpoch | [dateTimeFromEpoch(1683040573)] | "2023-05-02T15:16:13Z"
            dateTimeToEpoch | [dateTimeToEpoch('2023-05-02T15:16:13Z')] | 1683040573
            dateTimeToEpoch | [dateTimeToEpoch(dateTimeAdd('2023-05-01T15:16:13Z', 'P1D'))] | 1683040573
            deployer | [deployer().tenantId] | "11111111-1111-1111-1111-111111111111"
            deployment | [deployment().name] | "demo"
            div | [div(8, 3)] | 2
            empty | [empty(createArray())] | true
            endsWith | [endsWith('abcdef', 'EF')] | true
            environment | [environment().suffixes.storage] | "core.windows.net"
            equals | [equals(createArray('a', 'b'), createArray('a', 'b'))] | true
            extensionResourceId | [extensionResourceId(resourceId('Microsoft.Network/virtualNetworks', 'hub'), 'Microsoft.Authorization/locks', 'no-delete')] | "%RG%/providers/Microsoft.Network/virtualNetworks/hub/providers/Microsoft.Authorization/locks/no-delete"
            false | [false()] | false
            filter | [filter(createArray(1, 2, 3, 4), lambda('n', greater(lambdaVariables('n'), 2)))] | [3, 4]
            first | [first(createArray('one', 'two'))] | "one"
            flatten | [flatten(createArray(createArray('one', 'two'), createArray('three')))] | ["one", "two", "three"]
            float | [float('1.5')] | 1.5
            format | [format('{0}, {1}. Formatted number: {2:N0}', 'Hello', 'User', 8175133)] | "Hello, User. Formatted number: 8,175,133"
            greater | [greater(10, 5)] | true
            greaterOrEquals | [greaterOrEquals('A', 'a')] | false
            groupBy | [groupBy(createArray('foo', 'bar', 'baz'), lambda('x', substring(lambdaVariables('x'), 0, 1)))] | {"f": ["foo"], "b": ["bar", "baz"]}
            guid | [length(guid('a', 'b'))] | 36
            if | [if(equals(1, 1), 'yes', 'no')] | "yes"
            indexFromEnd | [indexFromEnd(createArray('a', 'b', 'c'), 1)] | "c"
            indexOf | [indexOf(createArray('a', 'b', 'c'), 'b')] | 1
            indexOf | [indexOf('test', 'T')] | 0
            int | [int('4')] | 4
            intersection | [intersection(createArray('one', 'two', 'three'), createArray('two', 'three'))] | ["two", "three"]
            items | [items(createObject('b', 2, 'a', 1))] | [{"key": "a", "value": 1}, {"key": "b", "value": 2}]
            join | [join(createArray('one', 'two', 'three'), ',')] | "one,two,three"
            json | [json('{"a": "b"}').a] | "b"
            json | [json('.25')] | 0.25
            lambda | [map(createArray(1), lambda('x', lambdaVariables('x')))] | [1]
            lambdaVariables | [reduce(createArray(1, 2, 3), 0, lambda('cur', 'next', add(lambdaVariables('cur'), lambdaVariables('next'))))] | 6
            last | [last('one two')] | "o"
            lastIndexOf | [lastIndexOf(createArray('a', 'b', 'a'), 'a')] | 2
            length | [length(createObject('a', 1, 'b', 2))] | 2
            less | [less(5, 10)] | true
            lessOrEquals | [lessOrEquals(5, 5)] | true
            list* | [listKeys(resourceId('Microsoft.Storage/storageAccounts', 'st'), '2023-01-01').keys[1].keyName] | "key2"
            list* | [startsWith(listAccountSas(resourceId('Microsoft.Storage/storageAccounts', 'st'), '2023-01-01', createObject()).accountSasToken, 'sv=')] | true
            list* | [startsWith(listSas(resourceId('Microsoft.Maps/accounts', 'maps'), '2021-12-01-preview', createObject()).accountSasToken, 'jwt-sas-')] | true
            managementGroupResourceId | [managementGroupResourceId('mg1', 'Microsoft.Authorization/policyDefinitions', 'tags')] | "/providers/Microsoft.Management/managementGroups/mg1/providers/Microsoft.Authorization/policyDefinitions/tags"
            map | [map(createArray('a', 'b'), lambda('x', toUpper(lambdaVariables('x'))))] | ["A", "B"]
            mapValues | [mapValues(createObject('a', 1, 'b', 2), lambda('v', mul(lambdaVariables('v'), 10)))] | {"a": 10, "b": 20}
            max | [max(createArray(0, 3, 2, 5, 4))] | 5
            min | [min(0, 3, 2, 5, 4)] | 0
            mod | [mod(7, 3)] | 1
            mul | [mul(5, 3)] | 15
            not | [not(equals(1, 2))] | true
            null | [null()] | null
            objectKeys | [objectKeys(createObject('a', 1, 'b', 2))] | ["a", "b"]
            or | [or(false(), true())] | true
            or | [or(contains(createObject('enabled', true()), 'enabled'), createObject().enabled)] | true
            padLeft | [padLeft('123', 10, '0')] | "0000000123"
            parameters | [parameters('vnetName')] | "hub"
            parseCidr | [parseCidr('10.144.0.0/20')] | {"network": "10.144.0.0", "netmask": "255.255.240.0", "broadcast": "10.144.15.255", "firstUsable": "10.144.0.1", "lastUsable": "10.144.15.254", "cidr": 20}
            parseCidr | [parseCidr('fdad:3236:5555::/48')] | {"network": "fdad:3236:5555::", "netmask": "ffff:ffff:ffff::", "firstUsable": "fdad:3236:5555::", "lastUsable": "fdad:3236:5555:ffff:ffff:ffff:ffff:ffff", "cidr": 48}
            pickZones | [pickZones('Microsoft.Compute', 'virtualMachines', 'westus2', 2)] | ["1", "2"]
            pickZones | [pickZones('Microsoft.Compute', 'virtualMachines', 'northcentralus')] | []
            providers | [providers('Microsoft.Network', 'virtualNetworks').resourceType] | "virtualNetworks"
            range | [range(5, 3)] | [5, 6, 7]
            reduce | [reduce(createArray('a', 'b'), '', lambda('cur', 'next', concat(lambdaVariables('cur'), lambdaVariables('next'))))] | "ab"
            reference | [reference('hub').addressSpace.addressPrefixes[0]] | "10.0.0.0/16"
            replace | [replace('123-123-1234', '-', '')] | "1231231234"
            resourceGroup | [resourceGroup().location] | "westeurope"
            resourceId | [resourceId('Microsoft.Network/virtualNetworks/subnets', 'hub', 'app')] | "%RG%/providers/Microsoft.Network/virtualNetworks/hub/subnets/app"
            shallowMerge | [shallowMerge(createArray(createObject('a', 1), createObject('b', 2)))] | {"a": 1, "b": 2}
            skip | [skip('one two three', 4)] | "two three"
            sort | [sort(createArray(3, 1, 2), lambda('a', 'b', less(lambdaVariables('a'), lambdaVariables('b'))))] | [1, 2, 3]
            split | [split('one,two,three', ',')] | ["one", "two", "three"]
            startsWith | [startsWith('abcdef', 'AB')] | true
            string | [string(createObject('a', 1))] | "{\\"a\\":1}"
            sub | [sub(7, 3)] | 4
            subscription | [subscription().subscriptionId] | "00000000-0000-0000-0000-000000000000"
            subscriptionResourceId | [subscriptionResourceId('Microsoft.Resources/resourceGroups', 'rg')] | "/subscriptions/00000000-0000-0000-0000-000000000000/providers/Microsoft.Resources/resourceGroups/rg"
            substring | [substring('hello there', 6, 5)] | "there"
            take | [take(createArray(1, 2, 3), 2)] | [1, 2]
            tenant | [tenant().id] | "/tenants/11111111-1111-1111-1111-111111111111"
            tenantResourceId | [tenantResourceId('Microsoft.Authorization/policyDefinitions', 'tags')] | "/providers/Microsoft.Authorization/policyDefinitions/tags"
            toLower | [toLower('One Two')] | "one two"
            toObject | [toObject(createArray('a', 'bc'), lambda('x', lambdaVariables('x')), lambda('x', length(lambdaVariables('x'))))] | {"a": 1, "bc": 2}
            toUpper | [toUpper('One Two')] | "ONE TWO"
            trim | [trim('  one two  ')] | "one two"
            true | [true()] | true
            tryGet | [tryGet(createObject('a', 1), 'b')] | null
            tryIndexFromEnd | [tryIndexFromEnd(createArray('a'), 2)] | null
            union | [union(createObject('a', 1), createObject('b', 2))] | {"a": 1, "b": 2}
            uniqueString | [uniqueString('foo', 'bar', 'baz')] | "xzi4ioaxtmth4"
            uri | [uri('http://contoso.com/resources/', 'nested/azuredeploy.json')] | "http://contoso.com/resources/nested/azuredeploy.json"
            uri | [uri('http://contoso.com/resources/main.json', 'nested/azuredeploy.json')] | "http://contoso.com/resources/nested/azuredeploy.json"
            uriComponent | [uriComponent('http://contoso.com/resources/nested/azuredeploy.json')] | "http%3A%2F%2Fcontoso.com%2Fresources%2Fnested%2Fazuredeploy.json"
            uriComponentToString | [uriComponentToString('http%3A%2F%2Fcontoso.com%2Fresources%2Fnested%2Fazuredeploy.json')] | "http://contoso.com/resources/nested/azuredeploy.json"
            variables | [variables('prefix')] | "10.0.0.0/16"
            """;

    private final TemplateScope scope = new TemplateScope(Map.of("vnetname", TextNode.valueOf("hub")),
            json("{\"prefix\": \"10.0.0.0/16\"}"), TARGET, (name, full) -> json(
                    "{\"addressSpace\": {\"addressPrefixes\": [\"10.0.0.0/16\"]}}"));

    record Example(String function, String expression, String expected) {
        @Override
        public String toString() {
            return function + ": " + expression;
        }
    }

    static List<Example> examples() {
        List<Example> result = new ArrayList<>();
        for (String line : EXAMPLES.strip().split("\n")) {
            String[] parts = line.split(" \\| ", 3);
            result.add(new Example(parts[0].strip(), parts[1].strip(), parts[2].strip().replace("%RG%", RG)));
        }
        return result;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("examples")
    void each_function_answers_its_documented_example(Example example) {
        JsonNode value = new Evaluator(scope).inLoop(Evaluator.RESOURCE_LOOP, 2)
                .value(TextNode.valueOf(example.expression()), "example");

        assertThat(value).isEqualTo(json(example.expected()));
    }

    @Test
    void every_supported_function_has_an_example() {
        TreeSet<String> covered = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
        examples().forEach(e -> covered.add(e.function()));
        covered.addAll(List.of("utcNow", "newGuid", "managementGroup", "references"));

        assertThat(ArmDeployment.supportedFunctions()).allSatisfy(f -> assertThat(covered).contains(f));
    }

    @Test
    void utc_now_and_new_guid_answer_in_a_parameter_default_and_nowhere_else() {
        Evaluator defaults = Evaluator.forParameterDefaults(scope);

        assertThat(defaults.value(TextNode.valueOf("[utcNow()]"), "p").textValue()).isEqualTo("20200407T145314Z");
        assertThat(defaults.value(TextNode.valueOf("[utcNow('u')]"), "p").textValue()).isEqualTo("2020-04-07 14:53:14Z");
        assertThat(defaults.value(TextNode.valueOf("[newGuid()]"), "p").textValue())
                .matches("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")
                .isNotEqualTo(defaults.value(TextNode.valueOf("[newGuid()]"), "p").textValue());
        assertThatThrownBy(() -> new Evaluator(scope).value(TextNode.valueOf("[utcNow()]"), "resources[0].name"))
                .hasMessage("The template function 'utcNow' is not expected at this location. The function can only"
                        + " be used within the default value of a parameter. Please see"
                        + " https://aka.ms/arm-template-expressions for usage details.");
    }

    @Test
    void a_management_group_or_references_call_is_refused_in_a_resource_group_deployment() {
        assertThatThrownBy(() -> new Evaluator(scope).value(TextNode.valueOf("[managementGroup()]"), "x"))
                .hasMessageStartingWith("The template function 'managementGroup' is not expected at this location.");
        assertThatThrownBy(() -> new Evaluator(scope).value(TextNode.valueOf("[references('spokes')]"), "x"))
                .hasMessageStartingWith("The template function 'references' is not expected at this location");
    }

    @Test
    void cidr_functions_refuse_an_index_beyond_the_network() {
        assertThatThrownBy(() -> new Evaluator(scope).value(TextNode.valueOf("[cidrSubnet('10.0.0.0/24', 26, 4)]"), "x"))
                .hasMessage("Unable to evaluate template language function 'cidrSubnet': the subnet index 4 is out of"
                        + " range; a /24 holds 4 subnets of /26.");
        assertThatThrownBy(() -> new Evaluator(scope).value(TextNode.valueOf("[cidrHost('10.0.0.0/30', 2)]"), "x"))
                .hasMessage("Unable to evaluate template language function 'cidrHost': the host index 2 is out of"
                        + " range; the network has 2 usable host addresses.");
    }

    @Test
    void a_lambda_outside_a_lambda_function_is_refused() {
        assertThatThrownBy(() -> new Evaluator(scope).value(TextNode.valueOf("[lambda('x', 1)]"), "x"))
                .hasMessageStartingWith("The template function 'lambda' is not expected at this location");
    }

    private static JsonNode json(String text) {
        try {
            return Values.JSON.readTree(text);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}

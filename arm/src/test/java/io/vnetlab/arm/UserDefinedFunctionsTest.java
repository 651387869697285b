package io.vnetlab.arm;

import io.vnetlab.Topology;
import io.vnetlab.model.Region;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * User-defined functions (a template's {@code functions} section): called as {@code namespace.member(...)}, with
 * only their own parameters in reach, and with the limitations Microsoft lists refused before anything deploys.
 */
class UserDefinedFunctionsTest {

    private static final String SCHEMA = "\"$schema\": \"https://schema.management.azure.com/schemas/2019-04-01/"
            + "deploymentTemplate.json#\", \"contentVersion\": \"1.0.0.0\"";

    /** {@code naming.spokeName(tier, index)}: 'spoke-<tier>-<index>', lower case. */
    private static final String NAMING = """
            "functions": [{"namespace": "naming", "members": {
              "spokeName": {
                "parameters": [{"name": "tier", "type": "string"}, {"name": "index", "type": "int"}],
                "output": {"type": "string", "value": "[toLower(format('spoke-{0}-{1}', parameters('tier'), parameters('index')))]"}
              },
              "prefix": {
                "parameters": [{"name": "octet", "type": "int"}],
                "output": {"type": "object", "value": {"addressPrefixes": ["[format('10.{0}.0.0/16', parameters('octet'))]"]}}
              }}}]""";

    private Topology azure;

    @BeforeEach
    void group() {
        azure = Topology.create();
        azure.resourceGroups().define("rg").withRegion(Region.WEST_EUROPE).create();
    }

    private static String network(String name, String addressSpace) {
        return "{\"type\": \"Microsoft.Network/virtualNetworks\", \"apiVersion\": \"2024-05-01\", \"name\": \"" + name
                + "\", \"location\": \"westeurope\", \"properties\": {\"addressSpace\": \"" + addressSpace + "\"}}";
    }

    private static String template(String functions, String resources, String outputs) {
        return "{" + SCHEMA + ", \"parameters\": {\"tier\": {\"type\": \"string\", \"defaultValue\": \"Apps\"}}, "
                + functions + ", \"resources\": [" + resources + "], \"outputs\": {" + outputs + "}}";
    }

    private static String member(String name, String parameters, String outputType, String value) {
        return "\"" + name + "\": {\"parameters\": [" + parameters + "], \"output\": {\"type\": \"" + outputType
                + "\", \"value\": " + value + "}}";
    }

    private static String functions(String namespace, String... members) {
        return "\"functions\": [{\"namespace\": \"" + namespace + "\", \"members\": {" + String.join(", ", members)
                + "}}]";
    }

    private ArmDeploymentException refused(String json) {
        return InvalidTemplates.refused(azure, json);
    }

    private static String invalid(String path, String message) {
        return "Deployment template validation failed: 'The template at path '" + path + "' is not valid: " + message
                + "'.";
    }

    private static String invalid(String path, String expression, String message) {
        return invalid(path + "' is not valid in expression '" + expression, message).replace(
                expression + "' is not valid: ", expression + "': ");
    }

    @Test
    void a_function_is_called_by_namespace_and_member_with_the_callers_values_as_its_parameters() {
        DeploymentResult result = ArmDeployment.into(azure, "rg").templateJson(template(NAMING,
                network("[naming.spokeName(parameters('tier'), 1)]", "[NAMING.Prefix(20)]"),
                "\"name\": {\"type\": \"string\", \"value\": \"[naming.spokeName('Data', add(1, 1))]\"}")).deploy();

        assertThat(azure.network("spoke-apps-1").addressSpace()).hasToString("[10.20.0.0/16]");
        assertThat(result.output("name")).isEqualTo("spoke-data-2");
    }

    @Test
    void a_function_sees_only_its_own_parameters() {
        String reachesOut = functions("naming", member("wrong", "", "string", "\"[parameters('tier')]\""));

        ArmDeploymentException e = refused(template(reachesOut, network("[naming.wrong()]", "10.0.0.0/16"), ""));

        assertThat(e).hasMessage(invalid("resources[0].name", "[naming.wrong()]", "The user-defined function 'naming.wrong' failed at"
                + " 'functions[0].members.wrong.output.value': The template parameter 'tier' is not found: a"
                + " user-defined function can only use the parameters it declares. Please see"
                + " https://aka.ms/arm-syntax-parameters for usage details."));
    }

    @Test
    void variables_reference_and_list_functions_are_refused_even_in_a_function_never_called() {
        String limitations = "Please see https://learn.microsoft.com/azure/azure-resource-manager/templates/"
                + "user-defined-functions#limitations for usage details.";
        for (String body : List.of("variables('x')", "reference('hub').addressSpace", "listKeys('sa', '2023-01-01')")) {
            String fn = body.substring(0, body.indexOf('('));
            String unused = functions("ns", member("f", "", "string", "\"[" + body + "]\""));

            ArmDeploymentException e = refused(template(unused, network("hub", "10.0.0.0/16"), ""));

            assertThat(e).hasMessage(invalid("functions[0].members.f.output.value", "The template function '" + fn
                    + "' is not expected at this location: the user-defined function 'ns.f' can't use it. "
                    + limitations));
        }
    }

    @Test
    void a_broken_expression_in_a_function_is_refused_with_the_functions_path() {
        String broken = functions("ns", member("f", "", "string", "\"[concat('a', ]\""));

        assertThat(refused(template(broken, "", ""))).hasMessageStartingWith("Deployment template validation failed:"
                + " 'The template at path 'functions[0].members.f.output.value' is not valid in expression"
                + " '[concat('a', ]': The language expression");
    }

    @Test
    void a_parameter_with_a_default_value_is_refused() {
        String defaulted = functions("ns", member("f", "{\"name\": \"p\", \"type\": \"string\", \"defaultValue\": \"x\"}",
                "string", "\"[parameters('p')]\""));

        assertThat(refused(template(defaulted, "", ""))).hasMessage(invalid(
                "functions[0].members.f.parameters[0].defaultValue", "The parameter 'p' of the user-defined function"
                        + " 'ns.f' has a default value; parameters of a user-defined function can't have default values."
                        + " Please see https://learn.microsoft.com/azure/azure-resource-manager/templates/"
                        + "user-defined-functions#limitations for usage details."));
    }

    @Test
    void a_function_calling_another_is_refused_unless_the_template_is_language_version_2() {
        String chained = functions("ns", member("inner", "{\"name\": \"p\", \"type\": \"string\"}", "string",
                "\"[toUpper(parameters('p'))]\""), member("outer", "{\"name\": \"p\", \"type\": \"string\"}", "string",
                "\"[concat(ns.inner(parameters('p')), '!')]\""));

        assertThat(refused(template(chained, "", ""))).hasMessage(invalid("functions[0].members.outer.output.value",
                "The user-defined function 'ns.outer' calls 'ns.inner': a user-defined function can't call other"
                        + " user-defined functions (a languageVersion 2.0 template can). Please see"
                        + " https://learn.microsoft.com/azure/azure-resource-manager/templates/"
                        + "user-defined-functions#limitations for usage details."));

        String v2 = "{" + SCHEMA + ", \"languageVersion\": \"2.0\", " + chained + ", \"resources\": {},"
                + " \"outputs\": {\"shout\": {\"type\": \"string\", \"value\": \"[ns.outer('hi')]\"}}}";
        assertThat(ArmDeployment.into(azure, "rg").templateJson(v2).deploy().output("shout")).isEqualTo("HI!");
    }

    @Test
    void a_function_that_ends_up_calling_itself_is_refused() {
        String loop = "{" + SCHEMA + ", \"languageVersion\": \"2.0\", " + functions("ns",
                member("ping", "", "string", "\"[ns.pong()]\""), member("pong", "", "string", "\"[ns.ping()]\""))
                + ", \"resources\": {}}";

        assertThat(refused(loop)).hasMessage(invalid("functions[0].members.ping.output.value", "The user-defined"
                + " function 'ns.ping' calls itself: ns.ping -> ns.pong -> ns.ping. A user-defined function can't be"
                + " recursive."));
    }

    @Test
    void arguments_and_outputs_are_checked_against_their_declared_types() {
        assertThat(refused(template(NAMING, network("[naming.spokeName('a')]", "10.0.0.0/16"), "")))
                .hasMessage(invalid("resources[0].name", "[naming.spokeName('a')]", "Unable to evaluate template language function"
                        + " 'naming.spokeName': function requires 2 argument(s) while 1 were provided. Please see"
                        + " https://aka.ms/arm-template-expressions for usage details."));
        assertThat(refused(template(NAMING, network("[naming.spokeName('a', 'b')]", "10.0.0.0/16"), "")))
                .hasMessage(invalid("resources[0].name", "[naming.spokeName('a', 'b')]", "The value of the parameter 'index' of the user-defined"
                        + " function 'naming.spokeName' is of type 'String'; a value of type 'Integer' is expected."));
        String lies = functions("ns", member("count", "", "int", "\"three\""));
        assertThat(refused(template(lies, "", "\"n\": {\"type\": \"int\", \"value\": \"[ns.count()]\"}")))
                .hasMessage(invalid("outputs.n.value", "[ns.count()]", "The output of the user-defined function 'ns.count' is of"
                        + " type 'String'; a value of type 'Integer' is expected."));
        assertThat(refused(template(NAMING, "", "\"n\": {\"type\": \"string\", \"value\": \"[naming.missing()]\"}")))
                .hasMessage(invalid("outputs.n.value", "[naming.missing()]", "The template function 'naming.missing' is not valid. Please"
                        + " see https://aka.ms/arm-template-expressions for usage details."));
    }

    @Test
    void bicep_compiled_functions_take_user_defined_types_and_nullable_outputs() {
        String bicep = """
                {%s, "languageVersion": "2.0",
                 "definitions": {"cidr": {"type": "string", "minLength": 9},
                                 "peer": {"type": "object", "properties": {"name": {"type": "string", "nullable": true}},
                                          "additionalProperties": false}},
                 "functions": [{"namespace": "__bicep", "members": {
                   "hostOf": {"parameters": [{"$ref": "#/definitions/cidr", "name": "range"}],
                              "output": {"type": "string", "value": "[cidrHost(parameters('range'), 0)]"}},
                   "peerName": {"parameters": [{"$ref": "#/definitions/peer", "name": "peer"}],
                                "output": {"type": "string", "nullable": true,
                                           "value": "[tryGet(parameters('peer'), 'name')]"}}}}],
                 "resources": {},
                 "outputs": {"host": {"type": "string", "value": "[__bicep.hostOf('10.1.0.0/24')]"},
                             "peer": {"type": "string", "value": "[coalesce(__bicep.peerName(createObject()), 'none')]"}}}
                """.formatted(SCHEMA);

        DeploymentResult result = ArmDeployment.into(azure, "rg").templateJson(bicep).deploy();

        assertThat(result.output("host")).isEqualTo("10.1.0.1");
        assertThat(result.output("peer")).isEqualTo("none");
        String wrongShape = bicep.replace("peerName(createObject())", "peerName(createObject('zone', '1'))");
        assertThat(refused(wrongShape)).hasMessage(invalid("outputs.peer.value",
                "[coalesce(__bicep.peerName(createObject('zone', '1')), 'none')]", "The value of the parameter 'peer'"
                + " of the user-defined function '__bicep.peerName' is not valid: the property 'zone' is not allowed."));
    }

    @Test
    void a_function_may_be_used_in_parameter_defaults_variables_and_loops() {
        String json = "{" + SCHEMA + ", " + NAMING + ", \"parameters\": {\"first\": {\"type\": \"string\","
                + " \"defaultValue\": \"[naming.spokeName('hub', 0)]\"}},"
                + " \"variables\": {\"names\": \"[map(range(1, 2), lambda('i', naming.spokeName('web', lambdaVariables('i'))))]\"},"
                + " \"resources\": [],"
                + " \"outputs\": {\"first\": {\"type\": \"string\", \"value\": \"[parameters('first')]\"},"
                + " \"names\": {\"type\": \"array\", \"value\": \"[variables('names')]\"}}}";

        DeploymentResult result = ArmDeployment.into(azure, "rg").templateJson(json).deploy();

        assertThat(result.output("first")).isEqualTo("spoke-hub-0");
        assertThat(result.output("names")).isEqualTo(List.of("spoke-web-1", "spoke-web-2"));
    }

    @Test
    void a_nested_template_in_the_outer_scope_calls_the_parents_functions_and_one_in_the_inner_scope_its_own() {
        String shout = functions("text", member("shout", "{\"name\": \"s\", \"type\": \"string\"}", "string",
                "\"[toUpper(parameters('s'))]\""));
        String whisper = shout.replace("shout", "whisper").replace("toUpper", "toLower");
        String nested = "{\"type\": \"Microsoft.Resources/deployments\", \"apiVersion\": \"2022-09-01\", \"name\": \"n\","
                + " \"properties\": {\"mode\": \"Incremental\", \"expressionEvaluationOptions\": {\"scope\": \"%s\"},"
                + " \"template\": {" + SCHEMA + ", %s, \"resources\": [], \"outputs\": {\"said\": {\"type\": \"string\","
                + " \"value\": \"[%s('Hub')]\"}}}}}";
        String said = "\"said\": {\"type\": \"string\", \"value\": \"[reference('n').outputs.said.value]\"}";

        assertThat(ArmDeployment.into(azure, "rg").templateJson(template(shout, nested.formatted("outer", whisper,
                "text.shout"), said)).deploy().output("said")).isEqualTo("HUB");
        assertThat(ArmDeployment.into(azure, "rg").templateJson(template(shout, nested.formatted("inner", whisper,
                "text.whisper"), said)).deploy().output("said")).isEqualTo("hub");
        assertThat(refused(template(shout, nested.formatted("inner", whisper, "text.shout"), said)))
                .hasMessageContaining("The template function 'text.shout' is not valid.");
        assertThat(refused(template(shout, nested.formatted("parent", whisper, "text.shout"), said)))
                .hasMessageContaining("Nested deployment 'n' has the expression evaluation scope 'parent'; it is one"
                        + " of 'Inner', 'Outer' and 'NotSpecified' (the parent's scope, as 'Outer').");
    }
}

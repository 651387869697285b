package io.vnetlab.arm;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.TextNode;
import io.vnetlab.model.Region;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The template language on its own: parsing, functions, property and index access, errors. */
class ExpressionTest {

    private static final Target TARGET = new Target("00000000-0000-0000-0000-000000000000",
            "11111111-1111-1111-1111-111111111111", "vnetlab", "demo-rg", Region.WEST_EUROPE, "demo",
            java.time.Instant.parse("2020-04-07T14:53:14Z"), null);

    private final TemplateScope scope = new TemplateScope(Map.of("vnetname", TextNode.valueOf("hub"),
            "count", Functions.number(3)),
            json("{\"prefixes\": [\"10.0.0.0/16\", \"10.1.0.0/16\"], \"settings\": {\"name\": \"x\", \"tags\": {\"env\": \"dev\"}},"
                    + " \"loop\": \"[variables('loop')]\"}"),
            TARGET, (name, full) -> { throw new TemplateError("no references here"); });

    private JsonNode eval(String expression) {
        return new Evaluator(scope).value(TextNode.valueOf(expression), "test");
    }

    private static JsonNode json(String text) {
        try {
            return Values.JSON.readTree(text);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void a_doubled_single_quote_is_a_quote_inside_a_string_literal() {
        assertThat(eval("[concat('it''s ', parameters('vnetName'))]").textValue()).isEqualTo("it's hub");
    }

    @Test
    void a_string_starting_with_two_brackets_is_a_literal_without_its_first_bracket() {
        assertThat(eval("[[not an expression]").textValue()).isEqualTo("[not an expression]");
    }

    @Test
    void parameter_and_variable_names_compare_case_insensitively() {
        assertThat(eval("[parameters('VNETNAME')]").textValue()).isEqualTo("hub");
        assertThat(eval("[variables('Settings').NAME]").textValue()).isEqualTo("x");
    }

    @Test
    void function_names_compare_case_insensitively_as_the_samples_write_them() {
        assertThat(eval("[CONCAT('a', uniquestring('abc'), toupper('b'))]").textValue()).isEqualTo("acgtzqvhu4i23sB");
    }

    @Test
    void property_and_index_access_chain_on_variables_objects_and_arrays() {
        assertThat(eval("[variables('prefixes')[1]]").textValue()).isEqualTo("10.1.0.0/16");
        assertThat(eval("[variables('settings')['tags'].env]").textValue()).isEqualTo("dev");
        assertThat(eval("[length(variables('prefixes'))]").intValue()).isEqualTo(2);
    }

    @Test
    void format_pads_and_replaces_placeholders_as_dotnet_does() {
        assertThat(eval("[format('{0}-{1:D3}-{{literal}}', 'spoke', 7)]").textValue()).isEqualTo("spoke-007-{literal}");
        assertThat(eval("[padLeft(range(0, 3)[2], 2, '0')]").textValue()).isEqualTo("02");
    }

    @Test
    void if_evaluates_only_the_branch_it_takes() {
        assertThat(eval("[if(equals(parameters('count'), 3), 'three', variables('missing'))]").textValue())
                .isEqualTo("three");
    }

    @Test
    void logic_comparison_and_arithmetic_functions() {
        assertThat(eval("[and(true(), or(false(), not(equals('a', 'A'))))]").booleanValue()).isTrue();
        assertThat(eval("[add(parameters('count'), sub(10, mul(2, 3)))]").intValue()).isEqualTo(7);
        assertThat(eval("[int('42')]").intValue()).isEqualTo(42);
        assertThat(eval("[string(true())]").textValue()).isEqualTo("True");
        assertThat(eval("[greater(parameters('count'), 2)]").booleanValue()).isTrue();
    }

    @Test
    void objects_and_arrays_are_built_merged_and_parsed() {
        assertThat(eval("[createObject('id', resourceId('Microsoft.Network/virtualNetworks', 'hub')).id]")
                .textValue()).isEqualTo("/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/demo-rg"
                + "/providers/Microsoft.Network/virtualNetworks/hub");
        assertThat(eval("[union(createObject('a', 1, 'n', createObject('x', 1)), createObject('b', 2, 'n', createObject('y', 2)))]"))
                .isEqualTo(json("{\"a\":1,\"n\":{\"x\":1,\"y\":2},\"b\":2}"));
        assertThat(eval("[union(createArray(1, 2), createArray(2, 3))]")).isEqualTo(json("[1,2,3]"));
        assertThat(eval("[json('{\"id\": \"x\"}').id]").textValue()).isEqualTo("x");
        assertThat(eval("[json('null')]").isNull()).isTrue();
        assertThat(eval("[null()]").isNull()).isTrue();
        assertThat(eval("[concat(createArray('a'), createArray('b'))]")).isEqualTo(json("[\"a\",\"b\"]"));
    }

    @Test
    void resource_ids_take_an_optional_subscription_and_resource_group_and_one_name_per_type_segment() {
        assertThat(eval("[resourceId('Microsoft.Network/virtualNetworks/subnets', 'hub', 'apps')]").textValue())
                .isEqualTo("/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/demo-rg/providers"
                        + "/Microsoft.Network/virtualNetworks/hub/subnets/apps");
        assertThat(eval("[resourceId('other-rg', 'Microsoft.Network/virtualNetworks/', 'hub')]").textValue())
                .isEqualTo("/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/other-rg/providers"
                        + "/Microsoft.Network/virtualNetworks/hub");
        assertThat(eval("[subscriptionResourceId('Microsoft.Resources/resourceGroups', 'rg')]").textValue())
                .isEqualTo("/subscriptions/00000000-0000-0000-0000-000000000000/providers/Microsoft.Resources"
                        + "/resourceGroups/rg");
        assertThat(eval("[resourceGroup().location]").textValue()).isEqualTo("westeurope");
        assertThat(eval("[subscription().subscriptionId]").textValue()).isEqualTo("00000000-0000-0000-0000-000000000000");
    }

    @Test
    void resource_id_with_the_wrong_number_of_names_is_refused() {
        assertThatThrownBy(() -> eval("[resourceId('Microsoft.Network/virtualNetworks/subnets', 'hub')]"))
                .isInstanceOf(PathError.class)
                .hasMessage("Unable to evaluate template language function 'resourceId': the type"
                        + " 'Microsoft.Network/virtualNetworks/subnets' requires '2' resource name argument(s), but 1"
                        + " were given.");
    }

    /**
     * Values produced by Azure (Bicep's uniqueString), as recorded with a public re-implementation of the deployment
     * engine's MurmurHash64 variant (uniquestring.sh, "verified against Bicep uniqueString() output").
     */
    @Test
    void unique_string_is_azures_murmurhash64_in_base32() {
        assertThat(UniqueString.of(List.of("test"))).isEqualTo("rbgf3xv4ufgzg");
        assertThat(UniqueString.of(List.of("hello", "world"))).isEqualTo("a7wkljktk6wne");
        assertThat(UniqueString.of(List.of("abc"))).isEqualTo("cgtzqvhu4i23s");
        assertThat(UniqueString.of(List.of("foo", "bar", "baz"))).isEqualTo("xzi4ioaxtmth4");
        assertThat(UniqueString.of(List.of("/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/my-rg")))
                .isEqualTo("bmg7c6xu4tw46");
        assertThat(eval("[uniqueString('hello', 'world')]").textValue()).isEqualTo("a7wkljktk6wne");
    }

    @Test
    void an_unknown_function_is_arms_invalid_template_function_error() {
        assertThatThrownBy(() -> eval("[environs().name]"))
                .isInstanceOf(PathError.class)
                .hasMessage("The template function 'environs' is not valid. Please see"
                        + " https://aka.ms/arm-template-expressions for usage details.")
                .satisfies(e -> assertThat(((PathError) e).expression()).isEqualTo("[environs().name]"));
    }

    @Test
    void a_missing_property_lists_the_available_ones() {
        assertThatThrownBy(() -> eval("[variables('settings').nmae]"))
                .hasMessage("The language expression property 'nmae' doesn't exist, available properties are"
                        + " 'name, tags'.");
    }

    @Test
    void a_syntax_error_says_where() {
        assertThatThrownBy(() -> eval("[concat('a', 'b']"))
                .hasMessage("The language expression 'concat('a', 'b'' is not valid: a ')' is missing at position 16.");
        assertThatThrownBy(() -> eval("[concat('a' 'b')]"))
                .hasMessage("The language expression 'concat('a' 'b')' is not valid: expected ',' or ')' but found"
                        + " ''' at position 12.");
        assertThatThrownBy(() -> eval("[concat('a)]"))
                .hasMessage("The language expression 'concat('a)' is not valid: a string literal is not closed"
                        + " with ' at position 11.");
    }

    @Test
    void a_variable_that_refers_to_itself_is_a_circular_reference() {
        assertThatThrownBy(() -> eval("[variables('loop')]"))
                .hasMessage("The template variable 'loop' refers to itself, directly or through other variables: a"
                        + " circular reference.");
    }

    @Test
    void copy_index_outside_a_loop_is_refused() {
        assertThatThrownBy(() -> eval("[copyIndex()]"))
                .hasMessage("The template function 'copyIndex' is not expected at this location: it needs a copy"
                        + " loop, or a loop name inside a property or variable loop.");
    }
}

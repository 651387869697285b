package io.vnetlab.arm;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.TextNode;
import io.vnetlab.Topology;
import io.vnetlab.model.Region;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * Hostile values in templates: integers that overflow, functions asked for huge results, deep nesting. Each is
 * refused with {@code InvalidTemplate} and ARM's words, never with a Java exception or its text
 * (docs/azure/arm-templates.md#integers, #limits).
 */
class BoundedEvaluationTest {

    private static final Target TARGET = new Target("00000000-0000-0000-0000-000000000000",
            "11111111-1111-1111-1111-111111111111", "vnetlab", "demo-rg", Region.WEST_EUROPE, "demo",
            java.time.Instant.parse("2020-04-07T14:53:14Z"), null);

    private final TemplateScope scope = new TemplateScope(Map.of(), null, TARGET,
            (name, full) -> { throw new TemplateError("no references here"); });

    private Topology azure;

    @BeforeEach
    void resourceGroup() {
        azure = Topology.create();
        azure.resourceGroups().define("rg").withRegion(Region.WEST_EUROPE).create();
    }

    private JsonNode eval(String expression) {
        return new Evaluator(scope).value(TextNode.valueOf(expression), "test");
    }

    /** A template with one network, and one output of {@code type} whose value is {@code value} (JSON). */
    private static String withOutput(String type, String value) {
        return "{\"contentVersion\": \"1.0.0.0\", \"resources\": [{\"type\": \"Microsoft.Network/virtualNetworks\","
                + " \"apiVersion\": \"2024-05-01\", \"name\": \"good\", \"location\": \"westeurope\", \"properties\":"
                + " {\"addressSpace\": {\"addressPrefixes\": [\"10.1.0.0/16\"]}}}], \"outputs\": {\"o\": {\"type\": \""
                + type + "\", \"value\": " + value + "}}}";
    }

    private ArmDeploymentException refused(String json) {
        return InvalidTemplates.refused(azure, json);
    }

    // ------------------------------------------------------------------ 64-bit integers

    @Test
    void add_beyond_the_largest_64_bit_integer_is_an_error_not_a_wrap() {
        ArmDeploymentException e = refused(withOutput("int", "\"[add(9223372036854775807, 1)]\""));

        assertThat(e).hasMessage("Deployment template validation failed: 'The template at path 'outputs.o.value' is"
                + " not valid in expression '[add(9223372036854775807, 1)]': Unable to evaluate template language"
                + " function 'add': the result of 9223372036854775807 + 1 is outside the range of ARM's 64-bit"
                + " integers (-9223372036854775808 to 9223372036854775807).'.");
    }

    @Test
    void sub_mul_div_and_copy_index_overflow_too() {
        assertThatThrownBy(() -> eval("[sub(-9223372036854775807, 2)]")).hasMessage("Unable to evaluate template"
                + " language function 'sub': the result of -9223372036854775807 - 2 is outside the range of ARM's"
                + " 64-bit integers (-9223372036854775808 to 9223372036854775807).");
        assertThatThrownBy(() -> eval("[mul(4611686018427387904, 2)]")).hasMessage("Unable to evaluate template"
                + " language function 'mul': the result of 4611686018427387904 * 2 is outside the range of ARM's"
                + " 64-bit integers (-9223372036854775808 to 9223372036854775807).");
        assertThatThrownBy(() -> eval("[div(sub(-9223372036854775807, 1), -1)]")).hasMessage("Unable to evaluate"
                + " template language function 'div': the result of -9223372036854775808 / -1 is outside the range of"
                + " ARM's 64-bit integers (-9223372036854775808 to 9223372036854775807).");
        assertThatThrownBy(() -> new Evaluator(scope).inLoop(Evaluator.RESOURCE_LOOP, 1)
                .value(TextNode.valueOf("[copyIndex(9223372036854775807)]"), "test")).hasMessage("Unable to evaluate"
                + " template language function 'copyIndex': the offset 9223372036854775807 takes the index outside the"
                + " range of ARM's 64-bit integers (-9223372036854775808 to 9223372036854775807).");
        assertThat(eval("[add(9223372036854775806, 1)]").longValue()).isEqualTo(Long.MAX_VALUE);
    }

    @Test
    void a_json_integer_beyond_64_bits_is_refused_where_a_function_reads_it() {
        assertThat(refused(withOutput("int", "\"[add(parameters('big'), 0)]\"")
                .replace("\"resources\"", "\"parameters\": {\"big\": {\"type\": \"int\", \"defaultValue\":"
                        + " 92233720368547758070}}, \"resources\"")))
                .hasMessageEndingWith("Unable to evaluate template language function 'add': the integer"
                        + " '92233720368547758070' is outside the range of ARM's 64-bit integers (-9223372036854775808"
                        + " to 9223372036854775807).'.");
    }

    @Test
    void range_keeps_its_documented_bounds() {
        assertThatThrownBy(() -> eval("[range(2147483647, 2)]")).hasMessage("Unable to evaluate template language"
                + " function 'range': the sum of the start index and the count must be no greater than 2147483647;"
                + " it is 2147483647 + 2.");
        assertThatThrownBy(() -> eval("[range(0, 10001)]")).hasMessage("Unable to evaluate template language"
                + " function 'range': the count must be from 0 to 10000; it is 10001.");
    }

    // ------------------------------------------------------------------ sizes

    @Test
    void pad_left_to_two_billion_characters_is_refused_before_any_work() {
        ArmDeploymentException e = refused(withOutput("string", "\"[padLeft('v', 2000000000, 'x')]\""));

        assertThat(e).hasMessage("Deployment template validation failed: 'The template at path 'outputs.o.value' is"
                + " not valid in expression '[padLeft('v', 2000000000, 'x')]': Unable to evaluate template language"
                + " function 'padLeft': the result would be 2000000000 characters long; a template value holds at"
                + " most 4194304 characters, since ARM limits a template to 4 MB.'.");
        assertThatThrownBy(() -> eval("[padLeft('v', 9000000000, 'x')]")).hasMessage("Unable to evaluate template"
                + " language function 'padLeft': the result would be 9000000000 characters long; a template value"
                + " holds at most 4194304 characters, since ARM limits a template to 4 MB.");
        assertThat(eval("[padLeft('v', 3, 'x')]").textValue()).isEqualTo("xxv");
    }

    @Test
    void functions_that_grow_strings_and_arrays_stop_at_the_limit() {
        String big = "padLeft('', 3000000, 'x')";
        assertThatThrownBy(() -> eval("[concat(" + big + ", " + big + ")]")).hasMessage("Unable to evaluate"
                + " template language function 'concat': the result would be 6000000 characters long; a template"
                + " value holds at most 4194304 characters, since ARM limits a template to 4 MB.");
        assertThatThrownBy(() -> eval("[replace(padLeft('', 3000000, 'x'), 'x', 'yy')]")).hasMessage("Unable to"
                + " evaluate template language function 'replace': the result would be 6000000 characters long; a"
                + " template value holds at most 4194304 characters, since ARM limits a template to 4 MB.");
        assertThatThrownBy(() -> eval("[format('{0:D999999999}', 1)]")).hasMessage("Unable to evaluate template"
                + " language function 'format': the result would be 999999999 characters long; a template value holds"
                + " at most 4194304 characters, since ARM limits a template to 4 MB.");
        assertThatThrownBy(() -> eval("[concat(range(0, 10000), range(0, 1))]")).hasMessage("Unable to evaluate"
                + " template language function 'concat': the result would have 10001 elements; a template function"
                + " makes arrays of at most 10000 elements.");
    }

    @Test
    void indexes_beyond_32_bits_are_read_as_the_64_bit_integers_they_are() {
        assertThatThrownBy(() -> eval("[format('{2147483647}', 1)]")).hasMessage("Unable to evaluate template"
                + " language function 'format': placeholder {2147483647} has no argument; 1 were given.");
        assertThatThrownBy(() -> eval("[substring('abc', 1, 9000000000)]")).hasMessage("Unable to evaluate template"
                + " language function 'substring': the index and length must lie within the string 'abc'.");
        assertThat(eval("[take('abc', 9000000000)]").textValue()).isEqualTo("abc");
        assertThat(eval("[skip(createArray(1, 2), -9223372036854775807)]")).hasSize(2);
        assertThatThrownBy(() -> eval("[createArray(1, 2)[9223372036854775807]]")).hasMessage("The language"
                + " expression property array index '9223372036854775807' is out of bounds: the array has 2"
                + " elements.");
    }

    @Test
    void variables_that_together_exceed_the_template_size_are_refused() {
        String json = "{\"contentVersion\": \"1.0.0.0\", \"variables\": {\"a\": \"[padLeft('a', 3000000, 'x')]\","
                + " \"b\": \"[padLeft('b', 3000000, 'x')]\"}, \"resources\": [], \"outputs\": {\"o\": {\"type\":"
                + " \"int\", \"value\": \"[add(length(variables('a')), length(variables('b')))]\"}}}";

        assertThat(refused(json)).hasMessageEndingWith(": The template's variables, once evaluated up to 'b', take"
                + " more than 4 MB (4194304 characters); ARM limits a template to 4 MB once its variables are"
                + " resolved.'.");
    }

    @Test
    void a_resource_larger_than_1_mb_once_evaluated_is_refused() {
        String json = withOutput("string", "\"x\"").replace("\"location\": \"westeurope\"",
                "\"location\": \"westeurope\", \"tags\": {\"big\": \"[padLeft('', 1100000, 'x')]\"}");

        assertThat(refused(json)).hasMessage("Deployment template validation failed: 'The template at path"
                + " 'resources[0]' is not valid: The template resource 'good' is 1100114 characters long once its"
                + " expressions are evaluated; ARM limits a resource definition to 1 MB (1048576 characters).'.");
    }

    // ------------------------------------------------------------------ nesting and length

    @Test
    void an_expression_nested_thousands_deep_is_refused_without_exhausting_the_stack() {
        String deep = "[" + "concat(".repeat(2000) + "'a'" + ")".repeat(2000) + "]";

        assertThat(refused(withOutput("string", "\"" + deep + "\"")).getMessage())
                .contains("is not valid: function calls, property and index accesses nest more than 64 levels deep"
                        + " at position 449.")
                .hasSizeLessThan(2000);
    }

    @Test
    void an_expression_longer_than_arm_allows_is_refused() {
        String longOne = "[concat('" + "x".repeat(24_600) + "')]";

        assertThat(refused(withOutput("string", "\"" + longOne + "\""))).hasMessageContaining("is not valid in"
                + " expression '[concat('xxx").hasMessageEndingWith(": The template language expression is 24612"
                + " characters long; ARM allows at most 24576 characters in an expression.'.");
    }

    @Test
    void template_json_nested_thousands_deep_is_a_parse_error_in_arms_words() {
        String deep = "[".repeat(3000) + "]".repeat(3000);

        assertThat(refused(withOutput("array", deep))).hasMessage("Deployment template parse failed: the template"
                + " text is not valid JSON: objects and arrays are nested more than 128 levels deep.");
    }

    @Test
    void the_json_function_refuses_deep_nesting_in_arms_words() {
        assertThatThrownBy(() -> eval("[json('" + "[".repeat(3000) + "]".repeat(3000) + "')]"))
                .hasMessageEndingWith("is not valid JSON: objects and arrays are nested more than 128 levels deep.");
        assertThatThrownBy(() -> eval("[json('[1, 2')]")).hasMessage("Unable to evaluate template language function"
                + " 'json': the string '[1, 2' is not valid JSON: Unexpected end-of-input: expected close marker for"
                + " Array (start marker at line 1, column 1) (line 1, column 6).");
    }

    @Test
    void a_template_larger_than_4_mb_is_refused_before_it_is_read() {
        String huge = withOutput("string", "\"" + "x".repeat(4 * 1024 * 1024) + "\"");

        assertThat(refused(huge)).hasMessage("Deployment template parse failed: the template text is "
                + huge.length() + " characters long; ARM reads templates and parameters files of at most 4 MB"
                + " (4194304 characters).");
    }

    // ------------------------------------------------------------------ no Java internals

    @Test
    void a_property_the_model_cannot_read_is_answered_in_arms_words_not_javas() {
        String json = "{\"contentVersion\": \"1.0.0.0\", \"resources\": [{\"type\": \"Microsoft.Network/virtualNetworks\","
                + " \"apiVersion\": \"2024-05-01\", \"name\": \"aa\", \"location\": \"westeurope\", \"properties\":"
                + " {\"addressSpace\": {\"addressPrefixes\": [\"10.1.0.0/16\"]}, \"subnets\": [{\"name\": \"s\","
                + " \"properties\": {\"addressPrefix\": \"10.1.0.0/2147483648\"}}]}}]}";

        ArmDeploymentException e = catchThrowableOfType(ArmDeploymentException.class,
                () -> ArmDeployment.into(azure, "rg").templateJson(json).deploy());

        assertThat(e).isNotNull();
        assertThat(e.getMessage()).doesNotContainPattern("(?i)exception|java\\.|index -?\\d+ out of bounds|null");
        assertThat(azure.networks().list()).isEmpty();
    }

    @Test
    void a_handler_failure_no_check_names_is_invalid_template_at_the_resources_path() {
        ResourceHandlers failing = new ResourceHandlers();
        failing.register(new ResourceHandler() {
            @Override
            public String type() {
                return "Microsoft.Network/virtualNetworks";
            }

            @Override
            public com.fasterxml.jackson.databind.node.ObjectNode deploy(ResourceContext resource) {
                throw new ClassCastException("class TextNode cannot be cast to class ObjectNode");
            }
        });
        JsonNode template = Values.JSON.valueToTree(Map.of("resources", java.util.List.of(Map.of(
                "type", "Microsoft.Network/virtualNetworks", "apiVersion", "2024-05-01", "name", "good"))));

        assertThatThrownBy(() -> azure.batch(batch -> {
            TemplateEngine engine = new TemplateEngine(batch, failing);
            return engine.run(template, "", null, Map.of(),
                    engine.target(Topology.DEFAULT_SUBSCRIPTION_ID, "rg", "d"));
        }))
                .isInstanceOf(PathError.class)
                .hasMessage("The template resource 'good' of type 'Microsoft.Network/virtualNetworks' has a property"
                        + " value the resource type does not accept; check its properties against the resource type's"
                        + " reference. Please see https://aka.ms/arm-syntax-resources for usage details.")
                .satisfies(e -> assertThat(((PathError) e).path()).isEqualTo("resources[0]"))
                .hasCauseInstanceOf(ClassCastException.class);
    }
}

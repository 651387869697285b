package io.vnetlab.arm;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * User-defined functions: a template's {@code functions} section declares members under a namespace, and an
 * expression calls one as {@code namespace.member(arguments)}. The member's {@code output.value} is evaluated with
 * its own parameters only: ARM lets a user-defined function read neither the template's parameters nor its variables
 * (docs/azure/arm-templates.md#user-defined-functions).
 */
final class UserFunctions {

    private UserFunctions() {
    }

    /** The declaration of {@code namespace.member} in {@code template}'s {@code functions}, if it has one. */
    static Optional<JsonNode> find(JsonNode template, String qualifiedName) {
        int dot = qualifiedName.indexOf('.');
        if (dot < 0) {
            return Optional.empty();
        }
        String namespace = qualifiedName.substring(0, dot);
        String member = qualifiedName.substring(dot + 1);
        JsonNode functions = Values.property(template, "functions").orElse(null);
        if (functions == null || !functions.isArray()) {
            return Optional.empty();
        }
        for (JsonNode declared : functions) {
            if (Values.string(declared, "namespace").filter(namespace::equalsIgnoreCase).isPresent()) {
                Optional<JsonNode> found = Values.property(declared, "members")
                        .flatMap(members -> Values.property(members, member));
                if (found.isPresent()) {
                    return found;
                }
            }
        }
        return Optional.empty();
    }

    /** Calls {@code declaration} with {@code arguments}, in a scope that sees only the function's parameters. */
    static JsonNode call(String name, JsonNode declaration, List<JsonNode> arguments, Scope caller) {
        JsonNode parameters = Values.property(declaration, "parameters").orElse(Values.NODES.arrayNode());
        if (parameters.size() != arguments.size()) {
            throw new TemplateError("Unable to evaluate template language function '" + name + "': function requires "
                    + parameters.size() + " argument(s) while " + arguments.size() + " were provided. Please see"
                    + " https://aka.ms/arm-template-expressions for usage details.");
        }
        java.util.Map<String, JsonNode> bound = new java.util.LinkedHashMap<>();
        for (int i = 0; i < parameters.size(); i++) {
            String parameter = Values.string(parameters.get(i), "name").orElse("");
            bound.put(parameter.toLowerCase(Locale.ROOT), arguments.get(i));
        }
        JsonNode output = Values.property(declaration, "output").flatMap(o -> Values.property(o, "value"))
                .orElseThrow(() -> new TemplateError("The user-defined function '" + name + "' has no output value."));
        return new Evaluator(new FunctionScope(name, bound, caller)).value(output, "functions." + name + ".output");
    }

    /** What a user-defined function's body sees: its parameters; the deployment's context from the caller. */
    private record FunctionScope(String function, java.util.Map<String, JsonNode> arguments, Scope caller)
            implements Scope {

        @Override
        public JsonNode parameter(String name) {
            JsonNode value = arguments.get(name.toLowerCase(Locale.ROOT));
            if (value == null) {
                throw new TemplateError("The template parameter '" + name + "' is not found: the user-defined"
                        + " function '" + function + "' can read only its own parameters. Please see"
                        + " https://aka.ms/arm-syntax-parameters for usage details.");
            }
            return value;
        }

        @Override
        public JsonNode variable(String name) {
            throw new TemplateError("The template variable '" + name + "' is not found: a user-defined function"
                    + " cannot read the template's variables. Please see https://aka.ms/arm-syntax-variables for usage"
                    + " details.");
        }

        @Override
        public String subscriptionId() {
            return caller.subscriptionId();
        }

        @Override
        public String resourceGroupName() {
            return caller.resourceGroupName();
        }

        @Override
        public JsonNode resourceGroup() {
            return caller.resourceGroup();
        }

        @Override
        public JsonNode subscription() {
            return caller.subscription();
        }

        @Override
        public JsonNode deployment() {
            return caller.deployment();
        }

        @Override
        public String tenantId() {
            return caller.tenantId();
        }

        @Override
        public String scopeId() {
            return caller.scopeId();
        }

        @Override
        public JsonNode managementGroup() {
            return caller.managementGroup();
        }

        @Override
        public java.time.Instant deployedAt() {
            return caller.deployedAt();
        }

        @Override
        public java.util.UUID newGuid() {
            return caller.newGuid();
        }

        @Override
        public JsonNode reference(String nameOrId, boolean full) {
            throw new TemplateError("The template function 'reference' is not expected at this location: a"
                    + " user-defined function cannot call it. Please see https://aka.ms/arm-template-expressions for"
                    + " usage details.");
        }
    }
}

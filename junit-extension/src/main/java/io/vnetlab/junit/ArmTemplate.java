package io.vnetlab.junit;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Repeatable;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.apiguardian.api.API;

import static org.apiguardian.api.API.Status.STABLE;

/**
 * A template an {@link ArmTopology} deploys: a class-path resource, with an optional parameters file and
 * {@code name=value} pairs. Repeat it to deploy several templates in order (a prerequisite template first).
 *
 * <pre>{@code
 * @ArmTemplate(value = "templates/network.json", parameters = "templates/network.parameters.json")
 * @ArmTemplate(value = "templates/peering.json", parameterValues = {"gatewayTransit=true", "spokeCount=2"})
 * public class HubTopology extends ArmTopology {
 * }
 * }</pre>
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Repeatable(ArmTemplate.List.class)
@API(status = STABLE, since = "0.1")
public @interface ArmTemplate {

    /** The template, a class-path resource such as {@code "templates/hub.json"}. */
    String value();

    /** A parameters file on the class path ({@code {"parameters": {"x": {"value": ...}}}}); none by default. */
    String parameters() default "";

    /**
     * Parameter values as {@code name=value}, as the CLI's {@code --parameters name=value}: they override the
     * parameters file. A value is typed by the template's declaration ({@code "count=3"} for an {@code int});
     * a value starting with {@code [} or <code>{</code> is read as JSON.
     */
    String[] parameterValues() default {};

    /** The resource group deployed into; created (in {@link #location()}) if it does not exist. */
    String resourceGroup() default "rg";

    /** The region of the resource group when this template creates it, such as {@code "westeurope"}. */
    String location() default "westeurope";

    /** The deployment's name; by default the template file's name without extension. */
    String name() default "";

    /** The container of repeated {@link ArmTemplate} annotations. */
    @Target(ElementType.TYPE)
    @Retention(RetentionPolicy.RUNTIME)
    @Documented
    @interface List {
        ArmTemplate[] value();
    }
}

package io.vnetlab.junit;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.apiguardian.api.API;

import static org.apiguardian.api.API.Status.STABLE;

/**
 * Chooses, by field name, the {@link TestTopology @TestTopology} field a parameter (or an
 * {@link AzureResource @AzureResource} field) comes from. Needed only when the
 * innermost class that declares topology fields declares more than one; otherwise parameters come from that one.
 * The fields a parameter can come from are those its method's class sees: its own and its enclosing classes'.
 *
 * <pre>{@code
 * @TestTopology static Topology hub = ReferenceTopologies.hubAndSpoke();
 * @TestTopology static Topology learn = ReferenceTopologies.learnModule();
 *
 * @Test
 * void t(@FromTopology("learn") @AzureResource("SalesVM") Vm sales) { ... }
 * }</pre>
 */
@Target({ElementType.PARAMETER, ElementType.FIELD, ElementType.ANNOTATION_TYPE})
@Retention(RetentionPolicy.RUNTIME)
@Documented
@API(status = STABLE, since = "0.1")
public @interface FromTopology {

    /** The name of the {@code @TestTopology} field. */
    String value();
}

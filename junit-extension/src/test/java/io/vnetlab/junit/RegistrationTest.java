package io.vnetlab.junit;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The three ways in: @VnetlabTest (and annotations made of it), @RegisterExtension with the builder. */
class RegistrationTest {

    @Test
    void the_class_and_field_annotations_work_as_meta_annotations() {
        Fixtures.assertAllSucceeded(Fixtures.run(ConfiguredFixtures.MetaAnnotated.class), 1);
    }

    @Test
    void an_extension_registered_on_an_instance_field_still_builds_static_fields() {
        Fixtures.assertAllSucceeded(Fixtures.run(ConfiguredFixtures.RegisteredOnAnInstanceField.class), 1);
    }

    @Test
    void the_builder_refuses_a_negative_limit_and_a_second_build() {
        assertThatThrownBy(() -> VnetlabExtension.builder().withMaxReportedVerdicts(-1))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("'max' must be 0 or more, but was -1.");
        VnetlabExtension.Builder builder = VnetlabExtension.builder();
        builder.build();
        assertThatThrownBy(builder::build).isInstanceOf(IllegalStateException.class)
                .hasMessage("This builder already built an extension: start a new one with VnetlabExtension.builder().");
    }
}

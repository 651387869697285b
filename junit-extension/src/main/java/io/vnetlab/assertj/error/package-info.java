/**
 * One AssertJ {@link org.assertj.core.error.ErrorMessageFactory} per shape of failure message of vnetlab's
 * assertions. Each message follows AssertJ's skeleton ({@code Expecting: ... to ...: ... but ...}) and, where a
 * flow was evaluated, ends with the verdict as {@link io.vnetlab.render.VerdictRenderer} renders it: the
 * numbered hops with the deciding route or rule, the first blocking hop, every blocker and the "To fix" line.
 * Tests compare failures with {@code shouldX(..).create()}.
 */
package io.vnetlab.assertj.error;

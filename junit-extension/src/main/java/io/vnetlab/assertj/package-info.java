/**
 * AssertJ assertions for vnetlab: start from {@link io.vnetlab.assertj.NetworkAssertions} (or
 * {@link io.vnetlab.assertj.NetworkSoftAssertions}). Every assert class is public, non-final and has a public
 * constructor taking its actual value, so AssertJ's soft assertions can proxy it. Failure messages are made by the
 * factories of {@link io.vnetlab.assertj.error}.
 */
package io.vnetlab.assertj;

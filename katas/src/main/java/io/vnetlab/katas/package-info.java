/**
 * Katas. Each kata is an interface here (what the learner implements), a learner's file in
 * {@code io.vnetlab.katas.learner} (to edit), a reference solution in {@code io.vnetlab.katas.solutions}, a starting
 * topology in {@link io.vnetlab.katas.Start}, a text in {@code katas/NN-*.md}, and tests in {@code src/test} that
 * fail with a message stating the concept until the learner's file is right. The build runs those tests against
 * the solutions and against an attempt that does nothing, never against the learner's files (see {@link Katas}).
 */
package io.vnetlab.katas;

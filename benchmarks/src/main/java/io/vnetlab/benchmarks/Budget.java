package io.vnetlab.benchmarks;

/**
 * DESIGN.md's performance budgets, one per benchmark method; the runner prints each figure beside its budget.
 *
 * @param budgetNanos the budget in nanoseconds per operation (or, for heap, bytes)
 */
record Budget(String benchmark, String what, double budgetNanos, String naiveBenchmark) {
}

package io.vnetlab.benchmarks;

/**
 * The performance budgets in docs/benchmarks.md, one per benchmark method; the runner prints each figure beside its
 * budget.
 *
 * <p>Some rows have no budget of their own ({@link #NONE}): they measure what a budget row leaves out (a query never
 * asked before, a walk through an appliance, the control-plane update before the recompilation) so the table shows
 * what a user pays around the budgeted figure.
 *
 * @param budgetNanos the budget in nanoseconds per operation (or, for heap, bytes); {@link #NONE} for a context row
 */
record Budget(String benchmark, String what, double budgetNanos, String naiveBenchmark) {

    /** The budget of a context row: the README sets none. */
    static final double NONE = Double.NaN;

    boolean isContext() {
        return Double.isNaN(budgetNanos);
    }
}

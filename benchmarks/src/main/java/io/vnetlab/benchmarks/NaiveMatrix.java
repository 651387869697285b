package io.vnetlab.benchmarks;

import io.vnetlab.dataplane.DataPlane;
import io.vnetlab.dataplane.Endpoint;
import io.vnetlab.dataplane.Flow;
import io.vnetlab.dataplane.Verdict;

import java.util.List;

/**
 * The baseline of the matrix rows: every ordered pair walked and its full verdict kept, which is what a matrix costs
 * without equivalence classes (time and memory in proportion to the pairs).
 */
final class NaiveMatrix {

    private NaiveMatrix() {
    }

    /** Every pair's verdict; {@code null} on the diagonal. */
    static Verdict[][] of(DataPlane plane, List<Endpoint> endpoints) {
        Verdict[][] verdicts = new Verdict[endpoints.size()][endpoints.size()];
        for (int i = 0; i < endpoints.size(); i++) {
            for (int j = 0; j < endpoints.size(); j++) {
                if (i != j) {
                    verdicts[i][j] = plane.walk(Flow.from(endpoints.get(i)).to(endpoints.get(j)));
                }
            }
        }
        return verdicts;
    }
}

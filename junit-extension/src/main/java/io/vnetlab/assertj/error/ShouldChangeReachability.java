package io.vnetlab.assertj.error;

import io.vnetlab.dataplane.Flow;
import io.vnetlab.diff.FlowChange;
import io.vnetlab.render.DiffReport;
import org.apiguardian.api.API;
import org.assertj.core.error.BasicErrorMessageFactory;
import org.assertj.core.error.ErrorMessageFactory;

import java.util.List;

import static org.apiguardian.api.API.Status.INTERNAL;

/**
 * A change that does more to reachability than allowed; the message lists each changed flow class with the reason
 * on both sides, as {@link DiffReport#line(FlowChange)} writes it:
 * <pre>
 * Expecting the change to open no flow, but it opens 1:
 *   opened: vm 'spoke1-vm' 10.1.1.4 (spoke1/app) -&gt; host 10.100.0.1 (site 'OnPrem') on any (before: ...; after: reachable)
 * </pre>
 */
@API(status = INTERNAL, since = "0.1")
public class ShouldChangeReachability extends BasicErrorMessageFactory {

    /** {@code opened} is not empty. */
    public static ErrorMessageFactory shouldOpenNothing(List<FlowChange> opened) {
        return new ShouldChangeReachability("%nExpecting the change to open no flow, but it opens " + opened.size()
                + ":%n" + lines(opened));
    }

    /** {@code closed} is not empty. */
    public static ErrorMessageFactory shouldCloseNothing(List<FlowChange> closed) {
        return new ShouldChangeReachability("%nExpecting the change to close no flow, but it closes " + closed.size()
                + ":%n" + lines(closed));
    }

    /** Changes no allowed flow covers, and allowed flows that did not change (either list may be empty). */
    public static ErrorMessageFactory shouldChangeOnly(List<Flow> allowed, List<FlowChange> unexpected,
                                                       List<Flow> unchanged) {
        StringBuilder format = new StringBuilder("%nExpecting the change to change only:%n");
        for (Flow flow : allowed) {
            format.append("  ").append(Texts.escaped(flow.toString())).append("%n");
        }
        if (!unexpected.isEmpty()) {
            format.append("but it also changes:%n").append(lines(unexpected));
        }
        if (!unchanged.isEmpty()) {
            format.append(unexpected.isEmpty() ? "but" : "and").append(" these do not change:%n");
            for (Flow flow : unchanged) {
                format.append("  ").append(Texts.escaped(flow.toString())).append("%n");
            }
        }
        return new ShouldChangeReachability(format.toString());
    }

    private static String lines(List<FlowChange> changes) {
        StringBuilder text = new StringBuilder();
        for (FlowChange change : changes) {
            text.append("  ").append(Texts.escaped(DiffReport.line(change))).append("%n");
        }
        return text.toString();
    }

    private ShouldChangeReachability(String format) {
        super(format);
    }
}

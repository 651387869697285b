package io.vnetlab.az;

/**
 * One broken promise found by the bad-input suite: which family found it, on what input ({@code surface} is the
 * command or API, {@code param} the option or field, {@code valueClass} the kind of hostile value), which rule it
 * breaks, and what was seen.
 */
record Violation(String family, String surface, String param, String valueClass, Rule rule, String seen) {

    /** The promises every surface keeps, whatever the input. */
    enum Rule {
        /** A refused request left the state (or the journal) different. */
        REFUSAL_CHANGED_STATE,
        /** A message showed a Java exception name, stack trace, library or Java parameter name. */
        JAVA_INTERNALS,
        /** A value that can never be valid was accepted. */
        INVALID_ACCEPTED,
        /** A reference to something absent or of the wrong type was not refused. */
        MISSING_REFERENCE_ACCEPTED,
        /** The journal of the accepted commands does not rebuild the state (what the state file would lose). */
        JOURNAL_DOES_NOT_REPLAY,
        /** A delete left other resources pointing at what it deleted. */
        DANGLING_REFERENCE,
        /** Something escaped as a Java throwable instead of an answer of the surface. */
        UNCAUGHT_THROWABLE,
        /** Concurrent writers of one state file lost an update. */
        LOST_UPDATE
    }

    @Override
    public String toString() {
        return rule + " [" + family + "] " + surface + " " + param + " <" + valueClass + ">: " + seen;
    }
}

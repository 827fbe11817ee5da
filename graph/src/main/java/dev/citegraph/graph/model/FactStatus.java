package dev.citegraph.graph.model;

/** Whether a fact may be shown as a fact. Only verified facts reach answers by default. */
public enum FactStatus {
    /** The quote was found in the section text and every number of the object is in the quote. */
    VERIFIED,
    /** Entered by hand or imported without evidence checks. */
    UNVERIFIED,
    /** Kept for review with the reason; never shown as a fact. */
    REJECTED
}

package dev.citegraph.graph.error;

/**
 * Marks an exception as the user's mistake or circumstance (a bad query, an unreadable report, an unreachable store
 * or model), not a bug in citegraph. Its message is complete on its own: one line saying what is wrong, where, and
 * what to do. The command line tells these plainly and everything else as an internal error.
 */
public interface UserFault {
}

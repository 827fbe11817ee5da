package dev.citegraph.extractor.archfixture;

/**
 * A deliberate violation, in test sources only: an exception meant for the user that forgot to be a UserFault, so
 * the command line would call it a bug. Proves the user-fault rule can fail.
 */
public final class ForgottenMarkException extends RuntimeException {
    public ForgottenMarkException(String message) {
        super(message);
    }
}

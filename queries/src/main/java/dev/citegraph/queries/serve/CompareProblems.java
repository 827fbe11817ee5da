package dev.citegraph.queries.serve;

import dev.citegraph.queries.answer.compare.ComparisonService;

import java.util.List;

/** Why a comparison could not be made, in the words kg compare prints and the API's problem carries. */
public final class CompareProblems {
    private CompareProblems() {
    }

    public static String message(ComparisonService.Outcome outcome, List<String> names) {
        if (outcome instanceof ComparisonService.Outcome.UnknownNames unknown) {
            return "no verified facts about " + String.join(", ", unknown.names())
                    + (unknown.suggestions().isEmpty() ? "" : " (did you mean "
                    + String.join(", ", unknown.suggestions().stream().map(s -> '"' + s + '"').toList()) + "?)");
        }
        if (outcome instanceof ComparisonService.Outcome.BadPredicates bad) {
            return "not a predicate: " + String.join(", ", bad.predicates()) + " (give words such as total_parameters)";
        }
        if (outcome instanceof ComparisonService.Outcome.NothingShared) {
            return "the reports give no attribute for all of " + String.join(", ", names)
                    + "; name the attributes with --on";
        }
        throw new IllegalArgumentException("a comparison was made: " + outcome);
    }
}

package dev.citegraph.dsl.analysis;

import dev.citegraph.dsl.ast.Clause;
import dev.citegraph.dsl.ast.Comparator;
import dev.citegraph.dsl.ast.NumberLiteral;
import dev.citegraph.dsl.ast.Parameter;
import dev.citegraph.dsl.ast.StringLiteral;
import dev.citegraph.graph.query.Filter;
import dev.citegraph.graph.query.NumberComparison;
import dev.citegraph.graph.query.Param;
import dev.citegraph.graph.query.Output;
import dev.citegraph.dsl.Slot;
import dev.citegraph.graph.query.Target;
import dev.citegraph.graph.error.ErrorCode;
import dev.citegraph.dsl.ast.UnitPhrase;
import dev.citegraph.graph.vocab.UnitVocabulary;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Turns conditions into filters, checking their types: only a fact's value compares with numbers; ordering
 * operators need numbers; one variable is not compared with a number and with a text.
 */
final class Conditions {
    private final Slots slots;
    private final String source;
    private final Map<String, Boolean> numericUse = new HashMap<>();
    private final UnitPhrases unitPhrases;

    Conditions(Slots slots, String source) {
        this.slots = slots;
        this.source = source;
        this.unitPhrases = new UnitPhrases(UnitVocabulary.builtIn(), source);
    }

    /** The filter of a condition on the variables as {@code variables} bind them (a union's group binds its own). */
    Filter filter(Clause condition, Variables variables) {
        if (condition instanceof Clause.Contains c) {
            Target target = variables.require(c.variable(), source).target();
            return new Filter.TextFilter(target, Filter.TextOperator.CONTAINS, slots.of(Slot.Role.TEXT, c.text()).param());
        }
        Clause.Comparison c = (Clause.Comparison) condition;
        Output binding = variables.require(c.variable(), source);
        boolean numeric = c.operand() instanceof NumberLiteral || c.unit().isPresent()
                || c.operand() instanceof Parameter && c.comparator().isOrdering();
        return numeric ? number(c, binding) : text(c, binding);
    }

    private Filter number(Clause.Comparison c, Output binding) {
        if (!(binding.target() instanceof Target.ValueTarget value)) {
            String what = binding.target() instanceof Target.EntityTarget ? "an entity" : "a predicate";
            throw SemanticErrors.error(source, ErrorCode.NOT_A_NUMBER, c.operand().position(),
                    c.variable() + " is " + what + " and cannot be compared with a number: compare the value a "
                            + "pattern binds, e.g. ?m training_cost ?c where ?c > 1M");
        }
        checkConsistent(c, true);
        Optional<UnitPhrases.Reading> reading = c.unit().map(unitPhrases::read);
        Slot number = c.operand() instanceof NumberLiteral n
                ? slots.number(reading.map(r -> r.scale(n)).orElse(n)) : parameter(c, reading);
        List<Param> units = reading.flatMap(UnitPhrases.Reading::unit)
                .map(u -> slots.units(c.unit().get().position(), UnitVocabulary.builtIn().spellings(u)))
                .orElse(List.of()).stream().map(Slot::param).toList();
        return new Filter.NumberFilter(value.pattern(), NumberComparison.valueOf(c.comparator().name()), number.param(),
                units);
    }

    /** A parameter's value is bound at run time, past any scale word: the value itself carries its scale (100B). */
    private Slot parameter(Clause.Comparison c, Optional<UnitPhrases.Reading> reading) {
        Optional<UnitPhrase.Word> scale = reading.flatMap(UnitPhrases.Reading::scaleWord);
        if (scale.isPresent()) {
            Parameter p = (Parameter) c.operand();
            throw SemanticErrors.error(source, ErrorCode.SCALED_PARAMETER, scale.get().position(),
                    "'" + scale.get().text() + "' scales a number, not a parameter: give $" + p.name()
                            + " its scale, e.g. --param " + p.name() + "=100B");
        }
        return slots.parameter(Slot.Role.NUMBER, (Parameter) c.operand());
    }

    private Filter text(Clause.Comparison c, Output binding) {
        if (c.comparator().isOrdering()) {
            throw SemanticErrors.error(source, ErrorCode.NUMBER_VERSUS_TEXT, c.operand().position(),
                    "'" + c.comparator().symbol() + "' compares numbers, not a text: give a number such as 1M, "
                            + "or use '=' or 'contains' for texts");
        }
        checkConsistent(c, false);
        Slot.Role role = binding.target() instanceof Target.EntityTarget ? Slot.Role.ENTITY_KEY
                : binding.target() instanceof Target.PredicateTarget ? Slot.Role.PREDICATE : Slot.Role.TEXT;
        Slot text = c.operand() instanceof StringLiteral s ? slots.of(role, s)
                : slots.parameter(role, (Parameter) c.operand());
        Filter.TextOperator operator = c.comparator() == Comparator.EQ
                ? Filter.TextOperator.EQUALS : Filter.TextOperator.NOT_EQUALS;
        return new Filter.TextFilter(binding.target(), operator, text.param());
    }

    private void checkConsistent(Clause.Comparison c, boolean numeric) {
        Boolean before = numericUse.putIfAbsent(c.variable().name(), numeric);
        if (before != null && before != numeric) {
            throw SemanticErrors.error(source, ErrorCode.NUMBER_VERSUS_TEXT, c.position(),
                    c.variable() + " is compared with a number and with a text: a value is one or the other");
        }
    }
}

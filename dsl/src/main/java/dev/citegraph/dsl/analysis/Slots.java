package dev.citegraph.dsl.analysis;

import dev.citegraph.dsl.ast.Argument;
import dev.citegraph.dsl.ast.NumberLiteral;
import dev.citegraph.dsl.ast.Parameter;
import dev.citegraph.dsl.ast.Position;
import dev.citegraph.dsl.ast.StringLiteral;
import dev.citegraph.dsl.Slot;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** Hands out the parameters of one compiled query, named by role and number: name0, num0, unit1, ... */
final class Slots {
    private static final Map<Slot.Role, String> PREFIX = new EnumMap<>(Map.of(
            Slot.Role.ENTITY_KEY, "name", Slot.Role.DOCUMENT, "doc", Slot.Role.SECTION, "section",
            Slot.Role.TEXT, "text", Slot.Role.NUMBER, "num", Slot.Role.UNIT, "unit",
            Slot.Role.PREDICATE, "pred"));

    private final Map<Slot.Role, Integer> counters = new EnumMap<>(Slot.Role.class);
    private final List<Slot> all = new ArrayList<>();
    private final ValueTransforms transforms;

    Slots(ValueTransforms transforms) {
        this.transforms = transforms;
    }

    Slot of(Slot.Role role, Argument argument) {
        if (argument instanceof Parameter p) return add(role, p.position(), new Slot.FromParameter(p.name()));
        String text = ((StringLiteral) argument).text();
        return literal(role, argument.position(), text);
    }

    Slot number(NumberLiteral number) {
        return add(Slot.Role.NUMBER, number.position(), new Slot.Literal(number.value().doubleValue(), number.text()));
    }

    Slot parameter(Slot.Role role, Parameter parameter) {
        return add(role, parameter.position(), new Slot.FromParameter(parameter.name()));
    }

    /** A value written in the query, transformed as its role says. */
    Slot literal(Slot.Role role, Position position, String text) {
        return add(role, position, new Slot.Literal(transforms.apply(role, text), text));
    }

    /** One slot for each spelling of a unit a stored fact may carry (the unit vocabulary's), bound in lower case. */
    List<Slot> units(Position position, List<String> spellings) {
        return spellings.stream().map(s -> literal(Slot.Role.UNIT, position, s)).toList();
    }

    List<Slot> all() {
        return List.copyOf(all);
    }

    private Slot add(Slot.Role role, Position position, Slot.Source source) {
        int n = counters.merge(role, 1, Integer::sum) - 1;
        String name = PREFIX.get(role) + n;
        Slot slot = new Slot(name, role, position, source);
        all.add(slot);
        return slot;
    }
}

package dev.citegraph.cli;

import java.util.Arrays;
import java.util.Optional;

/**
 * A choice a person names on the command line, such as a format, looked up among an enum's constants. Not
 * {@code Enum.valueOf}: its IllegalArgumentException for an unknown name could only be caught together with those of
 * real bugs, which must reach the user as bugs.
 */
final class Choices {
    private Choices() {
    }

    /** The constant of {@code type} named {@code text}, in any case and with surrounding spaces ignored. */
    static <E extends Enum<E>> Optional<E> named(Class<E> type, String text) {
        String name = text.strip();
        return Arrays.stream(type.getEnumConstants()).filter(c -> c.name().equalsIgnoreCase(name)).findFirst();
    }
}

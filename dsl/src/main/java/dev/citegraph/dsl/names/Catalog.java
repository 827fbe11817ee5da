package dev.citegraph.dsl.names;

import java.util.List;
import java.util.Set;

/** The names a graph holds, for checking a query's names and suggesting near ones. */
public interface Catalog {

    /** Whether some entity has this key (Entity.keyOf of its name or an alias). */
    boolean hasEntity(String key);

    /** Canonical names of all entities, for "did you mean". */
    List<String> entityNames();

    /** The predicates of the stored facts. */
    Set<String> predicates();

    /** The ids of the stored documents. */
    Set<String> documentIds();
}

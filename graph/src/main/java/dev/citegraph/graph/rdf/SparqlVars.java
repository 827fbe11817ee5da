package dev.citegraph.graph.rdf;

import dev.citegraph.graph.query.Param;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.expr.Expr;
import org.apache.jena.sparql.expr.ExprList;
import org.apache.jena.sparql.expr.ExprVar;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * The variables of one rendered query. A parameter {@code p} is the variable {@code ?p}, which the store replaces by
 * the value; the renderer's own variables and the user's ({@code ?v_name}) must never share a parameter's name, or
 * the value would replace them too: {@link #checkApart} refuses such a query.
 */
final class SparqlVars {
    private final Set<String> own = new HashSet<>();
    private final Set<String> parameters = new TreeSet<>();

    Var own(String name) {
        own.add(name);
        return Var.alloc(name);
    }

    ExprVar ownExpr(String name) {
        return new ExprVar(own(name));
    }

    /** A user variable; the grammar allows only {@code [a-z_][a-z0-9_]*} there. */
    Var user(String name) {
        if (!name.matches("[a-z_][a-z0-9_]*")) throw new IllegalArgumentException("not a variable name: " + name);
        return own("v_" + name);
    }

    Var param(Param param) {
        parameters.add(param.name());
        return Var.alloc(param.name());
    }

    ExprVar paramExpr(Param param) {
        return new ExprVar(param(param));
    }

    /** The parameters' variables as a list of expressions, for {@code IN (...)}. */
    ExprList paramExprs(List<Param> params) {
        return new ExprList(params.stream().<Expr>map(this::paramExpr).toList());
    }

    /** @throws IllegalStateException a parameter has the name of another variable of the query */
    void checkApart() {
        for (String name : parameters) {
            if (own.contains(name)) {
                throw new IllegalStateException("parameter $" + name + " has the name of a variable of the SPARQL"
                        + " query; name it otherwise");
            }
        }
    }
}

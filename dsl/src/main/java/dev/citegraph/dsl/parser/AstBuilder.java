package dev.citegraph.dsl.parser;

import dev.citegraph.dsl.QueryError;
import dev.citegraph.dsl.QueryException;
import dev.citegraph.dsl.ast.AggregateFunction;
import dev.citegraph.dsl.ast.AggregateKey;
import dev.citegraph.dsl.ast.Argument;
import dev.citegraph.dsl.ast.Clause;
import dev.citegraph.dsl.ast.Comparator;
import dev.citegraph.dsl.ast.DocumentKey;
import dev.citegraph.dsl.ast.GroupKey;
import dev.citegraph.dsl.ast.NamedPredicate;
import dev.citegraph.dsl.ast.NumberLiteral;
import dev.citegraph.dsl.ast.Operand;
import dev.citegraph.dsl.ast.OrderKey;
import dev.citegraph.dsl.ast.Parameter;
import dev.citegraph.dsl.ast.Position;
import dev.citegraph.dsl.ast.PredicateRef;
import dev.citegraph.dsl.ast.Qualifier;
import dev.citegraph.dsl.ast.Query;
import dev.citegraph.dsl.ast.Scope;
import dev.citegraph.dsl.ast.ShowTarget;
import dev.citegraph.dsl.ast.Statement;
import dev.citegraph.dsl.ast.StringLiteral;
import dev.citegraph.dsl.ast.Term;
import dev.citegraph.dsl.ast.UnitPhrase;
import dev.citegraph.dsl.ast.Variable;
import dev.citegraph.graph.error.ErrorCode;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.tree.TerminalNode;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import static dev.citegraph.graph.error.ErrorCode.ALTERNATIVES;
import static dev.citegraph.graph.error.ErrorCode.BAD_LIMIT;
import static dev.citegraph.graph.error.ErrorCode.DOUBLE_EQUALS;
import static dev.citegraph.graph.error.ErrorCode.SINGLE_QUOTES;

/** Turns ANTLR's parse tree into our syntax tree: one short visit method per labelled alternative. */
final class AstBuilder extends KgqBaseVisitor<Object> {
    static final int MAX_LIMIT = 1_000_000;

    private final String source;

    AstBuilder(String source) {
        this.source = source;
    }

    Query build(KgqParser.QueryContext tree) {
        Statement statement = (Statement) visit(tree.statement());
        return new Query(position(tree.getStart()), tree.EXPLAIN() != null, statement);
    }

    @Override
    public Statement visitFactsAbout(KgqParser.FactsAboutContext ctx) {
        return new Statement.FactsAbout(position(ctx), argument(ctx.name()), scope(ctx.scope()), limit(ctx.limitClause()));
    }

    @Override
    public Statement visitMatchStatement(KgqParser.MatchStatementContext ctx) {
        List<Clause> clauses = new ArrayList<>();
        ctx.clauses().forEach(c -> clauses.addAll(clauses(c)));
        KgqParser.ReturnClauseContext returned = ctx.returnClause();
        List<Variable> columns = returned == null ? List.of()
                : returned.VARIABLE().stream().map(AstBuilder::variable).toList();
        return new Statement.Match(position(ctx), clauses, scope(ctx.scope()), columns,
                returned != null && returned.DISTINCT() != null, order(ctx.orderClause()), limit(ctx.limitClause()));
    }

    @Override
    public Statement visitAggregateStatement(KgqParser.AggregateStatementContext ctx) {
        return new Statement.Aggregate(position(ctx), function(ctx.aggregateFunction()), variable(ctx.VARIABLE()),
                clauses(ctx.clauses()), scope(ctx.scope()),
                Optional.ofNullable(ctx.groupClause()).map(g -> (GroupKey) visit(g)),
                order(ctx.orderClause()), limit(ctx.limitClause()));
    }

    @Override
    public Statement visitCompareStatement(KgqParser.CompareStatementContext ctx) {
        List<Argument> subjects = ctx.name().stream().map(this::argument).toList();
        List<PredicateRef> predicates = ctx.predicate().stream().map(p -> (PredicateRef) visit(p)).toList();
        return new Statement.Compare(position(ctx), ctx.DOCUMENTS() != null, subjects, predicates,
                qualifiers(ctx.qualifiers()), scope(ctx.scope()));
    }

    @Override
    public Statement visitConflictsStatement(KgqParser.ConflictsStatementContext ctx) {
        List<PredicateRef> predicates = ctx.predicate().stream().map(p -> (PredicateRef) visit(p)).toList();
        return new Statement.Conflicts(position(ctx), Optional.ofNullable(ctx.name()).map(this::argument), predicates,
                qualifiers(ctx.qualifiers()), scope(ctx.scope()), limit(ctx.limitClause()));
    }

    @Override
    public Statement visitSectionsOf(KgqParser.SectionsOfContext ctx) {
        return new Statement.Show(position(ctx), ShowTarget.SECTIONS, Optional.of(argument(ctx.name())),
                Optional.ofNullable(ctx.text()).map(this::argument), limit(ctx.limitClause()));
    }

    @Override
    public Statement visitShowStatement(KgqParser.ShowStatementContext ctx) {
        ShowTarget target = ShowTarget.valueOf(ctx.showTarget().getText().toUpperCase(Locale.ROOT));
        return new Statement.Show(position(ctx), target, Optional.ofNullable(ctx.name()).map(this::argument),
                Optional.ofNullable(ctx.text()).map(this::argument), limit(ctx.limitClause()));
    }

    @Override
    public Clause visitPattern(KgqParser.PatternContext ctx) {
        Clause.Pattern first = new Clause.Pattern(position(ctx), (Term) visit(ctx.term(0)),
                (PredicateRef) visit(ctx.predicate()), (Term) visit(ctx.term(1)), qualifiers(ctx.qualifiers()),
                ctx.OPTIONAL() != null);
        if (ctx.alternative().isEmpty()) return first;
        boolean bare = ctx.qualifiers() == null && ctx.alternative().stream().allMatch(a ->
                a instanceof KgqParser.PatternAlternativeContext p && p.qualifiers() == null);
        if (bare) return alternatives(first, ctx.alternative());
        if (ctx.OPTIONAL() != null) throw optionalUnion(ctx);
        List<Clause.Group> groups = new ArrayList<>();
        groups.add(new Clause.Group(first.position(), List.of(first)));
        ctx.alternative().forEach(a -> groups.add((Clause.Group) visit(a)));
        return new Clause.Union(position(ctx), groups);
    }

    /** Patterns without qualifiers joined by 'or'; an 'optional' before the first makes the whole optional. */
    private Clause alternatives(Clause.Pattern first, List<KgqParser.AlternativeContext> others) {
        List<Clause.Pattern> patterns = new ArrayList<>();
        patterns.add(first);
        for (KgqParser.AlternativeContext other : others) {
            KgqParser.PatternAlternativeContext p = (KgqParser.PatternAlternativeContext) other;
            patterns.add(new Clause.Pattern(position(p), (Term) visit(p.term(0)), (PredicateRef) visit(p.predicate()),
                    (Term) visit(p.term(1)), List.of()));
        }
        return new Clause.Alternatives(first.position(), patterns);
    }

    @Override
    public Clause visitUnion(KgqParser.UnionContext ctx) {
        if (ctx.alternative().isEmpty()) {
            throw syntax(ALTERNATIVES, position(ctx), "parentheses group the alternatives of a union: join groups "
                    + "with 'or', e.g. (?m uses \"MLA\" . ?m uses \"DeepSeekMoE\") or ?m uses \"FP8\", or leave "
                    + "them out");
        }
        if (ctx.OPTIONAL() != null) throw optionalUnion(ctx);
        List<Clause.Group> groups = new ArrayList<>();
        groups.add(group(ctx.group()));
        ctx.alternative().forEach(a -> groups.add((Clause.Group) visit(a)));
        return new Clause.Union(position(ctx), groups);
    }

    private QueryException optionalUnion(ParserRuleContext ctx) {
        return syntax(ALTERNATIVES, position(ctx), "'optional' applies to one pattern, not to a union: write "
                + "optional patterns after the union, or make each of their groups required");
    }

    @Override
    public Clause.Group visitGroupAlternative(KgqParser.GroupAlternativeContext ctx) {
        return group(ctx.group());
    }

    private Clause.Group group(KgqParser.GroupContext group) {
        if (group.clauses() == null) {
            throw syntax(ALTERNATIVES, position(group), "a group holds at least one pattern, e.g. "
                    + "(?m uses \"MLA\"): fill the empty group or leave it out");
        }
        List<Clause> clauses = clauses(group.clauses());
        for (Clause clause : clauses) {
            if (clause instanceof Clause.Union) {
                throw syntax(ALTERNATIVES, clause.position(), "groups do not nest: write each combination as a "
                        + "group of its own, e.g. (a . b) or (a . c) for (a . (b) or (c))");
            }
            if (clause instanceof Clause.Absent) {
                throw syntax(ALTERNATIVES, clause.position(), "a 'not' pattern filters the rows of the whole match, "
                        + "not of one group: write it after the union");
            }
            boolean optional = clause instanceof Clause.Pattern p && p.optional()
                    || clause instanceof Clause.Alternatives a && a.patterns().get(0).optional();
            if (optional) {
                throw syntax(ALTERNATIVES, clause.position(), "an optional pattern extends the rows of the whole "
                        + "match, not of one group: write it after the union");
            }
        }
        return new Clause.Group(position(group), clauses);
    }

    @Override
    public Clause.Group visitPatternAlternative(KgqParser.PatternAlternativeContext ctx) {
        Clause.Pattern pattern = new Clause.Pattern(position(ctx), (Term) visit(ctx.term(0)),
                (PredicateRef) visit(ctx.predicate()), (Term) visit(ctx.term(1)), qualifiers(ctx.qualifiers()));
        return new Clause.Group(position(ctx), List.of(pattern));
    }

    @Override
    public Clause visitAbsentPattern(KgqParser.AbsentPatternContext ctx) {
        return new Clause.Absent(position(ctx), new Clause.Pattern(position(ctx.term(0)), (Term) visit(ctx.term(0)),
                (PredicateRef) visit(ctx.predicate()), (Term) visit(ctx.term(1)), qualifiers(ctx.qualifiers())));
    }

    private List<Qualifier> qualifiers(KgqParser.QualifiersContext ctx) {
        if (ctx == null) return List.of();
        return ctx.qualifier().stream().map(q -> new Qualifier(position(q), q.word().getText().toLowerCase(Locale.ROOT),
                argument(q.text()))).toList();
    }

    @Override
    public Clause visitComparison(KgqParser.ComparisonContext ctx) {
        Comparator comparator = (Comparator) visit(ctx.comparator());
        Object value = visit(ctx.value());
        Operand operand = value instanceof ValueWithUnit v ? v.operand() : (Operand) value;
        Optional<UnitPhrase> unit = value instanceof ValueWithUnit v ? v.unit() : Optional.empty();
        return new Clause.Comparison(position(ctx), variable(ctx.VARIABLE()), comparator, operand, unit);
    }

    @Override
    public Clause visitContainsCondition(KgqParser.ContainsConditionContext ctx) {
        return new Clause.Contains(position(ctx), variable(ctx.VARIABLE()), argument(ctx.text()));
    }

    @Override
    public Term visitNameTerm(KgqParser.NameTermContext ctx) {
        return (Term) argument(ctx.name());
    }

    @Override
    public Term visitVariableTerm(KgqParser.VariableTermContext ctx) {
        return variable(ctx.VARIABLE());
    }

    @Override
    public PredicateRef visitNamedPredicate(KgqParser.NamedPredicateContext ctx) {
        return new NamedPredicate(position(ctx), ctx.getText().toLowerCase(Locale.ROOT));
    }

    @Override
    public PredicateRef visitVariablePredicate(KgqParser.VariablePredicateContext ctx) {
        return variable(ctx.VARIABLE());
    }

    @Override
    public Argument visitStringName(KgqParser.StringNameContext ctx) {
        return string(ctx.STRING().getSymbol());
    }

    @Override
    public Argument visitParameterName(KgqParser.ParameterNameContext ctx) {
        return parameter(ctx.PARAMETER().getSymbol());
    }

    @Override
    public Argument visitSingleQuotedName(KgqParser.SingleQuotedNameContext ctx) {
        throw singleQuoted(ctx.SINGLE_QUOTED().getSymbol());
    }

    @Override
    public Argument visitStringText(KgqParser.StringTextContext ctx) {
        return string(ctx.STRING().getSymbol());
    }

    @Override
    public Argument visitParameterText(KgqParser.ParameterTextContext ctx) {
        return parameter(ctx.PARAMETER().getSymbol());
    }

    @Override
    public Argument visitSingleQuotedText(KgqParser.SingleQuotedTextContext ctx) {
        throw singleQuoted(ctx.SINGLE_QUOTED().getSymbol());
    }

    @Override
    public Object visitNumberValue(KgqParser.NumberValueContext ctx) {
        return new ValueWithUnit(Numbers.literal(ctx.NUMBER().getSymbol(), position(ctx)), unit(ctx.unit()));
    }

    /** {@code $5M}: the number 5M in the unit "$", after any scale words ({@code $5.6 million}). */
    @Override
    public Object visitMoneyValue(KgqParser.MoneyValueContext ctx) {
        Token money = ctx.MONEY().getSymbol();
        String amount = money.getText().substring(1);
        NumberLiteral number = new NumberLiteral(position(ctx), Numbers.value(amount), amount);
        List<UnitPhrase.Word> words = new ArrayList<>(words(ctx.unitWord()));
        words.add(new UnitPhrase.Word(position(money), "$"));
        return new ValueWithUnit(number, Optional.of(new UnitPhrase(position(money), words)));
    }

    @Override
    public Object visitStringValue(KgqParser.StringValueContext ctx) {
        return string(ctx.STRING().getSymbol());
    }

    @Override
    public Object visitParameterValue(KgqParser.ParameterValueContext ctx) {
        return new ValueWithUnit(parameter(ctx.PARAMETER().getSymbol()), unit(ctx.unit()));
    }

    @Override
    public Object visitSingleQuotedValue(KgqParser.SingleQuotedValueContext ctx) {
        throw singleQuoted(ctx.SINGLE_QUOTED().getSymbol());
    }

    @Override
    public UnitPhrase visitQuotedUnit(KgqParser.QuotedUnitContext ctx) {
        List<UnitPhrase.Word> words = new ArrayList<>(words(ctx.unitWord()));
        Token quoted = ctx.STRING().getSymbol();
        words.add(new UnitPhrase.Word(position(quoted), Strings.unquote(quoted.getText())));
        return new UnitPhrase(position(ctx), words);
    }

    @Override
    public UnitPhrase visitBareUnit(KgqParser.BareUnitContext ctx) {
        return new UnitPhrase(position(ctx), words(ctx.unitWord()));
    }

    @Override
    public Comparator visitPlainComparator(KgqParser.PlainComparatorContext ctx) {
        return switch (ctx.getStart().getType()) {
            case KgqLexer.EQ -> Comparator.EQ;
            case KgqLexer.NEQ -> Comparator.NEQ;
            case KgqLexer.LT -> Comparator.LT;
            case KgqLexer.LTE -> Comparator.LTE;
            case KgqLexer.GT -> Comparator.GT;
            default -> Comparator.GTE;
        };
    }

    @Override
    public Comparator visitDoubleEqualsComparator(KgqParser.DoubleEqualsComparatorContext ctx) {
        throw syntax(DOUBLE_EQUALS, position(ctx), "'==' is not an operator here: use '=' to compare");
    }

    @Override
    public Scope visitDocumentScope(KgqParser.DocumentScopeContext ctx) {
        return new Scope(position(ctx), Optional.of(argument(ctx.name())),
                Optional.ofNullable(ctx.text()).map(this::argument));
    }

    @Override
    public Scope visitSectionScope(KgqParser.SectionScopeContext ctx) {
        return new Scope(position(ctx), Optional.empty(), Optional.of(argument(ctx.text())));
    }

    @Override
    public GroupKey visitGroupByDocument(KgqParser.GroupByDocumentContext ctx) {
        return new DocumentKey(position(ctx.DOCUMENT().getSymbol()));
    }

    @Override
    public GroupKey visitGroupByVariable(KgqParser.GroupByVariableContext ctx) {
        return variable(ctx.VARIABLE());
    }

    @Override
    public OrderKey visitVariableOrder(KgqParser.VariableOrderContext ctx) {
        return new OrderKey(position(ctx), variable(ctx.VARIABLE()), descending(ctx.direction));
    }

    @Override
    public OrderKey visitAggregateOrder(KgqParser.AggregateOrderContext ctx) {
        AggregateKey key = new AggregateKey(position(ctx), function(ctx.aggregateFunction()));
        return new OrderKey(position(ctx), key, descending(ctx.direction));
    }

    @Override
    public OrderKey visitGroupOrder(KgqParser.GroupOrderContext ctx) {
        return new OrderKey(position(ctx), new DocumentKey(position(ctx)), descending(ctx.direction));
    }

    private List<Clause> clauses(KgqParser.ClausesContext ctx) {
        return ctx.clause().stream().map(c -> (Clause) visit(c)).toList();
    }

    private Argument argument(ParserRuleContext ctx) {
        return (Argument) visit(ctx);
    }

    private Optional<Scope> scope(KgqParser.ScopeContext ctx) {
        return Optional.ofNullable(ctx).map(s -> (Scope) visit(s));
    }

    private List<OrderKey> order(KgqParser.OrderClauseContext ctx) {
        return ctx == null ? List.of() : ctx.orderKey().stream().map(k -> (OrderKey) visit(k)).toList();
    }

    private Optional<Integer> limit(KgqParser.LimitClauseContext ctx) {
        if (ctx == null) return Optional.empty();
        Token token = ctx.NUMBER().getSymbol();
        var value = Numbers.literal(token, position(token)).value();
        if (value.signum() <= 0 || value.stripTrailingZeros().scale() > 0 || value.intValue() > MAX_LIMIT
                || value.compareTo(java.math.BigDecimal.valueOf(MAX_LIMIT)) > 0) {
            throw syntax(BAD_LIMIT, position(token),
                    "limit must be a whole number from 1 to " + MAX_LIMIT + ", was " + token.getText());
        }
        return Optional.of(value.intValue());
    }

    private Optional<UnitPhrase> unit(KgqParser.UnitContext ctx) {
        return Optional.ofNullable(ctx).map(u -> (UnitPhrase) visit(u));
    }

    /** Tokens written without a space between them make one word: GB/s is one word, GB / s three. */
    private static List<UnitPhrase.Word> words(List<KgqParser.UnitWordContext> unitWords) {
        List<UnitPhrase.Word> words = new ArrayList<>();
        Token previous = null;
        for (KgqParser.UnitWordContext unitWord : unitWords) {
            Token token = unitWord.getStart();
            if (previous != null && token.getStartIndex() == previous.getStopIndex() + 1) {
                UnitPhrase.Word glued = words.remove(words.size() - 1);
                words.add(new UnitPhrase.Word(glued.position(), glued.text() + token.getText()));
            } else {
                words.add(new UnitPhrase.Word(position(token), token.getText()));
            }
            previous = token;
        }
        return words;
    }

    private static AggregateFunction function(KgqParser.AggregateFunctionContext ctx) {
        return AggregateFunction.valueOf(ctx.getText().toUpperCase(Locale.ROOT));
    }

    private static boolean descending(Token direction) {
        return direction != null && direction.getType() == KgqLexer.DESC;
    }

    private static Variable variable(TerminalNode node) {
        return new Variable(position(node.getSymbol()), node.getText().substring(1).toLowerCase(Locale.ROOT));
    }

    private static StringLiteral string(Token token) {
        return new StringLiteral(position(token), Strings.unquote(token.getText()));
    }

    private static Parameter parameter(Token token) {
        return new Parameter(position(token), token.getText().substring(1).toLowerCase(Locale.ROOT));
    }

    private QueryException singleQuoted(Token token) {
        String text = token.getText();
        String fixed = "\"" + text.substring(1, text.length() - 1).replace("\"", "\\\"") + "\"";
        return syntax(SINGLE_QUOTES, position(token), "names and texts are written in double quotes: " + fixed);
    }

    private QueryException syntax(ErrorCode code, Position position, String message) {
        return new QueryException(new QueryError(code, position, message), source);
    }

    private static Position position(ParserRuleContext ctx) {
        return position(ctx.getStart());
    }

    static Position position(Token token) {
        return new Position(Math.max(token.getStartIndex(), 0), Math.max(token.getLine(), 1),
                token.getCharPositionInLine() + 1);
    }

    private record ValueWithUnit(Operand operand, Optional<UnitPhrase> unit) {
    }
}

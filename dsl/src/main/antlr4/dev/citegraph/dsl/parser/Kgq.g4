// The citegraph query language. Keywords are case-insensitive; names are "double quoted" and match canonical names
// and aliases case-insensitively; predicates are bare words matched through the synonym vocabulary.
// Every alternative is labelled: AstBuilder has one short visit method per label.
grammar Kgq;

options { caseInsensitive = true; }

query
    : EXPLAIN? statement SEMICOLON? EOF
    ;

statement
    : FACTS ABOUT name scope? limitClause?                                                  # factsAbout
    | MATCH clauses (WHERE clauses)? scope? returnClause? orderClause? limitClause?         # matchStatement
    | aggregateFunction VARIABLE WHERE clauses scope? groupClause? orderClause? limitClause? # aggregateStatement
    | COMPARE DOCUMENTS? name (COMMA name)* ON predicate (COMMA predicate)* qualifiers? scope? # compareStatement
    | CONFLICTS (ABOUT name)? (ON predicate (COMMA predicate)* qualifiers?)? scope? limitClause? # conflictsStatement
    | SECTIONS OF name (MATCHING text)? limitClause?                                        # sectionsOf
    | SHOW showTarget (OF name)? (MATCHING text)? limitClause?                              # showStatement
    ;

clauses
    : clause ((DOT | AND) clause)*
    ;

clause
    : OPTIONAL? term predicate term qualifiers? (OR alternative)*  # pattern
    | OPTIONAL? group (OR alternative)*   # union
    | NOT term predicate term qualifiers?        # absentPattern
    | VARIABLE comparator value            # comparison
    | VARIABLE CONTAINS text               # containsCondition
    ;

// One side of 'or': a parenthesised group of clauses, or one pattern with its qualifiers. Patterns without
// qualifiers joined by 'or' are one pattern with alternatives; with a group or qualifiers they make a union.
alternative
    : group                                # groupAlternative
    | term predicate term qualifiers?      # patternAlternative
    ;

// Empty, optional, nested and lone groups parse so that AstBuilder can say how to write them.
group
    : LPAREN clauses? RPAREN
    ;

// What a fact's qualifiers must say, as answers show them: [stage = "pre-training", shots = "5"].
qualifiers
    : LBRACKET qualifier (COMMA qualifier)* RBRACKET
    ;

qualifier
    : word EQ text
    ;

term
    : name                                 # nameTerm
    | VARIABLE                             # variableTerm
    ;

predicate
    : word                                 # namedPredicate
    | VARIABLE                             # variablePredicate
    ;

name
    : STRING                               # stringName
    | PARAMETER                            # parameterName
    | SINGLE_QUOTED                        # singleQuotedName
    ;

text
    : STRING                               # stringText
    | PARAMETER                            # parameterText
    | SINGLE_QUOTED                        # singleQuotedText
    ;

value
    : NUMBER unit?                         # numberValue
    | MONEY unitWord*                      # moneyValue
    | STRING                               # stringValue
    | PARAMETER unit?                      # parameterValue
    | SINGLE_QUOTED                        # singleQuotedValue
    ;

// What follows a number, as people write it: scale words and a unit (100 billion, 2664 K GPU hours, 50 GB/s, 80 %,
// 1.5M "GPU hours"). The grammar only collects the words; the unit vocabulary says what they mean.
unit
    : unitWord* STRING                     # quotedUnit
    | unitWord+                            # bareUnit
    ;

unitWord
    : IDENTIFIER | SLASH | PERCENT
    ;

comparator
    : op=(EQ | NEQ | LT | LTE | GT | GTE)  # plainComparator
    | DOUBLE_EQ                            # doubleEqualsComparator
    ;

scope
    : IN name (SECTION text)?              # documentScope
    | IN SECTION text                      # sectionScope
    ;

groupClause
    : GROUP BY DOCUMENT                    # groupByDocument
    | GROUP BY VARIABLE                    # groupByVariable
    ;

// The columns of a match and their order; distinct keeps one row per distinct set of values.
returnClause
    : RETURN DISTINCT? VARIABLE (COMMA VARIABLE)*
    ;

orderClause
    : ORDER BY orderKey (COMMA orderKey)*
    ;

orderKey
    : VARIABLE direction=(ASC | DESC)?            # variableOrder
    | aggregateFunction direction=(ASC | DESC)?   # aggregateOrder
    | DOCUMENT direction=(ASC | DESC)?            # groupOrder
    ;

limitClause
    : LIMIT NUMBER
    ;

aggregateFunction
    : COUNT | SUM | MIN | MAX | AVG
    ;

showTarget
    : PREDICATES | ENTITIES | DOCUMENTS | SECTIONS
    ;

// A predicate may be spelled like a keyword that cannot start or end a clause ("count", "show", "document");
// not "contains", which starts a condition (?x contains "fp8").
word
    : IDENTIFIER | ABOUT | ASC | AVG | BY | COMPARE | CONFLICTS | COUNT | DESC | DISTINCT | DOCUMENT | DOCUMENTS | ENTITIES
    | EXPLAIN | FACTS | GROUP | MATCH | MATCHING | MAX | MIN | OF | ON | OPTIONAL | PREDICATES | RETURN | SECTION | SECTIONS | SHOW | SUM
    ;

ABOUT      : 'about';
AND        : 'and';
ASC        : 'asc';
AVG        : 'avg';
BY         : 'by';
COMPARE    : 'compare';
CONFLICTS  : 'conflicts';
CONTAINS   : 'contains';
COUNT      : 'count';
DESC       : 'desc';
DISTINCT   : 'distinct';
DOCUMENT   : 'document';
DOCUMENTS  : 'documents';
ENTITIES   : 'entities';
EXPLAIN    : 'explain';
FACTS      : 'facts';
GROUP      : 'group';
IN         : 'in';
LIMIT      : 'limit';
MATCH      : 'match';
MATCHING   : 'matching';
MAX        : 'max';
MIN        : 'min';
NOT        : 'not';
OF         : 'of';
ON         : 'on';
OPTIONAL   : 'optional';
OR         : 'or';
ORDER      : 'order';
PREDICATES : 'predicates';
RETURN     : 'return';
SECTION    : 'section';
SECTIONS   : 'sections';
SHOW       : 'show';
SUM        : 'sum';
WHERE      : 'where';

EQ        : '=';
DOUBLE_EQ : '==';
NEQ       : '!=' | '<>';
LTE       : '<=';
GTE       : '>=';
LT        : '<';
GT        : '>';
COMMA     : ',';
DOT       : '.';
SEMICOLON : ';';
SLASH     : '/';
LBRACKET  : '[';
RBRACKET  : ']';
LPAREN    : '(';
RPAREN    : ')';
PERCENT   : '%';

STRING        : '"' ( ~["\\\r\n] | '\\' ~[\r\n] )* '"';
// Accepted only so the parser can say how to fix them.
UNTERMINATED_STRING : '"' ( ~["\\\r\n] | '\\' ~[\r\n] )*;
SINGLE_QUOTED : '\'' ~['\r\n]* '\'';

VARIABLE   : '?' [a-z_] [a-z0-9_]*;
PARAMETER  : '$' [a-z_] [a-z0-9_]*;
// An amount in dollars as people write it: $5M, $5.6 million.
MONEY      : '$' [0-9]+ ('.' [0-9]+)? [kmbt]?;
NUMBER     : [0-9]+ ('.' [0-9]+)? [kmbt]?;
IDENTIFIER : [a-z_] [a-z0-9_]*;

COMMENT    : ('#' | '//') ~[\r\n]* -> skip;
WS         : [ \t\r\n\u000C]+ -> skip;

UNRECOGNIZED : .;

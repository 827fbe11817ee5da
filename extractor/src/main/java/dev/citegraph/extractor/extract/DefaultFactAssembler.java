package dev.citegraph.extractor.extract;

import dev.citegraph.extractor.ingest.IngestedReport;
import dev.citegraph.extractor.normalize.EntityRegistry;
import dev.citegraph.extractor.normalize.NameCleaner;
import dev.citegraph.extractor.normalize.ObjectKinds;
import dev.citegraph.extractor.normalize.QualifierNormalizer;
import dev.citegraph.extractor.verify.NumberCheck;
import dev.citegraph.extractor.verify.QuoteLocator;
import dev.citegraph.graph.error.ErrorCode;
import dev.citegraph.graph.model.Citation;
import dev.citegraph.graph.model.Entity;
import dev.citegraph.graph.model.Fact;
import dev.citegraph.graph.model.FactObject;
import dev.citegraph.graph.model.Predicate;
import dev.citegraph.graph.model.Section;
import dev.citegraph.graph.model.Verdict;
import dev.citegraph.graph.vocab.PredicateVocabulary;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The one way a proposal becomes a fact, whichever extractor proposed it. The quote must be in the section (or one
 * of its table rows) and every number of the object in the quote; then subject and entity objects are resolved in
 * the {@link EntityRegistry} (only verified facts teach it spellings), the predicate goes through the vocabulary,
 * the object is typed, the qualifiers are normalised, and the citation gets the span and the page where the quote
 * stands. Anything else comes back REJECTED with its {@link ErrorCode} and the citation of what was claimed.
 */
public final class DefaultFactAssembler implements FactAssembler {
    private static final String NO_SUBJECT = "(no subject)";
    private static final String NO_PREDICATE = "(no predicate)";

    private final PredicateVocabulary vocabulary;
    private final EntityRegistry registry;

    public DefaultFactAssembler(PredicateVocabulary vocabulary, EntityRegistry registry) {
        this.vocabulary = vocabulary;
        this.registry = registry;
    }

    public EntityRegistry registry() {
        return registry;
    }

    @Override
    public void prepare(IngestedReport report) {
        registry.learn(report);
    }

    @Override
    public Fact assemble(Section section, CandidateFact candidate, String method) {
        Predicate predicate = candidate.predicate().isEmpty() ? Predicate.of(NO_PREDICATE)
                : new Predicate(vocabulary.canonicalOrSelf(candidate.predicate()), candidate.predicate());
        Map<String, String> qualifiers = QualifierNormalizer.normalise(candidate.qualifiers());
        Optional<QuoteLocator.Location> found = QuoteLocator.locate(section, candidate.quote());
        Optional<Verdict.Rejected> problem = problem(section, candidate, found);
        if (problem.isPresent()) {
            Citation claimed = Citation.of(section, candidate.quote(), 0, 0);
            return Fact.of(unregistered(candidate.subject(), section), predicate,
                    object(candidate.object(), predicate, section, false), qualifiers, problem.get(), method, claimed);
        }
        QuoteLocator.Location at = found.orElseThrow();
        Entity subject = registry.resolve(candidate.subject(), section.documentId()).orElseThrow();
        Citation citation = new Citation(section.documentId(), section.id(), section.number(), section.title(),
                at.page(), at.evidence().strip().replaceAll("\\s+", " "), at.start(), at.end());
        return Fact.of(subject, predicate, object(candidate.object(), predicate, section, true), qualifiers,
                Verdict.verified(), method, citation);
    }

    /** The first reason not to trust the proposal, checked in the order a reviewer would. */
    private Optional<Verdict.Rejected> problem(Section section, CandidateFact c,
                                               Optional<QuoteLocator.Location> found) {
        if (c.subject().isEmpty()) return reject(ErrorCode.EMPTY_SUBJECT, "the fact names no subject");
        if (c.predicate().isEmpty()) return reject(ErrorCode.EMPTY_PREDICATE, "the fact names no predicate");
        if (c.object().isEmpty()) return reject(ErrorCode.EMPTY_OBJECT, "the fact names no object");
        if (c.quote().isBlank()) return reject(ErrorCode.EMPTY_QUOTE, "the fact quotes nothing");
        if (EntityRegistry.isVague(c.subject())
                || EntityRegistry.isPronoun(c.subject()) && registry.mainModel(section.documentId()).isEmpty()) {
            return reject(ErrorCode.UNRESOLVED_SUBJECT, "\"" + c.subject() + "\" does not say what it stands for"
                    + (EntityRegistry.isPronoun(c.subject()) ? " and the report's main model is not known" : ""));
        }
        if (found.isEmpty()) {
            return reject(ErrorCode.QUOTE_NOT_IN_SECTION,
                    "the quote is not in " + section.label() + " nor in its tables");
        }
        List<String> missing = NumberCheck.missing(c.object(), found.get().evidence());
        if (!missing.isEmpty()) {
            return reject(ErrorCode.NUMBER_NOT_IN_QUOTE,
                    "the object's " + String.join(", ", missing) + " is not in the quote");
        }
        return Optional.empty();
    }

    private static Optional<Verdict.Rejected> reject(ErrorCode code, String detail) {
        return Optional.of(Verdict.rejected(code, detail));
    }

    private FactObject object(String said, Predicate predicate, Section section, boolean verified) {
        switch (ObjectKinds.kindOf(said, predicate.name())) {
            case QUANTITY:
                return new FactObject.QuantityObject(ObjectKinds.quantity(said, predicate.name()).orElseThrow());
            case ENTITY:
                return new FactObject.EntityObject(verified
                        ? registry.resolve(said, section.documentId()).orElseGet(() -> Entity.named(said))
                        : unregistered(said, section));
            default:
                return new FactObject.TextObject(said);
        }
    }

    /** The entity a name would resolve to, without teaching the registry a spelling no verified fact supports. */
    private Entity unregistered(String name, Section section) {
        if (name.isBlank()) return Entity.named(NO_SUBJECT);
        if (EntityRegistry.isPronoun(name)) {
            Optional<String> main = registry.mainModel(section.documentId());
            if (main.isPresent()) return registry.find(main.get()).orElseGet(() -> Entity.named(main.get()));
        }
        return registry.find(name).orElseGet(() -> Entity.named(NameCleaner.clean(name)));
    }
}

package dev.citegraph.queries.answer.log;

import dev.citegraph.graph.model.Citation;
import dev.citegraph.graph.model.Fact;
import dev.citegraph.queries.answer.ask.Answer;
import dev.citegraph.queries.answer.ask.CheckedSentence;

import java.util.ArrayList;
import java.util.List;

/** The log line of an answer: built from that one answer alone. */
public final class QaRecords {
    private QaRecords() {
    }

    public static QaRecord of(Answer answer) {
        List<QaRecord.LoggedCitation> citations = new ArrayList<>();
        for (Fact fact : answer.cited()) {
            for (Citation c : fact.citations()) {
                citations.add(new QaRecord.LoggedCitation(fact.id(), c.documentId(),
                        (c.sectionNumber() + " " + c.sectionTitle()).strip(), c.page(), c.quote()));
            }
        }
        return new QaRecord(answer.time().toString(), answer.question(), answer.query(), answer.factsGiven(),
                answer.text(), citations, answer.model(), answer.notInDocuments(),
                answer.dropped().stream().map(CheckedSentence::text).toList());
    }
}

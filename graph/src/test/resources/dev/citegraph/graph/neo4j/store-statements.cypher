-- DocumentStatements.MERGE_DOCUMENT
MERGE (d:`Document` {id: $doc.id}) SET d += $doc

-- DocumentStatements.DOCUMENT_EXISTS
MATCH (d:`Document` {id: $id}) RETURN count(d) > 0 AS found

-- DocumentStatements.DROP_CITATIONS
MATCH (:`Document` {id: $id})<-[:`IN`]-(:`Section`)<-[c:`CITES`]-(f:`Fact`) DELETE c WITH DISTINCT f WHERE NOT (f)-[:`CITES`]->() MATCH (f)-[:`SUBJECT`]->(s:`Entity`) OPTIONAL MATCH (f)-[:`OBJECT`]->(o:`Entity`) OPTIONAL MATCH (s)-[r:`RELATED` {fact: f.id}]->() DELETE r WITH f, s, o DETACH DELETE f RETURN (collect(DISTINCT s.id) + collect(DISTINCT o.id)) AS entities

-- DocumentStatements.DROP_SECTIONS
MATCH (:`Document` {id: $id})<-[:`IN`]-(s:`Section`) DETACH DELETE s

-- DocumentStatements.DROP_DOCUMENT
MATCH (d:`Document` {id: $id}) DETACH DELETE d

-- DocumentStatements.DROP_ORPHAN_ENTITIES
UNWIND $ids AS id MATCH (e:`Entity` {id: id}) WHERE NOT (e)<-[:`SUBJECT`|`OBJECT`]-() OPTIONAL MATCH (n:`Name`)-[:`NAMES`]->(e) DETACH DELETE e WITH DISTINCT n WHERE (n IS NOT NULL AND NOT (n)-[:`NAMES`]->()) DELETE n

-- DocumentStatements.CREATE_SECTIONS
MATCH (d:`Document` {id: $id}) UNWIND $rows AS row CREATE (s:`Section`)-[:`IN`]->(d) SET s = row RETURN s.id AS id, elementId(s) AS element

-- DocumentStatements.LINK_PARENTS
UNWIND $rows AS row MATCH (s:`Section` {id: row.id}), (p:`Section` {id: row.parentId}) CREATE (s)-[:`PARENT`]->(p)

-- DocumentStatements.ENTITY_CHANGES
UNWIND $rows AS row OPTIONAL MATCH (e:`Entity` {id: row.id}) RETURN row.id AS id, elementId(e) AS element, (e IS NULL OR (e.kind = 'CONCEPT' AND row.kind <> 'CONCEPT') OR any(a IN (row.aliases + [row.name]) WHERE (NOT (a IN coalesce(e.aliases, [])) AND a <> e.name)) OR any(k IN row.keys WHERE NOT (k IN coalesce(e.nameKeys, [])))) AS changes

-- DocumentStatements.MERGE_ENTITIES
UNWIND $rows AS row MERGE (e:`Entity` {id: row.id}) ON CREATE SET e.name = row.name, e.kind = row.kind, e.aliases = row.aliases ON MATCH SET e.kind = CASE WHEN e.kind = 'CONCEPT' THEN row.kind ELSE e.kind END, e.aliases = (coalesce(e.aliases, []) + [a IN (row.aliases + [row.name]) WHERE (NOT (a IN coalesce(e.aliases, [])) AND a <> e.name)]) WITH e, [k IN row.keys WHERE NOT (k IN coalesce(e.nameKeys, []))] AS newKeys SET e.nameKeys = (coalesce(e.nameKeys, []) + newKeys) WITH e, newKeys CALL (e, newKeys) {UNWIND newKeys AS key MERGE (n:`Name` {key: key}) MERGE (n)-[:`NAMES`]->(e)} RETURN e.id AS id, elementId(e) AS element

-- DocumentStatements.STORED_FACTS
UNWIND $ids AS id MATCH (f:`Fact` {id: id}) RETURN f.id AS id

-- DocumentStatements.CREATE_FACTS
UNWIND $rows AS row MATCH (s:`Entity`) WHERE elementId(s) = row.subject OPTIONAL MATCH (o:`Entity`) WHERE elementId(o) = row.object WITH row, s, o WHERE (row.object IS NULL OR o IS NOT NULL) CREATE (f:`Fact`)-[:`SUBJECT`]->(s) SET f = row.props FOREACH (x IN CASE WHEN o IS NULL THEN [] ELSE [o] END | CREATE (f)-[:`OBJECT`]->(x), (s)-[:`RELATED` {fact: row.id, predicate: row.predicate}]->(x)) WITH f, row CALL (f, row) {UNWIND row.citations AS c MATCH (sec:`Section`) WHERE elementId(sec) = c.section CREATE (f)-[:`CITES` {documentId: c.documentId, quote: c.quote, page: c.page, start: c.start, end: c.end, searchText: c.searchText}]->(sec)} RETURN count(f) AS written

-- DocumentStatements.CITE_STORED_FACTS
UNWIND $rows AS row MATCH (f:`Fact` {id: row.id}) SET f.reason = CASE WHEN f.status = 'VERIFIED' THEN f.reason ELSE row.props.reason END, f.status = CASE WHEN f.status = 'VERIFIED' THEN f.status ELSE row.props.status END WITH f, row CALL (f, row) {UNWIND row.citations AS c MATCH (sec:`Section`) WHERE elementId(sec) = c.section CREATE (f)-[:`CITES` {documentId: c.documentId, quote: c.quote, page: c.page, start: c.start, end: c.end, searchText: c.searchText}]->(sec)} RETURN count(f) AS written

-- StoreReads.DOCUMENTS
MATCH (d:`Document`) RETURN d ORDER BY d.id

-- StoreReads.DOCUMENT_BY_ID
MATCH (d:`Document` {id: $id}) RETURN d

-- StoreReads.SECTIONS_OF_DOCUMENT
MATCH (s:`Section` {documentId: $id}) RETURN s ORDER BY s.ordinal

-- StoreReads.FACTS_BY_ID
MATCH (f:`Fact`) WHERE f.id IN $ids MATCH (f)-[:`SUBJECT`]->(s:`Entity`) OPTIONAL MATCH (f)-[:`OBJECT`]->(o:`Entity`) OPTIONAL MATCH (f)-[c:`CITES`]->(sec:`Section`) WITH f, s, o, c, sec ORDER BY c.documentId, sec.ordinal, c.start, c.end RETURN f{.*} AS fact, s{.*} AS subject, o{.*} AS object, collect(CASE WHEN c IS NULL THEN NULL ELSE {documentId: c.documentId, sectionId: sec.id, number: sec.number, title: sec.title, page: c.page, quote: c.quote, start: c.start, end: c.end} END) AS citations

-- StoreReads.ALL_FACTS
MATCH (f:`Fact`) MATCH (f)-[:`SUBJECT`]->(s:`Entity`) OPTIONAL MATCH (f)-[:`OBJECT`]->(o:`Entity`) OPTIONAL MATCH (f)-[c:`CITES`]->(sec:`Section`) WITH f, s, o, c, sec ORDER BY c.documentId, sec.ordinal, c.start, c.end RETURN f{.*} AS fact, s{.*} AS subject, o{.*} AS object, collect(CASE WHEN c IS NULL THEN NULL ELSE {documentId: c.documentId, sectionId: sec.id, number: sec.number, title: sec.title, page: c.page, quote: c.quote, start: c.start, end: c.end} END) AS citations ORDER BY fact.id

-- StoreReads.CITATION_COUNT
MATCH ()-[c:`CITES`]->() RETURN count(c) AS n

-- StoreReads.FACTS_BY_STATUS
MATCH (f:`Fact`) RETURN f.status AS status, count(f) AS n

-- StoreReads.DELETE_EVERYTHING
MATCH (n) DETACH DELETE n

-- TextSearchStatements.MATCHING_FACTS
CALL db.index.fulltext.queryRelationships('citation_text', $query, {limit: $hits}) YIELD relationship, score MATCH (f:`Fact`)-[relationship]->() WHERE f.status = 'VERIFIED' WITH f, max(score) AS best ORDER BY best DESC, f.id ASC LIMIT $limit RETURN f.id AS id

-- TextSearchStatements.TERM_COUNTS
UNWIND $terms AS term CALL (term) {CALL db.index.fulltext.queryRelationships('citation_text', term.query, {limit: $cap}) YIELD relationship RETURN count(relationship) AS n} RETURN term.term AS term, n

-- StoreReads.countOf(Document)
MATCH (n:`Document`) RETURN count(n) AS n

-- Neo4jSchema.document_id
CREATE CONSTRAINT document_id IF NOT EXISTS FOR (n:Document) REQUIRE n.id IS UNIQUE

-- Neo4jSchema.section_id
CREATE CONSTRAINT section_id IF NOT EXISTS FOR (n:Section) REQUIRE n.id IS UNIQUE

-- Neo4jSchema.entity_id
CREATE CONSTRAINT entity_id IF NOT EXISTS FOR (n:Entity) REQUIRE n.id IS UNIQUE

-- Neo4jSchema.name_key
CREATE CONSTRAINT name_key IF NOT EXISTS FOR (n:Name) REQUIRE n.key IS UNIQUE

-- Neo4jSchema.fact_id
CREATE CONSTRAINT fact_id IF NOT EXISTS FOR (n:Fact) REQUIRE n.id IS UNIQUE

-- Neo4jSchema.section_document
CREATE INDEX section_document IF NOT EXISTS FOR (n:Section) ON (n.documentId)

-- Neo4jSchema.entity_name
CREATE INDEX entity_name IF NOT EXISTS FOR (n:Entity) ON (n.name)

-- Neo4jSchema.fact_predicate
CREATE INDEX fact_predicate IF NOT EXISTS FOR (n:Fact) ON (n.predicate)

-- Neo4jSchema.fact_status
CREATE INDEX fact_status IF NOT EXISTS FOR (n:Fact) ON (n.status)

-- Neo4jSchema.cites_document
CREATE INDEX cites_document IF NOT EXISTS FOR ()-[r:CITES]-() ON (r.documentId)

-- Neo4jSchema.citation_text
CREATE FULLTEXT INDEX citation_text IF NOT EXISTS FOR ()-[r:CITES]-() ON EACH [r.searchText] OPTIONS {indexConfig: {`fulltext.analyzer`: 'whitespace'}}

// Proof in place: the section a citation points at, its quote highlighted, its number, title and page, the other
// facts cited in it, and the source PDF at that page when the server can read it.
import {get, request, timed, token} from './api.js';
import {el, clear, state, errorState, enc, citations, factValue, entityLink, proofHref} from './dom.js';

export async function proofPage(main, [documentId, key], params) {
  clear(main, state('loading', 'Opening ' + documentId + ' §' + key + '…'));
  const factId = params.get('fact');
  const index = Number(params.get('c') || 0);
  let section, around, fact;
  try {
    [section, around, fact] = await timed('proof', () => Promise.all([
      get('/documents/' + enc(documentId) + '/sections/' + enc(key)),
      get('/documents/' + enc(documentId) + '/sections/' + enc(key) + '/facts'),
      factId ? get('/facts/' + enc(factId)) : Promise.resolve(null)]));
  } catch (e) {
    clear(main, errorState(e));
    return;
  }
  const citation = fact ? fact.citations[index] : null;
  const page = citation && citation.page !== null ? citation.page : section.pageStart || null;
  const text = el('div', {class: 'section-text card', id: 'section-text', tabindex: '0'});
  if (citation && citation.end <= section.text.length) {
    text.append(section.text.slice(0, citation.start),
      el('mark', {class: 'quote', id: 'quote'}, section.text.slice(citation.start, citation.end)),
      section.text.slice(citation.end));
  } else {
    text.append(section.text);
  }
  const others = around.facts.filter(f => !fact || f.id !== fact.id);
  clear(main,
    el('p', {class: 'muted'}, el('a', {href: 'javascript:history.back()'}, '← back'), ' · ', documentId),
    el('h1', {id: 'section-heading'}, section.number ? '§' + section.number + ' ' : '', section.title || '(untitled)'),
    el('p', {class: 'muted', id: 'section-page'}, page ? 'page ' + page : 'no page numbers in this format',
      section.pageEnd && section.pageEnd !== section.pageStart ? ` (section spans pp. ${section.pageStart}–${section.pageEnd})` : '',
      around.sourcePdf && page ? [' · ', pdfLink(around.sourcePdf, page)] : null),
    fact ? el('div', {class: 'card', id: 'proved-fact'}, entityLink(fact.subject), ' ', el('em', {}, fact.predicate), ' ',
      factValue(fact), ' ', el('span', {class: 'status-' + fact.status}, fact.status)) : null,
    text,
    el('h2', {}, 'Other facts cited in this section'),
    others.length === 0 ? state('empty', 'No other fact cites this section.')
      : el('ul', {id: 'section-facts'}, others.map(f => el('li', {},
        entityLink(f.subject), ' ', el('em', {}, f.predicate), ' ', factValue(f), ' ',
        f.status !== 'verified' ? el('span', {class: 'status-' + f.status}, f.status + ' ') : null, citations(f)))));
  const quote = document.getElementById('quote');
  if (quote) quote.scrollIntoView({block: 'center'});
}

/** A link to the PDF at a page; with a token the file is fetched first (a link cannot carry the header). */
function pdfLink(path, page) {
  return el('a', {href: path + '#page=' + page, target: '_blank', rel: 'noopener', id: 'pdf-link',
    onclick: async (e) => {
      if (!token()) return;
      e.preventDefault();
      const blob = await request(path.slice('/api/v1'.length), {accept: 'blob'});
      window.open(URL.createObjectURL(blob) + '#page=' + page, '_blank', 'noopener');
    }}, 'PDF page ' + page);
}

/** A fact by id: opens the proof of its first citation. */
export async function factPage(main, [id]) {
  clear(main, state('loading', 'Finding fact ' + id + '…'));
  try {
    const fact = await timed('fact', () => get('/facts/' + enc(id)));
    if (fact.citations.length === 0) { clear(main, state('empty', 'Fact ' + id + ' has no citation.')); return; }
    location.replace(proofHref(fact, 0));
  } catch (e) {
    clear(main, errorState(e));
  }
}

// Ask: the answer with numbered citations linked to the proof view, or plainly "Not in the documents.", and the
// facts the answer was given.
import {get, post, timed} from './api.js';
import {el, clear, state, errorState, citations, factValue, entityLink, proofHref} from './dom.js';

export async function askPage(main, args, params) {
  const input = el('input', {type: 'search', id: 'question', placeholder: 'How many parameters does DeepSeek-V3 have?',
    'aria-label': 'Question', style: 'flex:1; padding:6px 10px; font:inherit', value: params.get('q') || ''});
  const answerBox = el('div', {id: 'answer'});
  const ask = async () => {
    const question = input.value.trim();
    if (!question) { clear(answerBox, state('empty', 'Ask a question about the reports.')); return; }
    clear(answerBox, state('loading', 'Finding the facts that answer it…'));
    try {
      const answer = await timed('ask', () => post('/ask', {question}));
      renderAnswer(answerBox, answer);
    } catch (e) {
      clear(answerBox, errorState(e));
    }
  };
  clear(main, el('h1', {}, 'Ask'),
    el('form', {class: 'toolbar', onsubmit: (e) => { e.preventDefault(); ask(); }}, input,
      el('button', {class: 'primary', type: 'submit', id: 'ask-button'}, 'Ask')),
    answerBox);
  input.focus();
  if (input.value) ask();
}

function renderAnswer(box, answer) {
  if (answer.notInDocuments) {
    clear(box, el('p', {class: 'not-in-documents', id: 'not-in-documents'}, 'Not in the documents.'),
      given(answer, []));
    return;
  }
  const numbers = new Map();
  const cited = new Map(answer.cited.map(f => [f.id, f]));
  const note = (id) => {
    if (!numbers.has(id)) numbers.set(id, numbers.size + 1);
    const fact = cited.get(id);
    return el('sup', {}, el('a', {href: fact && fact.citations.length ? proofHref(fact, 0) : '#/fact/' + id,
      class: 'answer-cite'}, '[' + numbers.get(id) + ']'));
  };
  const text = el('p', {class: 'answer', id: 'answer-text'}, answer.sentences.length
    ? answer.sentences.map(s => el('span', {}, s.text.replace(/\s*\[[^\]]*\]\s*$/, ''), s.citedIds.map(note), ' '))
    : answer.answer);
  const list = el('ol', {id: 'cited-facts'}, [...numbers.keys()].map(id => {
    const f = cited.get(id);
    return el('li', {}, f ? [entityLink(f.subject), ' ', el('em', {}, f.predicate), ' ', factValue(f), ' ', citations(f)] : id);
  }));
  clear(box, text, el('h2', {}, 'Cited'), list, given(answer, [...numbers.keys()]),
    el('p', {class: 'muted'}, 'Answered by ' + answer.model + ' at ' + answer.time));
}

function given(answer, citedIds) {
  const ids = answer.factsGiven || [];
  return [el('h2', {}, 'Facts given (' + ids.length + ')'),
    ids.length === 0 ? state('empty', 'No fact matched the question.')
      : el('ul', {id: 'facts-given', class: 'cites'}, ids.map(id => el('li', {},
        el('a', {href: '#/fact/' + encodeURIComponent(id)}, id), citedIds.includes(id) ? ' (cited)' : '')))];
}

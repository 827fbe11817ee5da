// The start page: find an entity by name or alias, or facts by words; the graph's counts.
import {get, timed} from './api.js';
import {el, clear, state, errorState, enc, citations, factValue, entityLink} from './dom.js';
import {typeahead} from './typeahead.js';

export async function searchPage(main) {
  const input = el('input', {type: 'search', id: 'home-search', placeholder: 'DeepSeek-V3, MLA, GRPO…',
    autocomplete: 'off', 'aria-label': 'Find an entity by name or alias', role: 'combobox',
    'aria-controls': 'home-list', 'aria-expanded': 'false'});
  const list = el('ul', {id: 'home-list', role: 'listbox', hidden: true});
  const words = el('input', {type: 'search', id: 'fact-search', placeholder: 'facts about… (e.g. V2 tokens)',
    'aria-label': 'Search facts by words'});
  const hits = el('div', {id: 'fact-hits'});
  const counts = el('p', {class: 'muted'}, state('loading', 'Counting the graph…'));
  clear(main,
    el('h1', {}, 'Find a model, a technique, a fact'),
    el('div', {class: 'typeahead', style: 'margin-left:0'}, input, list),
    counts,
    el('form', {class: 'toolbar', onsubmit: (e) => { e.preventDefault(); searchFacts(words.value, hits); }},
      words, el('button', {class: 'primary', type: 'submit'}, 'Search facts')),
    hits);
  input.style.width = '100%';
  typeahead(input, list, (hit) => { location.hash = '#/entity/' + enc(hit.name); });
  input.focus();
  try {
    const stats = await timed('search', () => get('/stats'));
    clear(counts, `${stats.documents} documents · ${stats.sections} sections · ${stats.entities} entities · `
      + `${stats.factsByStatus.verified} verified facts (${stats.factsByStatus.rejected} rejected)`);
  } catch (e) {
    clear(counts, errorState(e));
  }
}

async function searchFacts(text, hits) {
  if (!text.trim()) { clear(hits, state('empty', 'Type some words to search the facts.')); return; }
  clear(hits, state('loading', 'Searching…'));
  try {
    const answer = await timed('fact-search', () => get('/facts/search?limit=20&q=' + enc(text)));
    if (answer.hits.length === 0) { clear(hits, state('empty', 'No verified fact matches those words.')); return; }
    clear(hits, el('table', {},
      el('thead', {}, el('tr', {}, el('th', {}, 'subject'), el('th', {}, 'predicate'), el('th', {}, 'value'),
        el('th', {}, 'cited in'))),
      el('tbody', {}, answer.hits.map(h => el('tr', {},
        el('td', {}, entityLink(h.fact.subject)), el('td', {}, h.fact.predicate), el('td', {}, factValue(h.fact)),
        el('td', {}, citations(h.fact)))))));
  } catch (e) {
    clear(hits, errorState(e));
  }
}

// Compare: models picked by name or by document, attributes offered from what the graph holds for them, the cited
// table with "not reported" and conflicting cells marked, copied as Markdown.
import {get, post, request, timed} from './api.js';
import {el, clear, state, errorState, enc, citationLabel, copyText} from './dom.js';
import {typeahead} from './typeahead.js';

export async function comparePage(main, args, params) {
  const names = (params.get('names') || '').split(',').map(s => s.trim()).filter(Boolean);
  const chips = el('div', {class: 'chips', id: 'compare-names'});
  const input = el('input', {type: 'search', id: 'compare-add', placeholder: 'add a model…', autocomplete: 'off',
    'aria-label': 'Add a model to compare'});
  const list = el('ul', {id: 'compare-list', role: 'listbox', hidden: true});
  const documents = el('select', {id: 'compare-document', 'aria-label': 'Add the model of a document'},
    el('option', {value: ''}, 'or add a document’s model…'));
  const attributes = el('div', {class: 'attributes', id: 'compare-attributes'});
  const table = el('div', {id: 'compare-table'});
  const message = el('span', {class: 'muted', role: 'status'});
  let lastMarkdownBody = null;

  const add = (name) => {
    if (name && !names.includes(name)) { names.push(name); refresh(); }
  };
  const remove = (name) => { names.splice(names.indexOf(name), 1); refresh(); };

  async function refresh() {
    clear(chips, names.length === 0 ? el('span', {class: 'muted'}, 'Pick two or more models.')
      : names.map(n => el('span', {class: 'chip'}, n, el('button', {'aria-label': 'Remove ' + n, onclick: () => remove(n)}, '×'))));
    if (names.length === 0) { clear(attributes); return; }
    clear(attributes, state('loading', 'Finding what the graph holds about them…'));
    try {
      const held = await timed('compare-attributes', () => get('/attributes?' + names.map(n => 'name=' + enc(n)).join('&')));
      clear(attributes,
        held.unknown.length ? state('error', 'No verified fact is about ' + held.unknown.join(', ')) : null,
        held.attributes.length === 0 ? state('empty', 'No attributes to compare.') : held.attributes.map(a =>
          el('label', {}, el('input', {type: 'checkbox', value: a.predicate, checked: a.entities === names.length}),
            ' ', a.predicate, ' ', el('small', {class: 'muted'}, `${a.entities}/${names.length}`))));
    } catch (e) {
      clear(attributes, errorState(e));
    }
  }

  function chosen() {
    return {names, on: [...attributes.querySelectorAll('input:checked')].map(i => i.value)};
  }

  async function compare() {
    if (names.length < 2) { clear(table, state('empty', 'Pick at least two models to compare.')); return; }
    clear(table, state('loading', 'Comparing…'));
    try {
      const body = chosen();
      const comparison = await timed('compare', () => post('/compare', body));
      lastMarkdownBody = body;
      renderComparison(table, comparison);
    } catch (e) {
      clear(table, errorState(e));
    }
  }

  async function copyMarkdown() {
    if (!lastMarkdownBody) { message.textContent = 'Compare first.'; return; }
    try {
      const markdown = await requestText('/compare?format=markdown', lastMarkdownBody);
      const copied = await copyText(markdown);
      message.textContent = copied ? 'Copied as Markdown.' : 'Copy was not allowed; the Markdown is below.';
      window.citegraphLastMarkdown = markdown;
    } catch (e) {
      message.textContent = e.message;
    }
  }

  clear(main,
    el('h1', {}, 'Compare'),
    chips,
    el('div', {class: 'toolbar'}, el('div', {class: 'typeahead', style: 'margin-left:0'}, input, list), documents),
    el('h3', {}, 'Attributes (offered from the graph; n/m: how many of the picked models have one)'), attributes,
    el('div', {class: 'toolbar'}, el('button', {class: 'primary', id: 'run-compare', onclick: compare}, 'Compare'),
      el('button', {id: 'copy-markdown', onclick: copyMarkdown}, 'Copy as Markdown'), message),
    table);
  typeahead(input, list, (hit) => { input.value = ''; add(hit.name); });
  documents.addEventListener('change', () => { add(documents.value); documents.value = ''; });
  refresh();
  try {
    const counts = await timed('compare-documents', () => get('/document-counts'));
    documents.append(...counts.filter(d => d.subject).map(d => el('option', {value: d.subject}, d.id + ' → ' + d.subject)));
  } catch (e) {
    documents.disabled = true;
  }
}

function requestText(path, body) {
  return request(path, {method: 'POST', body, accept: 'text'});
}

/** The comparison: cells with footnoted citations linked to the proof, empty cells "not reported", conflicts marked. */
export function renderComparison(container, comparison) {
  const notes = new Map(comparison.footnotes.map(f => [f.number, f]));
  const proof = (note) => {
    const c = note.citation;
    const key = c.sectionId.slice(c.sectionId.indexOf('#') + 1);
    return `#/proof/${enc(c.document)}/${enc(key)}?fact=${enc(note.factId)}&c=0`;
  };
  const table = el('table', {id: 'comparison'},
    el('thead', {}, el('tr', {}, el('th', {}, ''), comparison.columns.map(c => el('th', {}, c)))),
    el('tbody', {}, comparison.rows.map(row => el('tr', {dataset: {attribute: row.attribute}}, el('th', {}, row.attribute),
      row.cells.map((cell, column) => {
        if (cell.length === 0) return el('td', {class: 'not-reported'}, 'not reported');
        const conflict = row.conflicts[column]; // the server's mark: one rule for the table, the API and the Markdown copy
        return el('td', {class: conflict ? 'conflict' : ''}, cell.map((v, i) => el('span', {},
          i > 0 ? '; ' : '', v.display, v.footnotes.map(n => el('sup', {}, el('a', {class: 'footnote', href: proof(notes.get(n)),
            title: citationLabel(notes.get(n).citation)}, '[' + n + ']'))))),
          conflict ? el('span', {class: 'conflict-tag', title: 'The reports give different values'}, 'conflicting values') : null);
      })))));
  const footnotes = el('ol', {class: 'cites', id: 'footnotes'}, comparison.footnotes.map(f => el('li', {value: f.number},
    el('a', {href: proof(f)}, citationLabel(f.citation)), ' “' + f.citation.quote + '”')));
  clear(container, table, footnotes);
}

// The query editor: the language highlighted as one types, examples, saved queries with a form for their
// parameters, errors under the line with the caret and the did-you-mean, results as a cited table, downloads.
import {get, post, request, timed, ApiError} from './api.js';
import {el, clear, state, errorState, citations, download} from './dom.js';

const KEYWORDS = new Set(('about and asc avg by compare contains count desc document documents entities explain facts '
  + 'group in limit match matching max min of on order predicates section sections show sum where').split(' '));
const TOKEN = /("(?:[^"\\\r\n]|\\.)*"?)|('[^'\r\n]*'?)|(\?[a-z_][a-z0-9_]*)|(\$[a-z_][a-z0-9_]*)|(\b[0-9]+(?:\.[0-9]+)?[kmbt]?\b)|((?:#|\/\/)[^\n]*)|([A-Za-z_][A-Za-z0-9_]*)/gi;

const EXAMPLES = [
  'facts about "DeepSeek-V3"',
  'match ?model uses "Multi-head Latent Attention"',
  'match ?m total_parameters ?p order by ?p desc',
  'compare "DeepSeek-V2", "DeepSeek-V3" on total_parameters, activated_parameters',
  'count ?m where ?m uses "Multi-head Latent Attention" group by document',
  'show documents',
];

/** The query as highlighted HTML nodes; the line with an error (1-based) is marked. */
function highlight(text, errorLine) {
  const lines = text.split('\n');
  const out = [];
  lines.forEach((line, i) => {
    const spans = [];
    let last = 0;
    for (const m of line.matchAll(TOKEN)) {
      if (m.index > last) spans.push(line.slice(last, m.index));
      const [word] = m;
      const kind = m[1] || m[2] ? 'str' : m[3] ? 'var' : m[4] ? 'param' : m[5] ? 'num' : m[6] ? 'com'
        : KEYWORDS.has(word.toLowerCase()) ? 'kw' : null;
      spans.push(kind ? el('span', {class: 'tok-' + kind}, word) : word);
      last = m.index + word.length;
    }
    if (last < line.length) spans.push(line.slice(last));
    out.push(i + 1 === errorLine ? el('span', {class: 'tok-err'}, spans.length ? spans : ' ') : el('span', {}, spans));
    if (i < lines.length - 1) out.push('\n');
  });
  out.push('\n');
  return out;
}

export async function queryPage(main, args, params) {
  const area = el('textarea', {id: 'query-text', spellcheck: 'false', 'aria-label': 'Query', rows: 4});
  const shown = el('pre', {'aria-hidden': 'true'});
  const problem = el('div', {id: 'query-problem'});
  const results = el('div', {id: 'query-results'});
  const saved = el('div', {class: 'saved'}, state('loading', 'Reading the saved queries…'));
  let errorLine = 0;
  let parameters = {};
  const repaint = () => clear(shown, highlight(area.value, errorLine));
  area.addEventListener('input', () => { errorLine = 0; repaint(); });
  area.addEventListener('scroll', () => { shown.scrollTop = area.scrollTop; });
  area.addEventListener('keydown', (e) => {
    if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) { e.preventDefault(); run(); }
  });

  async function run() {
    clear(problem);
    clear(results, state('loading', 'Running the query…'));
    try {
      const answer = await timed('query', () => post('/query', {query: area.value, parameters}));
      renderAnswer(results, answer);
    } catch (e) {
      clear(results);
      if (e instanceof ApiError && e.problem.line) {
        errorLine = e.problem.line;
        repaint();
        clear(problem, el('pre', {class: 'problem', role: 'alert', id: 'query-error'},
          e.problem.code ? e.problem.code + '  ' : '', e.problem.detail));
      } else {
        clear(problem, errorState(e));
      }
    }
  }

  async function save(format, extension, type) {
    try {
      const text = await request('/query?format=' + format, {method: 'POST', body: {query: area.value, parameters},
        accept: 'text'});
      download('citegraph-answer.' + extension, new Blob([text], {type}));
    } catch (e) {
      clear(problem, errorState(e));
    }
  }

  area.value = params.get('q') || EXAMPLES[0];
  repaint();
  clear(main,
    el('h1', {}, 'Query'),
    el('div', {class: 'editor'}, shown, area),
    problem,
    el('div', {class: 'toolbar'},
      el('button', {class: 'primary', id: 'run-query', onclick: run, title: 'Ctrl+Enter'}, 'Run'),
      el('span', {class: 'muted'}, 'Download:'),
      el('button', {onclick: () => save('csv', 'csv', 'text/csv')}, 'CSV'),
      el('button', {onclick: () => save('json', 'json', 'application/json')}, 'JSON'),
      el('button', {onclick: () => save('markdown', 'md', 'text/markdown')}, 'Markdown')),
    el('h3', {}, 'Examples'),
    el('div', {class: 'examples'}, EXAMPLES.map(x => el('button', {onclick: () => {
      area.value = x; parameters = {}; errorLine = 0; repaint(); area.focus();
    }}, x))),
    el('h2', {}, 'Saved queries'), saved,
    el('h2', {}, 'Results'), results);
  area.focus();

  try {
    const queries = await timed('saved-queries', () => get('/saved-queries'));
    const form = el('form', {id: 'saved-form'});
    const pick = el('select', {id: 'saved-pick', size: Math.min(8, queries.length), 'aria-label': 'Saved queries'},
      queries.map(q => el('option', {value: q.name}, q.name)));
    const showForm = () => {
      const q = queries.find(x => x.name === pick.value);
      if (!q) return;
      area.value = q.text.split('\n').filter(l => !l.trim().startsWith('#')).join('\n').trim();
      errorLine = 0;
      repaint();
      clear(form, el('p', {}, q.description),
        q.parameters.map(p => el('label', {}, el('code', {}, '$' + p.name), ' ', p.description, el('br'),
          el('input', {name: p.name, value: p.defaultValue, required: p.defaultValue === '' ? true : null}))),
        el('button', {class: 'primary', type: 'submit'}, 'Run ' + q.name));
    };
    form.addEventListener('submit', (e) => {
      e.preventDefault();
      parameters = Object.fromEntries(new FormData(form).entries());
      run();
    });
    pick.addEventListener('change', showForm);
    clear(saved, queries.length === 0 ? state('empty', 'No saved queries on this server.') : [pick, form]);
  } catch (e) {
    clear(saved, errorState(e));
  }
}

/** Any answer of the query language as a table, each row with its citations. */
export function renderAnswer(container, answer) {
  const cited = (facts) => el('td', {class: 'cites'}, facts.map(f => citations(f)));
  let table;
  if (answer.kind === 'facts') {
    if (answer.rows.length === 0) return clear(container, state('empty', 'No fact matches this query.'));
    table = el('table', {}, el('thead', {}, el('tr', {}, answer.columns.map(c => el('th', {}, c)), el('th', {}, 'cited in'))),
      el('tbody', {}, answer.rows.map(r => el('tr', {}, answer.columns.map(c => el('td', {}, r.values[c])), cited(r.facts)))));
  } else if (answer.kind === 'comparison') {
    table = el('table', {}, el('thead', {}, el('tr', {}, el('th', {}, ''), answer.columns.map(c => el('th', {}, c)))),
      el('tbody', {}, answer.rows.map(r => el('tr', {}, el('th', {}, r.predicate), r.cells.map(cell =>
        el('td', {class: cell.reported ? '' : 'not-reported'}, cell.value, ' ', cell.facts.map(f => citations(f))))))));
  } else if (answer.kind === 'aggregate') {
    if (answer.rows.length === 0) return clear(container, state('empty', 'Nothing to aggregate.'));
    table = el('table', {}, el('thead', {}, el('tr', {}, answer.group ? el('th', {}, answer.group) : null,
      el('th', {}, answer.aggregate), el('th', {}, 'cited in'))),
      el('tbody', {}, answer.rows.map(r => el('tr', {}, answer.group ? el('td', {}, r.group) : null,
        el('td', {}, r.value === null ? '—' : String(r.value)), cited(r.facts)))));
  } else if (answer.kind === 'listing') {
    if (answer.rows.length === 0) return clear(container, state('empty', 'Nothing to list.'));
    table = el('table', {}, el('thead', {}, el('tr', {}, answer.columns.map(c => el('th', {}, c)))),
      el('tbody', {}, answer.rows.map(r => el('tr', {}, answer.columns.map(c => el('td', {}, r[c]))))));
  } else {
    table = el('div', {}, el('h3', {}, 'Plan'), el('pre', {class: 'card'}, answer.plan),
      el('h3', {}, 'Cypher'), el('pre', {class: 'card'}, answer.cypher),
      el('h3', {}, 'SPARQL'), el('pre', {class: 'card'}, answer.sparql));
  }
  return clear(container, table);
}

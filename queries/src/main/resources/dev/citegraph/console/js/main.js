// The console's frame: hash routes to pages, the search box in the header, the token bar, keyboard shortcuts.
import {setToken} from './api.js';
import {clear, errorState} from './dom.js';
import {typeahead} from './typeahead.js';
import {searchPage} from './search.js';
import {entityPage} from './entity.js';
import {proofPage, factPage} from './proof.js';
import {queryPage} from './query.js';
import {comparePage} from './compare.js';
import {askPage} from './ask.js';
import {documentsPage, reviewPage} from './documents.js';

const routes = [
  [/^\/?$/, 'search', () => searchPage],
  [/^\/entity\/(.+)$/, 'search', () => entityPage],
  [/^\/proof\/([^/]+)\/(.+)$/, 'search', () => proofPage],
  [/^\/fact\/(.+)$/, 'search', () => factPage],
  [/^\/query$/, 'query', () => queryPage],
  [/^\/compare$/, 'compare', () => comparePage],
  [/^\/ask$/, 'ask', () => askPage],
  [/^\/documents$/, 'documents', () => documentsPage],
  [/^\/review$/, 'review', () => reviewPage],
];

const main = document.getElementById('main');

async function route() {
  const hash = location.hash.replace(/^#/, '') || '/';
  const [path, queryText] = hash.split('?');
  const params = new URLSearchParams(queryText || '');
  for (const [pattern, nav, page] of routes) {
    const match = pattern.exec(path);
    if (!match) continue;
    document.querySelectorAll('nav a').forEach(a => a.classList.toggle('active', a.dataset.page === nav));
    const args = match.slice(1).map(decodeURIComponent);
    try {
      await page()(main, args, params);
    } catch (e) {
      clear(main, errorState(e));
    }
    return;
  }
  clear(main, errorState(new Error('No page at #' + hash + '; use the links above.')));
}

const input = document.getElementById('search-input');
typeahead(input, document.getElementById('search-list'), (hit) => {
  input.value = '';
  location.hash = '#/entity/' + encodeURIComponent(hit.name);
});

document.addEventListener('keydown', (e) => {
  const typing = /^(INPUT|TEXTAREA|SELECT)$/.test(document.activeElement.tagName);
  if (e.key === '/' && !typing) { e.preventDefault(); input.focus(); }
});

document.addEventListener('citegraph:token-needed', () => {
  document.getElementById('token-bar').hidden = false;
});
document.getElementById('token-save').addEventListener('click', () => {
  setToken(document.getElementById('token-input').value.trim());
  document.getElementById('token-bar').hidden = true;
  route();
});

window.addEventListener('hashchange', route);
route();

// Typeahead over entity names and aliases (GET /entities?q=): arrows choose, Enter opens, Escape closes.
import {get} from './api.js';
import {el, clear, enc} from './dom.js';

export function typeahead(input, list, onPick) {
  let hits = [];
  let selected = -1;
  let asked = 0;

  function close() {
    list.hidden = true;
    input.setAttribute('aria-expanded', 'false');
    selected = -1;
  }

  function show() {
    clear(list, hits.length === 0
      ? el('li', {class: 'empty', role: 'option', 'aria-disabled': 'true'}, 'No entity by that name or alias')
      : hits.map((hit, i) => el('li', {
          role: 'option', id: list.id + '-' + i, 'aria-selected': String(i === selected), dataset: {name: hit.name},
          onmousedown: (e) => { e.preventDefault(); pick(i); }
        }, el('span', {}, hit.name, hit.matched !== hit.name ? el('small', {}, ' (' + hit.matched + ')') : null),
          el('small', {}, hit.kind + ' · ' + hit.facts + ' facts'))));
    list.hidden = false;
    input.setAttribute('aria-expanded', 'true');
    input.setAttribute('aria-activedescendant', selected >= 0 ? list.id + '-' + selected : '');
  }

  function pick(i) {
    const hit = hits[i];
    close();
    if (hit) onPick(hit);
  }

  input.addEventListener('input', async () => {
    const text = input.value.trim();
    if (!text) { hits = []; close(); return; }
    const mine = ++asked;
    try {
      const answer = await get('/entities?limit=8&q=' + enc(text));
      if (mine !== asked) return;
      hits = answer.entities;
      selected = hits.length ? 0 : -1;
      show();
    } catch (e) {
      hits = [];
      clear(list, el('li', {class: 'error'}, e.message));
      list.hidden = false;
    }
  });
  input.addEventListener('keydown', (e) => {
    if (e.key === 'ArrowDown' && hits.length) { selected = (selected + 1) % hits.length; show(); e.preventDefault(); }
    else if (e.key === 'ArrowUp' && hits.length) { selected = (selected - 1 + hits.length) % hits.length; show(); e.preventDefault(); }
    else if (e.key === 'Enter' && selected >= 0) { pick(selected); e.preventDefault(); }
    else if (e.key === 'Escape') close();
  });
  input.addEventListener('blur', () => setTimeout(close, 150));
  return {close};
}

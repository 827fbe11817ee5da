// An entity: its facts grouped by predicate, each with its citations, and a picture of its neighbourhood
// (cytoscape); clicking a node opens that entity.
import {get, timed} from './api.js';
import {el, clear, state, errorState, enc, citations, factValue, entityLink} from './dom.js';

export async function entityPage(main, [name]) {
  clear(main, el('h1', {}, name), state('loading', 'Reading the facts about ' + name + '…'));
  let picture;
  try {
    picture = await timed('entity', () => get('/entities/' + enc(name) + '/neighbourhood'));
  } catch (e) {
    clear(main, el('h1', {}, name), errorState(e));
    return;
  }
  const entity = picture.entity;
  const outgoing = picture.facts.filter(f => f.subject.id === entity.id);
  const incoming = picture.facts.filter(f => f.subject.id !== entity.id);
  const graph = el('div', {id: 'graph', role: 'img', 'aria-label': 'The facts around ' + entity.name + ' as a graph'});
  clear(main,
    el('h1', {id: 'entity-name'}, entity.name, ' ', el('small', {class: 'muted'}, entity.kind)),
    entity.aliases.length ? el('p', {class: 'muted'}, 'Also: ' + entity.aliases.join(', ')) : null,
    el('div', {class: 'layout-2'},
      el('section', {id: 'entity-facts', 'aria-label': 'Facts'},
        outgoing.length === 0 && incoming.length === 0 ? state('empty', 'No verified fact about ' + entity.name) : null,
        groups(outgoing, f => factValue(f)),
        incoming.length ? el('h2', {}, 'Facts naming ' + entity.name) : null,
        groups(incoming, f => el('span', {}, entityLink(f.subject), ' → ', factValue(f)))),
      el('section', {'aria-label': 'Neighbourhood'}, el('h2', {}, 'Neighbourhood'), graph,
        el('p', {class: 'muted'}, 'Click an entity to open it.'))));
  draw(graph, picture);
}

function groups(facts, describe) {
  const byPredicate = new Map();
  for (const fact of facts) {
    if (!byPredicate.has(fact.predicate)) byPredicate.set(fact.predicate, []);
    byPredicate.get(fact.predicate).push(fact);
  }
  return [...byPredicate.entries()].map(([predicate, list]) => el('div', {class: 'facts-group card', dataset: {predicate}},
    el('h3', {}, predicate.replace(/_/g, ' ')),
    el('ul', {}, list.map(f => el('li', {dataset: {fact: f.id}}, describe(f), ' ', citations(f))))));
}

function draw(container, picture) {
  if (typeof cytoscape !== 'function') {
    clear(container, state('error', 'The graph library did not load (cytoscape from /webjars).'));
    return;
  }
  const cy = cytoscape({
    container,
    elements: [
      ...picture.nodes.map(n => ({data: {id: n.id, label: n.label, kind: n.kind, centre: n.id === picture.entity.id}})),
      ...picture.edges.map(e => ({data: {id: 'edge:' + e.fact, source: e.from, target: e.to, label: e.predicate}})),
    ],
    layout: {name: 'concentric', concentric: n => n.data('centre') ? 2 : 1, levelWidth: () => 1, minNodeSpacing: 30,
      animate: false},
    style: [
      {selector: 'node', style: {label: 'data(label)', 'font-size': 11, 'text-wrap': 'wrap', 'text-max-width': 120,
        'background-color': '#1f5fbf', color: '#1d2330', 'text-valign': 'bottom', 'text-margin-y': 4, width: 18, height: 18}},
      {selector: 'node[kind != "entity"]', style: {'background-color': '#9aa4b5', shape: 'round-rectangle'}},
      {selector: 'node[?centre]', style: {'background-color': '#b42318', width: 26, height: 26, 'font-weight': 'bold'}},
      {selector: 'edge', style: {label: 'data(label)', 'font-size': 9, 'curve-style': 'bezier', 'target-arrow-shape': 'triangle',
        width: 1.2, 'line-color': '#aab3c5', 'target-arrow-color': '#aab3c5', color: '#5b6475', 'text-rotation': 'autorotate'}},
    ],
    wheelSensitivity: 0.3,
  });
  cy.on('tap', 'node[kind = "entity"]', (event) => {
    const node = event.target;
    if (!node.data('centre')) location.hash = '#/entity/' + enc(node.data('label'));
  });
  window.citegraphGraph = cy;
}

// Small helpers to build the pages: elements, states (loading, empty, error), facts and their citations.
export function el(tag, attributes = {}, ...children) {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(attributes)) {
    if (value === undefined || value === null || value === false) continue;
    if (key.startsWith('on')) node.addEventListener(key.slice(2), value);
    else if (key === 'class') node.className = value;
    else if (key === 'dataset') Object.assign(node.dataset, value);
    else node.setAttribute(key, value === true ? '' : value);
  }
  for (const child of children.flat()) {
    if (child === undefined || child === null || child === false) continue;
    node.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return node;
}

export function clear(node, ...children) {
  node.replaceChildren(...children.flat().filter(c => c !== undefined && c !== null && c !== false));
  return node;
}

/** A state box: kind is loading, empty or error; text says what. */
export function state(kind, text) {
  return el('div', {class: 'state ' + kind, role: kind === 'error' ? 'alert' : 'status', 'data-state': kind}, text);
}

export function errorState(error) {
  return state('error', error && error.message ? error.message : String(error));
}

export function enc(text) {
  return encodeURIComponent(text);
}

/** The proof view of one citation of a fact. */
export function proofHref(fact, index) {
  const c = fact.citations[index];
  const key = c.sectionId.slice(c.sectionId.indexOf('#') + 1);
  return `#/proof/${enc(c.document)}/${enc(key)}?fact=${enc(fact.id)}&c=${index}`;
}

export function citationLabel(c) {
  const parts = [c.document];
  if (c.section) parts.push('§' + c.section);
  if (c.page !== null && c.page !== undefined) parts.push('p.' + c.page);
  return parts.join(' ');
}

export function citations(fact) {
  return el('span', {class: 'cites'}, fact.citations.map((c, i) =>
    el('a', {class: 'cite', href: proofHref(fact, i), title: '“' + c.quote + '” — ' + (c.title || '')},
      citationLabel(c))));
}

/** A fact's value: a number with its unit, an entity as a link, or text; qualifiers after. */
export function factValue(fact) {
  const o = fact.object;
  let value;
  if (o.kind === 'quantity') {
    const unitIndex = o.unit ? o.text.lastIndexOf(o.unit) : -1;
    value = unitIndex > 0
      ? el('span', {class: 'value'}, o.text.slice(0, unitIndex).trim(), ' ', el('span', {class: 'unit'}, o.text.slice(unitIndex)))
      : el('span', {class: 'value'}, o.text);
  } else if (o.kind === 'entity') {
    value = el('a', {class: 'value', href: '#/entity/' + enc(o.entity.name)}, o.text);
  } else {
    value = el('span', {class: 'value'}, o.text);
  }
  const qualifiers = Object.entries(fact.qualifiers || {});
  return el('span', {}, value, qualifiers.length
    ? el('span', {class: 'qualifiers'}, ' [' + qualifiers.map(([k, v]) => k + '=' + v).join(', ') + ']') : null);
}

export function entityLink(ref) {
  return el('a', {href: '#/entity/' + enc(ref.name)}, ref.name);
}

/** Offers a file for download. */
export function download(name, blob) {
  const url = URL.createObjectURL(blob);
  const a = el('a', {href: url, download: name});
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/** Copies text; falls back to a selected text area where the clipboard API is not allowed. */
export async function copyText(text) {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch (e) {
    const area = el('textarea', {style: 'position:fixed;left:-9999px'});
    area.value = text;
    document.body.append(area);
    area.select();
    const copied = document.execCommand('copy');
    area.remove();
    return copied;
  }
}

// Documents with their counts; an upload built through the server with a progress bar fed by the job's events;
// and the review of rejected facts with their reasons.
import {get, request, timed, events} from './api.js';
import {el, clear, state, errorState, enc, citations, factValue, entityLink} from './dom.js';

export async function documentsPage(main) {
  const table = el('div', {id: 'documents'}, state('loading', 'Counting the documents…'));
  const upload = el('div', {id: 'upload'});
  clear(main, el('h1', {}, 'Documents'), table, el('h2', {}, 'Add a report'), upload);
  let health;
  try {
    const [counts, h] = await timed('documents', () => Promise.all([get('/document-counts'), get('/health')]));
    health = h;
    renderCounts(table, counts);
  } catch (e) {
    clear(table, errorState(e));
    return;
  }
  if (!health.builds) {
    clear(upload, state('empty', 'This server does not build reports: start kg serve with --allow-builds to upload here.'));
    return;
  }
  const file = el('input', {type: 'file', id: 'upload-file', multiple: true, accept: '.pdf,.md,.markdown,.html,.htm,.txt',
    'aria-label': 'Reports to upload'});
  const bar = el('progress', {id: 'upload-progress', max: 1, value: 0, hidden: true});
  const log = el('ul', {id: 'upload-log', class: 'cites'});
  const status = el('p', {id: 'upload-status', role: 'status'});
  const start = async (e) => {
    e.preventDefault();
    if (file.files.length === 0) { status.textContent = 'Choose a PDF, Markdown, HTML or text report first.'; return; }
    const form = new FormData();
    for (const f of file.files) form.append('file', f, f.name);
    bar.hidden = false;
    bar.value = 0;
    clear(log);
    status.textContent = 'Uploading…';
    try {
      const job = await request('/builds', {method: 'POST', body: form});
      const total = job.files.length;
      let finished = 0;
      await events('/builds/' + enc(job.id) + '/events', (event) => {
        const d = event.data || {};
        if (event.type === 'reading') status.textContent = `Reading ${d.file} (${d.index} of ${d.total})…`;
        if (event.type === 'built' || event.type === 'failed') {
          finished++;
          bar.value = finished / total;
          log.append(el('li', {class: event.type === 'failed' ? 'status-rejected' : 'status-verified'},
            event.type === 'built' ? `${d.file}: built ${d.document} (${d.verified} verified, ${d.rejected} rejected)`
              : `${d.file}: failed: ${d.message}`));
        }
        if (event.type === 'done' || event.type === 'cancelled') {
          bar.value = 1;
          status.textContent = event.type === 'done' ? `Done: ${d.built} built, ${d.failed} failed.` : 'Cancelled.';
          status.dataset.state = event.type;
          return false;
        }
        return true;
      });
      renderCounts(table, await get('/document-counts'));
    } catch (error) {
      status.textContent = error.message;
      status.dataset.state = 'error';
    }
  };
  clear(upload, el('form', {class: 'toolbar', onsubmit: start}, file,
    el('button', {class: 'primary', type: 'submit', id: 'upload-button'}, 'Upload and build')), bar, status, log);
}

function renderCounts(container, counts) {
  if (counts.length === 0) { clear(container, state('empty', 'No documents yet. Build some with kg build, or upload one below.')); return; }
  clear(container, el('table', {},
    el('thead', {}, el('tr', {}, ['document', 'title', 'pages', 'sections', 'verified', 'rejected', 'about', 'source']
      .map(h => el('th', {}, h)))),
    el('tbody', {}, counts.map(d => el('tr', {dataset: {document: d.id}},
      el('td', {}, d.id), el('td', {}, d.title), el('td', {}, d.pages || '—'), el('td', {class: 'sections'}, d.sections),
      el('td', {class: 'verified'}, d.verified),
      el('td', {class: 'rejected'}, d.rejected ? el('a', {href: '#/review?document=' + enc(d.id)}, d.rejected) : '0'),
      el('td', {}, d.subject ? el('a', {href: '#/entity/' + enc(d.subject)}, d.subject) : '—'),
      el('td', {}, d.source ? el('a', {href: '/api/v1/documents/' + enc(d.id) + '/source', target: '_blank'}, 'PDF') : '—'))))));
}

export async function reviewPage(main, args, params) {
  const documentId = params.get('document');
  const reason = params.get('reason');
  clear(main, el('h1', {}, 'Rejected facts' + (documentId ? ' in ' + documentId : '')), state('loading', 'Reading the rejected facts…'));
  const query = ['limit=500', documentId ? 'document=' + enc(documentId) : null, reason ? 'reason=' + enc(reason) : null]
    .filter(Boolean).join('&');
  let review;
  try {
    review = await timed('review', () => get('/review?' + query));
  } catch (e) {
    clear(main, el('h1', {}, 'Rejected facts'), errorState(e));
    return;
  }
  const link = (r) => '#/review?' + [documentId ? 'document=' + enc(documentId) : null, r ? 'reason=' + enc(r) : null]
    .filter(Boolean).join('&');
  clear(main, el('h1', {}, 'Rejected facts' + (documentId ? ' in ' + documentId : '')),
    el('p', {class: 'muted'}, review.total + ' rejected. By reason: ',
      Object.entries(review.byReason).map(([r, n]) => el('a', {href: link(r), class: 'reason', style: 'margin-right:6px'}, r + ' ' + n)),
      reason ? el('a', {href: link(null)}, ' (all reasons)') : null),
    review.facts.length === 0 ? state('empty', 'No rejected facts' + (reason ? ' for ' + reason : '') + '.')
      : el('table', {id: 'review'}, el('thead', {}, el('tr', {}, ['reason', 'subject', 'predicate', 'value', 'cited in']
        .map(h => el('th', {}, h)))),
        el('tbody', {}, review.facts.map(f => el('tr', {},
          el('td', {}, el('span', {class: 'reason'}, f.reason)), el('td', {}, entityLink(f.subject)),
          el('td', {}, f.predicate), el('td', {}, factValue(f)), el('td', {}, citations(f)))))));
}

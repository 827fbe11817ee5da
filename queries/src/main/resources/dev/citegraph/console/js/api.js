// Every call the console makes to the API: the token when the server needs one, problems as ApiError, and the time
// each page waits for its data (Performance API measures named "data:PAGE", read by the browser tests).
const TOKEN_KEY = 'citegraph.token';

export class ApiError extends Error {
  constructor(problem) {
    super(problem.detail || problem.title || 'the server failed');
    this.problem = problem;
  }
}

export function token() {
  return sessionStorage.getItem(TOKEN_KEY);
}

export function setToken(value) {
  if (value) sessionStorage.setItem(TOKEN_KEY, value); else sessionStorage.removeItem(TOKEN_KEY);
}

function headers(extra = {}) {
  const all = {...extra};
  const t = token();
  if (t) all.Authorization = 'Bearer ' + t;
  return all;
}

export async function request(path, {method = 'GET', body, accept = 'json'} = {}) {
  const init = {method, headers: headers()};
  if (body instanceof FormData) init.body = body;
  else if (body !== undefined) {
    init.body = JSON.stringify(body);
    init.headers['Content-Type'] = 'application/json';
  }
  const response = await fetch('/api/v1' + path, init);
  if (!response.ok) {
    let problem;
    try { problem = await response.json(); } catch (e) { problem = {status: response.status, title: response.statusText}; }
    if (response.status === 401) document.dispatchEvent(new CustomEvent('citegraph:token-needed'));
    throw new ApiError(problem);
  }
  if (accept === 'text') return response.text();
  if (accept === 'blob') return response.blob();
  return response.json();
}

export const get = (path) => request(path);
export const post = (path, body) => request(path, {method: 'POST', body});

/** Runs the page's data calls and records how long they took as the measure "data:PAGE". */
export async function timed(page, work) {
  const start = 'start:' + page + ':' + performance.now();
  performance.mark(start);
  try {
    return await work();
  } finally {
    performance.measure('data:' + page, start);
  }
}

/** Reads a job's Server-Sent Events with fetch (EventSource cannot send the token), one callback per event. */
export async function events(path, onEvent) {
  const response = await fetch('/api/v1' + path, {headers: headers({Accept: 'text/event-stream'})});
  if (!response.ok) throw new ApiError(await response.json());
  const reader = response.body.getReader();
  const decoder = new TextDecoder();
  let buffer = '';
  for (;;) {
    const {value, done} = await reader.read();
    if (done) return;
    buffer += decoder.decode(value, {stream: true});
    let end;
    while ((end = buffer.indexOf('\n\n')) >= 0) {
      const block = buffer.slice(0, end);
      buffer = buffer.slice(end + 2);
      const event = {type: 'message', data: ''};
      for (const line of block.split('\n')) {
        if (line.startsWith('event: ')) event.type = line.slice(7);
        else if (line.startsWith('data: ')) event.data += line.slice(6);
      }
      if (event.data) event.data = JSON.parse(event.data);
      if (onEvent(event) === false) { reader.cancel(); return; }
    }
  }
}

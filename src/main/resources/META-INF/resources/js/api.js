// The service's REST API. Errors are application/problem+json: the thrown Error carries its detail.

async function problem(response) {
  let detail = `${response.status} ${response.statusText}`;
  try {
    const body = await response.json();
    detail = body.detail || body.title || detail;
    if (Array.isArray(body.violations) && body.violations.length > 1) {
      detail += ` (${body.violations.map((v) => `${v.field}: ${v.message}`).join('; ')})`;
    }
  } catch (ignored) {
    // Not JSON: keep the status line.
  }
  const error = new Error(detail);
  error.status = response.status;
  return error;
}

// raw: the body as the server's text even when it is JSON (parsing would round 64-bit numbers such as seeds).
async function request(method, path, body, accept = 'application/json', raw = false) {
  const options = {method, headers: {Accept: accept}};
  // Signed in: the page keeps the user's HTTP Basic credentials for this tab only (GET /api/me checks them).
  const credentials = sessionStorage.getItem('plenary.basic');
  if (credentials) {
    options.headers.Authorization = `Basic ${credentials}`;
  }
  if (body !== undefined) {
    options.headers['Content-Type'] = 'application/json';
    options.body = JSON.stringify(body);
  }
  const response = await fetch(path, options);
  if (!response.ok) {
    throw await problem(response);
  }
  return {status: response.status, body: accept === 'application/json' && !raw ? await response.json() : await response.text()};
}

const enc = encodeURIComponent;

/** Whether the page acts for a signed-in user (whose private runs a plain link or <img> could not load). */
export function signedIn() {
  return sessionStorage.getItem('plenary.basic') !== null;
}

/**
 * A resource fetched with the page's sign-in, as an object URL for an <img> or a download link: a plain URL would be
 * requested without the credentials, and a private run's charts and downloads would answer 404. Revoke it when done.
 */
export async function objectUrl(path, accept) {
  const response = await request('GET', path, undefined, accept, true);
  return URL.createObjectURL(new Blob([response.body], {type: accept}));
}

export const api = {
  scenarios: (q) => request('GET', `/api/scenarios?size=100${q ? `&q=${enc(q)}` : ''}`).then((r) => r.body),
  scenario: (slug) => request('GET', `/api/scenarios/${enc(slug)}`).then((r) => r.body),
  fork: (slug, copy) => request('POST', `/api/scenarios/${enc(slug)}/fork`, copy).then((r) => r.body),
  runs: (slug) => request('GET', `/api/scenarios/${enc(slug)}/simulations`).then((r) => r.body),
  simulate: (slug, body) => request('POST', `/api/scenarios/${enc(slug)}/simulations`, body),
  run: (id) => request('GET', `/api/simulations/${enc(id)}`).then((r) => r.body),
  runCsv: (id) => request('GET', `/api/simulations/${enc(id)}`, undefined, 'text/csv').then((r) => r.body),
  cancel: (id) => request('DELETE', `/api/simulations/${enc(id)}`).then((r) => r.body),
  // settings: a run's request (campaigns, campaignStrengths, rules); omitted: the scenario as stored.
  explain: (slug, code, post, settings) => {
    let q = `post=${enc(post)}`;
    if (settings) {
      if (Array.isArray(settings.campaigns)) {
        q += `&campaigns=${enc(settings.campaigns.length ? settings.campaigns.join(',') : 'none')}`;
      }
      const strengths = Object.entries(settings.campaignStrengths || {});
      if (strengths.length) {
        q += `&strengths=${enc(strengths.map(([id, s]) => `${id}:${s}`).join(','))}`;
      }
      const rule = (settings.rules || {})[post];
      if (typeof rule === 'string') {
        q += `&rule=${enc(rule)}`;
      } else if (rule && typeof rule === 'object') {
        q += `&rule=${enc(JSON.stringify(rule))}`;
      }
    }
    return request('GET', `/api/scenarios/${enc(slug)}/delegations/${enc(code)}/explain?${q}`).then((r) => r.body);
  },
  eventsUrl: (id) => `/api/simulations/${enc(id)}/events`,
  chartUrl: (id, chart, post) => `/api/simulations/${enc(id)}/charts/${chart}${post ? `?post=${enc(post)}` : ''}`,
  runUrl: (id) => `/api/simulations/${enc(id)}`,
};

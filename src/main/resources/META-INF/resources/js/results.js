// The results of one run: pictures first (the SVG charts the API serves), the numbers under each in a table.
import {api, objectUrl, signedIn} from './api.js';
import {clear, h, interval, pct, pp, table, thousands, fill} from './dom.js';
import {explain} from './explain.js';
import {cap, lean, ruleName, shortId} from './scenario.js';

const SWING_ROWS = 25;

export function renderResults(view, run, stored) {
  view.storedShown = stored;
  // Explanations opened from these results use the run's settings, so that they match the numbers shown.
  view.runRequest = run.request || {};
  const result = run.result;
  const section = view.results;
  const posts = result.posts || [];
  if (!posts.some((p) => p.post === view.focusPost) && posts.length) {
    view.focusPost = posts[0].post;
  }
  const focus = posts.find((p) => p.post === view.focusPost);
  section.setAttribute('data-run-id', run.id);
  fill(section, 
    h('h2', {id: 'results-title'}, 'Results'),
    h('p', {class: 'meta', id: 'run-meta'}, stored ? 'Latest stored run · ' : '',
      `run ${shortId(run.id)} · seed ${run.seed} · ${thousands(run.trialsDone)} trials`,
      ` · ${run.status.toLowerCase()}${result.stoppedEarly ? ' (stopped early: intervals narrow enough)' : ''}`,
      ` · scenario version ${run.scenarioVersion} · engine ${run.engineVersion}`),
    settings(view, run.request || {}),
    downloads(view, run, result),
    h('div', {class: 'field inline'}, h('label', {for: 'focus-post'}, 'Post in focus'),
      h('select', {id: 'focus-post', onchange: (e) => view.setFocusPost(e.target.value)},
        posts.map((p) => h('option', {value: p.post, selected: p.post === view.focusPost}, p.title)))),
    winFigure(run, posts),
    focus ? sharesFigure(run, focus) : null,
    focus ? roundsFigure(run, focus) : null,
    result.comparison && focus ? liftFigure(view, run, result.comparison, focus) : null,
    focus ? swing(view, result, focus) : null);
}

function settings(view, request) {
  const campaigns = view.doc.campaigns || [];
  const inForce = request.campaigns
    ? campaigns.filter((c) => request.campaigns.includes(c.id))
    : campaigns.filter((c) => c.enabled !== false);
  const strength = (c) => {
    const s = request.campaignStrengths && request.campaignStrengths[c.id];
    return s !== undefined && s !== null ? ` (strength ${Number(s).toFixed(1)})` : '';
  };
  const rules = Object.entries(request.rules || {}).map(([post, rule]) => `${view.postTitle(post)}: ${ruleName(rule)}`);
  return h('p', {class: 'settings', id: 'run-settings'},
    h('strong', {}, 'Settings: '),
    `campaigns in force: ${inForce.length ? inForce.map((c) => c.title + strength(c)).join('; ') : 'none'}`,
    ` · turnout: ${request.turnout !== undefined && request.turnout !== null ? pct(request.turnout, 0) : 'as in the scenario'}`,
    ` · rules: ${rules.length ? rules.join('; ') : 'as in the scenario'}`,
    ` · comparison: ${request.compare && request.compare !== 'none' ? request.compare : 'none'}`);
}

function downloads(view, run, result) {
  const csv = h('a', {id: 'download-csv', class: 'button secondary', download: `simulation-${run.id}.csv`,
    'aria-disabled': 'true'}, 'Download CSV');
  // Fetched once per run rather than linked (?format=csv): a fetch carries the page's sign-in, a plain link does not.
  if (view.csv && view.csv.id === run.id) {
    csv.href = view.csv.url;
    csv.removeAttribute('aria-disabled');
  } else {
    api.runCsv(run.id).then((text) => {
      if (view.csv) {
        URL.revokeObjectURL(view.csv.url);
      }
      view.csv = {id: run.id, url: URL.createObjectURL(new Blob([text], {type: 'text/csv'}))};
      const link = document.getElementById('download-csv');
      if (link && view.run && view.run.id === run.id) {
        link.href = view.csv.url;
        link.removeAttribute('aria-disabled');
      }
    }).catch(() => {
      csv.textContent = 'CSV unavailable';
    });
  }
  const charts = ['win-probability.svg', 'vote-shares.svg', 'rounds.svg'];
  if (result.comparison) {
    charts.push('campaign-lift.svg');
  }
  return h('div', {class: 'downloads'},
    h('span', {}, 'Downloads: '), csv,
    download({id: 'download-json', class: 'button secondary', href: api.runUrl(run.id),
      download: `simulation-${run.id}.json`}, 'application/json', 'Download JSON'),
    h('span', {class: 'svg-links'}, 'SVG for reports: ', charts.map((c, i) => [i ? ', ' : '',
      download({href: api.chartUrl(run.id, c), download: `${run.id}-${c}`}, 'image/svg+xml', c)])));
}

function figure(id, title, src, alt, numbers, open) {
  // data-src keeps the chart's address; signed in, the picture is fetched with the sign-in (a private run's charts
  // are not served without it) and shown from an object URL.
  const img = h('img', {alt, decoding: 'async', 'data-src': src});
  if (signedIn()) {
    objectUrl(src, 'image/svg+xml').then((url) => {
      const release = () => URL.revokeObjectURL(url);
      img.addEventListener('load', release, {once: true});
      img.addEventListener('error', release, {once: true});
      img.src = url;
    }).catch((err) => {
      img.alt = `${alt} (The chart could not be loaded: ${err.message}.)`;
    });
  } else {
    img.src = src;
  }
  return h('figure', {id, class: 'chart'},
    h('figcaption', {}, h('h3', {}, title)),
    h('div', {class: 'chart-scroll'}, img),
    h('details', {open}, h('summary', {}, `The numbers: ${title.toLowerCase()}`), numbers));
}

/** A plain download link; signed in, a click fetches it with the sign-in and saves it under its name instead. */
function download(attrs, accept, label) {
  return h('a', {...attrs, onclick: (e) => {
    if (!signedIn()) {
      return;
    }
    e.preventDefault();
    objectUrl(attrs.href, accept).then((url) => {
      const save = h('a', {href: url, download: attrs.download || ''});
      document.body.append(save);
      save.click();
      save.remove();
      setTimeout(() => URL.revokeObjectURL(url), 60000);
    }).catch((err) => {
      e.target.textContent = `${label} unavailable: ${err.message}`;
    });
  }}, label);
}

function winFigure(run, posts) {
  const rows = [];
  for (const p of posts) {
    for (const c of p.candidates) {
      rows.push(h('tr', {'data-post': p.post, 'data-candidate': c.id},
        h('td', {}, p.title), h('th', {scope: 'row'}, c.name, c.country ? ` (${c.country})` : ''),
        h('td', {class: 'num p'}, pct(c.winProbability)), h('td', {class: 'num ci'}, interval(c.winProbabilityCi95))));
    }
  }
  return figure('win-figure', 'Win probability', api.chartUrl(run.id, 'win-probability.svg'),
    'Bar chart of each candidate\'s win probability with its 95 % interval, per post. The same numbers are in the table below.',
    table(null, ['Post', 'Candidate', 'Win probability', '95 % interval'], rows, {id: 'win-table'}), true);
}

function sharesFigure(run, post) {
  const names = new Map(post.candidates.map((c) => [c.id, c.name]));
  const rows = [];
  for (const r of post.rounds || []) {
    for (const s of r.shares) {
      rows.push([String(r.round), {text: pct(r.probabilityReached), class: 'num'}, names.get(s.candidate) || s.candidate,
        {text: pct(s.mean), class: 'num'}, {text: pct(s.p05), class: 'num'}, {text: pct(s.p50), class: 'num'},
        {text: pct(s.p95), class: 'num'}]);
    }
  }
  return figure('shares-figure', `Vote share per round: ${post.title}`, api.chartUrl(run.id, 'vote-shares.svg', post.post),
    `Bar chart of each candidate's mean vote share in each round of ${post.title}, with the 5th to 95th percentile.`,
    rows.length ? table(null, ['Round', 'Reached in', 'Candidate', 'Mean share', '5th percentile', 'Median', '95th percentile'],
      rows, {id: 'shares-table'}) : h('p', {}, 'No round-by-round shares for this post.'), false);
}

function roundsFigure(run, post) {
  const rows = (post.roundsDistribution || []).map((p, k) => [`${k + 1} round${k ? 's' : ''}`, {text: pct(p), class: 'num'}]);
  if (post.deadlockProbability > 0) {
    rows.push(['no one elected', {text: pct(post.deadlockProbability), class: 'num'}]);
  }
  return figure('rounds-figure', `Number of rounds: ${post.title}`, api.chartUrl(run.id, 'rounds.svg', post.post),
    `Bar chart of the probability that ${post.title} is decided after each number of rounds.`,
    table(null, ['Rounds', 'Probability'], rows, {id: 'rounds-table'}), false);
}

function liftFigure(view, run, comparison, post) {
  const names = new Map(post.candidates.map((c) => [c.id, c.name]));
  const armName = (arm) => {
    const c = (view.doc.campaigns || []).find((x) => `${x.id} alone` === arm);
    return c ? `${c.title} alone` : arm;
  };
  const rows = comparison.differences.filter((d) => d.post === post.post).map((d) => h('tr',
    {'data-arm': d.arm, 'data-candidate': d.candidate},
    h('td', {}, armName(d.arm)), h('th', {scope: 'row'}, names.get(d.candidate) || d.candidate),
    h('td', {class: 'num'}, pp(d.difference)), h('td', {class: 'num'}, interval(d.ci95, pp))));
  return figure('lift-figure', `Campaign lift: ${post.title}`, api.chartUrl(run.id, 'campaign-lift.svg', post.post),
    `Bar chart of the change in each candidate's win probability for ${post.title} in each arm against `
      + `"${comparison.baseline}", with 95 % intervals.`,
    table(`Against “${comparison.baseline}”, same random numbers`, ['Arm', 'Candidate', 'Change', '95 % interval'], rows,
      {id: 'lift-table'}), true);
}

const COLUMNS = [
  {key: 'name', label: 'Delegation', first: 'ascending'},
  {key: 'region', label: 'Region', first: 'ascending'},
  {key: 'leaning', label: 'Leaning', first: 'descending'},
  {key: 'margin', label: 'Margin', first: 'ascending'},
  {key: 'pivotality', label: 'Pivotality', first: 'descending'},
  {key: 'absent', label: 'Absent', first: 'descending'},
];

function swing(view, result, post) {
  const names = new Map(post.candidates.map((c) => [c.id, c.name]));
  const rows = [];
  for (const d of result.delegations || []) {
    const v = d.posts.find((x) => x.post === post.post);
    if (!v) {
      continue;
    }
    const info = view.delegations.get(d.code) || {name: d.code, region: ''};
    const choices = [...Object.values(v.vote || {}), v.blank || 0].sort((a, b) => b - a);
    const top = lean(v);
    rows.push({code: d.code, name: info.name, region: info.region, pivotality: v.pivotality || 0, absent: v.absent || 0,
      margin: choices.length > 1 ? choices[0] - choices[1] : 1,
      leaning: top ? top.p : 0, leaningText: top ? `${top.candidate ? names.get(top.candidate) || top.candidate : 'blank'} ${pct(top.p, 0)}` : '–'});
  }
  const sort = view.swingSort || (view.swingSort = {key: 'pivotality', dir: 'descending'});
  const factor = sort.dir === 'ascending' ? 1 : -1;
  rows.sort((a, b) => {
    const x = a[sort.key];
    const y = b[sort.key];
    const c = typeof x === 'string' ? x.localeCompare(y) : x - y;
    return c !== 0 ? factor * c : a.name.localeCompare(b.name);
  });
  const shown = view.swingAll ? rows : rows.slice(0, SWING_ROWS);
  const wrap = h('div', {class: 'table-wrap'});
  const rerender = () => {
    const focused = document.activeElement && document.activeElement.id;
    const fresh = swing(view, result, post);
    document.getElementById('swing').replaceWith(fresh);
    if (focused && document.getElementById(focused)) {
      document.getElementById(focused).focus();
    }
    return fresh;
  };
  const head = h('tr', {}, COLUMNS.map((col) => h('th', {scope: 'col', 'aria-sort': sort.key === col.key ? sort.dir : 'none'},
    h('button', {type: 'button', class: 'sort', 'data-sort': col.key, onclick: () => {
      view.swingSort = sort.key === col.key
        ? {key: col.key, dir: sort.dir === 'ascending' ? 'descending' : 'ascending'}
        : {key: col.key, dir: col.first};
      rerender().querySelector(`button[data-sort="${col.key}"]`).focus();
    }}, col.label, h('span', {'aria-hidden': 'true', class: 'arrow'},
      sort.key === col.key ? (sort.dir === 'ascending' ? ' ▲' : ' ▼') : '')))));
  wrap.append(h('table', {id: 'swing-table'},
    h('caption', {}, `Sorted by ${COLUMNS.find((c) => c.key === sort.key).label.toLowerCase()}, `
      + `${sort.dir === 'ascending' ? 'lowest' : 'highest'} first. Choose a column to sort by it.`),
    h('thead', {}, head),
    h('tbody', {}, shown.map((r) => h('tr', {'data-code': r.code},
      h('th', {scope: 'row'}, h('button', {type: 'button', class: 'link explain', 'data-code': r.code,
        'aria-label': `Explain the vote of ${r.name}`,
        onclick: (e) => explain(view, r.code, post.post, e.currentTarget, view.runRequest)}, `${r.name} (${r.code})`)),
      h('td', {}, cap(r.region)), h('td', {}, r.leaningText),
      h('td', {class: 'num'}, pct(r.margin)), h('td', {class: 'num'}, post.pivotalityMeasured ? pct(r.pivotality, 2) : '–'),
      h('td', {class: 'num'}, pct(r.absent, 0)))))));
  return h('section', {id: 'swing', 'aria-labelledby': 'swing-title'},
    h('h3', {id: 'swing-title'}, `Swing delegations: ${post.title}`),
    h('p', {}, 'Pivotality: how often a delegation\'s ballot decided the outcome. Margin: the gap between its two most ',
      'likely round-1 choices (a blank ballot counts as a choice); the smaller, the closer its vote. ',
      post.pivotalityMeasured ? '' : 'Pivotality was not measured for this post. ',
      'Choose a delegation to see each term of its utility.'),
    h('div', {class: 'buttons'},
      h('button', {type: 'button', class: 'secondary', id: 'rank-pivotality', onclick: () => {
        view.swingSort = {key: 'pivotality', dir: 'descending'};
        rerender();
      }}, 'Rank by pivotality'),
      h('button', {type: 'button', class: 'secondary', id: 'rank-closeness', onclick: () => {
        view.swingSort = {key: 'margin', dir: 'ascending'};
        rerender();
      }}, 'Rank by closeness')),
    wrap,
    rows.length > SWING_ROWS ? h('button', {type: 'button', class: 'secondary', id: 'swing-all', onclick: () => {
      view.swingAll = !view.swingAll;
      rerender();
    }}, view.swingAll ? `Show the first ${SWING_ROWS}` : `Show all ${rows.length}`) : null);
}

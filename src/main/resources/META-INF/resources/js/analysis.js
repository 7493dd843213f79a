// Planning a campaign with the optimiser, and which assumptions matter (sensitivity): analyses of the scenario
// as stored, run as jobs under /api/analyses.
import {h, fill, interval, pct, pp, table, thousands} from './dom.js';

const LEVERS = [
  ['GOVERNMENT_DEMARCHE', 'Government démarche'],
  ['LEGISLATORS_LETTER', "Legislators' letter"],
  ['CIVIL_SOCIETY_STATEMENT', 'Civil society statement'],
  ['NGO_REPORT', 'NGO report'],
  ['MEDIA_CAMPAIGN', 'Media campaign'],
  ['COUNTER_LOBBYING', 'Counter-lobbying'],
];

/** The signed-in user's HTTP Basic credentials (see api.js), or nothing. */
function auth() {
  const credentials = sessionStorage.getItem('plenary.basic');
  return credentials ? {Authorization: `Basic ${credentials}`} : {};
}

async function post(path, body) {
  const response = await fetch(path, {method: 'POST', headers: {'Content-Type': 'application/json', Accept: 'application/json', ...auth()},
    body: JSON.stringify(body)});
  const json = await response.json();
  if (!response.ok) {
    throw new Error(json.detail || json.title || `${response.status}`);
  }
  return json;
}

/** Waits for an analysis job, showing its progress; resolves with the finished job. */
async function settle(job, progress) {
  let current = job;
  while (['QUEUED', 'RUNNING'].includes(current.status)) {
    progress.hidden = false;
    const p = current.progress || {};
    const bar = progress.querySelector('progress');
    bar.max = Math.max(1, p.total || 1);
    bar.value = p.done || 0;
    progress.querySelector('p').textContent = `${current.status.toLowerCase()}`
      + (p.total ? `: ${thousands(p.done || 0)} of about ${thousands(p.total)} simulated trials` : '');
    await new Promise((resolve) => setTimeout(resolve, 1000));
    const response = await fetch(`/api/analyses/${encodeURIComponent(current.id)}`, {headers: {Accept: 'application/json', ...auth()}});
    current = await response.json();
  }
  progress.hidden = true;
  return current;
}

export function analysisSection(view) {
  const doc = view.doc;
  const out = h('div', {id: 'plan-result', 'aria-live': 'polite'});
  const sensitivityOut = h('div', {id: 'sensitivity-result', 'aria-live': 'polite'});
  const progress = h('div', {class: 'progress', hidden: true},
    h('label', {for: 'plan-progress-bar'}, 'Progress'), h('progress', {id: 'plan-progress-bar', max: '1', value: '0'}), h('p', {}));
  const postSelect = h('select', {id: 'plan-post', name: 'post'}, doc.posts.map((p) => h('option', {value: p.id}, p.title)));
  const candidateSelect = h('select', {id: 'plan-candidate', name: 'candidate'});
  const fillCandidates = () => fill(candidateSelect, doc.candidates.filter((c) => c.post === postSelect.value)
    .map((c) => h('option', {value: c.id}, c.name)));
  postSelect.addEventListener('change', fillCandidates);
  fillCandidates();
  const field = (id, label, control, help) => h('div', {class: 'field'}, h('label', {for: id}, label), control,
    help ? h('small', {}, help) : null);
  const number = (id, value, min, max, step = 1) => h('input', {type: 'number', id, name: id, value: String(value),
    min: String(min), max: String(max), step: String(step), required: true});
  const goal = () => ({post: postSelect.value, candidate: candidateSelect.value,
    aim: document.getElementById('plan-aim').value});
  const busy = (on) => {
    for (const b of form.querySelectorAll('button')) {
      b.disabled = on;
    }
  };
  const form = h('form', {id: 'plan-form', class: 'panel', onsubmit: async (e) => {
    e.preventDefault();
    busy(true);
    fill(out, h('p', {'aria-busy': 'true'}, 'Searching for a plan…'));
    try {
      const search = Number(document.getElementById('plan-trials').value);
      const job = await settle(await post(`/api/scenarios/${encodeURIComponent(view.slug)}/optimise`, {
        goal: goal(), budget: {delegations: Number(document.getElementById('plan-budget').value)},
        lever: {kind: document.getElementById('plan-lever').value, strength: Number(document.getElementById('plan-strength').value)},
        seed: Number(document.getElementById('plan-seed').value), searchTrials: search, recheckTrials: 2 * search}), progress);
      fill(out, job.result ? plan(job.result, view) : h('p', {role: 'alert'}, `The search ended ${job.status.toLowerCase()}.`));
    } catch (err) {
      fill(out, h('p', {role: 'alert'}, `The search failed: ${err.message}`));
    } finally {
      busy(false);
    }
  }},
  h('h3', {}, 'Plan a lobbying campaign'),
  h('p', {}, 'Which delegations to lobby, and what it buys: a greedy search on the scenario as stored, then a re-check ',
    'of the plan on fresh random draws.'),
  h('div', {class: 'plan-fields'},
    field('plan-post', 'Post', postSelect),
    field('plan-candidate', 'Candidate', candidateSelect),
    field('plan-aim', 'Aim', h('select', {id: 'plan-aim', name: 'aim'},
      h('option', {value: 'defeat'}, 'Defeat the candidate'), h('option', {value: 'elect'}, 'Elect the candidate'))),
    field('plan-lever', 'Lever', h('select', {id: 'plan-lever', name: 'lever'}, LEVERS.map(([v, l]) => h('option', {value: v}, l)))),
    field('plan-strength', 'Lever strength', number('plan-strength', 1, 0, 10, 0.1)),
    field('plan-budget', 'Delegations to lobby', number('plan-budget', 3, 0, 50)),
    field('plan-trials', 'Search trials', number('plan-trials', 1000, 100, 100000, 100), 'The re-check uses twice as many.'),
    field('plan-seed', 'Seed', number('plan-seed', 42, 0, Number.MAX_SAFE_INTEGER))),
  h('div', {class: 'buttons'},
    h('button', {type: 'submit', id: 'plan-button'}, 'Find a plan'),
    h('button', {type: 'button', class: 'secondary', id: 'sensitivity-button', onclick: async () => {
      busy(true);
      fill(sensitivityOut, h('p', {'aria-busy': 'true'}, 'Varying each assumption…'));
      try {
        const g = goal();
        const job = await settle(await post(`/api/scenarios/${encodeURIComponent(view.slug)}/sensitivity`, {
          post: g.post, candidate: g.candidate, seed: Number(document.getElementById('plan-seed').value),
          trials: Number(document.getElementById('plan-trials').value)}), progress);
        fill(sensitivityOut, job.result ? sensitivity(job.result, g.candidate)
          : h('p', {role: 'alert'}, `The analysis ended ${job.status.toLowerCase()}.`));
      } catch (err) {
        fill(sensitivityOut, h('p', {role: 'alert'}, `The analysis failed: ${err.message}`));
      } finally {
        busy(false);
      }
    }}, 'Which assumptions matter?')),
  progress);
  return h('section', {id: 'planning', 'aria-labelledby': 'planning-title'},
    h('h2', {id: 'planning-title'}, 'Campaign planning'), form, out, sensitivityOut);
}

function plan(r, view) {
  const aim = r.aim === 'defeat' ? 'defeated' : 'elected';
  const name = (view.candidates.get(r.candidate) || {name: r.candidate}).name;
  const c = r.recheck;
  return h('div', {},
    h('h3', {}, `Plan: ${r.plan.length} delegation${r.plan.length === 1 ? '' : 's'} to lobby`),
    c ? h('p', {id: 'plan-recheck'}, `Re-checked on ${thousands(c.trials)} fresh trials: the chance that ${name} is ${aim} `,
      `goes from ${pct(c.baseline)} to ${pct(c.withPlan)}, a change of ${pp(c.lift)} (95 % interval ${interval(c.liftCi95, pp)}).`) : null,
    r.objectiveNote ? h('p', {class: 'muted'}, r.objectiveNote) : null,
    table(`Ranked by the search (seed ${r.searchSeed}, ${thousands(r.searchTrials)} trials); stopped: ${r.stopReason}`,
      ['Rank', 'Delegation', 'Region', 'Lift', '95 % interval', 'Goal probability after'],
      r.plan.map((t) => h('tr', {'data-code': t.delegation},
        h('td', {class: 'num'}, String(t.rank)), h('th', {scope: 'row'}, `${t.name} (${t.delegation})`),
        h('td', {}, t.region ? t.region.charAt(0) + t.region.slice(1).toLowerCase() : ''),
        h('td', {class: 'num'}, pp(t.lift)), h('td', {class: 'num'}, interval(t.liftCi95, pp)),
        h('td', {class: 'num'}, pct(t.probabilityAfter)))), {id: 'plan-table'}));
}

function sensitivity(r, candidate) {
  const focus = (row) => row.candidates.find((x) => x.candidate === candidate) || row.candidates[0];
  const name = r.rows.length ? focus(r.rows[0]).name : candidate;
  return h('div', {},
    h('h3', {}, `Which assumptions matter for ${name}`),
    table(`Each assumption at its low and high value, the rest as stored (seed ${r.seed}, ${thousands(r.trials)} trials each); `
      + 'largest swing first', ['Assumption', 'Low → high', 'Win probability at low', 'At high', 'Swing', '95 % interval'],
    r.rows.map((row) => {
      const s = focus(row);
      return h('tr', {'data-name': row.name},
        h('th', {scope: 'row'}, row.name), h('td', {class: 'num'}, `${fmt(row.low)} → ${fmt(row.high)}`),
        h('td', {class: 'num'}, pct(s.atLow)), h('td', {class: 'num'}, pct(s.atHigh)),
        h('td', {class: 'num'}, pp(s.swing)), h('td', {class: 'num'}, interval(s.swingCi95, pp)));
    }), {id: 'sensitivity-table'}));
}

function fmt(x) {
  return Number.isInteger(x) ? String(x) : Number(x).toFixed(2);
}

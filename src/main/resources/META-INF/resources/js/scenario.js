// One scenario: its posts and candidates, campaigns, the run panel, the results and the Assembly grid.
import {api} from './api.js';
import {announce, clear, h, pct, thousands, fill} from './dom.js';
import {analysisSection} from './analysis.js';
import {explain} from './explain.js';
import {renderResults} from './results.js';

const RULES = [
  ['interpol-president', 'Interpol President: two-thirds in rounds 1-2, then majority'],
  ['interpol-vice-president', 'Interpol Vice-President: absolute majority'],
  ['interpol-delegate', 'Interpol Delegate: absolute majority'],
  ['two-thirds-every-round', 'Two-thirds in every round'],
  ['plurality', 'Plurality (one round)'],
  ['two-round-runoff', 'Two-round runoff'],
  ['irv', 'Instant runoff (IRV)'],
  ['borda', 'Borda count'],
  ['approval', 'Approval voting'],
  ['schulze', 'Schulze (Condorcet)'],
  ['stv', 'Single transferable vote (STV)'],
];

const KINDS = {
  LEGISLATORS_LETTER: 'Legislators\' letter',
  CIVIL_SOCIETY_STATEMENT: 'Civil society statement',
  NGO_REPORT: 'NGO report',
  GOVERNMENT_DEMARCHE: 'Government démarche',
  MEDIA_CAMPAIGN: 'Media campaign',
  COUNTER_LOBBYING: 'Counter-lobbying',
};

const REGIONS = ['AFRICA', 'AMERICAS', 'ASIA', 'EUROPE'];
// Okabe-Ito: distinguishable with the common colour-vision deficiencies.
const PALETTE = ['#0072B2', '#E69F00', '#009E73', '#CC79A7', '#D55E00', '#56B4E9', '#F0E442', '#999933'];

let active = null;

/** Stops following a job of the scenario on screen (its run goes on on the server). */
export function leaveScenario() {
  if (active) {
    active.closeEvents();
    active.generation += 1;
    active = null;
  }
}

export async function showScenario(main, slug) {
  leaveScenario();
  clear(main);
  main.append(h('p', {}, h('a', {href: '#/'}, '← All scenarios')), h('p', {'aria-busy': 'true'}, 'Loading…'));
  let doc;
  try {
    doc = await api.scenario(slug);
  } catch (e) {
    fill(main, h('p', {}, h('a', {href: '#/'}, '← All scenarios')),
      h('h1', {tabindex: '-1', id: 'page-title'}, 'Scenario not found'), h('p', {}, e.message));
    return;
  }
  const view = new ScenarioView(main, doc);
  active = view;
  view.render();
  view.loadLatestRun();
}

class ScenarioView {
  constructor(main, doc) {
    this.main = main;
    this.doc = doc;
    this.slug = doc.slug;
    this.run = null;
    // Bumped by every run started here, so a slower earlier request cannot overwrite a newer result.
    this.generation = 0;
    this.focusPost = doc.posts[0] && doc.posts[0].id;
    this.delegations = new Map(doc.assembly.delegations.map((d) => [d.code, d]));
    this.candidates = new Map(doc.candidates.map((c) => [c.id, c]));
    this.eventSource = null;
  }

  render() {
    const d = this.doc;
    this.results = h('section', {id: 'results', 'aria-labelledby': 'results-title', 'data-run-id': ''},
      h('h2', {id: 'results-title'}, 'Results'),
      h('p', {class: 'muted', id: 'no-results'}, 'No run yet: choose the settings above and press Run.'));
    this.assembly = h('section', {id: 'assembly', 'aria-labelledby': 'assembly-title'});
    fill(this.main, 
      h('p', {}, h('a', {href: '#/'}, '← All scenarios')),
      h('h1', {tabindex: '-1', id: 'page-title'}, d.title),
      h('p', {class: 'meta'}, `${d.year} · ${d.assembly.name || 'General Assembly'} · `,
        `${d.assembly.delegations.length} delegations · slug `, h('code', {}, d.slug)),
      d.description ? h('p', {class: 'lead'}, d.description) : null,
      h('div', {class: 'columns'},
        this.runPanel(),
        h('div', {}, this.postsSection(), this.campaignsSection())),
      this.results,
      this.assembly,
      analysisSection(this));
    this.renderAssembly();
    document.getElementById('page-title').focus();
    document.title = `${d.title} — Plenary`;
  }

  postsSection() {
    return h('section', {'aria-labelledby': 'posts-title', id: 'posts'},
      h('h2', {id: 'posts-title'}, 'Posts and candidates'),
      h('ul', {class: 'posts'}, this.doc.posts.map((p) => h('li', {'data-post': p.id},
        h('h3', {}, p.title),
        h('p', {class: 'meta'}, [p.kind.replace('_', ' ').toLowerCase(), p.region ? `region ${cap(p.region)}` : null,
          `${p.seats || 1} seat${(p.seats || 1) > 1 ? 's' : ''}`, `rule ${ruleName(p.rule)}`].filter(Boolean).join(' · ')),
        h('ul', {class: 'candidates'}, this.doc.candidates.filter((c) => c.post === p.id).map((c) => h('li', {},
          h('strong', {}, c.name), ` (${this.countryName(c.country)})`,
          c.placeholder ? [' ', h('span', {class: 'tag', title: 'The real name is unknown'}, 'placeholder')] : null,
          c.note ? h('span', {class: 'note'}, ` — ${c.note}`) : null)))))));
  }

  campaignsSection() {
    const campaigns = this.doc.campaigns || [];
    return h('section', {'aria-labelledby': 'campaigns-title', id: 'campaigns'},
      h('h2', {id: 'campaigns-title'}, 'Campaigns'),
      campaigns.length === 0 ? h('p', {class: 'muted'}, 'This scenario has no lobbying campaigns.') : null,
      h('ul', {class: 'campaigns'}, campaigns.map((c) => {
        const target = this.candidates.get(c.target);
        return h('li', {'data-campaign': c.id},
          h('h3', {}, c.title),
          h('dl', {},
            h('dt', {}, 'What'), h('dd', {}, KINDS[c.kind] || cap(c.kind || '').replaceAll('_', ' ')),
            h('dt', {}, 'Stance'), h('dd', {}, `${c.stance === 'SUPPORT' ? 'supports' : 'opposes'} `,
              target ? `${target.name} (${this.postTitle(target.post)})` : c.target),
            h('dt', {}, 'Authors'), h('dd', {}, (c.authors || []).join(', ') || '–'),
            h('dt', {}, 'Signers'), h('dd', {}, c.signers ? String(c.signers) : '–',
              c.signerCountries && c.signerCountries.length ? ` from ${c.signerCountries.length} countries: `
                + c.signerCountries.join(', ') : ''),
            h('dt', {}, 'Audience'), h('dd', {}, audience(c.audience)),
            h('dt', {}, 'When'), h('dd', {}, [c.date, c.daysBeforeVote !== undefined && c.daysBeforeVote !== null
              ? `${c.daysBeforeVote} days before the vote` : null].filter(Boolean).join(', ') || '–'),
            h('dt', {}, 'Strength'), h('dd', {}, `${num(c.strength, 1)} (1 = typical for its kind)`,
              c.enabled === false ? ' · off in the scenario' : '')));
      })));
  }

  runPanel() {
    const d = this.doc;
    const campaigns = d.campaigns || [];
    const attendance = d.assembly.defaultAttendance || 0.8;
    this.progress = h('div', {class: 'progress', id: 'run-progress', hidden: true},
      h('label', {for: 'run-progress-bar'}, 'Progress'),
      h('progress', {id: 'run-progress-bar', max: '1', value: '0'}),
      h('p', {id: 'run-progress-text', 'aria-live': 'polite'}));
    this.cancelButton = h('button', {type: 'button', class: 'secondary', id: 'cancel-run', hidden: true,
      onclick: () => this.cancel()}, 'Cancel the run');
    this.runButton = h('button', {type: 'submit', id: 'run-button'}, 'Run');
    const turnoutOn = h('input', {type: 'checkbox', id: 'turnout-on', name: 'turnoutOn'});
    const turnout = slider('turnout', 'Turnout of every delegation', 0.3, 1, 0.01, attendance, true,
      (v) => pct(v, 0));
    turnoutOn.addEventListener('change', () => {
      turnout.input.disabled = !turnoutOn.checked;
    });
    this.form = h('form', {id: 'run-form', class: 'panel', 'aria-labelledby': 'run-title', onsubmit: (e) => {
      e.preventDefault();
      this.start();
    }},
    h('h2', {id: 'run-title'}, 'Run a simulation'),
    campaigns.length ? h('fieldset', {},
      h('legend', {}, 'Campaigns in force'),
      campaigns.map((c) => {
        const s = slider(`strength-${c.id}`, `Strength of “${c.title}”`, 0, 5, 0.1, c.strength ?? 1, false,
          (v) => num(v, 1));
        return h('div', {class: 'campaign-control'},
          h('div', {class: 'check'}, h('input', {type: 'checkbox', id: `campaign-${c.id}`, name: 'campaign', value: c.id,
            checked: c.enabled !== false}), h('label', {for: `campaign-${c.id}`}, c.title)),
          s.node);
      })) : null,
    h('fieldset', {},
      h('legend', {}, 'Turnout'),
      h('div', {class: 'check'}, turnoutOn, h('label', {for: 'turnout-on'}, 'Set one turnout for every delegation')),
      turnout.node,
      h('small', {}, `Otherwise each delegation keeps its own attendance (default ${pct(attendance, 1)}).`)),
    h('fieldset', {},
      h('legend', {}, 'Rules (what-if)'),
      d.posts.map((p) => h('div', {class: 'field'},
        h('label', {for: `rule-${p.id}`}, p.title),
        h('select', {id: `rule-${p.id}`, name: `rule-${p.id}`, 'data-post': p.id},
          h('option', {value: ''}, `As in the scenario (${ruleName(p.rule)})`),
          RULES.map(([value, label]) => h('option', {value}, label)))))),
    h('fieldset', {},
      h('legend', {}, 'Trials and seed'),
      h('div', {class: 'field'}, h('label', {for: 'trials'}, 'Trials'),
        h('input', {type: 'number', id: 'trials', name: 'trials', min: '100', max: '1000000', step: '100', value: '5000',
          required: true, 'aria-describedby': 'trials-help'}),
        h('small', {id: 'trials-help'}, 'Up to 100,000 trials answer at once; more run as a job with a progress bar.')),
      h('div', {class: 'field'}, h('label', {for: 'seed'}, 'Seed'),
        // Up to 2^53-1: a page number holds every whole number up to there exactly, and no larger one.
        h('input', {type: 'number', id: 'seed', name: 'seed', step: '1', min: '0', max: String(Number.MAX_SAFE_INTEGER),
          value: '42', 'aria-describedby': 'seed-help'}),
        h('small', {id: 'seed-help'}, 'A whole number from 0 to 9,007,199,254,740,991. The same seed and settings give '
          + 'the same result. Leave empty for a fresh seed.')),
      h('div', {class: 'field'}, h('label', {for: 'compare'}, 'Compare'),
        h('select', {id: 'compare', name: 'compare'},
          h('option', {value: 'none'}, 'No comparison'),
          h('option', {value: 'campaigns-off'}, 'With and without the campaigns in force'),
          h('option', {value: 'each-campaign'}, 'Each campaign alone, against none')))),
    h('div', {class: 'buttons'}, this.runButton, this.cancelButton),
    this.progress);
    this.turnoutOn = turnoutOn;
    this.turnoutInput = turnout.input;
    return this.form;
  }

  request() {
    const f = this.form;
    const campaigns = [...f.querySelectorAll('input[name=campaign]')].filter((c) => c.checked).map((c) => c.value);
    const strengths = {};
    for (const id of campaigns) {
      strengths[id] = Number(f.querySelector(`#strength-${CSS.escape(id)}`).value);
    }
    const rules = {};
    for (const select of f.querySelectorAll('select[data-post]')) {
      if (select.value) {
        rules[select.dataset.post] = select.value;
      }
    }
    const body = {trials: Number(f.trials.value), campaigns, compare: f.compare.value};
    if (f.seed.value !== '') {
      body.seed = Number(f.seed.value);
    }
    if (campaigns.length) {
      body.campaignStrengths = strengths;
    }
    if (this.turnoutOn.checked) {
      body.turnout = Number(this.turnoutInput.value);
    }
    if (Object.keys(rules).length) {
      body.rules = rules;
    }
    return body;
  }

  async start() {
    if (!this.form.reportValidity()) {
      return;
    }
    const generation = ++this.generation;
    this.closeEvents();
    this.runButton.disabled = true;
    this.results.setAttribute('aria-busy', 'true');
    announce('Running the simulation…');
    try {
      const {status, body: run} = await api.simulate(this.slug, this.request());
      if (generation !== this.generation) {
        return;
      }
      if (status === 202) {
        this.follow(run, generation);
        return;
      }
      await this.finish(run, generation);
    } catch (e) {
      this.runButton.disabled = false;
      this.results.setAttribute('aria-busy', 'false');
      announce(`The run failed: ${e.message}`, 'error');
    }
  }

  /** A job: show its progress from the server-sent events until it ends, then load it. */
  follow(run, generation) {
    this.progress.hidden = false;
    this.cancelButton.hidden = false;
    this.jobId = run.id;
    const bar = document.getElementById('run-progress-bar');
    const text = document.getElementById('run-progress-text');
    const show = (s) => {
      bar.max = Math.max(1, s.totalTrials);
      bar.value = s.doneTrials;
      text.textContent = `${s.status.toLowerCase()}: ${thousands(s.doneTrials)} of ${thousands(s.totalTrials)} trials`
        + (s.etaSeconds ? ` · about ${Math.ceil(s.etaSeconds)} s left` : '');
    };
    show(run.progress || {status: run.status, doneTrials: 0, totalTrials: run.trialsRequested});
    const source = new EventSource(api.eventsUrl(run.id));
    this.eventSource = source;
    source.onmessage = async (event) => {
      const s = JSON.parse(event.data);
      show(s);
      if (['DONE', 'CANCELLED', 'FAILED'].includes(s.status)) {
        this.closeEvents();
        if (generation === this.generation) {
          await this.finish(await api.run(run.id), generation);
        }
      }
    };
    source.onerror = async () => {
      // The stream ended or broke: ask for the run once instead of letting EventSource reconnect forever.
      this.closeEvents();
      if (generation !== this.generation) {
        return;
      }
      try {
        const latest = await api.run(run.id);
        if (['DONE', 'CANCELLED', 'FAILED'].includes(latest.status)) {
          await this.finish(latest, generation);
        } else {
          setTimeout(() => generation === this.generation && this.follow(latest, generation), 1000);
        }
      } catch (e) {
        announce(`Lost track of the run: ${e.message}`, 'error');
      }
    };
  }

  closeEvents() {
    if (this.eventSource) {
      this.eventSource.close();
      this.eventSource = null;
    }
  }

  async cancel() {
    if (this.jobId) {
      try {
        await api.cancel(this.jobId);
        announce('Cancelling: the run keeps what it has done so far.');
      } catch (e) {
        announce(`Could not cancel: ${e.message}`, 'error');
      }
    }
  }

  async finish(run, generation) {
    this.runButton.disabled = false;
    this.progress.hidden = true;
    this.cancelButton.hidden = true;
    this.jobId = null;
    this.results.setAttribute('aria-busy', 'false');
    if (generation !== this.generation) {
      return;
    }
    if (run.status === 'FAILED' || !run.result) {
      announce(`The run ended ${run.status.toLowerCase()}: ${run.error || 'no result'}`, 'error');
      return;
    }
    this.show(run, false);
    announce(`Run finished: ${thousands(run.trialsDone)} trials, seed ${run.seed}`
      + (run.status === 'CANCELLED' ? ' (cancelled: partial result)' : '') + '.');
  }

  /** Shows the newest finished run of this scenario, if any, so the grid is coloured from the start. */
  async loadLatestRun() {
    const generation = this.generation;
    try {
      const runs = await api.runs(this.slug);
      const latest = runs.find((r) => r.status === 'DONE');
      if (!latest || generation !== this.generation) {
        return;
      }
      const run = await api.run(latest.id);
      if (generation === this.generation && run.result) {
        this.show(run, true);
      }
    } catch (e) {
      // The page works without it.
    }
  }

  show(run, stored) {
    this.run = run;
    renderResults(this, run, stored);
    this.renderAssembly();
  }

  setFocusPost(post) {
    // Both selects are rebuilt; keep the keyboard where it was.
    const focused = document.activeElement && document.activeElement.id;
    this.focusPost = post;
    if (this.run) {
      renderResults(this, this.run, this.storedShown);
    }
    this.renderAssembly();
    if (focused && document.getElementById(focused)) {
      document.getElementById(focused).focus();
    }
  }

  renderAssembly() {
    const post = this.focusPost;
    const result = this.run && this.run.result;
    const votes = new Map();
    if (result) {
      for (const d of result.delegations || []) {
        const p = d.posts.find((x) => x.post === post);
        if (p) {
          votes.set(d.code, p);
        }
      }
    }
    const candidates = this.doc.candidates.filter((c) => c.post === post);
    const colours = new Map(candidates.map((c, i) => [c.id, PALETTE[i % PALETTE.length]]));
    const select = h('select', {id: 'leaning-post', onchange: (e) => this.setFocusPost(e.target.value)},
      this.doc.posts.map((p) => h('option', {value: p.id, selected: p.id === post}, p.title)));
    const coloured = votes.size > 0;
    const legend = h('ul', {class: 'legend', 'aria-label': 'Legend'},
      coloured ? candidates.map((c) => h('li', {}, h('span', {class: 'swatch', style: `background:${colours.get(c.id)}`}),
        `leans ${c.name}`)) : h('li', {}, h('span', {class: 'swatch neutral'}), 'no run yet: every delegation neutral'),
      coloured ? h('li', {}, h('span', {class: 'swatch neutral'}), 'leans to a blank ballot or no data') : null,
      h('li', {}, h('span', {class: 'swatch suspended'}), 'no voting rights'));
    const groups = REGIONS.map((region) => {
      const members = this.doc.assembly.delegations.filter((d) => d.region === region);
      return h('section', {class: 'region', 'aria-labelledby': `region-${region}`},
        h('h3', {id: `region-${region}`}, `${cap(region)} (${members.length})`),
        h('ul', {class: 'grid'}, members.map((d) => {
          const v = votes.get(d.code);
          const leaning = v ? lean(v) : null;
          let style = '';
          let describe = 'no run yet';
          if (d.votingRights === false) {
            describe = 'no voting rights';
          } else if (leaning && leaning.candidate) {
            const c = this.candidates.get(leaning.candidate);
            const bg = mix(colours.get(leaning.candidate) || '#999999', 0.25 + 0.75 * leaning.p);
            style = `background:${bg};color:${textOn(bg)}`;
            describe = `leans ${c ? c.name : leaning.candidate} ${pct(leaning.p, 0)}`;
          } else if (leaning) {
            describe = `leans blank ${pct(leaning.p, 0)}`;
          }
          return h('li', {}, h('button', {type: 'button', class: `deleg${d.votingRights === false ? ' suspended' : ''}`,
            style, 'data-code': d.code, 'aria-label': `${d.name}: ${describe}. Explain its vote.`, title: `${d.name}: ${describe}`,
            onclick: (e) => explain(this, d.code, post, e.currentTarget)}, d.code));
        })));
    });
    fill(this.assembly, 
      h('h2', {id: 'assembly-title'}, 'The Assembly'),
      h('p', {}, 'One square per member delegation, grouped by Interpol region. ',
        coloured ? `Colour: the candidate each is most likely to mark in round 1 of the chosen post in run ${shortId(this.run.id)}; `
          + 'the stronger the colour, the surer the vote.' : 'Run a simulation to colour each delegation by its leaning.',
        ' Choose a square to see why it votes as it does.'),
      h('div', {class: 'field inline'}, h('label', {for: 'leaning-post'}, 'Leaning on the post'), select),
      legend,
      h('div', {class: 'regions'}, groups));
  }

  countryName(code) {
    const d = this.delegations.get(code);
    return d ? d.name : code;
  }

  postTitle(id) {
    const p = this.doc.posts.find((x) => x.id === id);
    return p ? p.title : id;
  }
}

function slider(id, label, min, max, step, value, disabled, format) {
  const output = h('output', {for: id, id: `${id}-value`}, format(value));
  const input = h('input', {type: 'range', id, name: id, min: String(min), max: String(max), step: String(step),
    value: String(value), disabled, oninput: (e) => {
      output.textContent = format(Number(e.target.value));
    }});
  return {input, node: h('div', {class: 'field slider'}, h('label', {for: id}, label), h('div', {class: 'range'}, input, output))};
}

/** The most likely round-1 choice of a delegation: a candidate, or blank when blank is likelier than any. */
export function lean(vote) {
  let best = null;
  for (const [candidate, p] of Object.entries(vote.vote || {})) {
    if (!best || p > best.p) {
      best = {candidate, p};
    }
  }
  if (vote.blank !== undefined && (!best || vote.blank > best.p)) {
    return {candidate: null, p: vote.blank};
  }
  return best;
}

function audience(a) {
  if (!a) {
    return '–';
  }
  const parts = [];
  if (a.everyone) {
    parts.push('every delegation');
  }
  if (a.signerCountries) {
    parts.push("the signers' own governments");
  }
  if (a.regions && a.regions.length) {
    parts.push(`regions ${a.regions.map(cap).join(', ')}`);
  }
  if (a.blocs && a.blocs.length) {
    parts.push(`blocs ${a.blocs.join(', ')}`);
  }
  if (a.delegations && a.delegations.length) {
    parts.push(`delegations ${a.delegations.join(', ')}`);
  }
  return parts.join('; ') || 'no direct audience';
}

export function ruleName(rule) {
  if (!rule) {
    return 'default';
  }
  return typeof rule === 'string' ? rule : (rule.name || 'custom rule');
}

export function cap(s) {
  return s ? s.charAt(0) + s.slice(1).toLowerCase() : '';
}

function num(x, digits) {
  return x === undefined || x === null ? '–' : Number(x).toFixed(digits);
}

export function shortId(id) {
  return id ? id.slice(0, 8) : '';
}

/** Blends a colour with white: t = 1 gives the colour, 0 gives white. */
function mix(hex, t) {
  const c = parseInt(hex.slice(1), 16);
  const ch = (shift) => Math.round(255 + (((c >> shift) & 255) - 255) * Math.min(1, Math.max(0, t)));
  return `rgb(${ch(16)}, ${ch(8)}, ${ch(0)})`;
}

/** Black or white text, whichever contrasts more with the background. */
function textOn(rgb) {
  const [r, g, b] = rgb.match(/\d+/g).map((v) => {
    const s = Number(v) / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  });
  const l = 0.2126 * r + 0.7152 * g + 0.0722 * b;
  return (l + 0.05) / 0.05 >= 1.05 / (l + 0.05) ? '#111111' : '#ffffff';
}


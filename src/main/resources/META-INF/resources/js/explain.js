// Why a delegation votes as it does: every term of its utility for each candidate, in a modal dialog.
import {api} from './api.js';
import {clear, h, pct, signed, fill} from './dom.js';

let dialog;
let returnFocus;

function ensureDialog() {
  if (!dialog) {
    dialog = h('dialog', {id: 'explain', 'aria-labelledby': 'explain-title'});
    dialog.addEventListener('close', () => {
      if (returnFocus && document.body.contains(returnFocus)) {
        returnFocus.focus();
      }
    });
    document.body.append(dialog);
  }
  return dialog;
}

export async function explain(view, code, post, opener, settings) {
  const d = ensureDialog();
  returnFocus = opener;
  const delegation = view.delegations.get(code) || {name: code};
  const title = `Why ${delegation.name} votes as it does: ${view.postTitle(post)}`;
  fill(d, h('h2', {id: 'explain-title'}, title), h('p', {'aria-busy': 'true'}, 'Loading…'));
  if (!d.open) {
    d.showModal();
  }
  let e;
  try {
    e = await api.explain(view.slug, code, post, settings);
  } catch (err) {
    fill(d, h('h2', {id: 'explain-title'}, title), h('p', {role: 'alert'}, err.message), closeButton(d));
    return;
  }
  // One row per term, one column per candidate: a post has few candidates but many terms.
  const campaigns = new Map();
  for (const c of e.candidates) {
    for (const t of c.campaigns) {
      campaigns.set(t.campaignId, t.title);
    }
  }
  const terms = [['appeal', 'Appeal'], ['alignment', 'Alignment'], ['region', 'Region'], ['blocs', 'Blocs'],
    ['pledge', 'Pledge'], ['home', 'Home country']];
  const row = (key, label, value, props = {}) => h('tr', {'data-term': key, ...props}, h('th', {scope: 'row'}, label),
    e.candidates.map((c) => h('td', {class: 'num', 'data-candidate': c.candidateId}, value(c))));
  const rows = [
    ...terms.map(([key, label]) => row(key, label, (c) => signed(c.baseline[key]))),
    ...[...campaigns].map(([id, label]) => row(`campaign:${id}`, label, (c) => {
      const t = c.campaigns.find((x) => x.campaignId === id);
      return t ? signed(t.attributed) : '';
    })),
    row('utility', 'Utility', (c) => h('strong', {}, signed(c.utility)), {class: 'total'}),
    row('probability', 'P(vote)', (c) => h('strong', {}, pct(c.probability)), {class: 'total'}),
  ];
  fill(d, 
    h('h2', {id: 'explain-title', tabindex: '-1'}, title),
    h('p', {}, `Attendance ${pct(e.attendance, 0)} · ${e.ballot.toLowerCase()} ballot`,
      e.marks > 1 ? ` with up to ${e.marks} marks` : '', ` · blank ${pct(e.blankProbability)}`,
      e.noProbability ? ` · no ${pct(e.noProbability)}` : '', ` · shock s.d. ${e.shockSd.toFixed(2)}`),
    h('div', {class: 'table-wrap'}, h('table', {id: 'explain-table'},
      h('caption', {}, 'Utility terms (already weighted), each campaign\'s share, and the round-1 probability of a '
        + 'mark when present'),
      h('thead', {}, h('tr', {}, h('th', {scope: 'col'}, 'Term'),
        e.candidates.map((c) => h('th', {scope: 'col', class: 'num', 'data-candidate': c.candidateId},
          `${c.name} (${c.country})`)))),
      h('tbody', {}, rows))),
    h('p', {class: 'muted', id: 'explain-basis'}, settings
      ? 'Computed with the settings of the run shown (its campaigns, their strengths and the post\'s rule), as its '
        + 'results are; its turnout does not change a present delegation\'s vote. '
      : 'Computed on the scenario as stored, with its enabled campaigns at their stored strengths. ',
      'Utility = the terms + the campaigns, before the random shocks that the probability integrates.'),
    closeButton(d));
  d.querySelector('#explain-title').focus();
}

function closeButton(d) {
  return h('div', {class: 'buttons'}, h('button', {type: 'button', id: 'explain-close', onclick: () => d.close()}, 'Close'));
}

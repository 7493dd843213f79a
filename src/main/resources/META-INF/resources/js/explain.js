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

export async function explain(view, code, post, opener) {
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
    e = await api.explain(view.slug, code, post);
  } catch (err) {
    fill(d, h('h2', {id: 'explain-title'}, title), h('p', {role: 'alert'}, err.message), closeButton(d));
    return;
  }
  const campaignTitles = [...new Set(e.candidates.flatMap((c) => c.campaigns.map((t) => t.title)))];
  const terms = ['appeal', 'alignment', 'region', 'blocs', 'pledge', 'home'];
  const rows = e.candidates.map((c) => h('tr', {'data-candidate': c.candidateId},
    h('th', {scope: 'row'}, `${c.name} (${c.country})`),
    terms.map((t) => h('td', {class: 'num'}, signed(c.baseline[t]))),
    campaignTitles.map((t) => {
      const term = c.campaigns.find((x) => x.title === t);
      return h('td', {class: 'num', title: term ? `reach ${term.reach.toFixed(2)}, decay ${term.decay.toFixed(2)}, `
        + `backlash ${term.backlash.toFixed(2)}` : ''}, term ? signed(term.attributed) : '');
    }),
    h('td', {class: 'num'}, h('strong', {}, signed(c.utility))),
    h('td', {class: 'num'}, pct(c.probability))));
  fill(d, 
    h('h2', {id: 'explain-title', tabindex: '-1'}, title),
    h('p', {}, `Attendance ${pct(e.attendance, 0)} · ${e.ballot.toLowerCase()} ballot`,
      e.marks > 1 ? ` with up to ${e.marks} marks` : '', ` · blank ${pct(e.blankProbability)}`,
      e.noProbability ? ` · no ${pct(e.noProbability)}` : '', ` · shock s.d. ${e.shockSd.toFixed(2)}`),
    h('div', {class: 'table-wrap'}, h('table', {id: 'explain-table'},
      h('caption', {}, 'Utility terms (already weighted) and the round-1 probability of a mark when present'),
      h('thead', {}, h('tr', {}, h('th', {scope: 'col'}, 'Candidate'),
        ['Appeal', 'Alignment', 'Region', 'Blocs', 'Pledge', 'Home'].map((t) => h('th', {scope: 'col'}, t)),
        campaignTitles.map((t) => h('th', {scope: 'col'}, t)),
        h('th', {scope: 'col'}, 'Utility'), h('th', {scope: 'col'}, 'P(vote)'))),
      h('tbody', {}, rows))),
    h('p', {class: 'muted'}, 'Computed on the scenario as stored, with its enabled campaigns at their stored strengths; ',
      'the switches and sliders of the run panel do not apply here. Utility = the terms + the campaigns, before the ',
      'random shocks that the probability integrates.'),
    closeButton(d));
  d.querySelector('#explain-title').focus();
}

function closeButton(d) {
  return h('div', {class: 'buttons'}, h('button', {type: 'button', id: 'explain-close', onclick: () => d.close()}, 'Close'));
}

// Entry point: a hash router between the scenario list (#/) and one scenario (#/scenario/{slug}).
import {showList} from './list.js';
import {leaveScenario, showScenario} from './scenario.js';

const main = document.getElementById('main');
let firstView = true;

function route() {
  // A dialog left open would make the new view inert.
  document.querySelectorAll('dialog[open]').forEach((d) => d.close());
  const match = location.hash.match(/^#\/scenario\/([^/?#]+)/);
  if (match) {
    showScenario(main, decodeURIComponent(match[1]));
  } else {
    leaveScenario();
    document.title = 'Plenary — Interpol election simulator';
    showList(main).then(() => {
      // After navigating back, move focus to the new heading; on the first load leave it where the browser put it.
      if (!firstView) {
        document.getElementById('page-title')?.focus();
      }
    });
  }
  firstView = false;
}

window.addEventListener('hashchange', route);
route();

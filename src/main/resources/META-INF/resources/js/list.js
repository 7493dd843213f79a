// The scenario list: title, year, description, and a form to fork a what-if copy.
import {api} from './api.js';
import {announce, clear, h, uid} from './dom.js';

export async function showList(main) {
  clear(main);
  const list = h('ul', {class: 'cards', id: 'scenario-list', 'aria-busy': 'true'});
  const search = h('input', {type: 'search', id: 'scenario-search', name: 'q', placeholder: 'e.g. 2021, IPAC'});
  const form = h('form', {class: 'search', role: 'search', onsubmit: (e) => {
    e.preventDefault();
    load(list, search.value.trim());
  }},
  h('label', {for: 'scenario-search'}, 'Search scenarios'), search, h('button', {type: 'submit'}, 'Search'));
  main.append(
    h('h1', {tabindex: '-1', id: 'page-title'}, 'Scenarios'),
    h('p', {class: 'lead'}, 'Each scenario is one General Assembly session: its delegations, the Executive Committee ',
      'posts up for election, the candidates and the lobbying campaigns. Open one to simulate it, or fork it to ',
      'make a what-if copy you can change through the API.'),
    form, list);
  await load(list, '');
}

async function load(list, q) {
  list.setAttribute('aria-busy', 'true');
  try {
    const page = await api.scenarios(q);
    clear(list);
    if (page.items.length === 0) {
      list.append(h('li', {class: 'empty'}, 'No scenario matches.'));
    }
    for (const s of page.items) {
      list.append(card(s));
    }
  } catch (e) {
    announce(`Could not load the scenarios: ${e.message}`, 'error');
  } finally {
    list.setAttribute('aria-busy', 'false');
  }
}

function card(s) {
  const formId = uid('fork');
  const error = h('p', {class: 'form-error', role: 'alert'});
  const slugInput = h('input', {id: `${formId}-slug`, name: 'slug', required: true, pattern: '[a-z0-9][a-z0-9\\-]{1,78}[a-z0-9]',
    value: `${s.slug}-what-if`.slice(0, 80), 'aria-describedby': `${formId}-help`});
  const titleInput = h('input', {id: `${formId}-title`, name: 'title', value: `${s.title} (what-if)`});
  const form = h('form', {class: 'fork-form', id: formId, hidden: true, onsubmit: async (e) => {
    e.preventDefault();
    error.textContent = '';
    try {
      const copy = await api.fork(s.slug, {slug: slugInput.value.trim(), title: titleInput.value.trim() || undefined});
      announce(`Created the what-if copy ${copy.slug}.`);
      location.hash = `#/scenario/${encodeURIComponent(copy.slug)}`;
    } catch (err) {
      error.textContent = err.message;
    }
  }},
  h('label', {for: `${formId}-slug`}, 'Slug of the copy'), slugInput,
  h('small', {id: `${formId}-help`}, 'Lowercase letters, digits and hyphens, 3 to 80 characters.'),
  h('label', {for: `${formId}-title`}, 'Title of the copy'), titleInput,
  h('div', {class: 'buttons'}, h('button', {type: 'submit'}, 'Create the copy')), error);
  const toggle = h('button', {type: 'button', class: 'secondary', 'aria-expanded': 'false', 'aria-controls': formId,
    onclick: () => {
      form.hidden = !form.hidden;
      toggle.setAttribute('aria-expanded', String(!form.hidden));
      if (!form.hidden) {
        slugInput.focus();
      }
    }}, 'Fork…');
  return h('li', {class: 'card', 'data-slug': s.slug},
    h('h2', {}, h('a', {href: `#/scenario/${encodeURIComponent(s.slug)}`}, s.title)),
    h('p', {class: 'meta'}, String(s.year), ' · ', s.origin === 'bundled' ? 'bundled' : s.origin,
      s.forkedFrom ? ` · forked from ${s.forkedFrom}` : ''),
    h('p', {}, s.description || ''),
    h('div', {class: 'buttons'}, h('a', {class: 'button', href: `#/scenario/${encodeURIComponent(s.slug)}`,
      'aria-label': `Open ${s.title}`}, 'Open'), toggle),
    form);
}

// Small DOM helpers. Text always goes in through textContent, never as HTML, so scenario data cannot inject markup.

const PROPERTIES = new Set(['checked', 'disabled', 'hidden', 'value', 'selected', 'open', 'htmlFor']);

/** h('button', {class: 'x', onclick: fn}, 'text', child, [more]) */
export function h(tag, props, ...children) {
  const el = document.createElement(tag);
  for (const [key, value] of Object.entries(props || {})) {
    if (value === undefined || value === null || value === false) {
      continue;
    }
    if (key.startsWith('on') && typeof value === 'function') {
      el.addEventListener(key.slice(2).toLowerCase(), value);
    } else if (PROPERTIES.has(key)) {
      el[key] = value;
    } else {
      el.setAttribute(key, value === true ? '' : String(value));
    }
  }
  append(el, children);
  return el;
}

function append(el, children) {
  for (const child of children) {
    if (child === undefined || child === null || child === false) {
      continue;
    }
    if (Array.isArray(child)) {
      append(el, child);
    } else if (child instanceof Node) {
      el.appendChild(child);
    } else {
      el.appendChild(document.createTextNode(String(child)));
    }
  }
}

/** Replaces the children of el; like h(), it skips null, undefined and false (native append would print "null"). */
export function fill(el, ...children) {
  clear(el);
  append(el, children);
  return el;
}

export function clear(el) {
  while (el.firstChild) {
    el.removeChild(el.firstChild);
  }
  return el;
}

export function pct(p, digits = 1) {
  return p === null || p === undefined || Number.isNaN(p) ? '–' : `${(100 * p).toFixed(digits)} %`;
}

export function pp(d) {
  const v = (100 * d).toFixed(1);
  return `${d >= 0 ? '+' : ''}${v} pp`;
}

export function signed(x, digits = 2) {
  if (x === null || x === undefined) {
    return '–';
  }
  const v = x.toFixed(digits);
  return Number(v) === 0 ? (0).toFixed(digits) : (x > 0 ? `+${v}` : v.replace('-', '−'));
}

export function interval(ci, format = pct) {
  return Array.isArray(ci) && ci.length === 2 ? `${format(ci[0])} – ${format(ci[1])}` : '–';
}

export function thousands(n) {
  return Number(n).toLocaleString('en');
}

/** Announces a message to screen readers and shows it in the status line. */
export function announce(message, kind = 'info') {
  const status = document.getElementById('status');
  status.className = `status ${kind}`;
  status.textContent = message;
}

let counter = 0;
export function uid(prefix) {
  counter += 1;
  return `${prefix}-${counter}`;
}

/** A table inside a scrollable wrapper; rows are arrays of cells (strings, nodes, or {text, ...props}). */
export function table(caption, headers, rows, props = {}) {
  return h('div', {class: 'table-wrap'},
    h('table', props,
      caption ? h('caption', {}, caption) : null,
      h('thead', {}, h('tr', {}, headers.map((head) => h('th', {scope: 'col'}, head)))),
      h('tbody', {}, rows.map((row) => row instanceof Node ? row : h('tr', {}, row.map(cell))))));
}

export function cell(c) {
  if (c instanceof Node) {
    return c.tagName === 'TD' || c.tagName === 'TH' ? c : h('td', {}, c);
  }
  if (c && typeof c === 'object' && 'text' in c) {
    const {text, ...props} = c;
    return h('td', props, text);
  }
  return h('td', {}, c);
}

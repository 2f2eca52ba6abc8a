// The plan health page: one table per health view, filled from /report/api/health.
// Data is only ever put into the page as text (textContent, createElement), never as HTML.
'use strict';

const REFRESH_MS = 10000;

/** 2026-11-25T10:00:00Z -> "2026-11-25 10:00:00 UTC" */
function utc(iso) {
  return iso ? iso.replace('T', ' ').replace(/\.\d+Z$|Z$/, '') + ' UTC' : '';
}

function percent(share) {
  return share === null || share === undefined ? '' : (share * 100).toFixed(1) + ' %';
}

function yesNo(value) {
  return value ? 'yes' : 'no';
}

const COUNTS = (what) => [
  { title: what + ' today', key: what + '_today' },
  { title: what + ' 7 days', key: what + '_7_days' },
  { title: what + ' total', key: what + '_total' },
];

/** The columns of each table, by the id of its table element: title, member of the view's row, formatting. */
const TABLES = {
  'plan-health': [
    { title: 'event', key: 'event_name' }, { title: 'version', key: 'event_version' }, { title: 'status', key: 'status' },
    ...COUNTS('accepted'), { title: 'last accepted', key: 'last_accepted_at', format: utc },
    ...COUNTS('refused'), { title: 'last refused', key: 'last_refused_at', format: utc },
    { title: 'refused share', key: 'refused_share', format: percent },
  ],
  refusals: [
    { title: 'event', key: 'event_name', format: (v) => v === null ? '(none)' : v },
    { title: 'planned', key: 'planned', format: yesNo }, { title: 'rule', key: 'rule' }, { title: 'path', key: 'path' },
    ...COUNTS('refused'), { title: 'last refused', key: 'last_refused_at', format: utc },
  ],
  unplanned: [
    { title: 'event', key: 'event_name' }, ...COUNTS('received'),
    { title: 'last received', key: 'last_received_at', format: utc },
    { title: 'example (rejected_events.id)', key: 'example_id' }, { title: 'example', key: 'example', className: 'example' },
  ],
  unreceived: [
    { title: 'event', key: 'event_name' }, { title: 'version', key: 'event_version' }, { title: 'status', key: 'status' },
  ],
  deprecated: [
    { title: 'event', key: 'event_name' }, { title: 'version', key: 'event_version' },
    ...COUNTS('accepted'), { title: 'last accepted', key: 'last_accepted_at', format: utc },
    { title: 'refused total', key: 'refused_total' },
  ],
  sources: [
    { title: 'event', key: 'event_name', format: (v) => v === null ? '(none)' : v },
    { title: 'planned', key: 'planned', format: yesNo }, { title: 'plan version', key: 'plan_version' },
    { title: 'library', key: 'library_name', format: (v) => v === null ? '(unknown)' : v },
    { title: 'library version', key: 'library_version', format: (v) => v === null ? '(unknown)' : v },
    ...COUNTS('accepted'), ...COUNTS('refused'),
  ],
};

function render(table, columns, rows) {
  const head = document.createElement('thead');
  const titles = document.createElement('tr');
  for (const column of columns) {
    const th = document.createElement('th');
    th.scope = 'col';
    th.textContent = column.title;
    titles.appendChild(th);
  }
  head.appendChild(titles);
  const body = document.createElement('tbody');
  for (const row of rows) {
    const tr = document.createElement('tr');
    for (const column of columns) {
      const td = document.createElement('td');
      const value = row[column.key];
      const text = column.format ? column.format(value) : value;
      td.textContent = text === null || text === undefined ? '' : String(text);
      if (column.className) td.className = column.className;
      tr.appendChild(td);
    }
    body.appendChild(tr);
  }
  if (rows.length === 0) {
    const tr = document.createElement('tr');
    const td = document.createElement('td');
    td.colSpan = columns.length;
    td.className = 'hint';
    td.textContent = 'None.';
    tr.appendChild(td);
    body.appendChild(tr);
  }
  table.replaceChildren(head, body);
}

async function refresh() {
  const status = document.getElementById('status');
  try {
    const response = await fetch('/report/api/health', { headers: { Accept: 'application/json' }, cache: 'no-store' });
    const data = await response.json().catch(() => null);
    if (!response.ok) {
      throw new Error(data && data.error ? data.error.message : response.status + ' ' + response.statusText);
    }
    document.getElementById('plan').textContent = data.plan.name + ' v' + data.plan.version;
    for (const [id, columns] of Object.entries(TABLES)) {
      const table = document.getElementById(id);
      render(table, columns, data[table.dataset.view] || []);
    }
    status.classList.remove('error');
    status.textContent = 'Updated ' + utc(data.generated_at);
  } catch (e) {
    status.classList.add('error');
    status.textContent = 'Could not load the plan health: ' + e.message;
  }
}

refresh();
setInterval(refresh, REFRESH_MS);

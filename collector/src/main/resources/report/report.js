// The report page: fills the table, the chart and the lookup from /report/api/*.
// Data is only ever put into the page as text (textContent, createElement), never as HTML.
'use strict';

const REFRESH_MS = 10000;
const ROWS = 500;
const DAYS = 30;
const SVG = 'http://www.w3.org/2000/svg';

function byId(id) {
  return document.getElementById(id);
}

async function getJson(path) {
  const response = await fetch(path, { headers: { Accept: 'application/json' }, cache: 'no-store' });
  const body = await response.json().catch(() => null);
  if (!response.ok) {
    const message = body && body.error ? body.error.message : response.status + ' ' + response.statusText;
    throw new Error(message);
  }
  return body;
}

/** 2026-11-25T10:00:00Z -> "2026-11-25 10:00:00 UTC" */
function utc(iso) {
  return iso ? iso.replace('T', ' ').replace(/\.\d+Z$|Z$/, '') + ' UTC' : '';
}

function cell(row, text) {
  const td = document.createElement('td');
  td.textContent = text === null || text === undefined ? '' : String(text);
  row.appendChild(td);
  return td;
}

function renderUsers(data) {
  const body = byId('users').tBodies[0];
  const rows = data.users.map((user) => {
    const row = document.createElement('tr');
    row.dataset.userId = user.user_id;
    cell(row, user.last_login_rank);
    cell(row, user.user_id);
    cell(row, user.name);
    cell(row, user.email);
    cell(row, user.company);
    const last = cell(row, '');
    const time = document.createElement('time');
    time.dateTime = user['Last logged in'];
    time.textContent = utc(user['Last logged in']);
    last.appendChild(time);
    cell(row, user.login_count);
    return row;
  });
  body.replaceChildren(...rows);
  byId('count').textContent = data.total > data.users.length
    ? 'showing the ' + data.users.length + ' most recent of ' + data.total + ' users (the CSV has all)'
    : data.total + (data.total === 1 ? ' user' : ' users');
}

function renderChart(data) {
  const counts = new Map(data.logins_per_day.map((d) => [d.day, d.logins]));
  const days = [];
  const today = new Date();
  for (let i = data.days - 1; i >= 0; i--) {
    const day = new Date(Date.UTC(today.getUTCFullYear(), today.getUTCMonth(), today.getUTCDate() - i));
    const key = day.toISOString().slice(0, 10);
    days.push({ day: key, logins: counts.get(key) || 0 });
  }
  const width = 600;
  const height = 160;
  const bottom = 20;
  const max = Math.max(1, ...days.map((d) => d.logins));
  const step = width / days.length;
  const svg = document.createElementNS(SVG, 'svg');
  svg.setAttribute('viewBox', '0 0 ' + width + ' ' + height);
  svg.setAttribute('role', 'img');
  svg.setAttribute('aria-label', 'Logins per day over the last ' + days.length + ' days');
  days.forEach((d, i) => {
    const h = Math.round((d.logins / max) * (height - bottom - 14));
    const bar = document.createElementNS(SVG, 'rect');
    bar.setAttribute('class', 'bar');
    bar.setAttribute('x', String(i * step + 1));
    bar.setAttribute('y', String(height - bottom - h));
    bar.setAttribute('width', String(Math.max(1, step - 2)));
    bar.setAttribute('height', String(h));
    const title = document.createElementNS(SVG, 'title');
    title.textContent = d.day + ': ' + d.logins + ' logins';
    bar.appendChild(title);
    svg.appendChild(bar);
    if (i % 7 === days.length % 7 || i === days.length - 1) {
      const label = document.createElementNS(SVG, 'text');
      label.setAttribute('x', String(i * step));
      label.setAttribute('y', String(height - 6));
      label.textContent = d.day.slice(5);
      svg.appendChild(label);
    }
  });
  const axis = document.createElementNS(SVG, 'line');
  axis.setAttribute('class', 'axis');
  axis.setAttribute('x1', '0');
  axis.setAttribute('x2', String(width));
  axis.setAttribute('y1', String(height - bottom));
  axis.setAttribute('y2', String(height - bottom));
  svg.appendChild(axis);
  const peak = document.createElementNS(SVG, 'text');
  peak.setAttribute('x', '2');
  peak.setAttribute('y', '10');
  peak.textContent = 'max ' + max;
  svg.appendChild(peak);
  byId('chart').replaceChildren(svg);
}

async function refresh() {
  const status = byId('status');
  try {
    const [users, logins] = await Promise.all([
      getJson('/report/api/logged-in-users?limit=' + ROWS),
      getJson('/report/api/logins-per-day?days=' + DAYS),
    ]);
    renderUsers(users);
    renderChart(logins);
    status.classList.remove('error');
    status.textContent = 'Updated ' + new Date().toLocaleTimeString() + ' · refreshes every ' + REFRESH_MS / 1000 + ' s';
  } catch (e) {
    status.classList.add('error');
    status.textContent = 'Could not load the report: ' + e.message;
  }
}

async function fillEvents() {
  const select = byId('lookup-event');
  const data = await getJson('/report/api/events');
  const options = data.events.map((name) => {
    const option = document.createElement('option');
    option.value = name;
    option.textContent = name;
    option.selected = name === data.login_event;
    return option;
  });
  select.replaceChildren(...options);
}

async function lookUp(event) {
  event.preventDefault();
  const answer = byId('lookup-answer');
  const params = new URLSearchParams({ user_id: byId('lookup-user').value, event: byId('lookup-event').value });
  const property = byId('lookup-property').value.trim();
  if (property) {
    params.set('property', property);
    params.set('value', byId('lookup-value').value);
  }
  try {
    const result = await getJson('/report/api/has-done?' + params);
    const what = result.event + (result.property ? ' with ' + result.property + ' = ' + result.value : '');
    answer.classList.remove('error');
    answer.textContent = result.done
      ? 'Yes: ' + result.user_id + ' did ' + what + ' ' + result.count + ' time(s), last at ' + utc(result.last_at) + '.'
      : 'No: ' + result.user_id + ' has not done ' + what + '.';
  } catch (e) {
    answer.classList.add('error');
    answer.textContent = e.message;
  }
}

document.addEventListener('DOMContentLoaded', () => {
  byId('lookup').addEventListener('submit', lookUp);
  fillEvents().catch((e) => {
    byId('lookup-answer').textContent = 'Could not load the events: ' + e.message;
  });
  refresh();
  setInterval(refresh, REFRESH_MS);
});

// The counsellor console: signs in with the counsellor's API key (kept in sessionStorage, sent as a Bearer header,
// never in a URL), lists the counsellor's own clients and shows one at a time. All text is set with textContent.
'use strict';
const $ = (id) => document.getElementById(id);
let key = sessionStorage.getItem('jobpilot.key') || '';
let current = null;

async function api(path, options = {}) {
  const res = await fetch('/api/v1' + path, { ...options, headers: { 'Authorization': 'Bearer ' + key,
    'Content-Type': 'application/json' } });
  const body = await res.json().catch(() => ({}));
  if (!res.ok) {
    throw new Error(body.error || ('HTTP ' + res.status));
  }
  return body;
}

function el(tag, text, cls) {
  const e = document.createElement(tag);
  if (text !== undefined) e.textContent = text;
  if (cls) e.className = cls;
  return e;
}

async function signIn() {
  const me = await api('/me');
  if (me.role !== 'counsellor' && me.role !== 'admin') {
    throw new Error('this key is a ' + me.role + ' key; the console needs a counsellor key');
  }
  sessionStorage.setItem('jobpilot.key', key);
  $('who').textContent = me.org;
  $('sign-in').hidden = true;
  $('console').hidden = false;
  $('sign-out').hidden = false;
  document.body.dataset.state = 'signed-in';
  await loadClients();
}

async function loadClients() {
  const page = await api('/clients?size=100');
  const list = $('clients');
  list.replaceChildren();
  $('no-clients').hidden = page.clients.length > 0;
  for (const c of page.clients) {
    const b = el('button', c.id + ' — ' + (c.targets.join(', ') || '?') + ' (' + c.step + ')');
    b.type = 'button';
    b.dataset.client = c.id;
    b.addEventListener('click', () => show(c.id));
    const li = el('li');
    li.append(b);
    list.append(li);
  }
}

async function show(id) {
  current = id;
  document.querySelectorAll('#clients button').forEach((b) => b.setAttribute('aria-current', String(b.dataset.client === id)));
  const [client, transcript, matches, notes] = await Promise.all([api('/clients/' + id),
    api('/clients/' + id + '/transcript?size=100'), api('/clients/' + id + '/matches?size=10'),
    api('/clients/' + id + '/notes?size=100')]);
  $('client-title').textContent = id;
  $('client-status').textContent = 'Interview: ' + client.step + ' · suggestions in chat: ' + (client.copilot ? 'allowed' : 'not allowed');
  const dl = $('profile');
  dl.replaceChildren();
  const p = client.profile || {};
  const rows = [['Targets', (p.targets || []).map((t) => t.label).join(', ')], ['Skills', (p.skills || []).map((s) => s.label).join(', ')],
    ['Years', p.yearsExperience ?? ''], ['AI level', p.aiLevel ?? ''], ['Location', p.location ?? ''],
    ['Employment', (p.employmentTypes || []).join(', ')], ['Languages', (p.languages || []).join(', ')],
    ['Certificates', (p.certificates || []).join(', ')], ['Findable', String(!!p.findable)]];
  for (const [k, v] of rows) {
    dl.append(el('dt', k), el('dd', String(v || '—')));
  }
  const path = client.certificationPath;
  $('path-text').textContent = path ? path.text : 'No certification path yet: the client has no target role.';
  $('path-steps').replaceChildren(...(path ? path.steps : []).map((st) => el('li', st.name
    + (st.level ? ' (' + st.level + ')' : '') + ' · +' + st.uplift + ' openings'
    + (st.prerequisiteOf ? ' · before ' + st.prerequisiteOf : '') + ' · hours: ' + (st.hours ?? 'unknown')
    + ' · cost: ' + (st.cost || 'unknown'))));
  $('matches').replaceChildren(...matches.matches.map((m) => el('li', Math.round(m.score * 100) + '% ' + m.title
    + (m.organization ? ' — ' + m.organization : '') + (m.matched.length ? ' · ' + m.matched.join(', ') : ''))));
  $('notes').replaceChildren(...notes.notes.map((n) => el('li', n.at.slice(0, 16).replace('T', ' ') + ' ' + n.text)));
  $('transcript').replaceChildren(...transcript.messages.map((m) => el('li', (m.role === 'user' ? '▶ ' : '◀ ') + m.text, m.role)));
  $('detail').hidden = false;
  document.body.dataset.client = id;
}

$('sign-in').addEventListener('submit', async (e) => {
  e.preventDefault();
  key = $('key').value.trim();
  try {
    $('sign-in-error').textContent = '';
    await signIn();
  } catch (err) {
    $('sign-in-error').textContent = err.message;
  }
});
$('sign-out').addEventListener('click', () => {
  sessionStorage.removeItem('jobpilot.key');
  location.reload();
});
$('invite').addEventListener('click', async () => {
  const inv = await api('/invites', { method: 'POST', body: '{}' });
  $('invite-code').textContent = inv.code + ' (until ' + inv.expiresAt.slice(0, 10) + '): ' + inv.howToUse;
});
$('note-form').addEventListener('submit', async (e) => {
  e.preventDefault();
  await api('/clients/' + current + '/notes', { method: 'POST', body: JSON.stringify({ text: $('note').value }) });
  $('note').value = '';
  await show(current);
});
$('suggest-form').addEventListener('submit', async (e) => {
  e.preventDefault();
  try {
    await api('/clients/' + current + '/suggestions', { method: 'POST', body: JSON.stringify({ text: $('suggestion').value }) });
    $('suggestion').value = '';
    $('suggest-status').textContent = 'Sent.';
  } catch (err) {
    $('suggest-status').textContent = err.message;
  }
});
if (key) {
  signIn().catch(() => sessionStorage.removeItem('jobpilot.key'));
}

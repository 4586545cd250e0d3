// The jobpilot web chat: one WebSocket to /ws (POST /api/messages when it cannot connect), every text set with
// textContent — data never goes through innerHTML.
'use strict';

(() => {
  const UI = {
    en: {
      log: 'Conversation', input: 'Your message', placeholder: 'Type your answer…', send: 'Send',
      typing: 'jobpilot is typing…', reconnecting: 'Connection lost — reconnecting…', notSent: 'Not sent',
      score: 'Match', fits: 'Fits', skills: 'Skills you have', missing: 'Missing', unknowns: 'Unknown',
      caps: 'Score limits', link: 'View posting', unnamed: '(employer not stated)'
    },
    ko: {
      log: '대화', input: '메시지', placeholder: '답변을 입력하세요…', send: '보내기',
      typing: 'jobpilot이 입력 중…', reconnecting: '연결이 끊겼어요. 다시 연결하는 중…', notSent: '보내지 못했어요',
      score: '적합도', fits: '맞는 점', skills: '보유 기술', missing: '부족한 기술', unknowns: '알 수 없음',
      caps: '점수 제한', link: '공고 보기', unnamed: '(기관명 없음)'
    }
  };
  const $ = (id) => document.getElementById(id);
  const log = $('log');
  const input = $('input');
  const pending = new Map(); // message id → { text, sentOn }
  let lang = localStorage.getItem('jobpilot.lang') === 'ko' ? 'ko' : 'en';
  let mode = 'connecting'; // 'connecting' | 'ws' | 'http'
  let socket = null;
  let failures = 0;
  let httpQueue = Promise.resolve();

  function randomId() {
    if (crypto.randomUUID) return crypto.randomUUID();
    return Array.from(crypto.getRandomValues(new Uint8Array(16)), (b) => b.toString(16).padStart(2, '0')).join('');
  }

  function clientId() {
    let id = localStorage.getItem('jobpilot.clientId');
    if (!id) {
      id = randomId();
      localStorage.setItem('jobpilot.clientId', id);
    }
    return id;
  }

  function el(tag, className, text) {
    const node = document.createElement(tag);
    if (className) node.className = className;
    if (text !== undefined && text !== null) node.textContent = text;
    return node;
  }

  // ---- sending ------------------------------------------------------------------------------------------------

  /** Sends text; `shown` is what the seeker's bubble says (a button's label), or nothing for commands. */
  function send(text, shown) {
    const id = randomId();
    pending.set(id, { text, sentOn: null });
    if (shown) append(el('li', 'msg me', shown));
    busy();
    transmit(id);
  }

  function transmit(id) {
    const p = pending.get(id);
    if (!p) return;
    const body = JSON.stringify({ id, clientId: clientId(), text: p.text });
    if (mode === 'ws' && socket && socket.readyState === WebSocket.OPEN) {
      if (p.sentOn !== socket) {
        p.sentOn = socket;
        socket.send(body);
      }
    } else if (mode === 'http' && p.sentOn !== 'http') {
      p.sentOn = 'http';
      httpQueue = httpQueue.then(() => post(id, body));
    }
  }

  async function post(id, body) {
    try {
      const r = await fetch('/api/messages', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body });
      const reply = await r.json();
      receive(Object.assign({ replyTo: id }, reply));
    } catch (e) {
      receive({ replyTo: id, error: String(e.message || e) });
    }
  }

  function connect() {
    // a returning seeker names itself, so the server can show the notices waiting for it (new matching openings)
    const known = localStorage.getItem('jobpilot.clientId');
    const ws = new WebSocket((location.protocol === 'https:' ? 'wss://' : 'ws://') + location.host + '/ws'
      + (known ? '?clientId=' + encodeURIComponent(known) : ''));
    ws.onopen = () => {
      socket = ws;
      mode = 'ws';
      document.body.dataset.transport = mode;
      failures = 0;
      status('');
      pending.forEach((_, id) => transmit(id)); // a resend is safe: the server answers an id once
    };
    ws.onmessage = (e) => receive(JSON.parse(e.data));
    ws.onclose = () => {
      socket = null;
      failures += 1;
      if (failures >= 3) {
        mode = 'http'; // the WebSocket is blocked somewhere on the way: plain requests still work
        document.body.dataset.transport = mode;
        status('');
        pending.forEach((_, id) => transmit(id));
      } else {
        mode = 'connecting';
        if (pending.size) status(UI[lang].reconnecting);
        setTimeout(connect, 400 * 2 ** failures);
      }
    };
  }

  // ---- receiving ----------------------------------------------------------------------------------------------

  function receive(msg) {
    if (msg.replyTo) pending.delete(msg.replyTo);
    (msg.notices || []).forEach(notice);
    if (msg.error) {
      append(el('li', 'msg error', UI[lang].notSent + ': ' + msg.error));
    } else if (!msg.duplicate && msg.texts) {
      render(msg);
    }
    busy();
  }

  function render(reply) {
    setLang(reply.lang === 'ko' ? 'ko' : 'en');
    log.querySelectorAll('.choices button').forEach((b) => { b.disabled = true; });
    (reply.texts || []).forEach((t) => append(el('li', 'msg bot', t)));
    buttons(reply.choices);
    if (reply.cards && reply.cards.length) {
      const li = el('li', 'cards');
      reply.cards.forEach((c) => li.append(card(c)));
      append(li);
    }
  }

  function buttons(choices) {
    if (!choices || !choices.length) return;
    const li = el('li', 'choices');
    choices.forEach((c) => {
      const b = el('button', 'choice', c.label);
      b.type = 'button';
      b.addEventListener('click', () => {
        b.classList.add('chosen');
        send(c.payload, c.label);
      });
      li.append(b);
    });
    append(li);
  }

  // a notice the bot had waiting (a new matching opening): shown once, before the reply it came with
  function notice(n) {
    append(el('li', 'msg bot notice', n.text));
    buttons(n.choices);
  }

  function card(c) {
    const t = UI[lang];
    const a = el('article', 'card');
    a.append(el('h3', 'card-title', c.title));
    a.append(el('p', 'card-meta', [c.organization || t.unnamed, c.place].filter(Boolean).join(' · ')));
    const pct = Math.round(Math.max(0, Math.min(1, c.score)) * 100);
    const score = el('div', 'score');
    const bar = el('span', 'score-bar');
    const fill = el('span', 'score-fill');
    fill.style.width = pct + '%';
    bar.append(fill);
    bar.setAttribute('aria-hidden', 'true');
    score.append(el('span', 'score-label', t.score), bar, el('span', 'score-value', pct + '%'));
    a.append(score);
    section(a, t.fits, c.fits, (f) => f, 'fits');
    section(a, t.skills, c.skills, (s) => s.label + ' — “' + s.postingWords + '” ↔ “' + s.seekerWords + '”', 'skills');
    section(a, t.missing, c.missing, (m) => m, 'missing');
    section(a, t.unknowns, c.unknowns, (u) => u, 'unknowns');
    section(a, t.caps, c.caps, (x) => x, 'caps');
    if (c.provenance) a.append(el('p', 'provenance', c.provenance));
    if (c.url && /^https?:\/\//i.test(c.url)) {
      const link = el('a', 'card-link', t.link);
      link.href = c.url;
      link.target = '_blank';
      link.rel = 'noopener noreferrer';
      a.append(link);
    }
    return a;
  }

  function section(parent, title, items, show, kind) {
    if (!items || !items.length) return;
    const box = el('div', 'facts ' + kind);
    box.append(el('h4', null, title));
    const ul = el('ul');
    items.forEach((i) => ul.append(el('li', null, show(i))));
    box.append(ul);
    parent.append(box);
  }

  // ---- page state ---------------------------------------------------------------------------------------------

  function append(node) {
    log.append(node);
    node.scrollIntoView({ block: 'end' });
  }

  function busy() {
    document.body.dataset.pending = String(pending.size);
    $('typing').hidden = pending.size === 0;
    if (pending.size === 0 && mode !== 'connecting') status('');
  }

  function status(text) {
    $('status').textContent = text;
  }

  function setLang(to) {
    lang = to;
    localStorage.setItem('jobpilot.lang', to);
    const t = UI[to];
    document.documentElement.lang = to;
    log.setAttribute('aria-label', t.log);
    $('input-label').textContent = t.input;
    input.placeholder = t.placeholder;
    $('send').textContent = t.send;
    $('typing').textContent = t.typing;
    document.querySelectorAll('.lang button').forEach((b) => b.setAttribute('aria-pressed', String(b.dataset.lang === to)));
  }

  $('composer').addEventListener('submit', (e) => {
    e.preventDefault();
    const text = input.value.trim();
    if (!text) return;
    input.value = '';
    send(text, text);
    input.focus();
  });
  input.addEventListener('keydown', (e) => {
    // Enter sends, Shift+Enter breaks the line; never while a Korean syllable is still being composed
    if (e.key === 'Enter' && !e.shiftKey && !e.isComposing && e.keyCode !== 229) {
      e.preventDefault();
      $('composer').requestSubmit();
    }
  });
  document.querySelectorAll('.lang button').forEach((b) => b.addEventListener('click', () => send('/lang ' + b.dataset.lang)));

  setLang(lang);
  connect();
  send('/start');
  input.focus();
})();

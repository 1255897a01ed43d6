// Suhbat on a member's device: saves each entry of the sheet the moment it is made, keeps entries that
// could not be sent on the device (they survive a lost network, a closed tab and a restart of the
// secretary's laptop) and sends them, latest value per field, once the server answers again. An entry
// is shown as saved only when the server has answered that it is stored.
(function () {
  'use strict';

  var body = document.body;
  var csrf = body.getAttribute('data-csrf');
  var tag = body.getAttribute('data-tag');
  var account = body.getAttribute('data-account');
  var textsNode = document.getElementById('texts');
  var texts = textsNode ? JSON.parse(textsNode.textContent) : {};
  var sheet = document.getElementById('sheet');
  var interview = sheet ? sheet.getAttribute('data-interview') : null;
  var storeKey = interview ? 'suhbat.pending.' + account + '.' + interview : null;
  var connection = document.getElementById('connection');
  var sending = false;
  var retryTimer = null;
  var signedOut = false;

  function pending() {
    if (!storeKey) { return {}; }
    try { return JSON.parse(localStorage.getItem(storeKey) || '{}'); } catch (e) { return {}; }
  }

  function keep(all) {
    if (!storeKey) { return; }
    if (Object.keys(all).length === 0) { localStorage.removeItem(storeKey); } else {
      localStorage.setItem(storeKey, JSON.stringify(all));
    }
  }

  function statusOf(field) {
    return document.querySelector('[data-status="' + CSS.escape(field) + '"]');
  }

  function show(field, state) {
    var node = statusOf(field);
    if (!node) { return; }
    node.setAttribute('data-state', state);
    node.textContent = state === 'saved' ? texts.saved : state === 'saving' ? texts.saving
        : state === 'kept' ? texts.kept : '';
  }

  function banner(text, kind) {
    if (!connection) { return; }
    connection.hidden = !text;
    connection.textContent = text || '';
    connection.setAttribute('data-kind', kind || '');
  }

  function count() {
    return Object.keys(pending()).length;
  }

  function enqueue(field, value) {
    var all = pending();
    var rev = (all[field] ? all[field].rev : 0) + 1;
    all[field] = { value: value, rev: rev };
    keep(all);
    show(field, 'saving');
    flush();
  }

  function later() {
    if (retryTimer) { return; }
    retryTimer = setTimeout(function () { retryTimer = null; flush(); }, 2500);
  }

  function flush() {
    if (sending || signedOut) { return; }
    var all = pending();
    var fields = Object.keys(all);
    if (fields.length === 0) {
      banner('', '');
      return;
    }
    var field = fields[0];
    var item = all[field];
    sending = true;
    fetch('/api/entry', {
      method: 'POST',
      credentials: 'same-origin',
      headers: { 'Content-Type': 'application/json', 'X-Suhbat-Token': csrf },
      body: JSON.stringify({ interview: Number(interview), field: field, value: item.value })
    }).then(function (response) {
      return response.json().catch(function () { return {}; }).then(function (answer) {
        return { status: response.status, answer: answer };
      });
    }).then(function (result) {
      sending = false;
      if (result.status === 200 && result.answer.saved) {
        var now = pending();
        if (now[field] && now[field].rev === item.rev) {
          delete now[field];
          keep(now);
          show(field, 'saved');
        }
        flush();
      } else if (result.status === 401) {
        signedOut = true;
        show(field, 'kept');
        banner(texts.signedOut, 'error');
      } else if (result.status >= 500) {
        show(field, 'kept');
        banner(texts.offline.replace('{0}', count()), 'offline');
        later();
      } else {
        var left = pending();
        delete left[field];
        keep(left);
        show(field, '');
        banner(result.answer.error || '', 'error');
        flush();
      }
    }).catch(function () {
      sending = false;
      Object.keys(pending()).forEach(function (f) { show(f, 'kept'); });
      banner(texts.offline.replace('{0}', count()), 'offline');
      later();
    });
  }

  function choose(button) {
    var field = button.getAttribute('data-field');
    document.querySelectorAll('button.level[data-field="' + CSS.escape(field) + '"]').forEach(function (b) {
      b.setAttribute('aria-pressed', b === button ? 'true' : 'false');
    });
    enqueue(field, button.getAttribute('data-value'));
  }

  function wireSheet() {
    // What the device kept but had not sent goes back into the sheet and is sent again.
    var kept = pending();
    Object.keys(kept).forEach(function (field) {
      var value = kept[field].value;
      if (field.indexOf('level:') === 0) {
        document.querySelectorAll('button.level[data-field="' + CSS.escape(field) + '"]').forEach(function (b) {
          b.setAttribute('aria-pressed', b.getAttribute('data-value') === value ? 'true' : 'false');
        });
      } else {
        var area = document.querySelector('textarea[data-field="' + CSS.escape(field) + '"]');
        if (area) { area.value = value; }
      }
      show(field, 'kept');
    });
    document.querySelectorAll('button.level').forEach(function (button) {
      button.addEventListener('click', function () { choose(button); });
    });
    document.querySelectorAll('textarea[data-field]').forEach(function (area) {
      var timer = null;
      var field = area.getAttribute('data-field');
      area.addEventListener('input', function () {
        show(field, 'saving');
        clearTimeout(timer);
        timer = setTimeout(function () { enqueue(field, area.value); }, 700);
      });
      area.addEventListener('change', function () { clearTimeout(timer); enqueue(field, area.value); });
    });
    var submit = document.getElementById('submit');
    if (submit) {
      submit.addEventListener('click', function () {
        if (count() > 0) {
          banner(texts.unsent.replace('{0}', count()), 'error');
          flush();
          return;
        }
        if (!window.confirm(submit.getAttribute('data-confirm'))) { return; }
        submit.disabled = true;
        fetch('/api/submit', {
          method: 'POST',
          credentials: 'same-origin',
          headers: { 'Content-Type': 'application/json', 'X-Suhbat-Token': csrf },
          body: JSON.stringify({ interview: Number(interview) })
        }).then(function (response) {
          return response.json().catch(function () { return {}; }).then(function (answer) {
            submit.disabled = false;
            if (response.status === 200 && answer.saved) {
              location.reload();
            } else {
              banner(answer.error || texts.offline.replace('{0}', count()), 'error');
            }
          });
        }).catch(function () {
          submit.disabled = false;
          banner(texts.offline.replace('{0}', count()), 'offline');
        });
      });
    }
    window.addEventListener('online', flush);
    flush();
  }

  // Every screen asks now and then whether the sitting has moved on, and shows the next screen when it
  // has (never while entries are still to be sent).
  function watch() {
    setInterval(function () {
      if (signedOut) { return; }
      fetch('/api/state', { credentials: 'same-origin' }).then(function (response) {
        if (response.status === 401) {
          if (count() > 0) { signedOut = true; banner(texts.signedOut, 'error'); } else { location.href = '/signin'; }
          return null;
        }
        return response.json();
      }).then(function (answer) {
        if (!answer) { return; }
        if (connection && connection.getAttribute('data-kind') === 'offline' && count() === 0) { banner('', ''); }
        if (answer.tag && answer.tag !== tag && count() === 0 && !sending) {
          location.reload();
        }
      }).catch(function () {
        if (storeKey) { banner(texts.offline.replace('{0}', count()), 'offline'); }
      });
    }, 3000);
  }

  // Opened from the QR code, the address ends with the start of the certificate's fingerprint: the
  // sign-in page repeats it, for the member to compare with the certificate the browser shows.
  function showFingerprint() {
    var certificate = document.getElementById('certificate');
    var fingerprint = /^#([0-9A-F]{2}(:[0-9A-F]{2}){3})$/.exec(location.hash);
    if (certificate && fingerprint) {
      certificate.textContent = certificate.getAttribute('data-template').replace('{0}', fingerprint[1]);
    }
  }
  showFingerprint();
  window.addEventListener('hashchange', showFingerprint);

  if (sheet) { wireSheet(); }
  if (csrf) { watch(); }
}());

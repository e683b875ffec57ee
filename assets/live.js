// Live updates: when the server announces a change, fetch this page again
// and swap in the parts marked data-live. Without this script (or without
// JavaScript) the pages work by reload.
(function () {
  'use strict';
  if (!window.EventSource || !document.querySelector('[data-live]')) return;
  var busy = false;
  var again = false;

  function typingIn(region) {
    var el = document.activeElement;
    return el && region.contains(el) && /^(INPUT|SELECT|TEXTAREA)$/.test(el.tagName);
  }

  function refresh() {
    if (busy) { again = true; return; }
    busy = true;
    fetch(location.href, { credentials: 'same-origin', headers: { 'X-Live': '1' } })
      .then(function (r) { return r.ok ? r.text() : null; })
      .then(function (html) {
        if (!html) return;
        var next = new DOMParser().parseFromString(html, 'text/html');
        document.querySelectorAll('[data-live]').forEach(function (region) {
          var fresh = next.getElementById(region.id);
          if (!fresh) return;
          // Someone choosing in a form keeps their choice; refresh after.
          if (typingIn(region)) {
            region.addEventListener('focusout', refresh, { once: true });
            return;
          }
          region.replaceWith(fresh);
        });
        document.dispatchEvent(new Event('convene:refreshed'));
      })
      .catch(function () {})
      .then(function () {
        busy = false;
        if (again) { again = false; refresh(); }
      });
  }

  // Each live part names what it shows (data-live="program floor-6"); a
  // change elsewhere leaves the page alone. "all" reaches every page.
  function shows(scope) {
    if (!scope || scope === 'all') return true;
    return Array.prototype.some.call(document.querySelectorAll('[data-live]'), function (region) {
      var scopes = (region.getAttribute('data-live') || '').split(/\s+/).filter(Boolean);
      return scopes.length === 0 || scopes.indexOf(scope) !== -1;
    });
  }

  var opened = false;
  var source = new EventSource('/events');
  source.addEventListener('change', function (event) {
    if (shows(event.data)) refresh();
  });
  // After a reconnection changes may have been missed.
  source.addEventListener('open', function () {
    if (opened) refresh();
    opened = true;
    document.documentElement.dataset.live = 'connected';
  });
})();

// Speaking time: a countdown to the instant in data-countdown (ms since
// the epoch). Without JavaScript the time left shows as of the page load.
(function () {
  'use strict';
  function tick() {
    document.querySelectorAll('[data-countdown]').forEach(function (el) {
      var left = Math.round((Number(el.dataset.countdown) - Date.now()) / 1000);
      var s = Math.max(0, left);
      el.textContent = Math.floor(s / 60) + ':' + String(s % 60).padStart(2, '0');
      el.classList.toggle('is-over', left <= 0);
    });
  }
  if (document.querySelector('[data-countdown]') || document.querySelector('[data-live]')) {
    setInterval(tick, 1000);
  }
})();

// A projector cannot scroll: a page marked data-fit shrinks its type, in
// steps, until it fits the window, and no further than half. A phone that
// opens it scrolls instead, as does a page without JavaScript.
(function () {
  'use strict';
  if (!document.querySelector('[data-fit]')) return;
  var root = document.documentElement;
  function fit() {
    root.style.fontSize = '';
    if (window.innerWidth < 960) return;
    var base = parseFloat(getComputedStyle(root).fontSize);
    for (var scale = 1; root.scrollHeight > window.innerHeight && scale > 0.5; ) {
      scale = Math.round((scale - 0.05) * 100) / 100;
      root.style.fontSize = base * scale + 'px';
    }
  }
  fit();
  window.addEventListener('resize', fit);
  document.addEventListener('convene:refreshed', fit);
})();

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

// The open space's screen, read from the back of the room: its type never
// shrinks (CSS sets the least sizes at --s = 1). A small board grows until
// it fills the screen; a board too large is cut into pages (tables in
// board order, a round's heading with its tables) shown in turn, or the
// one page asked for with ?page=N. A phone scrolls instead.
(function () {
  'use strict';
  var screen = document.querySelector('[data-pages]');
  if (!screen) return;
  var root = document.documentElement;
  var asked = parseInt(new URLSearchParams(location.search).get('page'), 10);
  var pages = [];
  var current = 0;
  var TURN_MS = 12000;
  function fits() { return root.scrollHeight <= window.innerHeight + 1; }
  function items() { return Array.prototype.slice.call(screen.querySelectorAll('[data-item]')); }
  function showOnly(list) {
    items().forEach(function (item) { item.hidden = list.indexOf(item) < 0; });
    screen.querySelectorAll('[data-section]').forEach(function (section) {
      section.hidden = !section.querySelector('[data-item]:not([hidden])');
    });
  }
  function label(index) {
    var tag = screen.querySelector('[data-page-label]');
    if (!tag) return;
    tag.hidden = pages.length < 2;
    tag.textContent = (index + 1) + '/' + pages.length;
  }
  function layout() {
    var all = items();
    showOnly(all);
    screen.style.setProperty('--s', '1');
    pages = [];
    if (window.innerWidth < 960) return;
    if (fits()) {
      var scale = 1;
      while (scale < 2.5) {
        screen.style.setProperty('--s', String(scale + 0.1));
        if (!fits()) break;
        scale = Math.round((scale + 0.1) * 10) / 10;
      }
      screen.style.setProperty('--s', String(scale));
      label(0);
      return;
    }
    var start = 0;
    while (start < all.length) {
      var page = [all[start]];
      for (var i = start + 1; i < all.length; i++) {
        showOnly(page.concat([all[i]]));
        if (!fits()) break;
        page.push(all[i]);
      }
      pages.push(page);
      start += page.length;
    }
    show(asked > 0 ? Math.min(asked, pages.length) - 1 : current % pages.length);
  }
  function show(index) {
    current = index;
    showOnly(pages[index]);
    label(index);
  }
  layout();
  window.addEventListener('resize', layout);
  document.addEventListener('convene:refreshed', layout);
  if (!(asked > 0)) {
    setInterval(function () {
      if (pages.length > 1) show((current + 1) % pages.length);
    }, TURN_MS);
  }
})();

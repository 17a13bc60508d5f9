/*! summarize widget: a "No time to read? Get a summary" button for any article. MIT licence.
 *
 *   <script src="https://HOST/widget.js" defer></script>
 *
 * Options, as data- attributes of the script tag:
 *   data-target     CSS selector of the element that holds the article (default: the <article> the
 *                   script is in, the page's first <article>, <main>, or the script's parent)
 *   data-sentences  how many sentences (default 3)
 *   data-label      the button's text (default "No time to read? Get a summary")
 *   data-send       "html" (default: the article's HTML, so captions and bylines are told apart) or "text"
 *   data-manual     do not add a button; call window.NoTimeToRead.mount(element, options) instead
 */
(function () {
  'use strict';
  var script = document.currentScript;
  var base = script && script.src ? script.src : location.href;
  var API = new URL('/api/summarize', base).href;
  var count = 0;

  var CSS =
    ':host{all:initial;display:block;margin:1em 0;font:16px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:#1a1a1a}' +
    'button{font:inherit;font-weight:600;cursor:pointer;border:1px solid #1a5fb4;background:#1a5fb4;color:#fff;border-radius:6px;padding:.5em 1em;max-width:100%;text-align:left}' +
    'button:hover{background:#15498a}button:focus-visible{outline:3px solid #f5c211;outline-offset:2px}' +
    '.panel{margin-top:.75em;padding:.75em 1em;border:1px solid #c0c0c0;border-radius:6px;background:#fafafa}' +
    '.panel[hidden]{display:none}.panel:focus{outline:2px solid #1a5fb4}' +
    'ul{margin:.25em 0;padding-left:1.25em}li{margin:.4em 0}' +
    '.meta{font-size:.875em;color:#555;margin:.5em 0 0}.error{color:#a51d2d}' +
    '@media (prefers-color-scheme:dark){:host{color:#eee}.panel{background:#222;border-color:#555}.meta{color:#bbb}}';

  function el(tag, attrs, text) {
    var e = document.createElement(tag);
    for (var k in attrs) e.setAttribute(k, attrs[k]);
    if (text !== undefined) e.textContent = text;
    return e;
  }

  function minutes(seconds) {
    if (seconds < 60) return 'under a minute';
    var m = Math.round(seconds / 60);
    return 'about ' + m + ' min';
  }

  /** The article as the page has it: its HTML without scripts, styles and media, or its text. */
  function articleOf(target, send) {
    if (send === 'text') return { text: target.innerText || target.textContent || '' };
    var copy = target.cloneNode(true);
    var drop = copy.querySelectorAll('script,style,noscript,template,svg,iframe,video,audio,canvas,summarize-widget');
    for (var i = 0; i < drop.length; i++) drop[i].remove();
    var html = copy.outerHTML;
    // a whole page keeps its <title>; an element gets the page's as a hint
    if (target !== document.documentElement) html = '<html><head><title></title></head><body>' + html + '</body></html>';
    return { html: html };
  }

  /**
   * Put a widget before `target`. options: sentences, label, send ("html" | "text"), source (a
   * function returning {text}|{html}|{url}, instead of the article's own), fresh (ask again on every
   * click: the source changes), api (the endpoint).
   */
  function mount(target, options) {
    options = options || {};
    var id = 'ntr-panel-' + ++count;
    var host = document.createElement('summarize-widget');
    var root = host.attachShadow ? host.attachShadow({ mode: 'open' }) : host;
    var style = el('style');
    style.textContent = CSS;
    var button = el('button', { type: 'button', 'aria-expanded': 'false', 'aria-controls': id }, options.label || 'No time to read? Get a summary');
    var panel = el('section', { id: id, class: 'panel', role: 'region', 'aria-label': 'Summary', tabindex: '-1', hidden: '' });
    root.appendChild(style);
    root.appendChild(button);
    root.appendChild(panel);
    if (options.replace) options.replace.replaceWith(host);
    else if (target.parentNode && target !== document.body && target !== document.documentElement) target.parentNode.insertBefore(host, target);
    else (target === document.documentElement ? document.body : target).prepend(host);

    var loaded = false;
    var busy = false;

    function close() {
      panel.hidden = true;
      button.setAttribute('aria-expanded', 'false');
    }
    function show(nodes) {
      panel.textContent = '';
      for (var i = 0; i < nodes.length; i++) panel.appendChild(nodes[i]);
      panel.hidden = false;
      button.setAttribute('aria-expanded', 'true');
    }
    function render(summary) {
      if (!summary.sentences || summary.sentences.length === 0) return show([el('p', {}, 'This article is too short to summarize.')]);
      var list = el('ul');
      for (var i = 0; i < summary.sentences.length; i++) list.appendChild(el('li', {}, summary.sentences[i].text));
      var nodes = [list];
      var st = summary.stats;
      if (st) {
        var saved = Math.max(0, st.readingSeconds - st.summaryReadingSeconds);
        nodes.push(el('p', { class: 'meta' }, summary.sentences.length + ' of ' + summary.sentenceCount + ' sentences \u00b7 ' + minutes(saved) + ' saved'));
      }
      show(nodes);
      loaded = true;
    }
    function load() {
      busy = true;
      button.setAttribute('aria-busy', 'true');
      show([el('p', { role: 'status' }, 'Summarizing\u2026')]);
      var body = options.source ? options.source() : articleOf(target, options.send);
      body.sentences = Number(options.sentences) || 3;
      return fetch(options.api || API, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) })
        .then(function (r) {
          return r.json().then(function (json) {
            if (!r.ok) throw new Error((json.error && json.error.message) || 'HTTP ' + r.status);
            render(json);
          });
        })
        .catch(function (err) {
          show([el('p', { class: 'error', role: 'alert' }, 'No summary: ' + (err && err.message ? err.message : 'the service is unavailable'))]);
        })
        .then(function () {
          busy = false;
          button.removeAttribute('aria-busy');
        });
    }
    button.addEventListener('click', function () {
      if (busy) return;
      if (!panel.hidden && !options.fresh) return close();
      if (loaded && !options.fresh) {
        panel.hidden = false;
        button.setAttribute('aria-expanded', 'true');
        return;
      }
      load();
    });
    root.addEventListener('keydown', function (event) {
      if (event.key === 'Escape' && !panel.hidden) {
        close();
        button.focus();
      }
    });
    return {
      host: host,
      open: function () {
        if (loaded) {
          panel.hidden = false;
          button.setAttribute('aria-expanded', 'true');
          return Promise.resolve();
        }
        return load();
      },
      refresh: function () {
        loaded = false;
        return load();
      },
      close: close,
    };
  }

  window.NoTimeToRead = { mount: mount, api: API };

  if (!script || script.hasAttribute('data-manual')) return;
  var d = script.dataset;
  function start() {
    var target =
      (d.target && document.querySelector(d.target)) ||
      script.closest('article') ||
      document.querySelector('article') ||
      document.querySelector('main') ||
      script.parentElement;
    if (!target) return;
    // an <article> or <main> is sent as it is; the page as a whole when the script sits in the body
    var send = d.send === 'text' ? 'text' : 'html';
    mount(target, { sentences: d.sentences, label: d.label, send: send, source: target === document.body ? function () { return articleOf(document.documentElement, send); } : undefined });
  }
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', start);
  else start();
})();

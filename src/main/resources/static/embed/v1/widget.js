/*! Open mkb catalogue widget, /embed/v1/widget.js. CC0. No dependencies, no cookies, no tracking.
 * <mkb-catalogue type="subsidies" theme="verduurzaming" sbi="56" municipality="GM0344" lang="nl" limit="5">
 * <mkb-catalogue mode="ask" municipality="GM0344" sbi="56" lang="nl"> asks /api/v1/referrals "where do I go?"
 * Data is only ever set as text (textContent), never parsed as HTML. */
(function () {
  'use strict';
  if (!window.customElements || customElements.get('mkb-catalogue')) return;
  var script = document.currentScript;
  var ORIGIN = script && script.src ? new URL(script.src, location.href).origin : location.origin;
  // Which filters each collection of the REST API takes.
  var TYPES = {
    subsidies: ['theme', 'sbi', 'municipality'],
    regulations: ['theme'],
    guides: ['theme'],
    providers: ['theme', 'municipality']
  };
  var TEXT = {
    nl: { subsidies: 'Subsidies en regelingen', regulations: 'Wet- en regelgeving', guides: 'Stappenplannen',
      providers: 'Loketten en organisaties', loading: 'Laden…', empty: 'Niets gevonden.', failed: 'Kan de catalogus niet laden.',
      type: 'Onbekend type "%s"; gebruik subsidies, regulations, guides of providers.',
      limit: 'limit moet een heel getal van 1 tot 100 zijn.', source: 'Bron: open mkb-catalogus',
      ask: 'Waar moet ik heen met mijn vraag?', question: 'Je vraag', send: 'Vraag het', asking: 'Even zoeken…',
      to: 'Hier kun je terecht', schemes: 'Regelingen die kunnen helpen', guides2: 'Stappenplannen',
      found: 'Organisaties gevonden: %s.', mode: 'Onbekende mode "%s"; gebruik list of ask.' },
    en: { subsidies: 'Subsidies and schemes', regulations: 'Regulations', guides: 'Guides',
      providers: 'Desks and organisations', loading: 'Loading…', empty: 'Nothing found.', failed: 'The catalogue could not be loaded.',
      type: 'Unknown type "%s"; use subsidies, regulations, guides or providers.',
      limit: 'limit must be a whole number from 1 to 100.', source: 'Source: open mkb catalogue',
      ask: 'Where do I go with my question?', question: 'Your question', send: 'Ask', asking: 'Looking…',
      to: 'Where you can go', schemes: 'Schemes that may help', guides2: 'Guides',
      found: 'Organisations found: %s.', mode: 'Unknown mode "%s"; use list or ask.' }
  };
  var CSS = ':host{display:block;font:var(--mkb-font,inherit);color:var(--mkb-color-text,inherit);' +
    'background:var(--mkb-color-background,transparent);border:var(--mkb-border,1px solid #ccc);' +
    'border-radius:var(--mkb-radius,4px);padding:var(--mkb-spacing,1rem)}' +
    'h2{font-size:var(--mkb-heading-size,1.25rem);margin:0 0 .5em}ul{list-style:none;margin:0;padding:0}' +
    'li{margin:0 0 var(--mkb-spacing,1rem)}a{color:var(--mkb-color-link,#0b5394);font-weight:600}' +
    'a:focus-visible{outline:3px solid var(--mkb-color-focus,#ffbf47);outline-offset:2px}' +
    'p{margin:.25em 0 0}.note{font-size:.85em;opacity:.8}.error{color:var(--mkb-color-error,#b00020)}' +
    'label{display:block;font-weight:600}input{font:inherit;width:100%;box-sizing:border-box;padding:.3em;margin:.2em 0}' +
    'button{font:inherit;cursor:pointer}input:focus-visible,button:focus-visible{outline:3px solid var(--mkb-color-focus,#ffbf47)}' +
    'h3{font-size:1em;margin:1em 0 .3em}li ul{list-style:disc;padding-left:1.2em;font-size:.9em}li li{margin:0}';
  var SHEET;

  function el(name, text, cls) {
    var node = document.createElement(name);
    if (text != null) node.textContent = text;
    if (cls) node.className = cls;
    return node;
  }

  // A link to an item's IRI (our /id/ URL), only when it is http(s).
  function link(item) {
    var a = el('a', item.title || item.identifier), href = String(item.id || '');
    if (/^https?:\/\//i.test(href)) a.href = href;
    a.rel = 'noopener';
    a.target = '_top';
    return a;
  }

  class MkbCatalogue extends HTMLElement {
    static get observedAttributes() { return ['mode', 'type', 'theme', 'sbi', 'municipality', 'lang', 'limit', 'api', 'heading']; }

    constructor() {
      super();
      this.root = this.attachShadow({ mode: 'open' });
      this.run = 0;
    }

    connectedCallback() { this.schedule(); }

    attributeChangedCallback() { if (this.isConnected) this.schedule(); }

    schedule() {
      var self = this;
      if (self.pending) return;
      self.pending = true;
      Promise.resolve().then(function () { self.pending = false; self.load(); });
    }

    texts() { return TEXT[(this.getAttribute('lang') || 'nl').toLowerCase()] || TEXT.nl; }

    frame(title) {
      var t = this.texts();
      // A constructed style sheet works under a host page's strict style-src; older browsers get a <style>.
      var style = [];
      try {
        if (!SHEET) { SHEET = new CSSStyleSheet(); SHEET.replaceSync(CSS); }
        this.root.adoptedStyleSheets = [SHEET];
      } catch (e) { style = [el('style', CSS)]; }
      var section = el('section');
      section.setAttribute('aria-label', title);
      section.setAttribute('lang', this.getAttribute('lang') === 'en' ? 'en' : 'nl');
      section.appendChild(el('h2', title));
      var status = el('p', t.loading, 'note');
      status.setAttribute('role', 'status');
      section.appendChild(status);
      this.root.replaceChildren.apply(this.root, style.concat(section));
      return { section: section, status: status };
    }

    fail(frame, message) {
      frame.status.textContent = message;
      frame.status.className = 'error';
      frame.status.setAttribute('role', 'alert');
      frame.section.removeAttribute('aria-busy');
    }

    load() {
      var t = this.texts();
      var mode = (this.getAttribute('mode') || 'list').trim().toLowerCase();
      if (mode === 'ask') return this.ask(t);
      var type = (this.getAttribute('type') || 'subsidies').trim().toLowerCase();
      var title = this.getAttribute('heading') || t[type] || t.subsidies;
      var frame = this.frame(title);
      if (mode !== 'list') return this.fail(frame, t.mode.replace('%s', mode));
      if (!TYPES.hasOwnProperty(type)) return this.fail(frame, t.type.replace('%s', type));
      var limit = (this.getAttribute('limit') || '5').trim();
      if (!/^[0-9]{1,3}$/.test(limit) || +limit < 1 || +limit > 100) return this.fail(frame, t.limit);
      var url = new URL('/api/v1/' + type, this.getAttribute('api') || ORIGIN);
      var self = this;
      TYPES[type].forEach(function (name) {
        var value = self.getAttribute(name);
        if (value && value.trim()) url.searchParams.set(name, value.trim());
      });
      if (this.getAttribute('lang')) url.searchParams.set('lang', this.getAttribute('lang').trim());
      url.searchParams.set('pageSize', limit);
      this.get(url, frame, t, function (body) { self.render(frame, (body._embedded || {})[type] || [], t); });
    }

    get(url, frame, t, done) {
      var self = this, run = ++this.run;
      frame.section.setAttribute('aria-busy', 'true');
      fetch(url.href, { headers: { Accept: 'application/hal+json' }, credentials: 'omit', referrerPolicy: 'no-referrer', mode: 'cors' })
        .then(function (response) {
          return response.json().then(function (body) { return { ok: response.ok, body: body }; });
        })
        .then(function (result) {
          if (run !== self.run) return;
          if (!result.ok) {
            var reasons = (result.body.invalidParams || []).map(function (p) {
              var list = p.allowedValues && p.allowedValues.length <= 30 ? ': ' + p.allowedValues.join(', ') + '.' : '';
              return list ? p.reason.replace(/; use one of allowedValues\.$/, '; use one of' + list) : p.reason;
            });
            return self.fail(frame, reasons.length ? reasons.join(' ') : (result.body.title || t.failed));
          }
          frame.section.removeAttribute('aria-busy');
          done(result.body);
        })
        .catch(function () { if (run === self.run) self.fail(frame, t.failed); });
    }

    ask(t) {
      var self = this, frame = this.frame(this.getAttribute('heading') || t.ask);
      var form = el('form'), input = el('input'), label = el('label', t.question), out = el('div');
      input.id = 'q'; input.name = 'question'; input.maxLength = 500; input.autocomplete = 'off';
      label.htmlFor = 'q';
      var button = el('button', t.send);
      button.type = 'submit';
      form.append(label, input, button);
      out.setAttribute('aria-live', 'polite');
      frame.status.textContent = '';
      frame.section.insertBefore(form, frame.status);
      frame.section.append(out, el('p', t.source, 'note'));
      form.addEventListener('submit', function (e) {
        e.preventDefault();
        var url = new URL('/api/v1/referrals', self.getAttribute('api') || ORIGIN);
        url.searchParams.set('question', input.value.trim());
        ['municipality', 'sbi', 'lang'].forEach(function (name) {
          var value = (self.getAttribute(name) || '').trim();
          if (value) url.searchParams.set(name, value);
        });
        frame.status.className = 'note';
        frame.status.setAttribute('role', 'status');
        frame.status.textContent = t.asking;
        out.replaceChildren();
        self.get(url, frame, t, function (body) {
          var providers = body.providers || [];
          frame.status.textContent = t.found.replace('%s', providers.length);
          out.replaceChildren(self.list(t.to, providers, true), self.list(t.schemes, body.schemes || []),
            self.list(t.guides2, body.guides || []));
        });
      });
    }

    list(title, items, why) {
      var part = el('div');
      if (!items.length) return part;
      var list = el(why ? 'ol' : 'ul');
      items.forEach(function (item) {
        var li = el('li');
        li.appendChild(link(item));
        var reasons = el('ul');
        (item.reasons || []).slice(0, why ? 4 : 1).forEach(function (r) { reasons.appendChild(el('li', r.text)); });
        li.appendChild(reasons);
        list.appendChild(li);
      });
      part.append(el('h3', title), list);
      return part;
    }

    render(frame, items, t) {
      frame.section.removeAttribute('aria-busy');
      if (!items.length) { frame.status.textContent = t.empty; return; }
      var list = el('ul');
      items.forEach(function (item) {
        var li = el('li');
        li.appendChild(link(item));
        if (item.description) li.appendChild(el('p', item.description));
        list.appendChild(li);
      });
      frame.status.remove();
      frame.section.appendChild(list);
      frame.section.appendChild(el('p', t.source, 'note'));
    }
  }

  customElements.define('mkb-catalogue', MkbCatalogue);
})();

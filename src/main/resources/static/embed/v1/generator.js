/*! Open mkb catalogue embed code generator, /embed/v1/generator.js. CC0. Mounts into <div id="embed-generator">
 * (data-lang="en" for English, data-heading-level="3" when it sits under an h2). Builds the <mkb-catalogue> and
 * iframe snippets from a small form, for a list or for the "ask a question" mode, and shows a live preview. Text
 * only, no HTML parsing of data. */
(function () {
  'use strict';
  var script = document.currentScript;
  var ORIGIN = script && script.src ? new URL(script.src, location.href).origin : location.origin;
  var NL = {
    form: 'Embed-code samenstellen', widget: 'Code voor de widget (met script)', iframe: 'Code voor een iframe (zonder script)',
    preview: 'Voorbeeld', widgetHeading: 'Widget (script)', iframeHeading: 'Iframe (zonder script)', allThemes: 'alle thema\u2019s',
    fields: { type: 'Wat', theme: 'Thema', sbi: 'SBI-code (sector, bijv. 56)', municipality: 'Gemeente (CBS-code, bijv. GM0344)',
      lang: 'Taal', limit: 'Aantal' },
    types: [['subsidies', 'Subsidies en regelingen'], ['guides', 'Stappenplannen'], ['regulations', 'Wet- en regelgeving'],
      ['providers', 'Loketten en organisaties'], ['ask', 'Vraag stellen: waar moet ik heen?']]
  };
  var EN = {
    form: 'Build embed code', widget: 'Code for the widget (with script)', iframe: 'Code for an iframe (without script)',
    preview: 'Preview', widgetHeading: 'Widget (script)', iframeHeading: 'Iframe (without script)', allThemes: 'all themes',
    fields: { type: 'What', theme: 'Theme', sbi: 'SBI code (sector, e.g. 56)', municipality: 'Municipality (CBS code, e.g. GM0344)',
      lang: 'Language', limit: 'Number' },
    types: [['subsidies', 'Subsidies and schemes'], ['guides', 'Guides'], ['regulations', 'Regulations'],
      ['providers', 'Desks and organisations'], ['ask', 'Ask a question: where do I go?']]
  };
  // Which fields each choice of "what" uses; the others are left out of the code.
  var USES = { subsidies: ['theme', 'sbi', 'municipality', 'limit'], guides: ['theme', 'limit'], regulations: ['theme', 'limit'],
    providers: ['theme', 'municipality', 'limit'], ask: ['sbi', 'municipality'] };

  function fields(T) {
    return [
      { name: 'type', options: T.types },
      { name: 'theme', options: [['', T.allThemes]] },
      { name: 'sbi', input: 'text' },
      { name: 'municipality', input: 'text' },
      { name: 'lang', options: [['nl', 'Nederlands'], ['en', 'English']] },
      { name: 'limit', input: 'number', value: '5' }
    ];
  }

  function el(name, text) {
    var node = document.createElement(name);
    if (text != null) node.textContent = text;
    return node;
  }

  function mount(container) {
    var T = container.getAttribute('data-lang') === 'en' ? EN : NL;
    var level = /^[2-6]$/.test(container.getAttribute('data-heading-level') || '') ? container.getAttribute('data-heading-level') : '2';
    var FIELDS = fields(T);
    var form = el('form');
    form.setAttribute('aria-label', T.form);
    var controls = {};
    FIELDS.forEach(function (field) {
      var id = 'embed-generator-' + field.name;
      var label = el('label', T.fields[field.name]);
      label.htmlFor = id;
      var control;
      if (field.options) {
        control = el('select');
        field.options.forEach(function (o) { var opt = el('option', o[1]); opt.value = o[0]; control.appendChild(opt); });
      } else {
        control = el('input');
        control.type = field.input;
        if (field.input === 'number') { control.min = '1'; control.max = '100'; }
        if (field.value) control.value = field.value;
      }
      control.id = id;
      control.name = field.name;
      controls[field.name] = control;
      var row = el('p');
      row.appendChild(label);
      row.appendChild(document.createTextNode(' '));
      row.appendChild(control);
      form.appendChild(row);
    });
    controls.lang.value = T === EN ? 'en' : 'nl';
    var widgetCode = el('textarea');
    var iframeCode = el('textarea');
    [widgetCode, iframeCode].forEach(function (t) { t.readOnly = true; t.rows = 4; t.cols = 70; });
    widgetCode.setAttribute('aria-label', T.widget);
    iframeCode.setAttribute('aria-label', T.iframe);
    var preview = el('div');
    preview.setAttribute('aria-label', T.preview);
    preview.setAttribute('role', 'region');
    var h = 'h' + level;
    container.replaceChildren(form, el(h, T.widgetHeading), widgetCode, el(h, T.iframeHeading), iframeCode,
      el(h, T.preview), preview);

    function attributes() {
      var what = controls.type.value, uses = USES[what] || [];
      var pairs = [what === 'ask' ? ['mode', 'ask'] : ['type', what]];
      FIELDS.forEach(function (f) {
        var v = controls[f.name].value.trim();
        if (v && (f.name === 'lang' || uses.indexOf(f.name) >= 0)) pairs.push([f.name, v]);
      });
      return pairs;
    }

    function quote(v) { return v.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;'); }

    function update() {
      var pairs = attributes();
      widgetCode.value = '<script src="' + ORIGIN + '/embed/v1/widget.js" defer></' + 'script>\n<mkb-catalogue' +
        pairs.map(function (p) { return ' ' + p[0] + '="' + quote(p[1]) + '"'; }).join('') + '></mkb-catalogue>';
      var query = new URLSearchParams(pairs).toString();
      iframeCode.value = '<iframe src="' + quote(ORIGIN + '/embed/v1/list?' + query) + '" title="' +
        (T === EN ? 'Open mkb catalogue' : 'Open mkb-catalogus') +
        '" style="width:100%;height:28rem;border:0" loading="lazy"></iframe>';
      FIELDS.forEach(function (f) {
        controls[f.name].disabled = f.name !== 'type' && f.name !== 'lang' && (USES[controls.type.value] || []).indexOf(f.name) < 0;
      });
      var widget = document.createElement('mkb-catalogue');
      widget.setAttribute('api', ORIGIN);
      pairs.forEach(function (p) { widget.setAttribute(p[0], p[1]); });
      preview.replaceChildren(widget);
    }

    form.addEventListener('input', update);
    form.addEventListener('change', update);
    form.addEventListener('submit', function (e) { e.preventDefault(); });
    fetch(ORIGIN + '/api/v1/themes?pageSize=100&lang=' + controls.lang.value, { headers: { Accept: 'application/hal+json' }, credentials: 'omit' })
      .then(function (r) { return r.ok ? r.json() : { _embedded: {} }; })
      .then(function (body) {
        ((body._embedded || {}).themes || []).forEach(function (theme) {
          var opt = el('option', theme.label || theme.identifier);
          opt.value = theme.identifier;
          controls.theme.appendChild(opt);
        });
      })
      .catch(function () { /* the theme list stays short; the rest works */ });
    if (!window.customElements || !customElements.get('mkb-catalogue')) {
      var widgetScript = document.createElement('script');
      widgetScript.src = ORIGIN + '/embed/v1/widget.js';
      widgetScript.onload = update;
      document.head.appendChild(widgetScript);
    }
    update();
  }

  function start() {
    var container = document.getElementById('embed-generator');
    if (container) mount(container);
  }
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', start); else start();
})();

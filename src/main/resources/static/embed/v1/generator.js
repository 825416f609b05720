/*! Open mkb catalogue embed code generator, /embed/v1/generator.js. CC0. Mounts into <div id="embed-generator">.
 * Builds the <mkb-catalogue> and iframe snippets from a small form and shows a live preview. Text only, no HTML
 * parsing of data. */
(function () {
  'use strict';
  var script = document.currentScript;
  var ORIGIN = script && script.src ? new URL(script.src, location.href).origin : location.origin;
  var FIELDS = [
    { name: 'type', label: 'Wat', options: [['subsidies', 'Subsidies en regelingen'], ['guides', 'Stappenplannen'],
      ['regulations', 'Wet- en regelgeving'], ['providers', 'Loketten en organisaties']] },
    { name: 'theme', label: 'Thema', options: [['', 'alle thema\u2019s']] },
    { name: 'sbi', label: 'SBI-code (sector, bijv. 56)', input: 'text' },
    { name: 'municipality', label: 'Gemeente (CBS-code, bijv. GM0344)', input: 'text' },
    { name: 'lang', label: 'Taal', options: [['nl', 'Nederlands'], ['en', 'English']] },
    { name: 'limit', label: 'Aantal', input: 'number', value: '5' }
  ];

  function el(name, text) {
    var node = document.createElement(name);
    if (text != null) node.textContent = text;
    return node;
  }

  function mount(container) {
    var form = el('form');
    form.setAttribute('aria-label', 'Embed-code samenstellen');
    var controls = {};
    FIELDS.forEach(function (field) {
      var id = 'embed-generator-' + field.name;
      var label = el('label', field.label);
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
    var widgetCode = el('textarea');
    var iframeCode = el('textarea');
    [widgetCode, iframeCode].forEach(function (t) { t.readOnly = true; t.rows = 4; t.cols = 70; });
    widgetCode.setAttribute('aria-label', 'Code voor de widget (met script)');
    iframeCode.setAttribute('aria-label', 'Code voor een iframe (zonder script)');
    var preview = el('div');
    preview.setAttribute('aria-label', 'Voorbeeld');
    container.replaceChildren(form, el('h2', 'Widget (script)'), widgetCode, el('h2', 'Iframe (zonder script)'),
      iframeCode, el('h2', 'Voorbeeld'), preview);

    function attributes() {
      var pairs = [];
      FIELDS.forEach(function (f) {
        var v = controls[f.name].value.trim();
        if (v && !(f.name === 'sbi' && controls.type.value !== 'subsidies') &&
            !(f.name === 'municipality' && ['subsidies', 'providers'].indexOf(controls.type.value) < 0)) pairs.push([f.name, v]);
      });
      return pairs;
    }

    function quote(v) { return v.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;'); }

    function update() {
      var pairs = attributes();
      widgetCode.value = '<script src="' + ORIGIN + '/embed/v1/widget.js" defer></' + 'script>\n<mkb-catalogue' +
        pairs.map(function (p) { return ' ' + p[0] + '="' + quote(p[1]) + '"'; }).join('') + '></mkb-catalogue>';
      var query = new URLSearchParams(pairs).toString();
      iframeCode.value = '<iframe src="' + quote(ORIGIN + '/embed/v1/list?' + query) +
        '" title="Open mkb-catalogus" style="width:100%;height:28rem;border:0" loading="lazy"></iframe>';
      var widget = document.createElement('mkb-catalogue');
      widget.setAttribute('api', ORIGIN);
      pairs.forEach(function (p) { widget.setAttribute(p[0], p[1]); });
      preview.replaceChildren(widget);
    }

    form.addEventListener('input', update);
    form.addEventListener('change', update);
    form.addEventListener('submit', function (e) { e.preventDefault(); });
    fetch(ORIGIN + '/api/v1/themes?pageSize=100', { headers: { Accept: 'application/hal+json' }, credentials: 'omit' })
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

// Query page of the Open mkb SPARQL endpoint. No dependencies; every value is inserted as text, never as HTML.
(function () {
  'use strict';

  var ENDPOINT = '/sparql';
  var ACCEPT = 'application/sparql-results+json, text/turtle;q=0.9, application/problem+json;q=0.5';

  var form = document.getElementById('query-form');
  var editor = document.getElementById('query');
  var status = document.getElementById('status');
  var results = document.getElementById('results');
  var format = document.getElementById('format');
  var download = document.getElementById('download');

  function clear(node) {
    while (node.firstChild) {
      node.removeChild(node.firstChild);
    }
  }

  function element(name, text, className) {
    var node = document.createElement(name);
    if (text !== undefined && text !== null) {
      node.textContent = String(text);
    }
    if (className) {
      node.className = className;
    }
    return node;
  }

  function send(query, accept) {
    return fetch(ENDPOINT, {
      method: 'POST',
      headers: { 'Content-Type': 'application/sparql-query', 'Accept': accept },
      body: query
    });
  }

  function showProblem(response) {
    return response.text().then(function (text) {
      var problem = null;
      try {
        problem = JSON.parse(text);
      } catch (e) {
        problem = null;
      }
      clear(results);
      if (problem && problem.title) {
        var where = problem.line ? ' (line ' + problem.line + ', column ' + problem.column + ')' : '';
        status.textContent = response.status + ' ' + problem.title + where;
        results.appendChild(element('pre', problem.detail || '', 'problem'));
      } else {
        status.textContent = 'Error ' + response.status;
        results.appendChild(element('pre', text, 'problem'));
      }
    });
  }

  function term(value) {
    if (!value) {
      return '';
    }
    if (value.type === 'uri') {
      return '<' + value.value + '>';
    }
    if (value.type === 'bnode') {
      return '_:' + value.value;
    }
    var literal = '"' + value.value + '"';
    if (value['xml:lang']) {
      return literal + '@' + value['xml:lang'];
    }
    if (value.datatype && value.datatype !== 'http://www.w3.org/2001/XMLSchema#string') {
      return literal + '^^<' + value.datatype + '>';
    }
    return literal;
  }

  function cell(value) {
    var td = element('td');
    if (value && value.type === 'uri' && /^https?:\/\//.test(value.value)) {
      var link = element('a', value.value);
      link.href = value.value;
      link.rel = 'noopener noreferrer';
      td.appendChild(link);
    } else {
      td.textContent = term(value);
    }
    return td;
  }

  function showResults(json, elapsed) {
    clear(results);
    if (typeof json.boolean === 'boolean') {
      status.textContent = 'ASK: ' + json.boolean + ' (' + elapsed + ' ms)';
      results.appendChild(element('p', String(json.boolean), 'boolean'));
      return;
    }
    var vars = json.head.vars || [];
    var rows = json.results.bindings || [];
    status.textContent = rows.length + (rows.length === 1 ? ' row' : ' rows') + ' (' + elapsed + ' ms)';
    var table = element('table');
    var head = element('thead');
    var headRow = element('tr');
    vars.forEach(function (name) {
      var th = element('th', '?' + name);
      th.scope = 'col';
      headRow.appendChild(th);
    });
    head.appendChild(headRow);
    table.appendChild(head);
    var body = element('tbody');
    rows.forEach(function (row) {
      var tr = element('tr');
      vars.forEach(function (name) {
        tr.appendChild(cell(row[name]));
      });
      body.appendChild(tr);
    });
    table.appendChild(body);
    results.appendChild(table);
  }

  function run() {
    var query = editor.value;
    var started = Date.now();
    status.textContent = 'Running…';
    clear(results);
    var url = new URL(window.location.href);
    url.search = '';
    url.searchParams.set('query', query);
    window.history.replaceState(null, '', url.toString());
    send(query, ACCEPT).then(function (response) {
      if (!response.ok) {
        return showProblem(response);
      }
      var type = response.headers.get('Content-Type') || '';
      if (type.indexOf('application/sparql-results+json') === 0) {
        return response.json().then(function (json) {
          showResults(json, Date.now() - started);
        });
      }
      return response.text().then(function (text) {
        status.textContent = 'Graph (' + (Date.now() - started) + ' ms)';
        results.appendChild(element('pre', text, 'graph'));
      });
    }).catch(function (error) {
      status.textContent = 'The request failed: ' + error;
    });
  }

  function save() {
    var accept = format.value;
    send(editor.value, accept).then(function (response) {
      if (!response.ok) {
        return showProblem(response);
      }
      return response.blob().then(function (blob) {
        var link = document.createElement('a');
        link.href = URL.createObjectURL(blob);
        link.download = 'result.' + ({
          'application/sparql-results+json': 'srj', 'application/sparql-results+xml': 'srx', 'text/csv': 'csv',
          'text/tab-separated-values': 'tsv', 'text/turtle': 'ttl', 'application/ld+json': 'jsonld',
          'application/n-triples': 'nt', 'application/rdf+xml': 'rdf'
        }[accept] || 'txt');
        document.body.appendChild(link);
        link.click();
        document.body.removeChild(link);
        URL.revokeObjectURL(link.href);
      });
    });
  }

  form.addEventListener('submit', function (event) {
    event.preventDefault();
    run();
  });
  download.addEventListener('click', save);
  editor.addEventListener('keydown', function (event) {
    if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
      event.preventDefault();
      run();
    } else if (event.key === 'Tab' && !event.shiftKey && !event.altKey) {
      // Indent instead of leaving the editor; Shift+Tab and Esc-then-Tab still move focus.
      event.preventDefault();
      var start = editor.selectionStart;
      editor.setRangeText('  ', start, editor.selectionEnd, 'end');
    }
  });
  Array.prototype.forEach.call(document.querySelectorAll('button.example'), function (button) {
    button.addEventListener('click', function () {
      editor.value = button.getAttribute('data-query');
      editor.focus();
      run();
    });
  });
  if (editor.getAttribute('data-autorun') === 'true') {
    run();
  }
}());

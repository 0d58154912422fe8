/*
 * qa search: the search box in the header and the highlighting of matches on a page opened from a
 * result. The index is built by the generator (dev.qa.index) as script files under search-index/;
 * each calls qaSearch.<kind>(...) and is loaded with a script tag, which works from file:// where
 * fetch does not. Every URL is relative to the page (data-root), so the site works under a sub-path.
 * Tokenizing must match dev.qa.index.Tokenizer: lower case, accents removed, the same stop words.
 */
(function () {
  'use strict';

  var STOP_WORDS = ['a', 'an', 'and', 'are', 'as', 'at', 'be', 'by', 'for', 'from', 'in', 'is', 'it', 'its', 'of', 'on',
    'or', 'that', 'the', 'this', 'to', 'was', 'with'];
  var WORD = /[\p{L}\p{N}_\p{Mn}]+/gu;
  var MAX_RESULTS = 8;
  // A phrase is checked against the text of the best candidates only, so that bytes stay bounded.
  var MAX_PHRASE_CANDIDATES = 40;
  var MAX_PREFIX_TERMS = 24;
  var MAX_FUZZY_TERMS = 12;

  var host = document.getElementById('search');
  var root = host ? host.getAttribute('data-root') || '' : '';

  // ---- loading index files -------------------------------------------------------------------

  var loaded = {};   // name -> promise of data
  var settle = {};   // name -> resolve function while the script is loading
  var manifest = null;

  function arrive(name, data) {
    if (settle[name]) {
      settle[name](data);
      delete settle[name];
    } else {
      loaded[name] = Promise.resolve(data);
    }
  }

  window.qaSearch = {
    manifest: function (data) { arrive('index', data); },
    dict: function (number, split, text) { arrive('dict/' + number, parseDictionary(split, text)); },
    post: function (number, terms) { arrive('post/' + number, terms); },
    doc: function (number, doc) { arrive('doc/' + number, doc); }
  };

  function load(name) {
    if (!loaded[name]) {
      loaded[name] = new Promise(function (resolve) {
        settle[name] = resolve;
        var script = document.createElement('script');
        var stamp = manifest ? '?v=' + manifest.stamp : '';
        script.src = root + 'search-index/' + name + '.js' + stamp;
        script.async = true;
        script.onerror = function () {
          delete settle[name];
          resolve(null);
        };
        // A loaded script has already called qaSearch.<kind>; if it did not, it was not ours.
        script.onload = function () {
          if (settle[name]) {
            delete settle[name];
            resolve(null);
          }
        };
        document.head.appendChild(script);
      });
    }
    return loaded[name];
  }

  function loadManifest() {
    return load('index').then(function (data) {
      manifest = data;
      if (data) {
        manifest.dictKeys = {};
        data.dict.forEach(function (key, i) { manifest.dictKeys[key] = i; });
      }
      return data;
    });
  }

  function parseDictionary(split, text) {
    var parts = text ? text.split(' ') : [];
    var terms = [];
    var counts = {};
    for (var i = 0; i + 1 < parts.length; i += 2) {
      terms.push(parts[i]);
      counts[parts[i]] = +parts[i + 1];
    }
    return { split: split, terms: terms, counts: counts };
  }

  // ---- query text --------------------------------------------------------------------------

  function normalize(word) {
    var lower = word.toLowerCase().replace(/_/g, '');
    return /^[\x00-\x7f]*$/.test(lower) ? lower : lower.normalize('NFD').replace(/\p{M}+/gu, '');
  }

  function isTerm(term) {
    return (term.length >= 2 || /^\d+$/.test(term)) && STOP_WORDS.indexOf(term) < 0;
  }

  /** Words of the query as index terms; an identifier stays whole, since the index holds it whole too. */
  function parseQuery(text) {
    var phrases = [];
    var rest = text.replace(/"([^"]*)("|$)/g, function (all, phrase) {
      var words = (phrase.match(WORD) || []).map(normalize).filter(Boolean);
      if (words.length > 1) {
        phrases.push(words);
      }
      return ' ' + phrase + ' ';
    });
    var tokens = [];
    (rest.match(WORD) || []).forEach(function (word) {
      var term = normalize(word);
      if (isTerm(term) && tokens.indexOf(term) < 0) {
        tokens.push(term);
      }
    });
    return { tokens: tokens, phrases: phrases };
  }

  // ---- matching ----------------------------------------------------------------------------

  /** Optimal string alignment distance, or max + 1 as soon as it must exceed max. */
  function distance(a, b, max) {
    if (Math.abs(a.length - b.length) > max) {
      return max + 1;
    }
    var previous2 = null;
    var previous = [];
    for (var j = 0; j <= b.length; j++) {
      previous.push(j);
    }
    for (var i = 1; i <= a.length; i++) {
      var row = [i];
      var best = i;
      for (j = 1; j <= b.length; j++) {
        var cost = a.charCodeAt(i - 1) === b.charCodeAt(j - 1) ? 0 : 1;
        var value = Math.min(previous[j] + 1, row[j - 1] + 1, previous[j - 1] + cost);
        if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
          value = Math.min(value, previous2[j - 2] + 1);
        }
        row.push(value);
        best = Math.min(best, value);
      }
      if (best > max) {
        return max + 1;
      }
      previous2 = previous;
      previous = row;
    }
    return previous[b.length];
  }

  function dictionaryFor(token) {
    for (var length = token.length; length >= 0; length--) {
      var key = token.slice(0, length);
      if (key in manifest.dictKeys) {
        return load('dict/' + manifest.dictKeys[key]);
      }
    }
    return Promise.resolve(null);
  }

  /** The index terms a query word stands for, each with how closely it matches (1 = exactly). */
  function candidates(token, dictionary) {
    var found = [];
    if (!dictionary) {
      return found;
    }
    var terms = dictionary.terms;
    var counts = dictionary.counts;
    if (counts[token]) {
      found.push({ term: token, quality: 1 });
    }
    var prefixed = [];
    var low = 0;
    var high = terms.length;
    while (low < high) {
      var middle = (low + high) >> 1;
      if (terms[middle] < token) { low = middle + 1; } else { high = middle; }
    }
    for (var i = low; i < terms.length && terms[i].lastIndexOf(token, 0) === 0; i++) {
      if (terms[i] !== token) {
        prefixed.push(terms[i]);
      }
    }
    prefixed.sort(function (a, b) { return counts[b] - counts[a] || a.length - b.length; });
    // Two letters stand for many words; each costs a postings lookup, so short words expand less.
    prefixed.slice(0, Math.min(MAX_PREFIX_TERMS, 8 * Math.max(1, token.length - 1))).forEach(function (term) {
      found.push({ term: term, quality: 0.5 + 0.4 * token.length / term.length });
    });
    if (token.length >= 4 && !/^\d+$/.test(token)) {
      var max = token.length >= 8 ? 2 : 1;
      var fuzzy = [];
      terms.forEach(function (term) {
        if (term === token || term.lastIndexOf(token, 0) === 0) {
          return;
        }
        var edits = distance(token, term, max);
        // A word still being typed: compare with the start of longer terms too.
        var prefixEdits = term.length > token.length ? distance(token, term.slice(0, token.length), max) : max + 1;
        if (edits <= max) {
          fuzzy.push({ term: term, quality: edits === 1 ? 0.6 : 0.4, edits: edits });
        } else if (prefixEdits <= max && token.length >= 5) {
          fuzzy.push({ term: term, quality: prefixEdits === 1 ? 0.45 : 0.3, edits: prefixEdits + 0.5 });
        }
      });
      fuzzy.sort(function (a, b) { return a.edits - b.edits || counts[b.term] - counts[a.term]; });
      found = found.concat(fuzzy.slice(0, MAX_FUZZY_TERMS));
    }
    found.forEach(function (candidate) { candidate.count = counts[candidate.term] || 1; });
    return found;
  }

  function postingsShard(term) {
    var first = manifest.post;
    var low = 0;
    var high = first.length - 1;
    while (low < high) {
      var middle = (low + high + 1) >> 1;
      if (first[middle] <= term) { low = middle; } else { high = middle - 1; }
    }
    return low;
  }

  var ALPHABET = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz-_';

  /** See dev.qa.index.PostingCodec: gap to the previous page, impact, segment, five bits a character. */
  function decodePostings(text, visit) {
    var at = 0;
    var doc = 0;
    function number() {
      var value = 0;
      var shift = 0;
      var digit;
      do {
        digit = ALPHABET.indexOf(text.charAt(at++));
        value += (digit & 31) * Math.pow(2, shift);
        shift += 5;
      } while (digit >= 32);
      return value;
    }
    while (at < text.length) {
      doc += number();
      var impact = ALPHABET.indexOf(text.charAt(at++));
      visit(doc, impact, number());
    }
  }

  /** Ranked page ids for a query, with the terms and the segment that matched in each. */
  function search(query) {
    return loadManifest().then(function () {
      if (!manifest || query.tokens.length === 0) {
        return [];
      }
      return Promise.all(query.tokens.map(dictionaryFor)).then(function (dictionaries) {
        var perToken = query.tokens.map(function (token, i) { return candidates(token, dictionaries[i]); });
        var shards = {};
        perToken.forEach(function (list) {
          list.forEach(function (candidate) { shards[postingsShard(candidate.term)] = true; });
        });
        var numbers = Object.keys(shards);
        return Promise.all(numbers.map(function (n) { return load('post/' + n); })).then(function (loadedShards) {
          var byNumber = {};
          numbers.forEach(function (n, i) { byNumber[n] = loadedShards[i] || {}; });
          return rank(perToken, byNumber);
        });
      });
    });
  }

  function rank(perToken, shards) {
    var total = manifest.n;
    var hits = {};
    perToken.forEach(function (list, tokenIndex) {
      list.forEach(function (candidate) {
        var encoded = shards[postingsShard(candidate.term)][candidate.term];
        if (!encoded) {
          return;
        }
        var idf = Math.log(1 + (total - candidate.count + 0.5) / (candidate.count + 0.5));
        decodePostings(encoded, function (doc, impact, segment) {
          var score = impact / 63 * idf * candidate.quality;
          var hit = hits[doc] || (hits[doc] = { doc: doc, scores: [], terms: [], segment: 0, best: 0 });
          if (!(hit.scores[tokenIndex] >= score)) {
            hit.scores[tokenIndex] = score;
          }
          if (hit.terms.indexOf(candidate.term) < 0) {
            hit.terms.push(candidate.term);
          }
          if (score > hit.best) {
            hit.best = score;
            hit.segment = segment;
          }
        });
      });
    });
    var list = Object.keys(hits).map(function (doc) {
      var hit = hits[doc];
      hit.matched = 0;
      hit.score = 0;
      hit.scores.forEach(function (score) {
        if (score) {
          hit.matched++;
          hit.score += score;
        }
      });
      return hit;
    });
    // Pages that match every word come first; the others only show when none does.
    var all = list.filter(function (hit) { return hit.matched === perToken.length; });
    var shown = all.length ? all : list;
    shown.sort(function (a, b) { return b.matched - a.matched || b.score - a.score || a.doc - b.doc; });
    return shown;
  }

  // ---- results -----------------------------------------------------------------------------

  function escapeHtml(text) {
    return text.replace(/[&<>"']/g, function (c) {
      return { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' }[c];
    });
  }

  /** Where the terms start in text: at a word start or an identifier part (LinkedHash|Map). */
  function matches(text, terms) {
    var lower = text.toLowerCase();
    var found = [];
    terms.forEach(function (term) {
      var from = 0;
      var at;
      while (term && (at = lower.indexOf(term, from)) >= 0) {
        from = at + 1;
        var before = text.charAt(at - 1);
        var here = text.charAt(at);
        var wordStart = at === 0 || !/[\p{L}\p{N}]/u.test(before);
        var partStart = /[\p{Ll}\p{N}]/u.test(before) && /\p{Lu}/u.test(here);
        if (wordStart || partStart || before === '_') {
          found.push([at, at + term.length]);
        }
      }
    });
    found.sort(function (a, b) { return a[0] - b[0] || b[1] - a[1]; });
    var merged = [];
    found.forEach(function (range) {
      var last = merged[merged.length - 1];
      if (last && range[0] <= last[1]) {
        last[1] = Math.max(last[1], range[1]);
      } else {
        merged.push(range.slice());
      }
    });
    return merged;
  }

  function highlight(text, terms) {
    var out = '';
    var at = 0;
    matches(text, terms).forEach(function (range) {
      out += escapeHtml(text.slice(at, range[0])) + '<mark>' + escapeHtml(text.slice(range[0], range[1])) + '</mark>';
      at = range[1];
    });
    return out + escapeHtml(text.slice(at));
  }

  function excerpt(text, terms) {
    var ranges = matches(text, terms);
    var start = ranges.length ? Math.max(0, ranges[0][0] - 60) : 0;
    if (start > 0) {
      var space = text.indexOf(' ', start);
      start = space >= 0 && space < ranges[0][0] ? space + 1 : start;
    }
    var end = Math.min(text.length, start + 180);
    if (end < text.length) {
      var cut = text.lastIndexOf(' ', end);
      end = cut > start + 80 ? cut : end;
    }
    return (start > 0 ? '…' : '') + highlight(text.slice(start, end).replace(/\s+/g, ' '), terms) + (end < text.length ? '…' : '');
  }

  function phraseText(doc) {
    var text = [doc.t].concat(doc.h.map(function (segment) { return segment[0] + ' ' + segment[2]; })).join(' ');
    return ' ' + (text.match(WORD) || []).map(normalize).join(' ') + ' ';
  }

  function hasPhrases(doc, phrases) {
    var text = phraseText(doc);
    return phrases.every(function (words) { return text.indexOf(' ' + words.join(' ') + ' ') >= 0; });
  }

  /** The pages to show, with their index data; phrases are checked here, against each page's text. */
  function results(query, hits) {
    var wanted = query.phrases.length ? hits.slice(0, MAX_PHRASE_CANDIDATES) : hits.slice(0, MAX_RESULTS);
    return Promise.all(wanted.map(function (hit) { return load('doc/' + hit.doc); })).then(function (docs) {
      var shown = [];
      wanted.forEach(function (hit, i) {
        if (docs[i] && shown.length < MAX_RESULTS && (!query.phrases.length || hasPhrases(docs[i], query.phrases))) {
          shown.push({ hit: hit, doc: docs[i] });
        }
      });
      return shown;
    });
  }

  // ---- the search box ----------------------------------------------------------------------

  var button, panel, input, listbox, status;
  var active = -1;
  var shownResults = [];
  var sequence = 0;

  function addStyle() {
    // The theme may link search.css itself; then a second link would only cost a request.
    if (!document.getElementById('qs-style') && !document.querySelector('link[href$="assets/search.css"]')) {
      var style = document.createElement('link');
      style.id = 'qs-style';
      style.rel = 'stylesheet';
      style.href = root + 'assets/search.css';
      document.head.appendChild(style);
    }
  }

  function build() {
    addStyle();

    var mac = /Mac|iPhone|iPad/.test(navigator.platform || '');
    button = document.createElement('button');
    button.type = 'button';
    button.className = 'qs-button';
    button.setAttribute('aria-haspopup', 'dialog');
    button.setAttribute('aria-keyshortcuts', '/ Control+K Meta+K');
    button.innerHTML = '<svg aria-hidden="true" viewBox="0 0 16 16" width="16" height="16"><circle cx="7" cy="7" r="5" ' +
      'fill="none" stroke="currentColor" stroke-width="2"/><path d="M11 11l4 4" stroke="currentColor" stroke-width="2"/></svg>' +
      '<span class="qs-label">Search</span><kbd class="qs-key">' + (mac ? '⌘K' : 'Ctrl K') + '</kbd>';
    button.addEventListener('click', open);

    panel = document.createElement('div');
    panel.className = 'qs-panel';
    panel.hidden = true;
    panel.setAttribute('role', 'dialog');
    panel.setAttribute('aria-modal', 'true');
    panel.setAttribute('aria-label', 'Search questions');
    panel.innerHTML =
      '<div class="qs-box">' +
      '<div class="qs-field"><input id="qs-input" class="qs-input" type="search" role="combobox" aria-expanded="false" ' +
      'aria-controls="qs-listbox" aria-autocomplete="list" autocomplete="off" spellcheck="false" ' +
      'placeholder="Search questions" aria-label="Search questions">' +
      '<button type="button" class="qs-close" aria-label="Close search">Esc</button></div>' +
      '<div class="qs-status" role="status" aria-live="polite"></div>' +
      '<ul id="qs-listbox" class="qs-listbox" role="listbox" aria-label="Results"></ul>' +
      '<p class="qs-help" aria-hidden="true"><kbd>↑</kbd><kbd>↓</kbd> move <kbd>Enter</kbd> open <kbd>Esc</kbd> close ' +
      '· <kbd>"a phrase"</kbd> in quotes</p>' +
      '</div>';
    input = panel.querySelector('.qs-input');
    listbox = panel.querySelector('.qs-listbox');
    status = panel.querySelector('.qs-status');

    input.addEventListener('input', function () { run(input.value); });
    input.addEventListener('keydown', onInputKey);
    panel.querySelector('.qs-close').addEventListener('click', close);
    panel.addEventListener('mousedown', function (event) {
      if (event.target === panel) {
        close();
      }
    });
    listbox.addEventListener('mousemove', function (event) {
      var option = event.target.closest('[role=option]');
      if (option) {
        select(+option.getAttribute('data-index'), false);
      }
    });

    host.appendChild(button);
    document.body.appendChild(panel);
    document.addEventListener('keydown', onGlobalKey);
  }

  function typing(target) {
    var tag = target && target.tagName;
    return tag === 'INPUT' || tag === 'TEXTAREA' || tag === 'SELECT' || (target && target.isContentEditable);
  }

  function onGlobalKey(event) {
    var k = event.key && event.key.toLowerCase();
    if ((event.ctrlKey || event.metaKey) && !event.altKey && k === 'k') {
      event.preventDefault();
      if (panel.hidden) { open(); } else { close(); }
    } else if (event.key === '/' && !event.ctrlKey && !event.metaKey && !event.altKey && panel.hidden && !typing(event.target)) {
      event.preventDefault();
      open();
    } else if (event.key === 'Escape' && !panel.hidden) {
      event.preventDefault();
      close();
    }
  }

  function onInputKey(event) {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      if (shownResults.length) {
        var step = event.key === 'ArrowDown' ? 1 : -1;
        select((active + step + shownResults.length) % shownResults.length, true);
      }
    } else if (event.key === 'Enter') {
      event.preventDefault();
      go(active >= 0 ? active : 0);
    } else if (event.key === 'Tab') {
      // The dialog is modal: Tab stays between the box and its close button.
      event.preventDefault();
      panel.querySelector('.qs-close').focus();
    }
  }

  function open() {
    panel.hidden = false;
    button.setAttribute('aria-expanded', 'true');
    document.documentElement.classList.add('qs-open');
    input.focus();
    input.select();
    loadManifest();
  }

  function close() {
    panel.hidden = true;
    button.setAttribute('aria-expanded', 'false');
    document.documentElement.classList.remove('qs-open');
    button.focus();
  }

  function select(index, scroll) {
    var options = listbox.children;
    if (active >= 0 && options[active]) {
      options[active].setAttribute('aria-selected', 'false');
    }
    active = index;
    var option = options[index];
    if (option) {
      option.setAttribute('aria-selected', 'true');
      input.setAttribute('aria-activedescendant', option.id);
      if (scroll) {
        option.scrollIntoView({ block: 'nearest' });
      }
    }
  }

  function go(index) {
    var result = shownResults[index];
    if (result) {
      window.location.href = result.href;
    }
  }

  function run(text) {
    var started = performance.now();
    var mine = ++sequence;
    var query = parseQuery(text);
    if (!query.tokens.length) {
      show([], query, text, started);
      return Promise.resolve();
    }
    return search(query).then(function (hits) {
      return mine === sequence ? results(query, hits) : null;
    }).then(function (list) {
      if (list && mine === sequence) {
        show(list, query, text, started);
      }
    });
  }

  function link(result, terms) {
    var doc = result.doc;
    var segment = doc.h[result.hit.segment] || doc.h[0];
    var anchor = segment && segment[1] ? '#' + encodeURIComponent(segment[1]) : '';
    return root + doc.u + '?h=' + encodeURIComponent(terms.join(' ')) + anchor;
  }

  function show(list, query, text, started) {
    active = -1;
    input.removeAttribute('aria-activedescendant');
    shownResults = list.map(function (result) {
      var terms = result.hit.terms.concat(query.tokens);
      query.phrases.forEach(function (words) { terms = terms.concat(words); });
      terms = terms.filter(function (term, i) { return terms.indexOf(term) === i; })
        .sort(function (a, b) { return b.length - a.length; });
      return { result: result, terms: terms, href: link(result, terms) };
    });
    listbox.innerHTML = shownResults.map(function (shown, i) {
      var doc = shown.result.doc;
      var segments = doc.h;
      var segment = segments[shown.result.hit.segment] || segments[0];
      var text = segment ? segment[2] : '';
      if (!matches(text, shown.terms).length) {
        // The best match may be in the title or a heading; show the first passage that has one.
        for (var s = 0; s < segments.length; s++) {
          if (matches(segments[s][2], shown.terms).length) {
            text = segments[s][2];
            break;
          }
        }
      }
      var where = escapeHtml(doc.s) + (segment && segment[0] ? ' › ' + highlight(segment[0], shown.terms) : '');
      return '<li role="option" id="qs-option-' + i + '" data-index="' + i + '" aria-selected="false" class="qs-result">' +
        '<a href="' + escapeHtml(shown.href) + '" tabindex="-1">' +
        '<span class="qs-title">' + highlight(doc.t, shown.terms) + '</span>' +
        '<span class="qs-where">' + where + '</span>' +
        '<span class="qs-excerpt">' + excerpt(text, shown.terms) + '</span></a></li>';
    }).join('');
    var hasText = text.trim().length > 0;
    input.setAttribute('aria-expanded', shownResults.length ? 'true' : 'false');
    status.textContent = !hasText ? '' : shownResults.length === 0 ? 'No results for “' + text.trim() + '”'
      : shownResults.length + (shownResults.length === 1 ? ' result' : ' results');
    if (shownResults.length) {
      select(0, false);
    }
    // Read by the browser tests and the benchmark: time from the keystroke to the results on screen.
    listbox.setAttribute('data-ms', (performance.now() - started).toFixed(1));
    listbox.setAttribute('data-query', text);
  }

  // ---- highlighting on the page opened from a result ----------------------------------------

  function highlightPage(terms) {
    var scope = document.querySelector('main article') || document.querySelector('main');
    if (!scope || !terms.length) {
      return;
    }
    var walker = document.createTreeWalker(scope, NodeFilter.SHOW_TEXT, {
      acceptNode: function (node) {
        var parent = node.parentNode;
        return parent && /^(SCRIPT|STYLE|MARK|TEXTAREA)$/.test(parent.nodeName) ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT;
      }
    });
    var nodes = [];
    while (walker.nextNode()) {
      nodes.push(walker.currentNode);
    }
    var first = null;
    nodes.forEach(function (node) {
      var ranges = matches(node.nodeValue, terms);
      for (var i = ranges.length - 1; i >= 0; i--) {
        var hit = node.splitText(ranges[i][0]);
        hit.splitText(ranges[i][1] - ranges[i][0]);
        var mark = document.createElement('mark');
        mark.className = 'qs-hit';
        hit.parentNode.replaceChild(mark, hit);
        mark.appendChild(hit);
        first = mark;
      }
    });
    var marks = scope.querySelectorAll('mark.qs-hit');
    if (marks.length && !window.location.hash) {
      marks[0].scrollIntoView({ block: 'center' });
    }
    return first;
  }

  // ---- start -------------------------------------------------------------------------------

  var params = new URLSearchParams(window.location.search);
  var pageTerms = (params.get('h') || '').split(/\s+/).map(normalize).filter(Boolean);
  if (pageTerms.length) {
    if (host) {
      addStyle();
    }
    highlightPage(pageTerms);
  }
  if (host) {
    build();
    var q = params.get('q');
    if (q) {
      open();
      input.value = q;
      run(q);
    }
  }
}());

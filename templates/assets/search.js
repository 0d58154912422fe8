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
  // Result documents wait for a pause this long: typing at four or five letters a second fetches none.
  var DEBOUNCE_MS = 180;
  // A phrase is checked against the text of the best candidates only, so that bytes stay bounded.
  var MAX_PHRASE_CANDIDATES = 40;
  var MAX_PREFIX_TERMS = 24;
  var MAX_FUZZY_TERMS = 12;

  var host = document.getElementById('search');
  var root = host ? host.getAttribute('data-root') || '' : '';

  // ---- loading index files -------------------------------------------------------------------

  var loaded = {};   // name -> promise of data
  var ready = {};    // name -> data, once it arrived (null for a file that failed)
  var settle = {};   // name -> resolve function while the script is loading
  var manifest = null;

  function arrive(name, data) {
    ready[name] = data;
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
    doc: function (number, doc) { arrive('doc/' + number, doc); },
    titles: function (number, list) { arrive('titles/' + number, list); }
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
          ready[name] = null;
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
      if (data && !data.dictKeys) {
        manifest.synonyms = synonymEntries(data.syn);
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

  function hasVowel(text) {
    return /[aeiouy]/.test(text);
  }

  /** Light stemming, the same as dev.qa.index.Stemmer (read its comment): caches, caching, cached -> cach. */
  function stem(word) {
    if (word.length < 4 || !/^[a-z]+$/.test(word)) {
      return word;
    }
    var s = word;
    if (/ies$/.test(s) && s.length > 4) {
      s = s.slice(0, -3) + 'i';
    } else if (/(sses|xes|ches|shes|zzes)$/.test(s)) {
      s = s.slice(0, -2);
    } else if (/s$/.test(s) && !/(ss|us|is)$/.test(s)) {
      s = s.slice(0, -1);
    }
    var ending = /ing$/.test(s) ? 3 : /ed$/.test(s) ? 2 : 0;
    if (ending) {
      var root = s.slice(0, -ending);
      if (root.length >= 3 && hasVowel(root)) {
        var n = root.length;
        var last = root.charAt(n - 1);
        s = n > 3 && last === root.charAt(n - 2) && 'aeiouylsz'.indexOf(last) < 0 ? root.slice(0, -1) : root;
      }
    }
    if (/e$/.test(s) && s.length > 3) {
      s = s.slice(0, -1);
    }
    if (/y$/.test(s) && s.length > 3) {
      s = s.slice(0, -1) + 'i';
    }
    return s;
  }

  // Words joined by a hyphen or a dot are one compound, as in dev.qa.index.Tokenizer (but a dot between digits is not).
  var COMPOUND = /[\p{L}\p{N}_\p{Mn}]+(?:[-.][\p{L}\p{N}_\p{Mn}]+)*/gu;

  /**
   * One query word: the index term it stands for (an identifier or a compound stays whole, as the index
   * holds it whole too) and, for a compound (load-balancer), its parts as a second form.
   */
  function queryWord(compound) {
    var parts = (compound.match(WORD) || []).map(normalize).filter(Boolean);
    var joined = parts.join('');
    if (!isTerm(joined)) {
      return null;
    }
    var word = { raw: joined, term: stem(joined), forms: [] };
    var kept = parts.filter(isTerm).map(stem);
    if (parts.length > 1 && kept.length > 1) {
      word.forms.push({ terms: kept, quality: 0.9 });
    }
    return word;
  }

  function queryWords(text) {
    var found = [];
    (text.replace(/(\d)\.(?=\d)/g, '$1 ').match(COMPOUND) || []).forEach(function (compound) {
      var word = queryWord(compound);
      if (word && !found.some(function (other) { return other.term === word.term; })) {
        found.push(word);
      }
    });
    return found;
  }

  /**
   * Synonym groups from search-synonyms.yml (in the manifest, as written): each entry becomes the list
   * of terms a query word or run of words would give, so that "two-phase commit" and "2pc" meet.
   */
  function synonymEntries(groups) {
    return (groups || []).map(function (group) {
      return group.map(function (entry) {
        return queryWords(entry).map(function (word) { return word.term; });
      }).filter(function (terms) { return terms.length > 0; });
    });
  }

  /** Words of the query, each with its forms: itself, its parts, and its synonyms (or a run of words' synonyms). */
  function parseQuery(text) {
    var phrases = [];
    var rest = text.replace(/"([^"]*)("|$)/g, function (all, phrase) {
      var words = (phrase.match(WORD) || []).map(normalize).filter(Boolean);
      if (words.length > 1) {
        phrases.push(words);
      }
      return ' ' + phrase + ' ';
    });
    var words = queryWords(rest);
    if (manifest && manifest.synonyms) {
      words = withSynonyms(words, manifest.synonyms);
    }
    return { tokens: words, phrases: phrases };
  }

  function same(a, b) {
    return a.length === b.length && a.every(function (term, i) { return term === b[i]; });
  }

  function withSynonyms(words, groups) {
    var out = [];
    for (var i = 0; i < words.length; i++) {
      var best = null;
      groups.forEach(function (group) {
        group.forEach(function (entry) {
          var run = words.slice(i, i + entry.length).map(function (word) { return word.term; });
          if (same(run, entry) && (!best || entry.length > best.entry.length)) {
            best = { entry: entry, group: group };
          }
        });
      });
      if (!best) {
        out.push(words[i]);
        continue;
      }
      var word = best.entry.length === 1 ? words[i]
        : { raw: best.entry.join(''), term: null, forms: [{ terms: best.entry, quality: 1 }] };
      best.group.forEach(function (entry) {
        if (!same(entry, best.entry)) {
          word.forms.push({ terms: entry, quality: 0.95 });
        }
      });
      out.push(word);
      i += best.entry.length - 1;
    }
    return out;
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

  /** How many pages hold term, an index term (0 when it is none); its dictionary shard is loaded on the way. */
  function pageCount(term) {
    return dictionaryFor(term).then(function (dictionary) { return (dictionary && dictionary.counts[term]) || 0; });
  }

  /**
   * Two query words that the index holds joined about as often as the rarer of them (side car:
   * sidecar; back pressure: backpressure) become one word whose forms are the joined term and the two
   * words. A pair whose joined form is rare (service mesh: servicemesh, from a few service-mesh) stays
   * two words: the joined term's high idf would rank those few pages above the ones about it.
   */
  function joinAdjacent(words) {
    var counts = words.map(function (word) { return word.term ? pageCount(word.term) : Promise.resolve(0); });
    var pairs = words.slice(1).map(function (word, i) {
      var before = words[i];
      return before.term && word.term && !/\d/.test(before.raw + word.raw) ? pageCount(stem(before.raw + word.raw)) : Promise.resolve(0);
    });
    return Promise.all([Promise.all(counts), Promise.all(pairs)]).then(function (both) {
      var alone = both[0];
      var joined = both[1];
      var out = [];
      for (var i = 0; i < words.length; i++) {
        if (i + 1 < words.length && joined[i] && joined[i] * 2 >= Math.min(alone[i], alone[i + 1])) {
          var raw = words[i].raw + words[i + 1].raw;
          // The two words as typed keep the sum of their scores, as two separate words would.
          out.push({ raw: raw, term: stem(raw), forms: [{ terms: [words[i].term, words[i + 1].term], quality: 1, sum: true }] });
          i++;
        } else {
          out.push(words[i]);
        }
      }
      return out;
    });
  }

  // How a page matched a word, best first in the ranking: exactly (or by stem, alias or synonym), as
  // the start of a longer word, or only with a typo.
  var EXACT = 2;
  var PREFIX = 1;
  var TYPO = 0;

  /**
   * The index terms a query word's own term stands for, each with how closely it matches (quality,
   * 1 = exactly) and how (kind). A number matches only itself: 3 is not 300. Typos are tried only for
   * a word that is not itself in the index; two typos only for long words that start no index term.
   */
  function candidates(token, dictionary, prefixes) {
    var found = [];
    if (!dictionary) {
      return found;
    }
    var terms = dictionary.terms;
    var counts = dictionary.counts;
    var number = /^\d+$/.test(token);
    if (counts[token]) {
      found.push({ term: token, quality: 1, kind: EXACT });
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
    if (!number && prefixes) {
      prefixed.sort(function (a, b) { return counts[b] - counts[a] || a.length - b.length; });
      // Two letters stand for many words; each costs a postings lookup, so short words expand less.
      prefixed.slice(0, Math.min(MAX_PREFIX_TERMS, 8 * Math.max(1, token.length - 1))).forEach(function (term) {
        found.push({ term: term, quality: 0.4 + 0.4 * token.length / term.length, kind: PREFIX });
      });
    }
    // One typo for a word of five letters or more even when the index has the word (normalisation may
    // mean normalization): pages with the word itself still come first.
    if (token.length >= 4 && !number && (!counts[token] || token.length >= 5)) {
      var max = token.length >= 8 && !found.length ? 2 : 1;
      var fuzzy = [];
      terms.forEach(function (term) {
        if (term === token || term.lastIndexOf(token, 0) === 0) {
          return;
        }
        var edits = distance(token, term, max);
        // A word still being typed: compare with the start of longer terms too.
        var prefixEdits = prefixes && term.length > token.length ? distance(token, term.slice(0, token.length), max) : max + 1;
        if (edits <= max) {
          fuzzy.push({ term: term, quality: edits === 1 ? 0.6 : 0.4, edits: edits, kind: TYPO });
        } else if (prefixEdits <= max && token.length >= 5) {
          fuzzy.push({ term: term, quality: prefixEdits === 1 ? 0.45 : 0.3, edits: prefixEdits + 0.5, kind: TYPO });
        }
      });
      fuzzy.sort(function (a, b) { return a.edits - b.edits || counts[b.term] - counts[a.term]; });
      found = found.concat(fuzzy.slice(0, MAX_FUZZY_TERMS));
    }
    // A longer or misspelt term is rarer than the word typed, so its idf is higher; it may not count
    // for more than the word itself would (kube... must not outrank kube, cap... not cap).
    found.forEach(function (candidate) { candidate.count = Math.max(counts[candidate.term] || 1, counts[token] || 0); });
    return found;
  }

  /** An exact term of a form (a part, a synonym, half of a split word): itself if the index has it. */
  function exactCandidates(term) {
    return dictionaryFor(term).then(function (dictionary) {
      var count = dictionary && dictionary.counts[term];
      return count ? [{ term: term, quality: 1, kind: EXACT, count: count }] : [];
    });
  }

  /**
   * A word may be two words typed as one (loadbalancer): the split whose halves are both index
   * terms, the most even one when several are, with the halves' page counts. Only first halves found
   * in the word's own dictionary shards are tried, so a split costs one more shard at most.
   */
  function split(raw) {
    if (raw.length < 5 || !/^[a-z0-9]+$/.test(raw)) {
      return Promise.resolve(null);
    }
    var cuts = [];
    for (var i = 2; i <= raw.length - 2; i++) {
      if (isTerm(raw.slice(0, i)) && isTerm(raw.slice(i))) {
        cuts.push(i);
      }
    }
    return Promise.all(cuts.map(function (i) { return pageCount(stem(raw.slice(0, i))); })).then(function (firsts) {
      var tried = cuts.filter(function (i, n) { return firsts[n] > 0; });
      return Promise.all(tried.map(function (i) { return pageCount(stem(raw.slice(i))); })).then(function (seconds) {
        var best = null;
        tried.forEach(function (i, n) {
          var even = Math.min(i, raw.length - i);
          if (seconds[n] && (!best || even > best.even)) {
            best = { even: even, terms: [stem(raw.slice(0, i)), stem(raw.slice(i))],
              fewest: Math.min(firsts[cuts.indexOf(i)], seconds[n]) };
          }
        });
        return best && { terms: best.terms, quality: 0.9, fewest: best.fewest };
      });
    });
  }

  /**
   * The candidates of every form of a query word: [{terms: [[candidate...] per term], quality}].
   * When its own term finds nothing exact or as a prefix, a split into two words is tried; when
   * nothing at all matches, a typo in the first letter (swapped with the second, or one too many).
   */
  function wordCandidates(word) {
    var own = word.term ? dictionaryFor(word.term).then(function (dictionary) {
      return candidates(word.term, dictionary, true);
    }) : Promise.resolve([]);
    var others = Promise.all(word.forms.map(function (form) {
      return Promise.all(form.terms.map(exactCandidates)).then(function (lists) {
        return { terms: lists, quality: form.quality, sum: form.sum };
      });
    }));
    return Promise.all([own, others]).then(function (both) {
      var forms = both[1].filter(function (form) { return form.terms.every(function (list) { return list.length; }); });
      var list = both[0];
      var direct = list.some(function (candidate) { return candidate.kind !== TYPO; });
      var exact = list.filter(function (candidate) { return candidate.term === word.term; })[0];
      var ready = Promise.resolve(forms);
      // A word the index does not hold, or holds on few pages where its two halves are common
      // (loadbalancer on 7 pages, load balancer on 27), is also read as two words.
      var rare = exact && word.raw.length >= 8;
      if (word.term && !forms.length && (!direct || rare)) {
        ready = split(word.raw).then(function (halves) {
          if (!halves || (direct && !(exact.count * 2 < halves.fewest))) {
            return forms;
          }
          if (!direct) {
            // Understood as two words: a two-typo reading of the joined word is no longer wanted.
            list = list.filter(function (candidate) { return candidate.quality >= 0.45; });
          }
          return Promise.all(halves.terms.map(exactCandidates)).then(function (lists) {
            return forms.concat([{ terms: lists, quality: halves.quality }]);
          });
        });
      }
      return ready.then(function (forms) {
        if (list.length || forms.length || !word.term || word.term.length < 4 || /\d/.test(word.term)) {
          return [{ terms: [list], quality: 1 }].concat(forms);
        }
        var t = word.term;
        var variants = [t.charAt(1) + t.charAt(0) + t.slice(2), t.slice(1)];
        return Promise.all(variants.map(function (variant) {
          return dictionaryFor(variant).then(function (dictionary) { return candidates(variant, dictionary, false); });
        })).then(function (lists) {
          var typos = [];
          lists.forEach(function (found) {
            found.forEach(function (candidate) {
              candidate.kind = TYPO;
              candidate.quality = Math.min(candidate.quality, 0.5);
              typos.push(candidate);
            });
          });
          return [{ terms: [typos], quality: 1 }];
        });
      });
    });
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
      return joinAdjacent(query.tokens).then(function (words) {
        query.tokens = words;
        return Promise.all(words.map(wordCandidates));
      }).then(function (perToken) {
        var shards = {};
        perToken.forEach(function (forms) {
          forms.forEach(function (form) {
            form.terms.forEach(function (list) {
              list.forEach(function (candidate) { shards[postingsShard(candidate.term)] = true; });
            });
          });
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

  /** By page, the best score (and how it matched, its terms and segment) of one list of candidates. */
  function scoreList(list, shards, total) {
    var byDoc = {};
    list.forEach(function (candidate) {
      var encoded = shards[postingsShard(candidate.term)][candidate.term];
      if (!encoded) {
        return;
      }
      var idf = Math.log(1 + (total - candidate.count + 0.5) / (candidate.count + 0.5));
      decodePostings(encoded, function (doc, impact, segment) {
        var score = impact / 63 * idf * candidate.quality;
        var hit = byDoc[doc] || (byDoc[doc] = { score: 0, kind: TYPO, terms: [], segment: segment });
        if (score > hit.score) {
          hit.score = score;
          hit.segment = segment;
        }
        hit.kind = Math.max(hit.kind, candidate.kind);
        hit.terms.push(candidate.term);
      });
    });
    return byDoc;
  }

  function rank(perToken, shards) {
    var total = manifest.n;
    var hits = {};
    perToken.forEach(function (forms, tokenIndex) {
      forms.forEach(function (form) {
        var lists = form.terms.map(function (list) { return scoreList(list, shards, total); });
        // A form of several words (parts, a split word, a synonym) matches a page that holds them all.
        Object.keys(lists[0] || {}).forEach(function (doc) {
          if (!lists.every(function (byDoc) { return byDoc[doc]; })) {
            return;
          }
          var score = 0;
          var kind = EXACT;
          var terms = [];
          var best = lists[0][doc];
          lists.forEach(function (byDoc) {
            var match = byDoc[doc];
            score += match.score / lists.length;
            kind = Math.min(kind, match.kind);
            terms = terms.concat(match.terms);
            best = match.score > best.score ? match : best;
          });
          score *= form.quality * (form.sum ? lists.length : 1);
          var hit = hits[doc] || (hits[doc] = { doc: +doc, scores: [], kinds: [], terms: [], segment: 0, best: 0 });
          if (!(hit.scores[tokenIndex] >= score)) {
            hit.scores[tokenIndex] = score;
          }
          hit.kinds[tokenIndex] = Math.max(hit.kinds[tokenIndex] || 0, kind);
          terms.forEach(function (term) {
            if (hit.terms.indexOf(term) < 0) {
              hit.terms.push(term);
            }
          });
          if (score > hit.best) {
            hit.best = score;
            hit.segment = best.segment;
          }
        });
      });
    });
    var list = Object.keys(hits).map(function (doc) {
      var hit = hits[doc];
      hit.matched = 0;
      hit.typos = 0;
      hit.score = 0;
      hit.scores.forEach(function (score, i) {
        if (score) {
          hit.matched++;
          hit.score += score;
          hit.typos += hit.kinds[i] === TYPO ? 1 : 0;
        }
      });
      return hit;
    });
    // Pages that match every word come first; the others only show when none does. Among them, a
    // page that needs fewer typos to match comes first, whatever its score.
    var all = list.filter(function (hit) { return hit.matched === perToken.length; });
    var shown = all.length ? all : list;
    shown.sort(function (a, b) { return b.matched - a.matched || a.typos - b.typos || b.score - a.score || a.doc - b.doc; });
    return shown;
  }

  // ---- results -----------------------------------------------------------------------------

  function escapeHtml(text) {
    return text.replace(/[&<>"']/g, function (c) {
      return { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' }[c];
    });
  }

  /**
   * Where the terms start in text: at a word start or an identifier part (LinkedHash|Map). A term
   * that is a stem marks its word's ending too (cach -> caching), and a stem ending in i stands for
   * a word ending in y (polici -> policy).
   */
  function matches(text, terms) {
    var lower = text.toLowerCase();
    var found = [];
    var wanted = [];
    terms.forEach(function (term) {
      if (term && wanted.indexOf(term) < 0) {
        wanted.push(term);
      }
      if (term && term.length > 3 && term.charAt(term.length - 1) === 'i') {
        wanted.push(term.slice(0, -1) + 'y');
      }
    });
    wanted.forEach(function (term) {
      var from = 0;
      var at;
      while ((at = lower.indexOf(term, from)) >= 0) {
        from = at + 1;
        var before = text.charAt(at - 1);
        var here = text.charAt(at);
        var wordStart = at === 0 || !/[\p{L}\p{N}]/u.test(before);
        var partStart = /[\p{Ll}\p{N}]/u.test(before) && /\p{Lu}/u.test(here);
        if (wordStart || partStart || before === '_') {
          var end = at + term.length;
          var rest = /^\p{Ll}*/u.exec(text.slice(end, end + 5))[0];
          found.push([at, end + (rest.length <= 4 && term.length >= 3 ? rest.length : 0)]);
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

  /** The code line of a segment (its fourth field, when it has code) where a term matches, or null. */
  function codeLine(segment, terms) {
    var lines = segment && segment[3] ? segment[3].split('\n') : [];
    for (var i = 0; i < lines.length; i++) {
      if (matches(lines[i], terms).length) {
        return lines[i];
      }
    }
    return null;
  }

  /**
   * What a result shows under its title: the passage of its best segment where a term matches, or of
   * another segment; a page that matched only in code shows the matching code line; else its text.
   */
  function snippet(doc, segmentIndex, terms) {
    var segments = doc.h;
    var best = segments[segmentIndex] || segments[0];
    var order = [best].concat(segments.filter(function (segment) { return segment !== best; }));
    for (var i = 0; i < order.length; i++) {
      if (order[i] && matches(order[i][2], terms).length) {
        return excerpt(order[i][2], terms);
      }
    }
    for (i = 0; i < order.length; i++) {
      var line = codeLine(order[i], terms);
      if (line !== null) {
        return '<code class="qs-code">' + highlight(line, terms) + '</code>';
      }
    }
    return excerpt(best ? best[2] : '', terms);
  }

  function phraseText(doc) {
    var text = [doc.t].concat(doc.h.map(function (segment) { return segment[0] + ' ' + segment[2]; })).join(' ');
    return ' ' + (text.match(WORD) || []).map(normalize).join(' ') + ' ';
  }

  function hasPhrases(doc, phrases) {
    var text = phraseText(doc);
    return phrases.every(function (words) { return text.indexOf(' ' + words.join(' ') + ' ') >= 0; });
  }

  /** The hits whose documents showing {@code count} results needs: a phrase is checked against the best 40. */
  function wantedHits(query, hits, count) {
    return query.phrases.length ? hits.slice(0, MAX_PHRASE_CANDIDATES) : hits.slice(0, count);
  }

  function cached(query, hits, count) {
    return wantedHits(query, hits, count).every(function (hit) { return ready['doc/' + hit.doc] !== undefined; });
  }

  /** The first count pages to show, with their index data; phrases are checked here, against each page's text. */
  function results(query, hits, count) {
    var wanted = wantedHits(query, hits, count);
    return Promise.all(wanted.map(function (hit) { return load('doc/' + hit.doc); })).then(function (docs) {
      var shown = [];
      wanted.forEach(function (hit, i) {
        if (docs[i] && shown.length < count && (!query.phrases.length || hasPhrases(docs[i], query.phrases))) {
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
  var pending = null;   // the timer that fetches result documents once typing pauses
  var current = null;   // the query whose results are shown, for loading the rest of them

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
      '· <span class="qs-chip"><kbd>"a phrase"</kbd> in quotes</span></p>' +
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
    listbox.addEventListener('scroll', function () {
      if (listbox.scrollTop + listbox.clientHeight >= listbox.scrollHeight - 24) {
        more();
      }
    }, { passive: true });
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
        if (step > 0 && active === shownResults.length - 1 && current && !current.more
            && shownResults.length < Math.min(MAX_RESULTS, current.hits.length)) {
          more().then(function () { select(Math.min(active + 1, shownResults.length - 1), true); });
          return;
        }
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

  /**
   * Searches on every keystroke; the index files a word needs load at once, but result documents
   * only for the results on screen, and only when typing pauses (or when they are loaded already):
   * half-typed words cost no result files.
   */
  function run(text) {
    var started = performance.now();
    var mine = ++sequence;
    clearTimeout(pending);
    return loadManifest().then(function () {
      var query = parseQuery(text);
      if (!query.tokens.length) {
        if (mine === sequence) {
          show([], query, text, started, []);
        }
        return null;
      }
      return search(query).then(function (hits) {
        if (mine !== sequence) {
          return null;
        }
        var count = onScreen();
        var complete = false;
        var render = function () {
          return mine !== sequence ? null : results(query, hits, count).then(function (list) {
            if (mine === sequence) {
              complete = true;
              show(list, query, text, started, hits);
            }
          });
        };
        if (cached(query, hits, count)) {
          return render();
        }
        if (!query.phrases.length && manifest.titles) {
          // The titles now, from the small titles files; excerpts when typing pauses.
          titled(hits.slice(0, count)).then(function (list) {
            if (mine === sequence && !complete) {
              show(list, query, text, started, hits, true);
            }
          });
        }
        return new Promise(function (resolve) {
          pending = setTimeout(function () { resolve(render()); }, DEBOUNCE_MS);
        });
      });
    });
  }

  /** Results with what is known of their pages: the document when it is loaded, else its title, link and section. */
  function titled(hits) {
    return Promise.all(hits.map(function (hit) {
      var loadedDoc = ready['doc/' + hit.doc];
      if (loadedDoc) {
        return Promise.resolve({ hit: hit, doc: loadedDoc });
      }
      return load('titles/' + Math.floor(hit.doc / manifest.titles)).then(function (list) {
        var entry = list && list[hit.doc % manifest.titles];
        return entry && { hit: hit, doc: { t: entry[0], u: entry[1], s: entry[2], h: [] } };
      });
    })).then(function (list) { return list.filter(Boolean); });
  }

  /** How many results fit on the screen below the box (at least 3): only their documents are fetched first. */
  function onScreen() {
    var height = window.visualViewport ? window.visualViewport.height : window.innerHeight;
    var first = listbox.querySelector('.qs-result');
    var each = first ? first.getBoundingClientRect().height : 72;
    var room = height - Math.max(0, listbox.getBoundingClientRect().top);
    return Math.max(3, Math.min(MAX_RESULTS, Math.ceil(room / Math.max(40, each))));
  }

  /** The rest of the results, once the reader scrolls or moves past the last one shown. */
  function more() {
    var last = current;
    if (!last || shownResults.length >= Math.min(MAX_RESULTS, last.hits.length) || last.more) {
      return Promise.resolve();
    }
    last.more = true;
    var keep = active;
    return results(last.query, last.hits, MAX_RESULTS).then(function (list) {
      if (current === last) {
        show(list, last.query, last.text, performance.now(), last.hits);
        select(keep, false);
      }
    });
  }

  function link(result, terms) {
    var doc = result.doc;
    var segment = doc.h[result.hit.segment] || doc.h[0];
    var anchor = segment && segment[1] ? '#' + encodeURIComponent(segment[1]) : '';
    return root + doc.u + '?h=' + encodeURIComponent(terms.join(' ')) + anchor;
  }

  /** Every term a query's words stand for, as typed and as stemmed, for highlighting. */
  function queryTerms(query) {
    var terms = [];
    query.tokens.forEach(function (word) {
      terms.push(word.raw);
      if (word.term) {
        terms.push(word.term);
      }
      word.forms.forEach(function (form) { terms = terms.concat(form.terms); });
    });
    query.phrases.forEach(function (words) { terms = terms.concat(words); });
    return terms;
  }

  /**
   * Shows results; partial when they have titles only (their excerpts come after a pause). The list
   * tells tests and benchmarks the time from the keystroke to the first results on screen (data-ms)
   * and, once every result has its excerpt, the query they answer (data-query).
   */
  function show(list, query, text, started, hits, partial) {
    var keep = current && current.text === text && active >= 0 ? active : 0;
    var first = !current || current.started !== started;
    current = { query: query, text: text, hits: hits, more: false, started: started };
    active = -1;
    input.removeAttribute('aria-activedescendant');
    var asked = queryTerms(query);
    shownResults = list.map(function (result) {
      var terms = result.hit.terms.concat(asked);
      terms = terms.filter(function (term, i) { return term && terms.indexOf(term) === i; })
        .sort(function (a, b) { return b.length - a.length; });
      return { result: result, terms: terms, href: link(result, terms) };
    });
    listbox.innerHTML = shownResults.map(function (shown, i) {
      var doc = shown.result.doc;
      var segment = doc.h[shown.result.hit.segment] || doc.h[0];
      var where = escapeHtml(doc.s) + (segment && segment[0] ? ' › ' + highlight(segment[0], shown.terms) : '');
      return '<li role="option" id="qs-option-' + i + '" data-index="' + i + '" aria-selected="false" class="qs-result">' +
        '<a href="' + escapeHtml(shown.href) + '" tabindex="-1">' +
        '<span class="qs-title">' + highlight(doc.t, shown.terms) + '</span>' +
        '<span class="qs-where">' + where + '</span>' +
        '<span class="qs-excerpt">' + snippet(doc, shown.result.hit.segment, shown.terms) + '</span></a></li>';
    }).join('');
    var hasText = text.trim().length > 0;
    var available = query.phrases.length ? shownResults.length : Math.min(MAX_RESULTS, hits.length);
    input.setAttribute('aria-expanded', shownResults.length ? 'true' : 'false');
    status.textContent = !hasText ? '' : shownResults.length === 0 ? 'No results for “' + text.trim() + '”'
      : available > shownResults.length ? shownResults.length + ' of ' + available + ' results'
      : shownResults.length + (shownResults.length === 1 ? ' result' : ' results');
    if (shownResults.length) {
      select(Math.min(keep, shownResults.length - 1), false);
    }
    if (first) {
      listbox.setAttribute('data-ms', (performance.now() - started).toFixed(1));
    }
    if (partial) {
      listbox.removeAttribute('data-query');
    } else {
      listbox.setAttribute('data-query', text);
    }
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

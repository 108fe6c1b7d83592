/*
 * congkhai: search without a server. The portal's search page (tim-kiem/index.html) downloads a small
 * index built when the portal was built: chi-muc.json (what the index holds), one postings file per
 * first letter of a word (chi-muc-X.json; per first two, chi-muc-XY.json, for a letter with very many words) for the words typed, then the titles of the first results
 * (trang-N.json). Every word is folded first, exactly as vn.congkhai.render.search.Folding does at
 * build time: "phuong my phuoc" and "thu tuc dat dai" find "phường Mỹ Phước" and "thủ tục đất đai".
 * Without JavaScript the page says how else to find a page (the site map); this script hides that note.
 */
(function (global) {
  'use strict';

  var MARKS = /[\u0300-\u036f]/g;
  var SEPARATORS;
  try {
    SEPARATORS = new RegExp('[^\\p{L}\\p{N}]+', 'u');
  } catch (e) {
    SEPARATORS = /[^0-9a-z]+/; /* older browsers: folded Vietnamese is plain a-z anyway */
  }

  /* NFD, drop the combining marks (tones, circumflex, breve, horn), đ/Đ to d, lower case. */
  function fold(text) {
    var s = String(text);
    if (s.normalize) {
      s = s.normalize('NFD');
    }
    return s.replace(MARKS, '').replace(/\u0111/g, 'd').replace(/\u0110/g, 'd').toLowerCase();
  }

  function terms(text) {
    return fold(text).split(SEPARATORS).filter(function (t) { return t.length > 0; });
  }

  function plain(c) {
    return /[a-z0-9]/.test(c) ? c : '_';
  }

  /*
   * Which postings file holds a word: its first letter or digit, "_" for anything else; when that letter's file is
   * split (chi-muc.json's split: a national portal's thousands of numbers), its first two, as SearchIndex.shardOf.
   */
  function shardOf(term, split) {
    var first = plain(term.charAt(0));
    return split && split.indexOf(first) >= 0 && term.length > 1 ? first + plain(term.charAt(1)) : first;
  }

  /* The postings files a word needs: its own; the start of a word typed as one letter whose file is split needs them all. */
  function shardsFor(word, prefix, meta) {
    var key = shardOf(word, meta.split);
    if (prefix && word.length === 1 && meta.split && meta.split.indexOf(key) >= 0) {
      return meta.shards.filter(function (s) { return s.charAt(0) === key; });
    }
    return meta.shards.indexOf(key) >= 0 ? [key] : [];
  }

  /*
   * "3.1.a" → [3, 4, 14], "0~3.a" → [0, 1, 2, 3, 13]: page numbers in base 36, each after the first as a gap
   * from the one before; "~n" adds the n pages that follow (SearchIndex.gaps writes them).
   */
  function decode(postings) {
    var out = [];
    var last = 0;
    postings.split('.').forEach(function (part, i) {
      var tilde = part.indexOf('~');
      var gap = parseInt(tilde < 0 ? part : part.substring(0, tilde), 36);
      last = i === 0 ? gap : last + gap;
      out.push(last);
      for (var more = tilde < 0 ? 0 : parseInt(part.substring(tilde + 1), 36); more > 0; more--) {
        out.push(++last);
      }
    });
    return out;
  }

  /* Documents holding a word, with a weight: in the title counts more than in the text, whole word more than a prefix. */
  function match(shard, word, prefix) {
    var found = {};
    if (!shard) {
      return found;
    }
    [['t', 4], ['b', 2]].forEach(function (table) {
      var postings = shard[table[0]] || {};
      Object.keys(postings).forEach(function (key) {
        var weight = key === word ? table[1] : prefix && key.indexOf(word) === 0 ? table[1] - 1 : 0;
        if (weight) {
          decode(postings[key]).forEach(function (id) {
            found[id] = Math.max(found[id] || 0, weight);
          });
        }
      });
    });
    return found;
  }

  /* The share of a page's title the query's words make up: 2 of "Thủ tục hành chính"'s 4 words is 0.5. */
  function cover(lengths, id, wordsInTitle) {
    var n = lengths ? parseInt(lengths.charAt(id), 36) : NaN;
    return n > 0 ? Math.min(1, wordsInTitle / n) : 0;
  }

  /*
   * Every document holding all the words of the query (the last may be the start of a word while typing),
   * best first. load(name) returns a promise of the parsed JSON file of the index with that name.
   */
  function search(query, load, options) {
    var words = terms(query);
    var prefix = !options || options.prefix !== false;
    if (!words.length) {
      return Promise.resolve({words: words, hits: [], meta: null});
    }
    return load('chi-muc.json').then(function (meta) {
      var needs = words.map(function (w, i) { return shardsFor(w, prefix && i === words.length - 1, meta); });
      var keys = [];
      needs.forEach(function (list) {
        list.forEach(function (k) {
          if (keys.indexOf(k) < 0) {
            keys.push(k);
          }
        });
      });
      return Promise.all(keys.map(function (k) { return load('chi-muc-' + k + '.json'); })).then(function (files) {
        var shards = {};
        keys.forEach(function (k, i) { shards[k] = files[i]; });
        var scores = null;
        var inTitle = {};
        words.forEach(function (w, i) {
          var found = {};
          needs[i].forEach(function (k) {
            var part = match(shards[k], w, prefix && i === words.length - 1);
            Object.keys(part).forEach(function (id) {
              found[id] = Math.max(found[id] || 0, part[id]);
            });
          });
          Object.keys(found).forEach(function (id) {
            if (found[id] >= 3) { /* a title weight: 4 whole word, 3 start of a word */
              inTitle[id] = (inTitle[id] || 0) + 1;
            }
          });
          if (scores === null) {
            scores = found;
          } else {
            Object.keys(scores).forEach(function (id) {
              if (found[id]) {
                scores[id] += found[id];
              } else {
                delete scores[id];
              }
            });
          }
        });
        /* Among pages that score alike, the one whose title the query fills most comes first (chi-muc.json's n). */
        var hits = Object.keys(scores).map(function (id) {
          return {id: +id, score: scores[id], cover: cover(meta.n, +id, inTitle[id] || 0)};
        });
        hits.sort(function (a, b) { return b.score - a.score || b.cover - a.cover || a.id - b.id; });
        return {words: words, hits: hits, meta: meta};
      });
    });
  }

  /* The title, address and summary of hits[from .. from+count), loading only the files that hold them. */
  function describe(result, from, count, load) {
    var slice = result.hits.slice(from, from + count);
    var files = [];
    slice.forEach(function (h) {
      var n = Math.floor(h.id / result.meta.chunk);
      if (files.indexOf(n) < 0) {
        files.push(n);
      }
    });
    return Promise.all(files.map(function (n) { return load('trang-' + n + '.json'); })).then(function (loaded) {
      var byFile = {};
      files.forEach(function (n, i) { byFile[n] = loaded[i]; });
      return slice.map(function (h) {
        var d = byFile[Math.floor(h.id / result.meta.chunk)][h.id % result.meta.chunk];
        return {title: d[0], url: d[1], summary: d[2]};
      });
    });
  }

  global.congkhaiTimKiem = {fold: fold, terms: terms, shardOf: shardOf, shardsFor: shardsFor, decode: decode, search: search, describe: describe};

  if (!global.document || !document.querySelector) {
    return;
  }

  var PAGE = 10;

  function init() {
    var form = document.querySelector('form.search-form-page');
    var input = form && form.querySelector('input[name="q"]');
    var list = document.getElementById('ket-qua');
    var status = document.getElementById('trang-thai-tim');
    if (!input || !list || !status || !global.fetch || !global.Promise) {
      return;
    }
    /* The note for browsers that cannot search goes: this one can. */
    Array.prototype.forEach.call(document.querySelectorAll('.search-nojs'), function (note) { note.hidden = true; });
    var root = form.getAttribute('data-root') || '';
    var more = document.getElementById('xem-them');
    var cache = {};
    function load(name) {
      if (!cache[name]) {
        cache[name] = fetch(name).then(function (r) {
          if (!r.ok) {
            throw new Error(name + ': ' + r.status);
          }
          return r.json();
        });
      }
      return cache[name];
    }
    var current = null;
    var shown = 0;
    var generation = 0;

    function show(items) {
      items.forEach(function (item) {
        var li = document.createElement('li');
        var a = document.createElement('a');
        a.href = root + item.url;
        a.textContent = item.title;
        var h = document.createElement('h2');
        h.appendChild(a);
        li.appendChild(h);
        if (item.summary) {
          var p = document.createElement('p');
          p.textContent = item.summary;
          li.appendChild(p);
        }
        list.appendChild(li);
      });
      shown += items.length;
      if (more) {
        more.hidden = !current || shown >= current.hits.length;
      }
    }

    function run(query) {
      var mine = ++generation;
      return search(query, load).then(function (result) {
        if (mine !== generation) {
          return;
        }
        current = result;
        shown = 0;
        list.textContent = '';
        if (!result.words.length) {
          status.textContent = '';
          if (more) {
            more.hidden = true;
          }
          return;
        }
        status.textContent = result.hits.length
          ? 'Tìm thấy ' + result.hits.length + ' trang có “' + query.trim() + '”.'
          : 'Không tìm thấy trang nào có “' + query.trim() + '”. Thử bớt từ, hoặc xem Sơ đồ trang.';
        return describe(result, 0, PAGE, load).then(function (items) {
          if (mine === generation) {
            show(items);
          }
        });
      }).catch(function () {
        if (mine === generation) {
          status.textContent = 'Không tải được chỉ mục tìm kiếm. Hãy thử lại, hoặc xem Sơ đồ trang.';
        }
      });
    }

    var timer = null;
    input.addEventListener('input', function () {
      clearTimeout(timer);
      timer = setTimeout(function () { run(input.value); }, 200);
    });
    form.addEventListener('submit', function (event) {
      event.preventDefault();
      clearTimeout(timer);
      if (global.history && history.replaceState) {
        history.replaceState(null, '', '?q=' + encodeURIComponent(input.value));
      }
      run(input.value);
    });
    if (more) {
      more.addEventListener('click', function () {
        if (current) {
          var mine = generation;
          describe(current, shown, PAGE, load).then(function (items) {
            if (mine === generation) {
              show(items);
            }
          });
        }
      });
    }
    var q = /[?&]q=([^&]*)/.exec(global.location.search);
    if (q) {
      try {
        input.value = decodeURIComponent(q[1].replace(/\+/g, ' '));
      } catch (e) {
        input.value = q[1];
      }
      run(input.value);
    }
  }

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', init);
  } else {
    init();
  }
}(this));

// Injected into every bench page before the app's own scripts (page.addInitScript). Plain JavaScript on purpose:
// functions compiled by tsx carry __name() helpers that do not exist in the page.
// window.__BENCH_READY__ = { selector, text? } may be set just before this script: the first moment an element
// matching it is in the DOM, visible and enabled is recorded (performance.now(), i.e. ms since navigation start).
(function () {
  if (window.__bench) return;
  var bench = {
    commits: [],
    txStarts: [],
    clicks: [],
    ready: null,
    readyPainted: null,
  };
  window.__bench = bench;

  // The committed moment of every readwrite transaction on the app's 'answers' store.
  var originalTransaction = IDBDatabase.prototype.transaction;
  IDBDatabase.prototype.transaction = function (storeNames, mode, options) {
    var tx = originalTransaction.apply(this, arguments);
    try {
      var names = typeof storeNames === 'string' ? [storeNames] : Array.prototype.slice.call(storeNames);
      if (mode === 'readwrite' && this.name === 'swanilai-panti' && names.indexOf('answers') >= 0) {
        bench.txStarts.push(performance.now());
        tx.addEventListener('complete', function () {
          bench.commits.push(performance.now());
        });
      }
    } catch (e) {
      /* never break the app */
    }
    return tx;
  };

  window.addEventListener(
    'click',
    function (event) {
      bench.clicks.push(event.timeStamp);
    },
    true,
  );

  var rule = window.__BENCH_READY__;
  if (rule) {
    var matches = function () {
      var list = document.querySelectorAll(rule.selector);
      for (var i = 0; i < list.length; i++) {
        var el = list[i];
        if (rule.text && (el.textContent || '').indexOf(rule.text) < 0) continue;
        if (el.matches(':disabled')) continue;
        if (!el.getClientRects().length) continue;
        return true;
      }
      return false;
    };
    var observer = new MutationObserver(function () {
      if (bench.ready !== null || !matches()) return;
      bench.ready = performance.now();
      observer.disconnect();
      requestAnimationFrame(function () {
        // The frame with the element is painted right after this callback; a task queued now runs after it.
        var channel = new MessageChannel();
        channel.port1.onmessage = function () {
          bench.readyPainted = performance.now();
        };
        channel.port2.postMessage(0);
      });
    });
    observer.observe(document, { childList: true, subtree: true, attributes: true, characterData: true });
  }

  // A bare IndexedDB put, each in its own readwrite transaction, on a separate database: the baseline.
  bench.barePut = function (count) {
    return new Promise(function (resolve, reject) {
      var open = indexedDB.open('bench-baseline', 1);
      open.onupgradeneeded = function () {
        open.result.createObjectStore('kv', { keyPath: ['assessmentId', 'itemId'] });
      };
      open.onerror = function () {
        reject(open.error);
      };
      open.onsuccess = function () {
        var db = open.result;
        var times = [];
        var i = 0;
        var next = function () {
          if (i >= count) {
            db.close();
            resolve(times);
            return;
          }
          var t0 = performance.now();
          var tx = db.transaction('kv', 'readwrite');
          tx.objectStore('kv').put({
            assessmentId: 'bench',
            itemId: 'KLB-1.' + (i % 10),
            level: i % 5,
            na: false,
            naReason: '',
            note: '',
            updatedAt: new Date().toISOString(),
          });
          tx.oncomplete = function () {
            times.push(performance.now() - t0);
            i++;
            setTimeout(next, 30);
          };
          tx.onerror = function () {
            reject(tx.error);
          };
        };
        next();
      };
    });
  };

  // Arms a watcher for the chosen level being shown: the radio with data-testid `testId` checked and its label
  // marked 'is-checked', painted. Sets bench.shown (performance.now()) and remembers which click comes next.
  bench.armShown = function (testId) {
    bench.shown = null;
    bench.armedClickIndex = bench.clicks.length;
    bench.armedCommitIndex = bench.commits.length;
    var check = function () {
      var input = document.querySelector('[data-testid="' + testId + '"]');
      var label = input && input.closest('label');
      return Boolean(input && input.checked && (!label || label.classList.contains('is-checked')));
    };
    var observer = new MutationObserver(function () {
      if (!check()) return;
      observer.disconnect();
      requestAnimationFrame(function () {
        var channel = new MessageChannel();
        channel.port1.onmessage = function () {
          bench.shown = performance.now();
        };
        channel.port2.postMessage(0);
      });
    });
    observer.observe(document.body, { subtree: true, attributes: true, attributeFilter: ['class', 'checked'], childList: true });
  };

  // The result of the armed choice, once both the paint and the commit happened (else null).
  bench.choiceResult = function () {
    var click = bench.clicks[bench.armedClickIndex];
    var commit = bench.commits[bench.armedCommitIndex];
    if (click === undefined || commit === undefined || bench.shown === null) return null;
    return { click: click, commit: commit, shown: bench.shown, txStart: bench.txStarts[bench.armedCommitIndex] };
  };

  // Setup for the report figure: photo-like JPEGs (1600×1200 at quality 0.8 and a 240×180 thumbnail at 0.7, as the
  // evidence screen stores them) drawn here, written with their evidence rows into the app's database.
  bench.seedPhotos = function (docs) {
    var draw = function (w, h, seed, quality) {
      var canvas = new OffscreenCanvas(w, h);
      var g = canvas.getContext('2d');
      var grad = g.createLinearGradient(0, 0, w, h);
      grad.addColorStop(0, 'hsl(' + ((seed * 47) % 360) + ',45%,55%)');
      grad.addColorStop(1, 'hsl(' + ((seed * 91 + 120) % 360) + ',35%,35%)');
      g.fillStyle = grad;
      g.fillRect(0, 0, w, h);
      var x = seed * 9301 + 49297;
      var rnd = function () {
        x = (x * 9301 + 49297) % 233280;
        return x / 233280;
      };
      for (var k = 0; k < 400; k++) {
        g.fillStyle = 'hsla(' + Math.floor(rnd() * 360) + ',40%,' + Math.floor(30 + rnd() * 50) + '%,0.6)';
        g.fillRect(rnd() * w, rnd() * h, (rnd() * w) / 6, (rnd() * h) / 6);
      }
      // Fine grain, as a camera sensor leaves it (what makes real photos weigh 200–500 KB).
      var img = g.getImageData(0, 0, w, h);
      for (var p = 0; p < img.data.length; p += 4) {
        var n = (rnd() - 0.5) * 28;
        img.data[p] += n;
        img.data[p + 1] += n;
        img.data[p + 2] += n;
      }
      g.putImageData(img, 0, 0);
      return canvas.convertToBlob({ type: 'image/jpeg', quality: quality });
    };
    return Promise.all(
      docs.map(function (doc, i) {
        return Promise.all([draw(1600, 1200, i + 1, 0.8), draw(240, 180, i + 1, 0.7)]).then(function (b) {
          return { doc: doc, blob: b[0], thumb: b[1] };
        });
      }),
    ).then(function (rows) {
      return new Promise(function (resolve, reject) {
        var open = indexedDB.open('swanilai-panti');
        open.onerror = function () {
          reject(open.error);
        };
        open.onsuccess = function () {
          var db = open.result;
          var tx = db.transaction(['evidence', 'evidenceFiles'], 'readwrite');
          var bytes = 0;
          rows.forEach(function (r) {
            r.doc.size = r.blob.size;
            bytes += r.blob.size;
            tx.objectStore('evidence').put(r.doc);
            tx.objectStore('evidenceFiles').put({ id: r.doc.id, blob: r.blob, thumb: r.thumb });
          });
          tx.oncomplete = function () {
            db.close();
            resolve(bytes);
          };
          tx.onerror = function () {
            reject(tx.error);
          };
        };
      });
    });
  };

  // Clicks on a download link (the app saves a generated file by clicking an <a download>): the file is ready.
  bench.downloads = [];
  window.addEventListener(
    'click',
    function (event) {
      var a = event.target && event.target.closest && event.target.closest('a[download]');
      if (a) bench.downloads.push(performance.now());
    },
    true,
  );

  // Change events of file inputs (the user picked files): the start of an import.
  bench.fileChanges = [];
  window.addEventListener(
    'change',
    function (event) {
      if (event.target && event.target.type === 'file') bench.fileChanges.push(event.timeStamp);
    },
    true,
  );

  // Records (bench.done) the first moment every `all` rule {selector, text?} matches and no `absent` selector does.
  bench.armDone = function (all, absent) {
    bench.done = null;
    var ok = function () {
      for (var i = 0; i < all.length; i++) {
        var el = document.querySelector(all[i].selector);
        if (!el || (all[i].text && (el.textContent || '').indexOf(all[i].text) < 0)) return false;
      }
      return !(absent && document.querySelector(absent));
    };
    var observer = new MutationObserver(function () {
      if (bench.done !== null || !ok()) return;
      bench.done = performance.now();
      observer.disconnect();
    });
    observer.observe(document.body, { subtree: true, childList: true, characterData: true, attributes: true });
  };

  // A fixed amount of work, to check that CPU throttling is in force on this page.
  bench.spin = function () {
    var t0 = performance.now();
    var x = 0;
    for (var k = 0; k < 3e6; k++) x += Math.sqrt(k);
    return performance.now() - t0 + (x < 0 ? 1 : 0);
  };
})();

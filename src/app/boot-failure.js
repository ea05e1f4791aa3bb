// Written into index.html as an inline script (vite.config.ts, bootFailure), before the app's own scripts: when the
// app's code cannot be fetched (a first visit whose network drops mid-load), the page says so instead of staying
// white. It covers the entry module and every chunk it imports statically (the browser fires "error" at the
// <script type="module"> element when any of them fails), and src/main.tsx calls it when the app's start cannot be
// imported. Plain ES5 with no imports: it must run when nothing else could be loaded.
(function () {
  function show() {
    var root = document.getElementById('root');
    if (!root) return;
    var card = document.createElement('div');
    card.setAttribute('role', 'alert');
    card.className = 'card danger';
    var title = document.createElement('h1');
    title.textContent = 'Aplikasi gagal dimuat';
    var text = document.createElement('p');
    text.textContent = 'Periksa sambungan internet, lalu muat ulang halaman ini. Data yang tersimpan di perangkat ini tidak hilang.';
    var reload = document.createElement('button');
    reload.type = 'button';
    reload.textContent = 'Muat ulang';
    reload.addEventListener('click', function () {
      location.reload();
    });
    card.appendChild(title);
    card.appendChild(text);
    card.appendChild(reload);
    var main = document.createElement('main');
    main.appendChild(card);
    root.replaceChildren(main);
  }
  window.swanilaiBootFailed = show;
  // "error" at a script element does not bubble: listen in the capture phase.
  window.addEventListener(
    'error',
    function (event) {
      var target = event.target;
      if (target && target.tagName === 'SCRIPT' && target.type === 'module') show();
    },
    true,
  );
})();

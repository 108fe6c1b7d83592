// congkhai preview only (never published): reloads the page when the preview server has built again.
// The server holds `?after=N` until a build after N has finished (or 20 s passed), so the page reloads the
// moment its rebuild is done: no polling interval between an edit and what it shows.
(function () {
  'use strict';
  var seen = null;
  function poll() {
    fetch('/_congkhai/version' + (seen === null ? '' : '?after=' + encodeURIComponent(seen)), { cache: 'no-store' })
      .then(function (r) { return r.text(); })
      .then(function (v) {
        if (seen !== null && v !== seen) {
          window.location.reload();
          return;
        }
        seen = v;
        setTimeout(poll, 100);
      })
      .catch(function () { setTimeout(poll, 2000); });
  }
  poll();
})();

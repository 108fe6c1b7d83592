// congkhai preview only (never published): reloads the page when the preview server has built again.
(function () {
  'use strict';
  var seen = null;
  function poll() {
    fetch('/_congkhai/version', { cache: 'no-store' })
      .then(function (r) { return r.text(); })
      .then(function (v) {
        if (seen !== null && v !== seen) {
          window.location.reload();
          return;
        }
        seen = v;
        setTimeout(poll, 700);
      })
      .catch(function () { setTimeout(poll, 2000); });
  }
  poll();
})();

/*
 * congkhai: progressive enhancement only. The portal works fully without this file.
 * Tables with class "sortable" get sort buttons in their column headers (aria-sort kept up to date).
 * Cells with no figure ("chưa chấm", "—", class "unscored") always sort last.
 */
(function () {
  'use strict';
  if (!document.querySelectorAll || !Array.prototype.forEach) {
    return;
  }

  var collator = window.Intl && Intl.Collator ? new Intl.Collator('vi', {numeric: true, sensitivity: 'base'}) : null;

  function text(cell) {
    return cell ? (cell.textContent || '').replace(/\s+/g, ' ').trim() : '';
  }

  /* A figure as Vietnamese write it ("7,5"), or null when the cell has none. */
  function figure(cell) {
    if (!cell || cell.classList.contains('unscored')) {
      return null;
    }
    var m = text(cell).match(/^-?\d+(?:[.,]\d+)?/);
    return m ? parseFloat(m[0].replace(',', '.')) : null;
  }

  /* What a header says, without the parts hidden from screen readers or the "/max" suffix. */
  function label(button) {
    var copy = button.cloneNode(true);
    Array.prototype.forEach.call(copy.querySelectorAll('[aria-hidden="true"], .max'), function (n) {
      n.parentNode.removeChild(n);
    });
    return text(copy);
  }

  function sortBy(table, column, headers, button) {
    var body = table.tBodies[0];
    if (!body) {
      return;
    }
    var th = headers[column];
    var descending = th.getAttribute('aria-sort') === 'ascending';
    var rows = Array.prototype.slice.call(body.rows);
    var numeric = rows.some(function (r) { return figure(r.cells[column]) !== null; });
    var keyed = rows.map(function (row, i) {
      var cell = row.cells[column];
      return {row: row, i: i, n: numeric ? figure(cell) : null, t: text(cell)};
    });
    keyed.sort(function (a, b) {
      var c;
      if (numeric) {
        if (a.n === null || b.n === null) {
          c = a.n === null ? (b.n === null ? 0 : 1) : -1;
          return c || a.i - b.i; /* rows without a figure stay last, in their order */
        }
        c = a.n - b.n;
      } else {
        c = collator ? collator.compare(a.t, b.t) : (a.t < b.t ? -1 : a.t > b.t ? 1 : 0);
      }
      return (descending ? -c : c) || a.i - b.i;
    });
    keyed.forEach(function (k) { body.appendChild(k.row); });
    headers.forEach(function (h) { h.removeAttribute('aria-sort'); });
    th.setAttribute('aria-sort', descending ? 'descending' : 'ascending');
    var status = table.parentNode.querySelector('.sort-status') || document.querySelector('.sort-status');
    if (status) {
      status.textContent = 'Đã sắp xếp theo ' + label(button) + (descending ? ', giảm dần.' : ', tăng dần.');
    }
  }

  function enhance(table) {
    var head = table.tHead;
    if (!head || !head.rows.length || !table.tBodies.length) {
      return;
    }
    var headers = Array.prototype.slice.call(head.rows[0].cells);
    if (headers.some(function (h) { return h.colSpan > 1; })) {
      return; /* only simple tables */
    }
    if (!document.querySelector('.sort-status')) {
      var status = document.createElement('p');
      status.className = 'sort-status vh';
      status.setAttribute('role', 'status');
      table.parentNode.parentNode.insertBefore(status, table.parentNode.nextSibling);
    }
    headers.forEach(function (th, column) {
      var button = document.createElement('button');
      button.type = 'button';
      button.className = 'sort-btn';
      while (th.firstChild) {
        button.appendChild(th.firstChild);
      }
      th.appendChild(button);
      button.addEventListener('click', function () { sortBy(table, column, headers, button); });
    });
    /* The rows arrive in rank order. */
    if (headers[0] && headers[0].classList.contains('col-rank')) {
      headers[0].setAttribute('aria-sort', 'ascending');
    }
    var caption = table.caption;
    if (caption) {
      var hint = document.createElement('span');
      hint.className = 'vh';
      hint.textContent = '. Bấm vào tiêu đề cột để sắp xếp.';
      caption.appendChild(hint);
    }
  }

  /* "In trang": the button is hidden until this script can make it print. */
  function enablePrint() {
    if (!window.print) {
      return;
    }
    Array.prototype.forEach.call(document.querySelectorAll('.print-action'), function (p) {
      var button = p.querySelector('button');
      if (button) {
        button.addEventListener('click', function () { window.print(); });
        p.hidden = false;
      }
    });
  }

  function init() {
    enablePrint();
    Array.prototype.forEach.call(document.querySelectorAll('table.sortable'), function (t) {
      try {
        enhance(t);
      } catch (e) {
        /* leave the table as served */
      }
    });
  }

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', init);
  } else {
    init();
  }
}());

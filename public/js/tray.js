/*
 * The tray without page reloads (progressive enhancement; without this script every button is a plain form POST
 * answered with 303 back to the page). Forms marked data-tray ("Lisää Tarjottimelle" / "Poista Tarjottimelta") are
 * sent with fetch asking for JSON (src/modules/referrals/tray.routes.tsx): the answer gives the button's new label
 * and action, the header link's text and a sentence for a polite live region. Any failure (CSRF, a full tray, the
 * network) falls back to sending the form the ordinary way, so the person sees the server's page. Links and buttons
 * marked data-print call the browser's print dialog (without this script the links open a printable page).
 * This file holds no text of its own.
 */
(function () {
  'use strict';

  var status = document.createElement('div');
  status.setAttribute('role', 'status');
  status.setAttribute('aria-live', 'polite');
  status.className = 'visually-hidden';
  status.id = 'tray-status';
  document.body.appendChild(status);

  function announce(text) {
    // Clear first so that the same sentence twice is announced twice.
    status.textContent = '';
    window.setTimeout(function () {
      status.textContent = text;
    }, 50);
  }

  function enhance(form) {
    form.addEventListener('submit', function (event) {
      if (form.getAttribute('data-busy') === '1') {
        event.preventDefault();
        return;
      }
      event.preventDefault();
      var button = form.querySelector('button[type="submit"]');
      form.setAttribute('data-busy', '1');
      if (button) button.setAttribute('aria-disabled', 'true');
      var body = new URLSearchParams(new FormData(form));
      fetch(form.action, {
        method: 'POST',
        body: body,
        credentials: 'same-origin',
        headers: { Accept: 'application/json', 'Content-Type': 'application/x-www-form-urlencoded' },
      })
        .then(function (response) {
          if (!response.ok) throw new Error('tray ' + response.status);
          return response.json();
        })
        .then(function (state) {
          form.action = state.action;
          var label = form.querySelector('.tray-label');
          if (label) label.textContent = state.label;
          if (button) {
            button.classList.toggle('button-secondary', state.onTray);
            button.removeAttribute('aria-disabled');
          }
          var link = document.getElementById('tray-link');
          if (link) link.textContent = state.headerLabel;
          form.removeAttribute('data-busy');
          announce(state.message);
        })
        .catch(function () {
          form.removeAttribute('data-busy');
          HTMLFormElement.prototype.submit.call(form);
        });
    });
  }

  var forms = document.querySelectorAll('form[data-tray]');
  for (var i = 0; i < forms.length; i++) enhance(forms[i]);

  var printers = document.querySelectorAll('[data-print]');
  for (var j = 0; j < printers.length; j++) {
    var el = printers[j];
    if (el.hidden) el.hidden = false;
    el.addEventListener('click', function (event) {
      event.preventDefault();
      window.print();
    });
  }
})();

/*
 * Suggestions as you type on the front page (progressive enhancement; without this script the form is a plain GET
 * form). Turns the keyword field into a WAI-ARIA 1.2 combobox with a listbox popup: arrow keys move through the
 * suggestions (aria-activedescendant), Enter chooses, Escape closes (a second Escape clears the text), a polite live
 * region announces how many suggestions there are. Data: GET /api/suggest?q=&lang= (src/modules/search/suggest.ts);
 * texts come from the field's data-suggest attribute, so this file holds no text of its own.
 */
(function () {
  'use strict';
  var DEBOUNCE_MS = 250;
  var MIN_CHARS = 2;
  var GROUPS = ['needs', 'supports', 'targets', 'organizations', 'municipalities'];
  var FILTER = { needs: 'need', supports: 'support', targets: 'target' };

  function init(input) {
    var config;
    try {
      config = JSON.parse(input.getAttribute('data-suggest') || '');
    } catch (e) {
      return;
    }
    var form = input.form;
    var field = input.parentNode;
    var listId = input.id + '-listbox';
    var list = document.createElement('div');
    list.id = listId;
    list.setAttribute('role', 'listbox');
    list.setAttribute('aria-label', config.text.listLabel);
    list.className = 'suggest-list';
    list.hidden = true;
    var status = document.createElement('div');
    status.setAttribute('role', 'status');
    status.className = 'visually-hidden';
    field.classList.add('suggest-field');
    field.appendChild(list);
    field.appendChild(status);

    input.setAttribute('role', 'combobox');
    input.setAttribute('aria-autocomplete', 'list');
    input.setAttribute('aria-expanded', 'false');
    input.setAttribute('aria-controls', listId);

    var options = []; // { el, item, group }
    var active = -1;
    var timer = 0;
    var controller = null;
    var lastQuery = '';

    function announce(text) {
      status.textContent = text;
    }

    function open() {
      if (options.length === 0) return;
      list.hidden = false;
      input.setAttribute('aria-expanded', 'true');
    }

    function close() {
      list.hidden = true;
      input.setAttribute('aria-expanded', 'false');
      setActive(-1);
    }

    function setActive(index) {
      if (active >= 0 && options[active]) options[active].el.setAttribute('aria-selected', 'false');
      active = index;
      if (active >= 0 && options[active]) {
        var el = options[active].el;
        el.setAttribute('aria-selected', 'true');
        input.setAttribute('aria-activedescendant', el.id);
        if (el.scrollIntoView) el.scrollIntoView({ block: 'nearest' });
      } else {
        input.removeAttribute('aria-activedescendant');
      }
    }

    function render(data) {
      list.textContent = '';
      options = [];
      active = -1;
      input.removeAttribute('aria-activedescendant');
      GROUPS.forEach(function (group) {
        var items = (data && data[group]) || [];
        if (items.length === 0) return;
        var box = document.createElement('div');
        box.setAttribute('role', 'group');
        var heading = document.createElement('div');
        heading.setAttribute('role', 'presentation');
        heading.className = 'suggest-group';
        heading.id = listId + '-' + group;
        heading.textContent = config.text.groups[group];
        box.setAttribute('aria-labelledby', heading.id);
        box.appendChild(heading);
        items.forEach(function (item) {
          var el = document.createElement('div');
          el.setAttribute('role', 'option');
          el.setAttribute('aria-selected', 'false');
          el.id = listId + '-' + options.length;
          el.className = 'suggest-option';
          el.textContent = item.label;
          var index = options.length;
          el.addEventListener('mousedown', function (event) {
            event.preventDefault(); // keep the focus in the field
          });
          el.addEventListener('click', function () {
            choose(index);
          });
          box.appendChild(el);
          options.push({ el: el, item: item, group: group });
        });
        list.appendChild(box);
      });
      if (options.length === 0) {
        close();
        announce(config.text.none);
      } else {
        open();
        announce(options.length === 1 ? config.text.countOne : config.text.count.replace('{count}', String(options.length)));
      }
    }

    function fetchSuggestions() {
      var q = input.value.trim();
      if (q.length < MIN_CHARS) {
        lastQuery = '';
        render(null);
        announce('');
        return;
      }
      if (q === lastQuery) return;
      lastQuery = q;
      if (controller) controller.abort();
      controller = typeof AbortController === 'function' ? new AbortController() : null;
      var url = config.url + '?q=' + encodeURIComponent(q) + '&lang=' + encodeURIComponent(config.lang);
      fetch(url, { headers: { accept: 'application/json' }, signal: controller ? controller.signal : undefined })
        .then(function (res) {
          return res.ok ? res.json() : null;
        })
        .then(function (data) {
          if (data && input.value.trim() === q) render(data);
        })
        .catch(function () {
          /* offline, aborted or limited: the plain form still works */
        });
    }

    /** The results page with this filter, keeping the other choices of the form (but not the typed text). */
    function filterUrl(name, code) {
      var params = new URLSearchParams();
      Array.prototype.forEach.call(form.elements, function (el) {
        if (!el.name || el.name === 'q' || el.name === name || el.disabled || el.value === '') return;
        if (el.tagName === 'BUTTON') return;
        params.append(el.name, el.value);
      });
      params.append(name, code);
      return form.action.split('?')[0] + '?' + params.toString();
    }

    function choose(index) {
      var chosen = options[index];
      if (!chosen) return;
      var item = chosen.item;
      if (chosen.group === 'organizations') {
        window.location.assign(item.url);
      } else if (chosen.group === 'municipalities') {
        var area = form.elements.namedItem('municipality');
        close();
        if (area && area.querySelector('option[value="' + item.code + '"]')) {
          area.value = item.code;
          input.value = '';
          lastQuery = '';
          announce(config.text.areaSet.replace('{name}', item.label));
        } else {
          window.location.assign(item.url);
        }
      } else {
        window.location.assign(filterUrl(FILTER[chosen.group], item.code));
      }
    }

    input.addEventListener('input', function () {
      window.clearTimeout(timer);
      timer = window.setTimeout(fetchSuggestions, DEBOUNCE_MS);
    });

    input.addEventListener('keydown', function (event) {
      var expanded = !list.hidden;
      switch (event.key) {
        case 'ArrowDown':
          event.preventDefault();
          if (!expanded) {
            open();
            if (!list.hidden && !event.altKey) setActive(0);
          } else if (!event.altKey) {
            setActive(active + 1 >= options.length ? 0 : active + 1);
          }
          break;
        case 'ArrowUp':
          event.preventDefault();
          if (!expanded) {
            open();
            if (!list.hidden) setActive(options.length - 1);
          } else {
            setActive(active <= 0 ? options.length - 1 : active - 1);
          }
          break;
        case 'Enter':
          if (expanded && active >= 0) {
            event.preventDefault();
            choose(active);
          }
          break;
        case 'Escape':
          if (expanded) {
            event.preventDefault();
            close();
          } else if (input.value !== '') {
            event.preventDefault();
            input.value = '';
            lastQuery = '';
            render(null);
            announce('');
          }
          break;
        case 'Tab':
          close();
          break;
        default:
          break;
      }
    });

    input.addEventListener('blur', function () {
      close();
    });
  }

  function start() {
    var fields = document.querySelectorAll('input[data-suggest]');
    for (var i = 0; i < fields.length; i++) init(fields[i]);
  }

  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', start);
  else start();
})();

/*
 * The care centre's info-screen kiosk (/kiosk/{token}, src/modules/centres/kiosk.views.tsx). ES5 only and no
 * framework, for old browser-based screen players. Shows one slide at a time (data-slide-seconds), and every
 * data-refresh-seconds fetches the small JSON at data-content ({ slides: [{ id, src, alt }] }) with XMLHttpRequest:
 * new slides are added and expired ones removed without reloading the page (no reload loop); when the request fails
 * or answers anything but 200 with valid JSON, the slides shown last stay. A wrong or renewed token answers 404: the
 * screen then keeps its last content too (the liaison gives it the new address).
 */
(function () {
  'use strict';
  var main = document.getElementById('kiosk');
  if (!main) return;
  var contentUrl = main.getAttribute('data-content');
  var slideMs = Math.max(3, parseInt(main.getAttribute('data-slide-seconds'), 10) || 12) * 1000;
  var refreshMs = Math.max(15, parseInt(main.getAttribute('data-refresh-seconds'), 10) || 120) * 1000;
  var box = main.querySelector('.kiosk-slides');
  var empty = main.querySelector('.kiosk-empty');
  var current = 0;

  function slides() {
    return box.querySelectorAll('.kiosk-slide');
  }

  function show(index) {
    var all = slides();
    for (var i = 0; i < all.length; i++) all[i].hidden = i !== index;
    empty.hidden = all.length > 0;
    current = index;
  }

  function next() {
    var all = slides();
    if (all.length > 0) show((current + 1) % all.length);
  }

  function idsOf(list) {
    var ids = [];
    for (var i = 0; i < list.length; i++) ids.push(list[i].id);
    return ids.join(',');
  }

  function shownIds() {
    var all = slides();
    var ids = [];
    for (var i = 0; i < all.length; i++) ids.push(all[i].getAttribute('data-id'));
    return ids.join(',');
  }

  function replace(list) {
    if (idsOf(list) === shownIds()) return;
    var keep = {};
    var all = slides();
    for (var i = 0; i < all.length; i++) keep[all[i].getAttribute('data-id')] = all[i];
    while (box.firstChild) box.removeChild(box.firstChild);
    for (var j = 0; j < list.length; j++) {
      var item = list[j];
      var figure = keep[item.id];
      if (!figure) {
        figure = document.createElement('figure');
        figure.className = 'kiosk-slide';
        figure.setAttribute('data-id', item.id);
        var img = document.createElement('img');
        img.src = item.src;
        img.alt = item.alt;
        figure.appendChild(img);
      }
      box.appendChild(figure);
    }
    show(0);
  }

  function refresh() {
    var xhr = new XMLHttpRequest();
    xhr.open('GET', contentUrl, true);
    xhr.timeout = 20000;
    xhr.setRequestHeader('Accept', 'application/json');
    xhr.onreadystatechange = function () {
      if (xhr.readyState !== 4 || xhr.status !== 200) return;
      var data;
      try {
        data = JSON.parse(xhr.responseText);
      } catch (e) {
        return;
      }
      if (data && data.slides && data.slides.length !== undefined) replace(data.slides);
    };
    try {
      xhr.send();
    } catch (e) {
      // Offline: keep the last good slides.
    }
  }

  show(0);
  setInterval(next, slideMs);
  setInterval(refresh, refreshMs);
})();

/*
 * The live conversation of a peer-help request (progressive enhancement; without this script new messages appear on
 * reload and posting stays an ordinary form). The list #conversation-messages names its Server-Sent Events stream
 * (data-stream) and the last message on the page (data-after); each event is a message as plain data: its id, the
 * line above it, its text in parts (text, or a link's text and address) and a sentence for the polite live region.
 * Everything is inserted as text nodes; a link becomes an anchor only for an http(s) or mailto address. The browser's
 * EventSource reconnects by itself (sending the last event's id). This file holds no text of its own.
 */
(function () {
  'use strict';

  var list = document.getElementById('conversation-messages');
  if (!list || typeof window.EventSource !== 'function') return;
  var url = list.getAttribute('data-stream');
  if (!url) return;
  var after = list.getAttribute('data-after');
  if (after) url += (url.indexOf('?') === -1 ? '?' : '&') + 'after=' + encodeURIComponent(after);

  var status = document.createElement('div');
  status.setAttribute('role', 'status');
  status.setAttribute('aria-live', 'polite');
  status.className = 'visually-hidden';
  status.id = 'conversation-status';
  document.body.appendChild(status);

  function announce(text) {
    status.textContent = '';
    window.setTimeout(function () {
      status.textContent = text;
    }, 50);
  }

  var seen = {};
  var items = list.getElementsByTagName('li');
  for (var i = 0; i < items.length; i++) seen[items[i].getAttribute('data-id')] = true;

  function paragraph(className) {
    var p = document.createElement('p');
    p.className = className;
    return p;
  }

  function build(message) {
    var li = document.createElement('li');
    li.setAttribute('data-id', message.id);
    var meta = paragraph('message-meta');
    meta.appendChild(document.createTextNode(String(message.meta)));
    li.appendChild(meta);
    var text = paragraph('message-text');
    var parts = message.parts || [];
    for (var j = 0; j < parts.length; j++) {
      var part = parts[j];
      var words = document.createTextNode(String(part.text));
      if (typeof part.href === 'string' && /^(https?:|mailto:)/i.test(part.href)) {
        var a = document.createElement('a');
        a.setAttribute('href', part.href);
        a.setAttribute('rel', 'noopener noreferrer nofollow ugc');
        a.appendChild(words);
        text.appendChild(a);
      } else {
        text.appendChild(words);
      }
    }
    li.appendChild(text);
    return li;
  }

  var source = new EventSource(url);
  source.onmessage = function (event) {
    var message;
    try {
      message = JSON.parse(event.data);
    } catch (err) {
      return;
    }
    if (!message || typeof message.id !== 'string' || seen[message.id]) return;
    seen[message.id] = true;
    list.appendChild(build(message));
    var none = document.getElementById('conversation-none');
    if (none && none.parentNode) none.parentNode.removeChild(none);
    if (message.announce) announce(String(message.announce));
  };
  window.addEventListener('pagehide', function () {
    source.close();
  });
})();

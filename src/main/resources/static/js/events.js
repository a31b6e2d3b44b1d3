// "Visa fler": the next page of the programme is fetched and put in place of the link,
// and focus moves to its first programme item; without JavaScript the link opens the
// next page instead.
(function () {
  'use strict';
  document.addEventListener('click', function (event) {
    var link = event.target.closest && event.target.closest('.ev-more a[data-next]');
    if (!link || !window.fetch || !window.DOMParser) {
      return;
    }
    event.preventDefault();
    if (link.getAttribute('aria-busy') === 'true') {
      return;
    }
    link.setAttribute('aria-busy', 'true');
    fetch(link.href, { headers: { 'Accept': 'text/html' } })
      .then(function (response) {
        if (!response.ok) {
          throw new Error(response.status);
        }
        return response.text();
      })
      .then(function (html) {
        var next = new DOMParser().parseFromString(html, 'text/html').getElementById(link.getAttribute('data-next'));
        if (!next) {
          throw new Error('no next page');
        }
        var chunk = document.importNode(next, true);
        link.closest('.ev-more').replaceWith(chunk);
        // what the page now shows: from the first item to the last one fetched
        var shown = document.querySelector('.ev-shown');
        if (shown && chunk.getAttribute('data-shown')) {
          shown.textContent = chunk.getAttribute('data-shown');
        }
        document.dispatchEvent(new CustomEvent('helhet:programme-items', { detail: chunk }));
        var first = chunk.querySelector('.ev-list a');
        if (first) {
          first.focus();
        }
      })
      .catch(function () {
        window.location.href = link.href;
      });
  });
}());

// "Mitt program": the visitor stars events; the picks are kept only in this browser
// (localStorage), per programme. Without JavaScript the programme works as before, just
// without stars. The server computes clashes and the .ics from the numbers in the link.
(function () {
  'use strict';
  var nav = document.querySelector('[data-my-programme]');
  if (!nav || !window.localStorage) {
    return;
  }
  var slug = nav.getAttribute('data-my-programme');
  var key = 'helhet-mitt-program:' + slug;
  var label = nav.textContent.trim();

  function read() {
    try {
      var value = JSON.parse(localStorage.getItem(key) || '[]');
      return Array.isArray(value) ? value.filter(function (n) { return /^\d{1,6}$/.test(String(n)); }).map(String) : [];
    } catch (e) {
      return [];
    }
  }

  function write(picks) {
    localStorage.setItem(key, JSON.stringify(picks));
  }

  function href(picks) {
    return '/evenemang/' + slug + '/mitt-program' + (picks.length ? '?ids=' + picks.join(',') : '');
  }

  function refresh() {
    var picks = read();
    nav.setAttribute('href', href(picks));
    var count = nav.querySelector('.my-count');
    if (count) {
      count.textContent = picks.length ? ' (' + picks.length + ')' : '';
    }
    document.querySelectorAll('button.star').forEach(function (button) {
      button.setAttribute('aria-pressed', picks.indexOf(button.getAttribute('data-n')) >= 0 ? 'true' : 'false');
    });
  }

  function toggle(n) {
    var picks = read();
    var at = picks.indexOf(n);
    if (at >= 0) {
      picks.splice(at, 1);
    } else {
      picks.push(n);
    }
    write(picks);
    refresh();
    if (document.body.classList.contains('my-programme-page')) {
      window.location.replace(href(picks));
    }
  }

  function star(n, title) {
    var button = document.createElement('button');
    button.type = 'button';
    button.className = 'star';
    button.setAttribute('data-n', n);
    button.setAttribute('aria-pressed', 'false');
    button.setAttribute('aria-label', label + ': ' + title);
    button.innerHTML = '<span aria-hidden="true">★</span>';
    button.addEventListener('click', function () { toggle(n); });
    return button;
  }

  function addStars(root) {
    root.querySelectorAll('li.ev[data-n]').forEach(function (item) {
      var link = item.querySelector('a');
      item.appendChild(star(item.getAttribute('data-n'), link ? link.textContent : ''));
    });
  }

  addStars(document);
  document.addEventListener('helhet:programme-items', function (event) {
    addStars(event.detail);
    refresh();
  });
  var article = document.querySelector('article.ev-page[data-n]');
  if (article) {
    var slot = article.querySelector('.ev-star-slot');
    var button = star(article.getAttribute('data-n'), article.querySelector('h1').textContent);
    button.innerHTML = '<span aria-hidden="true">★</span> ' + label;
    button.className = 'star wide';
    slot.appendChild(button);
  }
  // The my-programme page without ids in its link shows what this browser remembers
  if (document.body.classList.contains('my-programme-page') && !/[?&]ids=/.test(window.location.search)) {
    var remembered = read();
    if (remembered.length) {
      window.location.replace(href(remembered));
      return;
    }
  }
  refresh();
}());

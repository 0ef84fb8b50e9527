// Progressive enhancement only: every control here works as a plain link without JavaScript.
(function () {
  "use strict";
  var root = document.documentElement;
  root.classList.add("js");

  var reduceMotion = window.matchMedia && window.matchMedia("(prefers-reduced-motion: reduce)").matches;

  document.addEventListener("click", function (event) {
    var link = event.target.closest && event.target.closest("a.back-to-top");
    if (!link) return;
    event.preventDefault();
    window.scrollTo({ top: 0, behavior: reduceMotion ? "auto" : "smooth" });
    // Move keyboard focus too, as following the plain #top link would.
    var top = document.getElementById("top");
    if (top) top.focus({ preventScroll: true });
  });

  // Embeds load only when asked: the card (a plain link to the original without JavaScript) gives way to this site's
  // player page for that one post, so nothing is requested from the provider before the click.
  document.addEventListener("click", function (event) {
    var card = event.target.closest && event.target.closest("figure.embed[data-player] a.embed-card");
    if (!card || event.ctrlKey || event.metaKey || event.shiftKey) return;
    event.preventDefault();
    var figure = card.parentNode;
    var frame = document.createElement("iframe");
    frame.src = figure.getAttribute("data-player");
    frame.className = "embed-frame";
    var title = card.querySelector(".embed-title");
    frame.title = (card.querySelector(".embed-provider") || {}).textContent + ": " + (title ? title.textContent : "");
    frame.setAttribute("allow", "autoplay; encrypted-media; picture-in-picture; fullscreen");
    frame.setAttribute("allowfullscreen", "");
    var caption = document.createElement("figcaption");
    var original = document.createElement("a");
    original.href = card.href;
    original.rel = "noopener noreferrer";
    original.target = "_blank";
    original.textContent = (card.querySelector(".embed-host") || card).textContent;
    caption.appendChild(original);
    figure.replaceChildren(frame, caption);
    frame.focus();
  });

  // The menu's checkbox becomes a real button that says whether the menu is open.
  var nav = document.querySelector(".section-nav");
  var toggle = document.getElementById("menu-toggle");
  if (nav && toggle) {
    var label = nav.querySelector(".menu-toggle");
    var button = document.createElement("button");
    button.type = "button";
    button.className = "menu-button";
    button.textContent = label.textContent;
    button.setAttribute("aria-expanded", "false");
    button.setAttribute("aria-controls", "main-menu");
    button.addEventListener("click", function () {
      var open = nav.classList.toggle("is-open");
      button.setAttribute("aria-expanded", open ? "true" : "false");
    });
    toggle.remove();
    label.replaceWith(button);
  }

  // Comments: "Balas" moves the form under the comment being answered; the remembered name comes from this browser.
  var respond = document.getElementById("tinggalkan-balasan");
  if (respond) {
    var home = document.createComment("form-home");
    respond.parentNode.insertBefore(home, respond);
    var parentField = document.getElementById("comment-parent");
    var cancel = document.getElementById("cancel-reply");
    document.addEventListener("click", function (event) {
      var reply = event.target.closest && event.target.closest("a[data-reply]");
      if (reply) {
        event.preventDefault();
        reply.closest("article").after(respond);
        parentField.value = reply.getAttribute("data-reply");
        cancel.hidden = false;
        document.getElementById("comment").focus();
      } else if (event.target === cancel) {
        event.preventDefault();
        home.after(respond);
        parentField.value = "";
        cancel.hidden = true;
      }
    });
    // A page shared through the cache carries no per-reader tokens: fetch them once the reader starts writing,
    // or at the latest when the form is sent. Without script the server asks for one confirming click instead.
    var form = respond.querySelector("form[data-token-url]:not([data-token-url=''])");
    if (form) {
      var pending = null;
      var fetchTokens = function () {
        if (!pending) {
          pending = fetch(form.getAttribute("data-token-url"), { credentials: "same-origin", headers: { Accept: "application/json" } })
            .then(function (response) { if (!response.ok) throw new Error(response.status); return response.json(); })
            .then(function (t) {
              var field = document.createElement("input");
              field.type = "hidden";
              field.name = t.field;
              field.value = t.token;
              form.appendChild(field);
              form.querySelector("input[name='Comment.Token']").value = t.timer;
              form.removeAttribute("data-token-url");
            })
            .catch(function () { pending = null; });
        }
        return pending;
      };
      form.addEventListener("focusin", fetchTokens, { once: true });
      form.addEventListener("submit", function (event) {
        if (!form.hasAttribute("data-token-url")) return;
        event.preventDefault();
        var sent = function () { form.submit(); };
        (fetchTokens() || Promise.resolve()).then(sent, sent);
      });
    }
    var saved = document.cookie.split("; ").filter(function (c) { return c.indexOf("warta_penulis=") === 0; })[0];
    if (saved) {
      try {
        var who = JSON.parse(decodeURIComponent(saved.substring("warta_penulis=".length)));
        [["author", who.n], ["email", who.e], ["url", who.u]].forEach(function (pair) {
          var field = document.getElementById(pair[0]);
          if (field && !field.value && pair[1]) field.value = pair[1];
        });
        document.getElementById("remember").checked = true;
      } catch (e) { /* a damaged cookie just means an empty form */ }
    }
  }

  var floating = document.querySelector(".back-to-top-floating");
  if (floating) {
    var update = function () { floating.classList.toggle("is-visible", window.scrollY > 400); };
    window.addEventListener("scroll", update, { passive: true });
    update();
  }
})();

// Search suggestions while typing, under every search box: sections, tags, authors and stories whose words begin as
// typed. Without JavaScript the box is the plain search form; with it, arrows move through the list, Enter follows
// the chosen one (or searches as typed when none is chosen), Escape closes it.
(function () {
  "use strict";
  var label = document.documentElement.getAttribute("data-suggestions-label") || "";
  document.querySelectorAll("form[role=search] input[name=q]").forEach(function (input, n) {
    var list = document.createElement("ul");
    list.id = "search-suggest-" + n;
    list.className = "search-suggest";
    list.setAttribute("role", "listbox");
    list.setAttribute("aria-label", label);
    list.hidden = true;
    input.parentNode.insertBefore(list, input.nextSibling);
    input.setAttribute("role", "combobox");
    input.setAttribute("aria-autocomplete", "list");
    input.setAttribute("aria-controls", list.id);
    input.setAttribute("aria-expanded", "false");
    input.setAttribute("autocomplete", "off");
    var timer, asked = "", active = -1;

    function close() {
      list.hidden = true;
      list.replaceChildren();
      active = -1;
      input.setAttribute("aria-expanded", "false");
      input.removeAttribute("aria-activedescendant");
    }
    function mark(i) {
      var options = list.querySelectorAll("[role=option]");
      options.forEach(function (o, k) { o.setAttribute("aria-selected", k === i ? "true" : "false"); });
      active = i;
      if (i >= 0) input.setAttribute("aria-activedescendant", options[i].id);
      else input.removeAttribute("aria-activedescendant");
    }
    function show(items) {
      list.replaceChildren();
      active = -1;
      items.forEach(function (item, i) {
        var li = document.createElement("li");
        li.id = list.id + "-" + i;
        li.setAttribute("role", "option");
        li.setAttribute("aria-selected", "false");
        var a = document.createElement("a");
        a.href = item.url;
        a.tabIndex = -1;
        var kind = document.createElement("span");
        kind.className = "suggest-kind";
        kind.textContent = item.kind;
        a.append(item.label, " ", kind);
        li.appendChild(a);
        list.appendChild(li);
      });
      list.hidden = items.length === 0;
      input.setAttribute("aria-expanded", items.length ? "true" : "false");
    }
    function ask() {
      var typed = input.value.trim();
      if (typed.length < 2) { close(); return; }
      if (typed === asked) return;
      asked = typed;
      fetch("/cari/saran/?q=" + encodeURIComponent(typed), { credentials: "omit" })
        .then(function (r) { return r.ok ? r.json() : []; })
        .then(function (items) { if (input.value.trim() === typed) show(items); })
        .catch(function () { /* the form still searches */ });
    }
    input.addEventListener("input", function () { clearTimeout(timer); asked = ""; timer = setTimeout(ask, 150); });
    input.addEventListener("keydown", function (event) {
      var count = list.querySelectorAll("[role=option]").length;
      if (event.key === "ArrowDown" && count) { event.preventDefault(); mark((active + 1) % count); }
      else if (event.key === "ArrowUp" && count) { event.preventDefault(); mark(active <= 0 ? count - 1 : active - 1); }
      else if (event.key === "Escape") close();
      else if (event.key === "Enter" && active >= 0) {
        event.preventDefault();
        location.href = list.querySelectorAll("[role=option] a")[active].href;
      }
    });
    input.addEventListener("blur", function () { setTimeout(close, 200); });
  });
})();

// Live coverage: the page asks about once a second what changed (a 304 from the cache while nothing did). New
// entries wait behind a "N pembaruan baru" button, so the text being read never moves; edits replace an entry in
// place, withdrawn ones go. Without this script the page is complete at each load.
(function () {
  "use strict";
  var live = document.querySelector(".live[data-live-url]");
  if (!live || !window.fetch || !document.createElement("template").content) return;
  var url = live.getAttribute("data-live-url");
  var at = Number(live.getAttribute("data-at"));
  var list = live.querySelector(".live-entries");
  var pins = live.querySelector(".live-pins");
  var button = live.querySelector(".live-new");
  var known = {}, waiting = [], gap = false, etag = null, stopped = false, timer = 0;
  list.querySelectorAll(".live-entry").forEach(function (e) { known[e.id] = e.getAttribute("data-changed"); });

  function node(html) {
    var t = document.createElement("template");
    t.innerHTML = html.trim();
    return t.content.firstElementChild;
  }
  function show() {
    var n = waiting.length;
    if (!n && !gap) { button.hidden = true; return; }
    button.textContent = n === 1 ? live.getAttribute("data-new-one") : live.getAttribute("data-new-many").replace("{0}", n ? String(n) : "");
    button.hidden = false;
  }
  button.addEventListener("click", function () {
    if (gap) { location.reload(); return; }
    for (var i = waiting.length - 1; i >= 0; i--) list.insertBefore(waiting[i], list.firstChild);
    waiting = [];
    show();
    if (list.firstElementChild) list.firstElementChild.scrollIntoView({ block: "nearest" });
  });
  function apply(data) {
    // Asleep longer than the answer reaches back, with changes since: only a reload is sure to be complete.
    if (data.since > at && data.latest > at) gap = true;
    at = data.at;
    if (pins.innerHTML !== data.pins) pins.innerHTML = data.pins;
    data.removed.forEach(function (id) {
      var key = "entri-" + id, shown = document.getElementById(key);
      if (shown) shown.remove();
      waiting = waiting.filter(function (w) { return w.id !== key; });
      delete known[key];
    });
    var fresh = [];
    data.entries.forEach(function (e) {
      var key = "entri-" + e.id, changed = String(e.changed);
      if (known[key] === changed) return;
      known[key] = changed;
      var entry = node(e.html), shown = document.getElementById(key);
      if (shown && list.contains(shown)) { shown.replaceWith(entry); return; }
      for (var i = 0; i < waiting.length; i++) if (waiting[i].id === key) { waiting[i] = entry; return; }
      fresh.push(entry);
    });
    waiting = fresh.concat(waiting);
    show();
    if (!data.live) stopped = true;
  }
  function poll() {
    clearTimeout(timer);
    if (stopped) return;
    if (document.hidden) { timer = setTimeout(poll, 1000); return; }
    fetch(url, { cache: "no-cache", credentials: "omit" })
      .then(function (r) {
        if (!r.ok) throw new Error(String(r.status));
        var tag = r.headers.get("ETag");
        if (tag && tag === etag) return null;
        etag = tag;
        return r.json();
      })
      .then(function (data) { if (data) apply(data); timer = setTimeout(poll, 1000); })
      .catch(function () { timer = setTimeout(poll, 3000); }); // a network hiccup: ask again a little later
  }
  document.addEventListener("visibilitychange", function () { if (!document.hidden) poll(); });
  timer = setTimeout(poll, 1000);
})();

// "Salin tautan": copies the address where the browser allows it; otherwise the link simply opens it.
document.addEventListener("click", function (event) {
  var link = event.target.closest && event.target.closest("a.share-copy");
  if (!link || !navigator.clipboard) return;
  event.preventDefault();
  navigator.clipboard.writeText(link.href).then(function () {
    var label = link.textContent;
    link.textContent = link.getAttribute("data-copied");
    setTimeout(function () { link.textContent = label; }, 2000);
  }, function () { location.href = link.href; });
});

// Back-office enhancements. Every form works without this file; it only adds conveniences:
// confirmations, the editor's Markdown toolbar, the "Baca juga" picker, live preview and a local copy of
// unsaved text that survives a reload or an expired sign-in.
(function () {
  "use strict";

  document.addEventListener("submit", function (event) {
    var submitter = event.submitter;
    var question = submitter && submitter.getAttribute("data-confirm");
    if (question && !window.confirm(question)) event.preventDefault();
    // Signing out leaves nothing typed behind for whoever uses this browser next.
    if (!event.defaultPrevented && event.target.classList.contains("nr-signout")) clearDrafts();
  });

  function clearDrafts() {
    try {
      for (var i = localStorage.length - 1; i >= 0; i--) {
        var name = localStorage.key(i);
        if (name && name.indexOf("warta-draft:") === 0) localStorage.removeItem(name);
      }
    } catch (e) { /* storage disabled: nothing was kept */ }
  }

  var editor = document.getElementById("editor") || document.getElementById("page-editor");
  if (!editor) return;
  var body = editor.querySelector("textarea.ed-body");
  var headline = editor.querySelector("#headline, #page-title");
  var dek = document.getElementById("dek");

  // ---- Toolbar: Markdown without having to know Markdown ----
  var toolbar = document.querySelector(".ed-toolbar");
  toolbar.hidden = false;

  function replaceSelection(text, selectFrom, selectTo) {
    var start = body.selectionStart, end = body.selectionEnd;
    body.setRangeText(text, start, end, "end");
    if (selectFrom !== undefined) body.setSelectionRange(start + selectFrom, start + selectTo);
    body.focus();
    body.dispatchEvent(new Event("input", { bubbles: true }));
  }

  // With words selected they are wrapped; with none, the marks go in and the caret waits between them. No
  // placeholder text is ever inserted: a forgotten "teks tebal" would be published.
  function wrap(before, after) {
    var selected = body.value.substring(body.selectionStart, body.selectionEnd);
    replaceSelection(before + selected + after, before.length, before.length + selected.length);
  }

  // A block (Baca juga, image) goes after the paragraph the caret is in, never over selected words.
  function block(text) {
    var lineEnd = body.value.indexOf("\n", body.selectionEnd);
    var at = lineEnd < 0 ? body.value.length : lineEnd;
    body.setSelectionRange(at, at);
    var lead = at > 0 && body.value[at - 1] !== "\n" ? "\n\n" : "";
    replaceSelection(lead + text + "\n\n");
  }

  function linePrefix(prefixFor) {
    var start = body.value.lastIndexOf("\n", body.selectionStart - 1) + 1;
    var end = body.selectionEnd;
    var lines = body.value.substring(start, end).split("\n");
    body.setSelectionRange(start, end);
    replaceSelection(lines.map(function (line, i) { return prefixFor(i) + line; }).join("\n"));
  }

  var actions = {
    bold: function () { wrap("**", "**"); },
    italic: function () { wrap("*", "*"); },
    heading: function () { linePrefix(function () { return "## "; }); },
    quote: function () { linePrefix(function () { return "> "; }); },
    list: function () { linePrefix(function () { return "- "; }); },
    numbered: function () { linePrefix(function (i) { return (i + 1) + ". "; }); },
    link: function (button) {
      var url = window.prompt(button.getAttribute("data-prompt"), "https://");
      if (!url || url === "https://") return;
      if (body.selectionStart !== body.selectionEnd) { wrap("[", "](" + url + ")"); return; }
      // Nothing selected: ask for the words to link; without any, the address itself is the link's text.
      var text = (window.prompt(button.getAttribute("data-text-prompt"), "") || "").trim() || url;
      replaceSelection("[" + text + "](" + url + ")");
    },
    image: function (button) {
      var url = window.prompt(button.getAttribute("data-prompt"), "/media/");
      if (!url) return;
      var alt = window.prompt(button.getAttribute("data-alt-prompt"), "") || "";
      block("![" + alt + "](" + url + " \"\")");
    },
    bacajuga: function () { openPicker(); }
  };

  toolbar.addEventListener("click", function (event) {
    var button = event.target.closest("button[data-md]");
    if (button) actions[button.getAttribute("data-md")](button);
  });
  body.addEventListener("keydown", function (event) {
    if (!(event.ctrlKey || event.metaKey)) return;
    if (event.key === "b") { event.preventDefault(); actions.bold(); }
    if (event.key === "i") { event.preventDefault(); actions.italic(); }
  });

  // ---- Featured image from the media library: its alt text, caption and credit come along ----
  var imageUrl = document.getElementById("image-url");
  if (imageUrl) {
    imageUrl.addEventListener("change", function () {
      var option = Array.prototype.find.call(document.querySelectorAll("#media-urls option"), function (o) { return o.value === imageUrl.value; });
      if (!option) return;
      [["image-alt", "data-alt"], ["image-caption", "data-caption"], ["image-credit", "data-credit"]].forEach(function (pair) {
        var field = document.getElementById(pair[0]);
        if (field && !field.value) field.value = option.getAttribute(pair[1]) || "";
      });
    });
  }

  // ---- "Baca juga" picker ----
  var picker = document.getElementById("bacajuga-picker");
  var pickerInput = document.getElementById("picker-q");
  var pickerResults = document.getElementById("picker-results");
  var findTimer;

  function find() {
    fetch(pickerInput.getAttribute("data-find") + "&q=" + encodeURIComponent(pickerInput.value), { credentials: "same-origin" })
      .then(function (r) { return r.ok ? r.json() : []; })
      .then(function (items) {
        pickerResults.replaceChildren();
        items.forEach(function (item) {
          var li = document.createElement("li");
          var choose = document.createElement("button");
          choose.type = "button";
          choose.className = "secondary";
          choose.textContent = item.headline + " (" + item.published + ")";
          choose.addEventListener("click", function () {
            picker.close();
            block("[baca-juga id=" + item.id + "]");
          });
          li.appendChild(choose);
          pickerResults.appendChild(li);
        });
      });
  }

  function openPicker() {
    picker.showModal();
    pickerInput.value = "";
    pickerInput.focus();
    find();
  }
  pickerInput.addEventListener("input", function () { clearTimeout(findTimer); findTimer = setTimeout(find, 200); });
  picker.querySelector("[data-close]").addEventListener("click", function () { picker.close(); });

  // ---- Live preview beside the form, rendered by the public template ----
  var previewSection = document.querySelector(".ed-preview");
  var previewButton = editor.querySelector("[data-preview]");
  if (previewSection && previewButton && editor.requestSubmit) {
    previewSection.hidden = false;
    previewButton.setAttribute("formtarget", "pratinjau");
    var previewTimer;
    var refresh = function () { editor.requestSubmit(previewButton); };
    editor.addEventListener("input", function () { clearTimeout(previewTimer); previewTimer = setTimeout(refresh, 700); });
    refresh();
  }

  // ---- A local copy of what is typed, so nothing is lost to a reload or an expired sign-in ----
  // Keyed by account: a copy is only ever offered back to the person who typed it.
  var signOut = document.querySelector(".nr-signout");
  var account = (signOut && signOut.getAttribute("data-account")) || "?";
  var prefix = "warta-draft:" + account + ":";
  var key = prefix + editor.getAttribute("action");
  var fields = [headline, dek, body].filter(Boolean);
  var serverText = fields.map(function (f) { return f.value; });
  var justSaved = /[?&]tersimpan=/.test(location.search);

  function store() {
    try {
      localStorage.setItem(key, JSON.stringify({ values: fields.map(function (f) { return f.value; }), at: Date.now() }));
    } catch (e) { /* storage full or disabled: the server copy is still there */ }
  }

  var saved = null;
  try { saved = JSON.parse(localStorage.getItem(key) || "null"); } catch (e) { saved = null; }
  if (justSaved) {
    localStorage.removeItem(key);
    localStorage.removeItem(prefix + "/newsroom/artikel/tulis/"); // the copy kept while it was still a new story
  } else if (saved && saved.values && saved.values.some(function (v, i) { return v !== serverText[i]; })) {
    var banner = document.createElement("div");
    banner.className = "nr-ok ed-restore";
    banner.setAttribute("role", "status");
    var text = document.createElement("span");
    text.textContent = editor.getAttribute("data-restore-text") || "";
    var restore = document.createElement("button");
    restore.type = "button";
    restore.textContent = editor.getAttribute("data-restore-button") || "";
    restore.addEventListener("click", function () {
      fields.forEach(function (f, i) { f.value = saved.values[i]; });
      banner.remove();
      body.dispatchEvent(new Event("input", { bubbles: true }));
    });
    var discard = document.createElement("button");
    discard.type = "button";
    discard.className = "secondary";
    discard.textContent = editor.getAttribute("data-discard-button") || "";
    discard.addEventListener("click", function () { localStorage.removeItem(key); banner.remove(); });
    banner.append(text, " ", restore, " ", discard);
    editor.parentNode.insertBefore(banner, editor);
  }
  editor.addEventListener("input", store);
})();

// WordPress import: move the progress bar while the import runs, then reload once for the summary.
(function () {
  const box = document.querySelector('[data-import-progress]');
  if (!box) return;
  const bar = box.querySelector('progress');
  const text = box.querySelector('.imp-progress-text');
  const poll = async () => {
    try {
      const response = await fetch(box.dataset.importProgress, { headers: { Accept: 'application/json' } });
      if (!response.ok) return;
      const state = await response.json();
      if (state.finished) { location.reload(); return; }
      bar.max = Math.max(state.total, 1);
      bar.value = state.done;
      text.textContent = state.text;
    } catch { /* the next poll tries again */ }
    setTimeout(poll, 1000);
  };
  setTimeout(poll, 1000);
})();

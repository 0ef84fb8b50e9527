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
    strike: function () { wrap("~~", "~~"); },
    // Two columns, two rows, every cell empty: the writer fills them in, nothing to forget to replace.
    table: function () { block("|  |  |\n|---|---|\n|  |  |"); },
    footnote: function (button) {
      var note = (window.prompt(button.getAttribute("data-prompt"), "") || "").trim();
      if (!note) return;
      var used = body.value.match(/\[\^(\d+)\]:/g) || [];
      var n = used.length + 1;
      replaceSelection(body.value.substring(body.selectionStart, body.selectionEnd) + "[^" + n + "]");
      body.value = body.value.replace(/\s*$/, "") + "\n\n[^" + n + "]: " + note + "\n";
      body.dispatchEvent(new Event("input", { bubbles: true }));
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

  // ---- Word count and reading time, under the body ----
  var stats = document.getElementById("body-stats");
  function plainText(markdown) {
    return markdown.replace(/\[baca-juga[^\]]*\]/gi, " ").replace(/!\[[^\]]*\]\([^)]*\)/g, " ").replace(/\[([^\]]*)\]\([^)]*\)/g, "$1")
      .replace(/^\[\^\d+\]:.*$/gm, " ").replace(/\[\^\d+\]/g, "").replace(/[#>*_~`|\-]+/g, " ").replace(/\s+/g, " ").trim();
  }
  function countWords() {
    var words = plainText(body.value).split(" ").filter(function (w) { return /[\p{L}\p{N}]/u.test(w); }).length;
    var template = words === 1 ? stats.getAttribute("data-words-one") : stats.getAttribute("data-words");
    // About 200 words a minute, as readers of news read; never "0 minutes" for a short text.
    stats.textContent = template.replace("{0}", words.toLocaleString(document.documentElement.lang || "id")) + " · " +
      stats.getAttribute("data-minutes").replace("{0}", Math.max(1, Math.round(words / 200)));
  }
  if (stats) {
    stats.hidden = false;
    countWords();
    body.addEventListener("input", countWords);
  }

  // ---- How the story shows in a search result and as a shared card, beside the meta description ----
  var snippets = document.querySelector(".ed-snippets");
  if (snippets && headline) {
    var meta = document.getElementById("meta");
    var slug = document.getElementById("slug");
    var image = document.getElementById("image-url");
    var host = snippets.getAttribute("data-host");
    var cut = function (text, n) { return text.length > n ? text.substring(0, n - 1).replace(/\s+\S*$/, "") + "…" : text; };
    var refreshSnippets = function () {
      var title = headline.value.trim();
      var description = ((meta && meta.value.trim()) || (dek && dek.value.trim()) || plainText(body.value));
      var path = (slug && slug.value.trim()) || title.toLowerCase().normalize("NFKD").replace(/[^a-z0-9]+/g, "-").replace(/^-|-$/g, "");
      snippets.querySelectorAll(".snippet-title").forEach(function (e) { e.textContent = cut(title, 60); });
      snippets.querySelectorAll(".snippet-desc").forEach(function (e) { e.textContent = cut(description, 155); });
      snippets.querySelector(".snippet-url").textContent = host + " › " + path;
      snippets.querySelector(".snippet-host").textContent = host.toUpperCase();
      var img = snippets.querySelector(".snippet-social img");
      var src = image && image.value.trim();
      img.hidden = !src || !/^\/media\//.test(src);
      if (!img.hidden) img.src = src;
    };
    snippets.hidden = false;
    refreshSnippets();
    editor.addEventListener("input", refreshSnippets);
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

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

  var editor = document.getElementById("editor") || document.getElementById("page-editor") || document.getElementById("live-composer");
  if (!editor) return;
  var body = editor.querySelector("textarea.ed-body");
  var headline = editor.querySelector("#headline, #page-title, #entry-headline");
  // The live desk's composer: Ctrl+Enter (⌘+Enter) publishes the entry, as chat and wire tools do.
  if (editor.id === "live-composer") {
    editor.addEventListener("keydown", function (event) {
      if (event.key === "Enter" && (event.ctrlKey || event.metaKey) && editor.requestSubmit) {
        event.preventDefault();
        editor.requestSubmit();
      }
    });
  }
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
    // The blank line after it is the one already there when there is one: no growing gaps between paragraphs.
    var rest = body.value.substring(at);
    var trail = rest.indexOf("\n\n") === 0 ? "" : rest.indexOf("\n") === 0 ? "\n" : "\n\n";
    replaceSelection(lead + text + trail);
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
    image: function () { openMedia(null); },
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

  // ---- Images: uploaded (the button, a dropped or pasted picture) or picked from the library, never without alt text ----
  var mediaPicker = document.getElementById("media-picker");
  var mediaCaret = [0, 0];
  var mediaChosen = null;
  var mediaTimer;

  function mediaField(id) { return document.getElementById(id); }

  function chooseMedia(item) {
    mediaChosen = item;
    mediaField("media-chosen").hidden = false;
    mediaField("media-chosen-img").src = item.thumb;
    mediaField("media-alt").value = item.alt || "";
    mediaField("media-caption").value = item.caption || "";
    mediaField("media-credit").value = item.credit || "";
    mediaField("media-alt-problem").hidden = true;
    mediaField("media-featured").hidden = !document.getElementById("image-url");
    mediaField("media-alt").focus();
  }

  function findMedia() {
    var results = mediaField("media-results");
    fetch(mediaPicker.getAttribute("data-library") + "?q=" + encodeURIComponent(mediaField("media-q").value), { credentials: "same-origin" })
      .then(function (r) { return r.ok ? r.json() : []; })
      .then(function (items) {
        results.replaceChildren();
        if (items.length === 0) {
          var none = document.createElement("li");
          none.className = "nr-small";
          none.textContent = mediaPicker.getAttribute("data-none");
          results.appendChild(none);
        }
        items.forEach(function (item) {
          var li = document.createElement("li");
          var choose = document.createElement("button");
          choose.type = "button";
          choose.className = "secondary";
          var img = document.createElement("img");
          img.src = item.thumb;
          img.alt = "";
          img.loading = "lazy";
          var label = document.createElement("span");
          label.textContent = item.alt;
          choose.append(img, label);
          choose.addEventListener("click", function () { chooseMedia(item); });
          li.appendChild(choose);
          results.appendChild(li);
        });
      });
  }

  function openMedia(file) {
    if (!mediaPicker) return;
    mediaCaret = [body.selectionStart, body.selectionEnd];
    mediaChosen = null;
    mediaField("media-chosen").hidden = true;
    mediaField("media-q").value = "";
    var upload = mediaField("media-file");
    if (upload) {
      ["media-new-alt", "media-new-caption", "media-new-credit"].forEach(function (id) { mediaField(id).value = ""; });
      mediaField("media-problem").hidden = true;
      var files = new DataTransfer();
      if (file) files.items.add(file);
      upload.files = files.files;
    }
    mediaPicker.showModal();
    (file && upload ? mediaField("media-new-alt") : mediaField("media-q")).focus();
    findMedia();
  }

  function uploadMedia() {
    var problem = mediaField("media-problem");
    var file = mediaField("media-file").files[0];
    var alt = mediaField("media-new-alt").value.trim();
    if (!file || !alt) {
      problem.textContent = mediaPicker.getAttribute(file ? "data-alt-required" : "data-no-file");
      problem.hidden = false;
      (file ? mediaField("media-new-alt") : mediaField("media-file")).focus();
      return;
    }
    var data = new FormData();
    data.append("file", file);
    data.append("Alt", alt);
    data.append("Caption", mediaField("media-new-caption").value);
    data.append("Credit", mediaField("media-new-credit").value);
    data.append("__RequestVerificationToken", editor.querySelector("input[name=__RequestVerificationToken]").value);
    var button = mediaField("media-upload");
    var label = button.textContent;
    button.disabled = true;
    button.textContent = button.getAttribute("data-busy");
    fetch(mediaPicker.getAttribute("data-upload"), { method: "POST", body: data, credentials: "same-origin" })
      .then(function (r) {
        return r.json().catch(function () { return {}; }).then(function (json) { return { ok: r.ok, json: json }; });
      })
      .then(function (answer) {
        if (answer.ok) { problem.hidden = true; chooseMedia(answer.json); findMedia(); return; }
        problem.textContent = (answer.json.problems || []).join(" ") || mediaPicker.getAttribute("data-failed");
        problem.hidden = false;
      }, function () {
        problem.textContent = mediaPicker.getAttribute("data-failed");
        problem.hidden = false;
      })
      .finally(function () { button.disabled = false; button.textContent = label; });
  }

  if (mediaPicker) {
    var markdownText = function (text) { return text.replace(/([\[\]\\])/g, "\\$1"); };
    mediaField("media-q").addEventListener("input", function () { clearTimeout(mediaTimer); mediaTimer = setTimeout(findMedia, 200); });
    mediaPicker.querySelector("[data-close]").addEventListener("click", function () { mediaPicker.close(); });
    if (mediaField("media-upload")) mediaField("media-upload").addEventListener("click", uploadMedia);
    mediaField("media-insert").addEventListener("click", function () {
      var alt = mediaField("media-alt").value.trim();
      if (!alt) { mediaField("media-alt-problem").hidden = false; mediaField("media-alt").focus(); return; }
      var caption = mediaField("media-caption").value.trim();
      var credit = mediaField("media-credit").value.trim();
      if (credit) caption = (caption + " " + mediaPicker.getAttribute("data-credit").replace("{0}", credit)).trim();
      mediaPicker.close();
      body.setSelectionRange(mediaCaret[0], mediaCaret[1]);
      // A caption makes it a figure with its keterangan foto (the Markdown title), as the body renderer reads it.
      block("![" + markdownText(alt) + "](" + mediaChosen.url + (caption ? " \"" + caption.replace(/"/g, "\\\"") + "\"" : "") + ")");
    });
    mediaField("media-featured").addEventListener("click", function () {
      var alt = mediaField("media-alt").value.trim();
      if (!alt) { mediaField("media-alt-problem").hidden = false; mediaField("media-alt").focus(); return; }
      mediaPicker.close();
      [["image-url", mediaChosen.url], ["image-alt", alt], ["image-caption", mediaField("media-caption").value.trim()],
        ["image-credit", mediaField("media-credit").value.trim()]].forEach(function (pair) { document.getElementById(pair[0]).value = pair[1]; });
      document.getElementById("image-url").dispatchEvent(new Event("input", { bubbles: true }));
    });
    var imageIn = function (list) {
      return Array.prototype.find.call(list || [], function (f) { return /^image\//.test(f.type); });
    };
    body.addEventListener("dragover", function (event) {
      if (event.dataTransfer && Array.prototype.indexOf.call(event.dataTransfer.types, "Files") >= 0) event.preventDefault();
    });
    body.addEventListener("drop", function (event) {
      var file = event.dataTransfer && imageIn(event.dataTransfer.files);
      if (!file) return;
      event.preventDefault();
      if (mediaField("media-file")) openMedia(file);
    });
    body.addEventListener("paste", function (event) {
      var file = event.clipboardData && imageIn(event.clipboardData.files);
      if (!file) return;
      event.preventDefault();
      if (mediaField("media-file")) openMedia(file);
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

// Media item: a click on the picture sets its focal point (the number fields work without this).
(function () {
  var picker = document.querySelector(".focus-picker");
  var x = document.getElementById("focus-x"), y = document.getElementById("focus-y");
  if (!picker || !x || !y) return;
  var mark = picker.querySelector(".focus-mark");
  function show() {
    mark.style.left = x.value + "%";
    mark.style.top = y.value + "%";
    mark.hidden = false;
  }
  picker.addEventListener("click", function (event) {
    var box = picker.querySelector("img").getBoundingClientRect();
    x.value = Math.round(Math.min(1, Math.max(0, (event.clientX - box.left) / box.width)) * 100);
    y.value = Math.round(Math.min(1, Math.max(0, (event.clientY - box.top) / box.height)) * 100);
    show();
  });
  x.addEventListener("input", show);
  y.addEventListener("input", show);
  show();
})();

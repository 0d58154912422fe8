// qa reader's site: everything here only adds to pages that already work without it
// (copy buttons, the theme toggle, the phone menu, arrow-key paging). Loaded with defer.
(function () {
  "use strict";
  var doc = document, root = doc.documentElement;

  // Theme: follows the system until the reader picks one; the pick is remembered.
  var toggle = doc.querySelector(".theme-toggle");
  var systemDark = window.matchMedia ? matchMedia("(prefers-color-scheme: dark)") : { matches: false };
  function isDark() {
    var chosen = root.getAttribute("data-theme");
    return chosen ? chosen === "dark" : systemDark.matches;
  }
  function showTheme() {
    if (toggle) toggle.setAttribute("aria-pressed", String(isDark()));
  }
  if (toggle) {
    toggle.addEventListener("click", function () {
      var next = isDark() ? "light" : "dark";
      root.setAttribute("data-theme", next);
      try { localStorage.setItem("qa-theme", next); } catch (e) { /* private mode: the choice lasts for this page */ }
      showTheme();
    });
    if (systemDark.addEventListener) systemDark.addEventListener("change", showTheme);
    showTheme();
  }

  // Phone menu: without JavaScript the link opens the drawer with #nav (:target); here it is a real toggle.
  var nav = doc.getElementById("nav"), menu = doc.querySelector(".menu");
  function setMenu(open) {
    if (!nav || !menu) return;
    nav.classList.toggle("open", open);
    menu.setAttribute("aria-expanded", String(open));
    if (open) {
      var first = nav.querySelector("[aria-current=page]") || nav.querySelector("summary");
      if (first) first.focus();
    } else if (location.hash === "#nav") {
      history.replaceState(null, "", location.pathname + location.search);
    }
  }
  if (menu && nav) {
    menu.setAttribute("aria-expanded", "false");
    menu.addEventListener("click", function (e) { e.preventDefault(); setMenu(!nav.classList.contains("open")); });
    var close = nav.querySelector(".menu-close");
    if (close) close.addEventListener("click", function (e) { e.preventDefault(); setMenu(false); menu.focus(); });
    doc.addEventListener("keydown", function (e) {
      if (e.key === "Escape" && nav.classList.contains("open")) { setMenu(false); menu.focus(); }
    });
    doc.addEventListener("click", function (e) {
      if (nav.classList.contains("open") && !nav.contains(e.target) && !menu.contains(e.target)) setMenu(false);
    });
  }

  // Sidebar: bring the current question into view, inside the sidebar only (the page stays where it is).
  var current = nav && nav.querySelector("[aria-current=page]");
  if (current) {
    var top = current.offsetTop - nav.clientHeight / 3;
    if (top > 0) nav.scrollTop = top;
  }

  // Copy buttons. navigator.clipboard needs a secure context; file:// and http://localhost are, others may not be.
  function copy(text, button, label) {
    function done(ok) {
      button.textContent = ok ? "Copied" : "Press Ctrl+C";
      button.classList.toggle("done", ok);
      setTimeout(function () { button.textContent = label; button.classList.remove("done"); }, 1600);
    }
    if (navigator.clipboard && navigator.clipboard.writeText) {
      navigator.clipboard.writeText(text).then(function () { done(true); }, function () { done(fallback(text)); });
    } else {
      done(fallback(text));
    }
  }
  function fallback(text) {
    var area = doc.createElement("textarea");
    area.value = text;
    area.setAttribute("readonly", "");
    area.style.position = "fixed";
    area.style.opacity = "0";
    doc.body.appendChild(area);
    area.select();
    var ok = false;
    try { ok = doc.execCommand("copy"); } catch (e) { ok = false; }
    area.remove();
    return ok;
  }
  function button(label, title, text) {
    var b = doc.createElement("button");
    b.type = "button";
    b.textContent = label;
    b.setAttribute("aria-label", title);
    b.addEventListener("click", function () { copy(text(), b, label); });
    return b;
  }
  Array.prototype.forEach.call(doc.querySelectorAll(".code"), function (block) {
    var code = block.querySelector("code");
    if (!code) return;
    var tools = doc.createElement("div");
    tools.className = "tools";
    var snippet = block.parentNode.classList.contains("snippet") && !block.classList.contains("output-code") ? block.parentNode : null;
    if (snippet) {
      tools.appendChild(button("Copy for JShell", "Copy for JShell, with the hidden set-up lines", function () {
        return snippet.getAttribute("data-jsh") || code.textContent;
      }));
    }
    var what = block.classList.contains("output-code") ? "output" : "code";
    tools.appendChild(button("Copy", "Copy the " + what, function () { return code.textContent; }));
    block.appendChild(tools);
  });

  // ← and → page through the questions, unless the reader is typing or scrolling something sideways.
  doc.addEventListener("keydown", function (e) {
    if (e.defaultPrevented || e.altKey || e.ctrlKey || e.metaKey || e.shiftKey) return;
    if (e.key !== "ArrowLeft" && e.key !== "ArrowRight") return;
    var target = e.target;
    if (target && target !== doc.body && target !== root && target.id !== "main") return;
    var link = doc.querySelector(e.key === "ArrowLeft" ? ".pager a[rel=prev]" : ".pager a[rel=next]");
    if (link) location.href = link.href;
  });

  // Table of contents: mark the heading being read.
  var tocLinks = doc.querySelectorAll(".toc a");
  if (tocLinks.length && "IntersectionObserver" in window) {
    var byId = {};
    Array.prototype.forEach.call(tocLinks, function (a) { byId[decodeURIComponent(a.hash.slice(1))] = a; });
    var active = null;
    var observer = new IntersectionObserver(function (entries) {
      entries.forEach(function (entry) {
        if (!entry.isIntersecting) return;
        var link = byId[entry.target.id];
        if (!link) return;
        if (active) active.classList.remove("active");
        active = link;
        link.classList.add("active");
      });
    }, { rootMargin: "0px 0px -70% 0px" });
    Object.keys(byId).forEach(function (id) {
      var heading = doc.getElementById(id);
      if (heading) observer.observe(heading);
    });
  }
})();

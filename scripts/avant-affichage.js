// Runs before the first paint (a classic script in <head>, copied into the
// build with a hashed name by scripts/instantane.mjs; no inline code, so
// the strict CSP holds). index.html carries the French home page drawn by
// the app at build time, so that a first visit reads something before the
// wasm has arrived. When the app will show something else, that snapshot
// is hidden now, not replaced in view: a deep link (#/programmes), a
// language other than French (stored on this device, or the browser's),
// or options of a host page (src/hote.rs).
(function () {
  var morceaux = location.hash.split("?");
  var accueil = morceaux[0] === "" || morceaux[0] === "#" || morceaux[0] === "#/";
  var options = /(^|[?&])(embed|audience|theme|lang)=/.test(location.search.replace(/^\?/, "") + "&" + (morceaux[1] || ""));
  var connues = ["fr", "falc", "en", "ar"];
  var langue = null;
  try {
    langue = localStorage.getItem("trouve-ton-mentor/langue");
  } catch (e) {
    // Storage refused: the app reads no stored language either.
  }
  if (connues.indexOf(String(langue).trim().toLowerCase()) < 0) {
    // As Langue::depuis_navigateur: the first of fr, en, ar, else French.
    langue = "fr";
    var preferees = navigator.languages || [navigator.language || ""];
    for (var i = 0; i < preferees.length; i++) {
      var code = String(preferees[i]).split(/[-_]/)[0].toLowerCase();
      if (code === "fr" || code === "en" || code === "ar") {
        langue = code;
        break;
      }
    }
  }
  langue = String(langue).trim().toLowerCase();
  var demandee = /(^|[?&])lang=([a-z]+)/.exec(location.search.replace(/^\?/, "") + "&" + (morceaux[1] || ""));
  if (demandee && connues.indexOf(demandee[2]) >= 0) langue = demandee[2];
  if (!accueil || options || langue !== "fr") {
    document.documentElement.classList.add("sans-instantane");
    // Nothing useful paints before the app: its downloads start now (on the
    // home page they wait for its first paint, scripts/demarrage.mjs).
    var modele = document.getElementById("prechargement");
    if (modele) document.head.appendChild(modele.content);
  }
  // A stale translation is drawn as its French after an invisible mark
  // (U+2060, i18n::FRANCAIS_PERIME): its element is marked French, for
  // the voice that reads it. In any language: the person may switch later.
  // From the end of parsing on: only the app draws such texts (the page's
  // own markup is the French home page), and walking the document at each
  // step of the parser would delay the first paint.
  document.addEventListener("DOMContentLoaded", function () {
    new MutationObserver(function () {
      for (var w = document.createTreeWalker(document.body, 4), n; (n = w.nextNode()); ) if (n.data[0] === "\u2060") n.parentNode.lang = "fr";
    }).observe(document.body, { childList: true, subtree: true, characterData: true });
  });
  if (!accueil || langue !== "fr") {
    // The screen will also need its language file (the app carries only
    // the home page's French): fetched with the wasm, not after it.
    // __CLES__ is the version of the keys, written in by scripts/instantane.mjs.
    var texte = document.createElement("link");
    texte.rel = "preload";
    texte.as = "fetch";
    texte.crossOrigin = "anonymous";
    texte.href = "langues/" + langue + ".__CLES__.json";
    document.head.appendChild(texte);
  }
})();

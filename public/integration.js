/*! Trouve ton mentor: integration script, MIT licence.
 * One line where the app should appear, in the host page's body:
 *   <script src="https://…/integration.js" data-parcours="jeune" async></script>
 * Options (data-*): parcours, lang, theme, contact, resultats, titre. Documentation,
 * message protocol and the CSP a host needs: docs/integration.md.
 * It sets no cookie, makes no request of its own, reads nothing of the host
 * page but this script element, and listens only to the app's messages. */
(function () {
  "use strict";
  var script = document.currentScript;
  if (!script || !script.src || !script.parentNode) return;
  var options = script.dataset;

  // The app lives beside this file, whatever the folder it is served from.
  var app = new URL("./", script.src);
  app.searchParams.set("embed", "1");
  if (options.lang) app.searchParams.set("lang", options.lang);
  if (options.theme) app.searchParams.set("theme", options.theme);
  if (options.contact) app.searchParams.set("contact", options.contact);

  // Where each path starts, and where its results are (the answers go in
  // the fragment, which never reaches a server).
  var debut = { jeune: "#/jeune", parent: "#/parent", mentor: "#/mentor", pro: "#/pro", programmes: "#/programmes" };
  var resultats = {
    jeune: "#/jeune/resultats?",
    parent: "#/jeune/resultats?pour=enfant&",
    mentor: "#/mentor/resultats?",
    pro: "#/pro/fiche?"
  };
  var parcours = options.parcours || "";
  if (parcours && !debut.hasOwnProperty(parcours)) {
    console.warn("Trouve ton mentor : data-parcours inconnu (" + parcours + "), l'accueil s'affiche");
  }
  app.hash = options.resultats && resultats.hasOwnProperty(parcours)
    ? resultats[parcours] + options.resultats.slice(options.resultats.indexOf("?") + 1)
    : debut.hasOwnProperty(parcours) ? debut[parcours] : "#/";

  var cadre = document.createElement("iframe");
  cadre.src = app.href;
  cadre.title = options.titre || "Trouve ton mentor : le mentorat dans la Communauté urbaine de Dunkerque";
  cadre.setAttribute("loading", "lazy");
  cadre.setAttribute("allow", "clipboard-write");
  // Through the CSSOM, which a host's strict style-src allows.
  cadre.style.display = "block";
  cadre.style.width = "100%";
  cadre.style.border = "0";
  cadre.style.height = "600px";
  script.parentNode.insertBefore(cadre, script.nextSibling);

  window.addEventListener("message", function (evenement) {
    if (evenement.origin !== app.origin || evenement.source !== cadre.contentWindow) return;
    var message;
    try {
      message = JSON.parse(evenement.data);
    } catch (erreur) {
      return;
    }
    if (!message || typeof message !== "object") return;
    if (message.type === "resize-iframe" && typeof message.height === "number" && message.height > 0 && message.height < 100000) {
      cadre.style.height = Math.ceil(message.height) + "px";
    } else if (message.type === "screen-change") {
      // A new screen starts at its top, as a new page would: the frame's
      // top goes to the top of the window.
      cadre.scrollIntoView({ block: "start" });
    }
  });
  // The app posts its height by itself; asking once more on load costs nothing.
  cadre.addEventListener("load", function () {
    if (cadre.contentWindow) cadre.contentWindow.postMessage("size-request", app.origin);
  });
})();

// The host side of the resize protocol, as the README documents it.
// ?app=<address of the app> (default: the app beside this page, embedded)
// &hash=<screen to open, e.g. #/jeune>
const parametres = new URLSearchParams(location.search);
const adresse = new URL(parametres.get("app") ?? "./?embed=1", location.href);
if (!adresse.searchParams.has("embed")) adresse.searchParams.set("embed", "1");
adresse.hash = parametres.get("hash") ?? "";
const cadre = document.getElementById("trouve-ton-mentor");
cadre.src = adresse.href;

// Only messages from the app's origin, only the resize message.
window.addEventListener("message", (evenement) => {
  if (evenement.origin !== adresse.origin) return;
  const donnees = evenement.data;
  if (donnees && donnees.type === "resize-iframe" && Number.isFinite(donnees.height)) {
    cadre.style.height = `${Math.ceil(donnees.height)}px`;
    window.derniereHauteur = donnees.height; // for the tests
  }
});
cadre.addEventListener("load", () => cadre.contentWindow.postMessage("size-request", adresse.origin));

// A host page that embeds the app the way 1jeune1solution embeds a partner
// tool (its 1jeune1permis page), so that the tests run the app against
// that logic rather than against one written to suit the app:
// - it asks every 100 ms, posting the string 'size-request' to the frame;
// - it drops any message that does not come from the app's origin;
// - it JSON.parses the message and drops it if that throws;
// - it drops anything that is not an object of type 'resize-iframe';
// - it sets the frame's height to `height + 40` px (through a CSS variable).
// Parameters: ?app=<address of the app> (default: the app beside this
// page) &hash=<screen to open, e.g. #/jeune>.
const MARGE = 40;
const parametres = new URLSearchParams(location.search);
const adresse = new URL(parametres.get("app") ?? "./", location.href);
if (!adresse.searchParams.has("embed")) adresse.searchParams.set("embed", "1");
adresse.hash = parametres.get("hash") ?? "";
const ORIGINE_APP = adresse.origin;
const cadre = document.getElementById("trouve-ton-mentor");
cadre.src = adresse.href;

window.addEventListener("message", (evenement) => {
  if (evenement.origin !== ORIGINE_APP) return;
  let donnees;
  try {
    donnees = JSON.parse(evenement.data);
  } catch {
    return;
  }
  if (typeof donnees !== "object" || donnees.type !== "resize-iframe") return;
  cadre.style.setProperty("--hauteur-cadre", `${donnees.height + MARGE}px`);
});

setInterval(() => cadre.contentWindow?.postMessage("size-request", "*"), 100);

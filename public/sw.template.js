// Trouve ton mentor: the service worker. dist/sw.js is generated from this
// file by scripts/service-worker.mjs, which fills in VERSION and FICHIERS;
// edit this template, never dist/sw.js.
//
// - install: precache every file of this build in a cache of its own;
// - fetch: answer from this build's cache, so a page never mixes files of
//   two versions; data files (JSON) try the network first, to stay fresh;
// - a new build waits until the page asks it to take over ("activer"),
//   which the page does when the person taps "Recharger";
// - activate: delete the caches of older builds.

const VERSION = "__VERSION__";
const FICHIERS = ["__FICHIERS__"];
const PREFIXE = "trouve-ton-mentor-";
const CACHE = PREFIXE + VERSION;

self.addEventListener("install", (evenement) => {
  evenement.waitUntil(
    caches.open(CACHE).then((cache) =>
      // "reload": bypass the HTTP cache, so the precache is this build's files.
      cache.addAll(FICHIERS.map((f) => new Request(f, { cache: "reload" }))),
    ),
  );
});

self.addEventListener("activate", (evenement) => {
  evenement.waitUntil(
    (async () => {
      for (const nom of await caches.keys()) {
        if (nom.startsWith(PREFIXE) && nom !== CACHE) await caches.delete(nom);
      }
      await self.clients.claim();
    })(),
  );
});

self.addEventListener("message", (evenement) => {
  if (evenement.data === "activer") self.skipWaiting();
});

self.addEventListener("fetch", (evenement) => {
  const requete = evenement.request;
  const url = new URL(requete.url);
  // Other origins (a remote catalogue) and non-GET requests: the network, untouched.
  if (requete.method !== "GET" || url.origin !== self.location.origin) return;
  evenement.respondWith(repondre(requete, url));
});

async function repondre(requete, url) {
  const cache = await caches.open(CACHE);
  if (url.pathname.endsWith(".json")) {
    try {
      return await fetch(requete);
    } catch {
      return (await cache.match(requete, { ignoreSearch: true })) ?? Response.error();
    }
  }
  const enCache = await cache.match(requete, { ignoreSearch: true });
  if (enCache) return enCache;
  try {
    return await fetch(requete);
  } catch (erreur) {
    // Offline on an address of the app with extra query (embed=1…): the app shell.
    if (requete.mode === "navigate") {
      const coquille = await cache.match("./");
      if (coquille) return coquille;
    }
    throw erreur;
  }
}

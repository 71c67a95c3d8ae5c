// Trouve ton mentor: the service worker. dist/sw.js is generated from this
// file by scripts/service-worker.mjs, which fills in VERSION and FICHIERS;
// edit this template, never dist/sw.js.
//
// - install: precache every file of this build in a cache of its own (the
//   French texts included), and the language files this device already
//   used, under this build's names (the others are not downloaded: most
//   people never need them);
// - fetch: answer from this build's cache, so a page never mixes files of
//   two versions; data files (JSON) try the network first, to stay fresh,
//   and are kept in the cache for offline use;
// - a new build waits until the page asks it to take over ("activer"),
//   which the page does when the person taps "Recharger";
// - activate: delete the caches of older builds.

const VERSION = "__VERSION__";
const FICHIERS = ["__FICHIERS__"];
// The version of the app's text keys, in the language files' names
// (langues/en.<CLES>.json, scripts/langues.mjs).
const CLES = "__CLES__";
const PREFIXE = "trouve-ton-mentor-";
const CACHE = PREFIXE + VERSION;

self.addEventListener("install", (evenement) => {
  evenement.waitUntil(
    (async () => {
      const cache = await caches.open(CACHE);
      // "reload": bypass the HTTP cache, so the precache is this build's files.
      await cache.addAll(FICHIERS.map((f) => new Request(f, { cache: "reload" })));
      // The languages used before on this device, fresh for this build; a
      // failure only means that language is fetched again when chosen.
      for (const url of await languesDejaUtilisees()) {
        await cache.add(new Request(url, { cache: "reload" })).catch(() => {});
      }
    })(),
  );
});

async function languesDejaUtilisees() {
  const urls = new Set();
  for (const nom of await caches.keys()) {
    if (!nom.startsWith(PREFIXE) || nom === CACHE) continue;
    for (const requete of await (await caches.open(nom)).keys()) {
      const url = new URL(requete.url);
      // langues/en.<old version>.json → this build's file for the same language.
      const langue = url.pathname.match(/\/langues\/([a-z]+)\.[0-9a-f]+\.json$/);
      if (langue) urls.add(new URL(`langues/${langue[1]}.${CLES}.json`, self.registration.scope).href);
    }
  }
  return urls;
}

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
      const reponse = await fetch(requete);
      if (reponse.ok) {
        await cache.put(requete, reponse.clone());
        return reponse;
      }
      // Gone from the server (a language file of an older build after a
      // new deployment): this build's copy, if it has one.
      return (await cache.match(requete, { ignoreSearch: true })) ?? reponse;
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

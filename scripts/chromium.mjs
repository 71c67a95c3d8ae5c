// The browser of the tests and benches: Debian's Chromium, with the flags
// this kind of machine needs (no sandbox as root, no GPU, and no background
// connections: the network here only reaches the package registries).
export const CHROMIUM = process.env.CHROMIUM ?? process.env.CHROME_PATH ?? "/usr/bin/chromium";

export const DRAPEAUX = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
  "--disable-quic",
];

//! The app's contact with the browser beyond the DOM: device storage,
//! the embedding page, the remote catalogue, the language files, the
//! service worker, and the page shown if the app crashes.

pub mod catalogue_distant;
pub mod integration;
pub mod langues;
pub mod plantage;
pub mod reseau;
pub mod service_worker;
pub mod stockage;

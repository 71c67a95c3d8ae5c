//! The app's contact with the browser beyond the DOM: device storage.

pub mod stockage;

use leptos::prelude::*;

use crate::texte::passages_francais;

/// A text of any language whose French passages (`⟪…⟫` in `langues/`,
/// or a catalogue name through `Textes::nom_francais`) are read with a
/// French voice: each piece is a `<span>`, `lang="fr"` on the French ones,
/// the marks removed. Type-erased so that every screen shares one copy.
pub fn avec_francais(texte: String) -> AnyView {
    passages_francais(&texte)
        .into_iter()
        .map(|(francais, mots)| view! { <span lang=francais.then_some("fr")>{mots.to_string()}</span> })
        .collect_view()
        .into_any()
}

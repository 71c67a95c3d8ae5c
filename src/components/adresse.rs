use leptos::prelude::*;

use crate::texte::morceaux_d_adresse;

/// An e-mail or web address that wraps, on a narrow screen, where a reader
/// expects it: `<wbr>` after "@" and before each "." or "/". Without them
/// the browser cuts the address anywhere ("telemaque.o" / "rg").
#[component]
pub fn Adresse(
    /// The address as shown to the reader.
    texte: String,
) -> impl IntoView {
    morceaux_d_adresse(&texte)
        .into_iter()
        .enumerate()
        .map(|(i, morceau)| view! { {(i > 0).then(|| view! { <wbr/> })}{morceau.to_string()} })
        .collect_view()
}

use leptos::prelude::*;

use crate::texte::morceaux_d_adresse;

/// An e-mail or web address that wraps, on a narrow screen, where a reader
/// expects it: `<wbr>` after "@" and before each "." or "/", and nowhere
/// else. Without them the browser cuts the address anywhere ("telemaque.o"
/// / "rg"), or after a hyphen ("les-" / "ombres.com"): each piece between
/// them does not wrap (`.insecable`). Always left to right, as the phone
/// number: on an Arabic page the pieces were laid out right to left
/// ("com.proxite@collenne.e").
#[component]
pub fn Adresse(
    /// The address as shown to the reader.
    texte: String,
) -> impl IntoView {
    let morceaux = morceaux_d_adresse(&texte)
        .into_iter()
        .enumerate()
        .map(|(i, morceau)| view! { {(i > 0).then(|| view! { <wbr/> })}<span class="insecable">{morceau.to_string()}</span> })
        .collect_view();
    view! { <bdi dir="ltr">{morceaux}</bdi> }
}

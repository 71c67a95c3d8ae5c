use leptos::prelude::*;

/// A few short items from the catalogue (the places where meetings happen),
/// one per line. Each starts with a capital letter in the brochure, so they
/// read as a list, not as one sentence joined by commas.
#[component]
pub fn ListeCourte(
    /// The items, in the catalogue's order.
    textes: Vec<String>,
) -> impl IntoView {
    match <[String; 1]>::try_from(textes) {
        Ok([seul]) => seul.into_any(),
        Err(textes) => view! {
            <ul class="liste-courte">{textes.into_iter().map(|t| view! { <li>{t}</li> }).collect_view()}</ul>
        }
        .into_any(),
    }
}

use leptos::prelude::*;

/// Says which parameters of a results link could not be read and were
/// treated as unknown (a link may be mangled by a messaging app or typed by
/// hand): shown, never fatal.
#[component]
pub fn AvisLien(
    /// The ignored parameters, as `nom=valeur`.
    invalides: Vec<String>,
) -> impl IntoView {
    (!invalides.is_empty()).then(|| {
        view! {
            <div class="avis" role="status" data-avis="lien">
                <p>
                    "Une partie du lien n'a pas pu être lue\u{a0}; ces réponses sont considérées comme inconnues\u{a0}: "
                    <code>{invalides.join(", ")}</code>
                </p>
            </div>
        }
    })
}

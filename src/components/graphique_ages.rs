use leptos::prelude::*;

use crate::contexte::{catalogue_courant, textes};
use crate::i18n::cle::programmes as k;
use crate::routes::Route;
use crate::texte::barre_age;

/// Which ages each programme serves, as bars on one 5–30 axis: faster to
/// read than six sentences. Each bar also says its ages in words, so the
/// picture is never the only way to get the fact. Ranges the brochure does
/// not state (inferred from school levels) are drawn hatched, and their
/// words are the brochure's school levels, not the inferred ages.
#[component]
pub fn GraphiqueAges() -> impl IntoView {
    let c = catalogue_courant();
    let tx = textes();
    let (axe_min, axe_max) = (c.mentorat.age_min, c.mentorat.age_max);
    let graduations: Vec<u8> = (axe_min..=axe_max).filter(|a| a % 5 == 0).collect();
    let au_moins_un_indicatif = c.programmes.iter().any(|p| !p.eligibilite.age.precis);
    let lignes = c
        .programmes
        .iter()
        .map(|p| {
            let age = &p.eligibilite.age;
            let barre = barre_age(age.min, age.max, axe_min, axe_max);
            let libelle = tx.ages(age);
            view! {
                <li class="ages__ligne" data-programme=p.id.clone()>
                    <a class="ages__nom" href=Route::Programme(p.id.clone()).href()>{p.nom.clone()}</a>
                    <span class="ages__piste">
                        <span
                            class="ages__barre"
                            class:ages__barre--indicative=!age.precis
                            style:inset-inline-start=barre.debut_css()
                            style:width=barre.largeur_css()
                        ></span>
                    </span>
                    <span class="ages__texte">{libelle}</span>
                </li>
            }
        })
        .collect_view();
    let graduations = graduations
        .into_iter()
        .map(|a| {
            // Each label is centred on its one-year slot.
            let centre = barre_age(a, a, axe_min, axe_max).milieu_css();
            view! { <span class="ages__graduation" style:inset-inline-start=centre>{a}</span> }
        })
        .collect_view();
    view! {
        <figure class="ages">
            <figcaption>{tx.f(k::GRAPHIQUE_LEGENDE, &[("tranche", &tx.tranche_age(axe_min, axe_max))])}</figcaption>
            <ul class="ages__liste">{lignes}</ul>
            <div class="ages__axe" aria-hidden="true">
                <span class="ages__piste">{graduations}</span>
            </div>
            {au_moins_un_indicatif.then(|| view! {
                <p class="ages__legende">
                    <span class="ages__echantillon ages__barre--indicative" aria-hidden="true"></span>
                    {tx.t(k::GRAPHIQUE_HACHURE).to_string()}
                </p>
            })}
        </figure>
    }
}

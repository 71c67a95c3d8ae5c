use leptos::prelude::*;

use crate::components::{GraphiqueAges, Icone, avec_francais};
use crate::contexte::{catalogue_courant, textes};
use crate::i18n::cle::{self, accueil as k};
use crate::routes::{Route, lien};

/// Home: four doors (young person, parent, volunteer, professional), then
/// the programmes at a glance.
#[component]
pub fn Accueil() -> impl IntoView {
    let c = catalogue_courant();
    let tx = textes();
    // Six programmes, one per association: the same count names both.
    let associations = tx.compte(cle::commun::N_ASSOCIATIONS, c.programmes.len());
    let porte = |route: Route, titre: &str, texte: &str, icone: &'static str, cle: &'static str| {
        let (titre, texte) = (titre.to_string(), texte.to_string());
        view! {
            <li>
                <a class="porte" href=route.href() data-porte=cle>
                    <span class="porte__icone"><Icone nom=icone/></span>
                    <span class="porte__texte">
                        <span class="porte__titre">{titre}</span>
                        <span class="porte__detail">{texte}</span>
                    </span>
                </a>
            </li>
        }
    };
    view! {
        <div class="page accueil">
            <h1 tabindex="-1">{tx.t(k::TITRE).to_string()}</h1>
            <p class="chapo">
                {avec_francais(tx.f(k::CHAPO, &[("associations", &associations), ("tranche", &tx.tranche_age(c.mentorat.age_min, c.mentorat.age_max))]))}
            </p>
            <ul class="portes">
                {porte(Route::Jeune, tx.t(k::PORTE_JEUNE_TITRE), tx.t(k::PORTE_JEUNE_TEXTE), "jeune", "jeune")}
                {porte(Route::Parent, tx.t(k::PORTE_PARENT_TITRE), tx.t(k::PORTE_PARENT_TEXTE), "parent", "parent")}
                {porte(Route::Mentor, tx.t(k::PORTE_MENTOR_TITRE), tx.t(k::PORTE_MENTOR_TEXTE), "mentor", "mentor")}
                {porte(Route::Pro, tx.t(k::PORTE_PRO_TITRE), tx.t(k::PORTE_PRO_TEXTE), "pro", "pro")}
            </ul>
            <section aria-labelledby="titre-apercu">
                <h2 id="titre-apercu">{tx.t(k::APERCU_TITRE).to_string()}</h2>
                <GraphiqueAges/>
                <p><a class="bouton" href=lien::PROGRAMMES>{tx.f(k::VOIR_PROGRAMMES, &[("programmes", &tx.compte(cle::commun::N_PROGRAMMES, c.programmes.len()))])}</a></p>
            </section>
            <section aria-labelledby="titre-mentorat">
                <h2 id="titre-mentorat">{tx.t(k::MENTORAT_TITRE).to_string()}</h2>
                <p>{c.mentorat.definition.first().cloned().unwrap_or_default()}</p>
                <p><a href=lien::MENTORAT>{tx.t(k::EN_SAVOIR_PLUS).to_string()}</a></p>
            </section>
        </div>
    }
}

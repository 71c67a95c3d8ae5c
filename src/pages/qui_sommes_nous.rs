use leptos::prelude::*;

use crate::contexte::{catalogue_courant, textes};
use crate::i18n::cle::{commun, qui as k};
use crate::routes::lien;

/// "Qui sommes-nous": the Collectif Mentorat, the national plan, the
/// Pacte éducatif du Dunkerquois, and whom to write to.
#[component]
pub fn QuiSommesNous() -> impl IntoView {
    let c = catalogue_courant();
    let tx = textes();
    let source = |s: &str| tx.f(commun::SOURCE, &[("source", s)]);
    let paragraphes = |textes: &[String]| textes.iter().map(|t| view! { <p>{t.clone()}</p> }).collect_view();
    let puces = |textes: &[String]| textes.iter().map(|t| view! { <li>{t.clone()}</li> }).collect_view();
    let courriel = c.contact_regional.courriel.clone();
    view! {
        <div class="page">
            <h1 tabindex="-1">{tx.t(k::TITRE).to_string()}</h1>
            <section aria-labelledby="collectif">
                <h2 id="collectif">{c.collectif.nom.clone()}</h2>
                <p>{c.collectif.presentation.clone()}</p>
                <p class="encadre">{c.collectif.chiffre.clone()}</p>
                <h3>{tx.t(k::MISSIONS).to_string()}</h3>
                <ul class="puces">{puces(&c.collectif.missions)}</ul>
                <h3>{tx.t(k::TERRITOIRE).to_string()}</h3>
                {paragraphes(&c.collectif.local)}
                // "Une dizaine d'associations" (the brochure) next to the six
                // programmes of the app: say which ones these are.
                <p>
                    {tx.f(k::SIX, &[("nombre", &c.programmes.len().to_string())])} " "
                    <a href=lien::PROGRAMMES>{tx.t(k::VOIR_PROGRAMMES).to_string()}</a>
                </p>
                <p class="source">{source(&c.collectif.source)}</p>
            </section>
            <section aria-labelledby="plan">
                <h2 id="plan">{tx.f(k::PLAN, &[("nom", &c.plan_national.nom)])}</h2>
                <p>{c.plan_national.presentation.clone()}</p>
                <ul class="puces">{puces(&c.plan_national.points)}</ul>
                <p>{c.plan_national.role_collectif.clone()}</p>
                <p><a href=c.plan_national.site.clone() rel="noopener" target="_blank">
                    {tx.t(k::PLATEFORME).to_string()}<span class="visuellement-cache">{tx.t(commun::NOUVEL_ONGLET).to_string()}</span>
                </a></p>
                <p class="source">{source(&c.plan_national.source)}</p>
            </section>
            <section aria-labelledby="pacte">
                <h2 id="pacte">{c.pacte_educatif.nom.clone()}</h2>
                {paragraphes(&c.pacte_educatif.presentation)}
                <h3>{tx.t(k::AXES).to_string()}</h3>
                <ol class="puces">{puces(&c.pacte_educatif.axes)}</ol>
                {paragraphes(&c.pacte_educatif.mentorat)}
                <p class="source">{source(&c.pacte_educatif.source)}</p>
            </section>
            <section aria-labelledby="contact">
                <h2 id="contact">{tx.t(k::CONTACT).to_string()}</h2>
                <p>{c.contact_regional.libelle.clone()}</p>
                <p><a class="bouton bouton--principal" href=format!("mailto:{courriel}")>{tx.f(k::ECRIRE, &[("courriel", &courriel)])}</a></p>
            </section>
        </div>
    }
}

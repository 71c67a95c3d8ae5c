use leptos::prelude::*;

use crate::app::catalogue_courant;

/// "Qui sommes-nous": the Collectif Mentorat, the national plan, the
/// Pacte éducatif du Dunkerquois, and whom to write to.
#[component]
pub fn QuiSommesNous() -> impl IntoView {
    let c = catalogue_courant();
    let paragraphes = |textes: &[String]| textes.iter().map(|t| view! { <p>{t.clone()}</p> }).collect_view();
    let puces = |textes: &[String]| textes.iter().map(|t| view! { <li>{t.clone()}</li> }).collect_view();
    let courriel = c.contact_regional.courriel.clone();
    view! {
        <div class="page">
            <h1 tabindex="-1">"Qui sommes-nous\u{a0}?"</h1>
            <section aria-labelledby="collectif">
                <h2 id="collectif">{c.collectif.nom.clone()}</h2>
                <p>{c.collectif.presentation.clone()}</p>
                <p class="encadre">{c.collectif.chiffre.clone()}</p>
                <h3>"Ses missions"</h3>
                <ul class="puces">{puces(&c.collectif.missions)}</ul>
                <h3>"Sur le territoire"</h3>
                {paragraphes(&c.collectif.local)}
                <p class="source">"Source\u{a0}: " {c.collectif.source.clone()} "."</p>
            </section>
            <section aria-labelledby="plan">
                <h2 id="plan">"Le plan «\u{a0}" {c.plan_national.nom.clone()} "\u{a0}»"</h2>
                <p>{c.plan_national.presentation.clone()}</p>
                <ul class="puces">{puces(&c.plan_national.points)}</ul>
                <p>{c.plan_national.role_collectif.clone()}</p>
                <p><a href=c.plan_national.site.clone() rel="noopener" target="_blank">
                    "La plateforme nationale 1jeune1mentor.fr"<span class="visuellement-cache">" (nouvel onglet)"</span>
                </a></p>
                <p class="source">"Source\u{a0}: " {c.plan_national.source.clone()} "."</p>
            </section>
            <section aria-labelledby="pacte">
                <h2 id="pacte">{c.pacte_educatif.nom.clone()}</h2>
                {paragraphes(&c.pacte_educatif.presentation)}
                <h3>"Ses trois axes"</h3>
                <ol class="puces">{puces(&c.pacte_educatif.axes)}</ol>
                {paragraphes(&c.pacte_educatif.mentorat)}
                <p class="source">"Source\u{a0}: " {c.pacte_educatif.source.clone()} "."</p>
            </section>
            <section aria-labelledby="contact">
                <h2 id="contact">"Nous contacter"</h2>
                <p>{c.contact_regional.libelle.clone()}</p>
                <p><a class="bouton bouton--principal" href=format!("mailto:{courriel}")>"Écrire à " {courriel.clone()}</a></p>
            </section>
        </div>
    }
}

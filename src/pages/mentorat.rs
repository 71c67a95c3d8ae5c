use leptos::prelude::*;

use crate::contexte::{catalogue_courant, textes};
use crate::i18n::cle::{commun, mentorat as k};
use crate::routes::lien;

/// "Le mentorat": what it is, who for, who can mentor, what it changes
/// (with its source), and two people who lived it.
#[component]
pub fn Mentorat() -> impl IntoView {
    let c = catalogue_courant();
    let m = &c.mentorat;
    let tx = textes();
    let profils: Vec<&str> = m.mentors_profils.iter().map(|p| p.libelle(&tx)).collect();
    let profils = tx.f(k::PROFILS, &[("profils", &tx.liste(&profils))]);
    let chiffres = m
        .impact
        .iter()
        .map(|i| {
            view! {
                <li class="chiffre">
                    <span class="chiffre__valeur">{tx.f(k::POURCENTAGE, &[("n", &i.pourcentage.to_string())])}</span>
                    <span class="chiffre__jauge" aria-hidden="true">
                        <span class="chiffre__rempli" style:width=format!("{}%", i.pourcentage)></span>
                    </span>
                    <span class="chiffre__texte">{i.texte.clone()}</span>
                </li>
            }
        })
        .collect_view();
    let temoignages = m
        .temoignages
        .iter()
        .map(|t| {
            view! {
                <figure class="temoignage">
                    <blockquote>{t.citation.iter().map(|p| view! { <p>{p.clone()}</p> }).collect_view()}</blockquote>
                    <figcaption><strong>{t.auteur.clone()}</strong> ", " {t.qualite.clone()}</figcaption>
                </figure>
            }
        })
        .collect_view();
    view! {
        <div class="page">
            <h1 tabindex="-1">{tx.t(k::TITRE).to_string()}</h1>
            <section aria-labelledby="definition">
                <h2 id="definition">{tx.t(k::QUOI).to_string()}</h2>
                {m.definition.iter().map(|p| view! { <p>{p.clone()}</p> }).collect_view()}
                <ul class="valeurs">{m.valeurs.iter().map(|v| view! { <li>{v.clone()}</li> }).collect_view()}</ul>
            </section>
            <section aria-labelledby="pour-qui">
                <h2 id="pour-qui">{tx.t(k::POUR_QUI).to_string()}</h2>
                <p>{m.publics.clone()}</p>
                <p><a class="bouton" href=lien::PROGRAMMES>{tx.t(k::VOIR_PROGRAMMES).to_string()}</a></p>
            </section>
            <section aria-labelledby="qui-mentor">
                <h2 id="qui-mentor">{tx.t(k::QUI_MENTOR).to_string()}</h2>
                <p>{profils}</p>
                <p>{m.mentors_texte.clone()}</p>
            </section>
            <section aria-labelledby="impact">
                <h2 id="impact">{tx.t(k::IMPACT).to_string()}</h2>
                <ul class="chiffres">{chiffres}</ul>
                <p class="source">{tx.f(commun::SOURCE, &[("source", &m.impact_source)])}</p>
            </section>
            <section aria-labelledby="temoignages">
                <h2 id="temoignages">{tx.t(k::TEMOIGNAGES).to_string()}</h2>
                {temoignages}
            </section>
            <p class="source">{tx.f(commun::SOURCE, &[("source", &m.source)])}</p>
        </div>
    }
}

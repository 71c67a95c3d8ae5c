use leptos::prelude::*;

use crate::app::catalogue_courant;
use crate::texte::liste;

/// "Le mentorat": what it is, who for, who can mentor, what it changes
/// (with its source), and two people who lived it.
#[component]
pub fn Mentorat() -> impl IntoView {
    let c = catalogue_courant();
    let m = &c.mentorat;
    let profils: Vec<&str> = m.mentors_profils.iter().map(|p| p.libelle()).collect();
    let chiffres = m
        .impact
        .iter()
        .map(|i| {
            view! {
                <li class="chiffre">
                    <span class="chiffre__valeur">{i.pourcentage} "\u{a0}%"</span>
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
            <h1 tabindex="-1">"Le mentorat"</h1>
            <section aria-labelledby="definition">
                <h2 id="definition">"C'est quoi\u{a0}?"</h2>
                {m.definition.iter().map(|p| view! { <p>{p.clone()}</p> }).collect_view()}
                <ul class="valeurs">{m.valeurs.iter().map(|v| view! { <li>{v.clone()}</li> }).collect_view()}</ul>
            </section>
            <section aria-labelledby="pour-qui">
                <h2 id="pour-qui">"Pour qui\u{a0}?"</h2>
                <p>"Le mentorat s'adresse aux jeunes de " {m.age_min} " à " {m.age_max} " ans."</p>
                <p>{m.publics.clone()}</p>
                <p><a class="bouton" href="#/programmes">"Voir les programmes"</a></p>
            </section>
            <section aria-labelledby="qui-mentor">
                <h2 id="qui-mentor">"Qui peut être mentor\u{a0}?"</h2>
                <p>"Des " {liste(&profils)} "."</p>
                <p>{m.mentors_texte.clone()}</p>
            </section>
            <section aria-labelledby="impact">
                <h2 id="impact">"Un impact confirmé sur la vie des jeunes"</h2>
                <ul class="chiffres">{chiffres}</ul>
                <p class="source">"Source\u{a0}: " {m.impact_source.clone()} "."</p>
            </section>
            <section aria-labelledby="temoignages">
                <h2 id="temoignages">"Ils en parlent"</h2>
                {temoignages}
            </section>
            <p class="source">"Source\u{a0}: " {m.source.clone()} "."</p>
        </div>
    }
}

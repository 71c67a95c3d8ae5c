use leptos::prelude::*;

use crate::contexte::{catalogue_courant, textes};
use crate::html::{chacun, echapper, element, section};
use crate::i18n::cle::{commun, mentorat as k};
use crate::routes::lien;

/// "Le mentorat": what it is, who for, who can mentor, what it changes
/// (with its source), and two people who lived it. Text nothing updates,
/// written as HTML strings (`crate::html`) but for the figures' gauges,
/// whose widths a strict host CSP allows only through the CSSOM.
#[component]
pub fn Mentorat() -> impl IntoView {
    let c = catalogue_courant();
    let m = &c.mentorat;
    let tx = textes();
    let profils: Vec<&str> = m.mentors_profils.iter().map(|p| p.libelle(&tx)).collect();
    let profils = tx.f(k::PROFILS, &[("profils", &tx.liste(&profils))]);
    let source = |s: &str| {
        element(
            "p",
            r#" class="source""#,
            &echapper(&tx.f(commun::SOURCE, &[("source", s)])),
        )
    };
    let avant = [
        element("h1", r#" tabindex="-1""#, &echapper(tx.t(k::TITRE))),
        section(
            "definition",
            tx.t(k::QUOI),
            &(chacun("p", &m.definition) + &element("ul", r#" class="valeurs""#, &chacun("li", &m.valeurs))),
        ),
        section(
            "pour-qui",
            tx.t(k::POUR_QUI),
            &(element("p", "", &echapper(&m.publics))
                + &format!(
                    r#"<p><a class="bouton" href="{}">{}</a></p>"#,
                    lien::PROGRAMMES,
                    echapper(tx.t(k::VOIR_PROGRAMMES))
                )),
        ),
        section(
            "qui-mentor",
            tx.t(k::QUI_MENTOR),
            &chacun("p", &[&profils, &m.mentors_texte]),
        ),
    ]
    .concat();
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
    let temoignages: String = m
        .temoignages
        .iter()
        .map(|t| {
            element(
                "figure",
                r#" class="temoignage""#,
                &(element("blockquote", "", &chacun("p", &t.citation))
                    + &format!(
                        "<figcaption><strong>{}</strong>, {}</figcaption>",
                        echapper(&t.auteur),
                        echapper(&t.qualite)
                    )),
            )
        })
        .collect();
    let apres = section("temoignages", tx.t(k::TEMOIGNAGES), &temoignages) + &source(&m.source);
    view! {
        <div class="page">
            <div inner_html=avant></div>
            <section aria-labelledby="impact">
                <h2 id="impact">{tx.t(k::IMPACT).to_string()}</h2>
                <ul class="chiffres">{chiffres}</ul>
                <p class="source">{tx.f(commun::SOURCE, &[("source", &m.impact_source)])}</p>
            </section>
            <div inner_html=apres></div>
        </div>
    }
}

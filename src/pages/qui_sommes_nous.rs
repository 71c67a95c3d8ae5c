use leptos::prelude::*;

use crate::contexte::{catalogue_courant, textes};
use crate::html::{chacun, echapper, element, section};
use crate::i18n::cle::{commun, qui as k};
use crate::routes::lien;

/// "Qui sommes-nous": the Collectif Mentorat, the national plan, the
/// Pacte éducatif du Dunkerquois, and whom to write to.
///
/// Text nothing updates: one HTML string (`crate::html`).
#[component]
pub fn QuiSommesNous() -> impl IntoView {
    let c = catalogue_courant();
    let tx = textes();
    let p = |texte: &str| element("p", "", &echapper(texte));
    let source = |s: &str| {
        element(
            "p",
            r#" class="source""#,
            &echapper(&tx.f(commun::SOURCE, &[("source", s)])),
        )
    };
    let puces = |balise, textes: &[String]| element(balise, r#" class="puces""#, &chacun("li", textes));
    let h3 = |cle| element("h3", "", &echapper(tx.t(cle)));
    let lien =
        |href: &str, attributs: &str, texte: &str| format!(r#"<a{attributs} href="{}">{texte}</a>"#, echapper(href));
    let collectif = &c.collectif;
    let plan = &c.plan_national;
    let pacte = &c.pacte_educatif;
    let courriel = &c.contact_regional.courriel;
    // "Une dizaine d'associations" (the brochure) next to the six
    // programmes of the app: say which ones these are.
    let six = format!(
        "{} {}",
        echapper(&tx.f(k::SIX, &[("nombre", &c.programmes.len().to_string())])),
        lien(lien::PROGRAMMES, "", &echapper(tx.t(k::VOIR_PROGRAMMES)))
    );
    let plateforme = format!(
        r#"{}<span class="visuellement-cache">{}</span>"#,
        echapper(tx.t(k::PLATEFORME)),
        echapper(tx.t(commun::NOUVEL_ONGLET))
    );
    let html = [
        element("h1", r#" tabindex="-1""#, &echapper(tx.t(k::TITRE))),
        section(
            "collectif",
            &collectif.nom,
            &[
                p(&collectif.presentation),
                element("p", r#" class="encadre""#, &echapper(&collectif.chiffre)),
                h3(k::MISSIONS),
                puces("ul", &collectif.missions),
                h3(k::TERRITOIRE),
                chacun("p", &collectif.local),
                element("p", "", &six),
                source(&collectif.source),
            ]
            .concat(),
        ),
        section(
            "plan",
            &tx.f(k::PLAN, &[("nom", &plan.nom)]),
            &[
                p(&plan.presentation),
                puces("ul", &plan.points),
                p(&plan.role_collectif),
                element(
                    "p",
                    "",
                    &lien(&plan.site, r#" rel="noopener" target="_blank""#, &plateforme),
                ),
                source(&plan.source),
            ]
            .concat(),
        ),
        section(
            "pacte",
            &pacte.nom,
            &[
                chacun("p", &pacte.presentation),
                h3(k::AXES),
                puces("ol", &pacte.axes),
                chacun("p", &pacte.mentorat),
                source(&pacte.source),
            ]
            .concat(),
        ),
        section(
            "contact",
            tx.t(k::CONTACT),
            &(p(&c.contact_regional.libelle)
                + &element(
                    "p",
                    "",
                    &lien(
                        &format!("mailto:{courriel}"),
                        r#" class="bouton bouton--principal""#,
                        &echapper(&tx.f(k::ECRIRE, &[("courriel", courriel)])),
                    ),
                )),
        ),
    ]
    .concat();
    view! { <div class="page" inner_html=html></div> }
}

//! HTML written as text, for the parts of the app that are read and never
//! updated: a programme's facts, "Le mentorat", "Qui sommes-nous", "Vos
//! données". The app shows each as one string (`inner_html`), and the
//! static pages (`crate::statique`) use the same functions, so a programme
//! reads the same with or without WebAssembly.
//!
//! Why strings rather than `view!`: Leptos compiles each view into code
//! that builds that exact tree of elements, and every visitor downloads it
//! in the one wasm, home page included. For text that never changes once
//! drawn, a loop over strings is a fraction of that code. Every text from
//! the catalogue or the language files goes through [`echapper`]: a remote
//! catalogue cannot write markup into the page.

use crate::catalogue::{Niveau, Programme};
use crate::i18n::Textes;
use crate::i18n::cle::{commun, programme as k};

/// Escapes text for HTML content and attribute values (double-quoted).
pub fn echapper(texte: &str) -> String {
    let mut sortie = String::with_capacity(texte.len());
    for c in texte.chars() {
        match c {
            '&' => sortie.push_str("&amp;"),
            '<' => sortie.push_str("&lt;"),
            '>' => sortie.push_str("&gt;"),
            '"' => sortie.push_str("&quot;"),
            '\'' => sortie.push_str("&#39;"),
            c => sortie.push(c),
        }
    }
    sortie
}

/// `<balise attributs>contenu</balise>`; `attributs` starts with a space
/// (or is empty) and `contenu` is already HTML.
pub fn element(balise: &str, attributs: &str, contenu: &str) -> String {
    format!("<{balise}{attributs}>{contenu}</{balise}>")
}

/// The same element around each text, escaped: `<p>` paragraphs, `<li>`
/// items.
pub fn chacun<S: AsRef<str>>(balise: &str, textes: &[S]) -> String {
    textes
        .iter()
        .map(|t| element(balise, "", &echapper(t.as_ref())))
        .collect()
}

/// A section with its heading (`id` labels it); `contenu` is already HTML.
pub fn section(id: &str, titre: &str, contenu: &str) -> String {
    format!(
        r#"<section aria-labelledby="{id}"><h2 id="{id}">{}</h2>{contenu}</section>"#,
        echapper(titre)
    )
}

/// "Ce que dit la brochure": the brochure's exact words, folded (the same
/// markup as `components::Citation`). French in every language, left to
/// right even in Arabic. Nothing for an empty quote.
pub fn citation(tx: &Textes, texte: &str) -> String {
    if texte.is_empty() {
        return String::new();
    }
    format!(
        r#"<details class="citation"><summary>{}</summary><blockquote lang="fr" dir="ltr">« {} »</blockquote></details>"#,
        echapper(tx.t(commun::CE_QUE_DIT)),
        echapper(texte)
    )
}

/// A few short items (the places of the meetings): one alone as text,
/// several one per line.
pub fn liste_courte(textes: &[String]) -> String {
    match textes {
        [seul] => echapper(seul),
        textes => element("ul", r#" class="liste-courte""#, &chacun("li", textes)),
    }
}

/// `<div><dt>…</dt><dd>…</dd></div>`; `valeur` is already HTML.
pub fn fait(terme: &str, valeur: &str) -> String {
    format!("<div><dt>{}</dt><dd>{valeur}</dd></div>", echapper(terme))
}

/// A programme's facts below its contacts, section by section, with the
/// brochure's words each rests on: in brief, who for, how, the mentors,
/// the association, its partners. `racine` leads from the page to the
/// app's address (empty in the app, `../../` on a static page).
pub fn faits_programme(p: &Programme, tx: &Textes, racine: &str) -> String {
    let e = &p.eligibilite;
    let m = &p.modalites;
    let ages = echapper(&tx.ages(&e.age));
    let etiquetee = |cle, texte: &str, extrait: &str| {
        format!(
            "<li><strong>{}</strong>{}{}</li>",
            echapper(&tx.f(k::ETIQUETTE, &[("etiquette", tx.t(cle))])),
            texte,
            citation(tx, extrait)
        )
    };
    let libelles = |textes: Vec<&str>| echapper(&tx.liste(&textes));

    let en_bref = element(
        "dl",
        r#" class="faits faits--grand""#,
        &[
            fait(tx.t(k::AGES), &ages),
            fait(tx.t(k::FORMAT), &echapper(&m.format.texte)),
            fait(tx.t(k::DUREE), &echapper(&tx.duree(m))),
            fait(tx.t(k::RYTHME), &echapper(&m.frequence)),
            fait(tx.t(k::OU), &liste_courte(&m.lieux)),
        ]
        .concat(),
    );

    let mut pour_qui = etiquetee(k::AGES, &ages, &e.age.extrait);
    pour_qui += &etiquetee(
        k::SITUATIONS,
        &libelles(e.situations.iter().map(|s| s.libelle(tx)).collect()),
        &e.extrait,
    );
    if !e.situations_a_verifier.is_empty() {
        let a_verifier = libelles(e.situations_a_verifier.iter().map(|s| s.libelle(tx)).collect());
        pour_qui += &etiquetee(k::A_VERIFIER, &a_verifier, "");
    }
    for cond in &e.conditions {
        let niveau = match cond.niveau {
            Niveau::Requis => k::CONDITION,
            Niveau::Prioritaire => k::PRIORITE,
        };
        let jeunes = echapper(&tx.f(k::LES_JEUNES, &[("condition", &cond.texte)]));
        pour_qui += &etiquetee(niveau, &jeunes, &cond.extrait);
        if let Some(reste) = &cond.reste_a_verifier {
            pour_qui += &etiquetee(k::A_VERIFIER, &echapper(reste), "");
        }
    }
    let pour_qui = format!(
        "<p>{}</p>{}",
        echapper(&p.public),
        element("ul", r#" class="puces""#, &pour_qui)
    );

    let modes: Vec<&str> = p.modes().map(|mode| mode.libelle(tx)).collect();
    let mut comment = element(
        "ul",
        r#" class="puces""#,
        &(element(
            "li",
            "",
            &echapper(&tx.f(k::RENCONTRES, &[("modes", &tx.liste(&modes))])),
        ) + &chacun("li", &m.details)),
    );
    for o in &p.offres_speciales {
        comment += &element(
            "div",
            r#" class="encadre""#,
            &(element("h3", "", &echapper(&o.nom)) + &element("p", "", &echapper(&o.texte))),
        );
    }

    // A <div>, not a <p>: the quote is a <details>, which a <p> may not
    // hold (valid HTML, RGAA 8.2).
    let paragraphe = |texte: &str, extrait: &str| {
        element(
            "div",
            r#" class="paragraphe""#,
            &(echapper(texte) + &citation(tx, extrait)),
        )
    };
    let mentors = [
        paragraphe(&p.mentors.texte, &p.mentors.extrait),
        paragraphe(
            &tx.f(k::PROFILS, &[("engagement", &p.mentors.engagement)]),
            &p.mentors.extrait_engagement,
        ),
        format!(
            r##"<p><a href="{racine}#/mentor">{}</a></p>"##,
            echapper(tx.t(k::DEVENIR_MENTOR))
        ),
    ]
    .concat();

    let jm = &p.jeunes_mentores;
    let cap = &p.capacite;
    let mut capacite = echapper(&format!(
        "{}{}{} {}",
        tx.nombre(cap.nombre),
        if cap.ou_plus { tx.t(k::OU_PLUS) } else { "" },
        cap.periode.as_ref().map(|per| format!(" {per}")).unwrap_or_default(),
        cap.zone
    ));
    if let Some(note) = &cap.note {
        capacite += &format!("<br>{}", echapper(note));
    }
    capacite += &citation(tx, &cap.extrait);
    let mentores = tx.f(
        k::MENTORES,
        &[
            ("total", &tx.nombre(jm.total)),
            ("local", &tx.nombre(jm.local)),
            ("zone", &jm.local_zone),
        ],
    );
    let association = chacun("p", &p.description)
        + &element(
            "dl",
            r#" class="faits""#,
            &[
                fait(tx.t(k::CREE_EN), &p.annee_creation.to_string()),
                fait(
                    &tx.f(k::MENTORES_EN, &[("annee", &jm.annee.to_string())]),
                    &echapper(&mentores),
                ),
                fait(tx.t(k::CAPACITE), &capacite),
            ]
            .concat(),
        );

    [
        section("en-bref", tx.t(k::EN_BREF), &en_bref),
        section("pour-qui", tx.t(k::POUR_QUI), &pour_qui),
        section("comment", tx.t(k::COMMENT), &comment),
        section("mentors", tx.t(k::MENTORS), &mentors),
        section("association", tx.t(k::ASSOCIATION), &association),
        section(
            "partenaires",
            tx.t(k::PARTENAIRES),
            &element("ul", r#" class="puces""#, &chacun("li", &p.partenaires)),
        ),
    ]
    .concat()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn echappe_ce_qui_ferait_du_html() {
        assert_eq!(
            echapper(r#"<script>"a" & 'b'</script>"#),
            "&lt;script&gt;&quot;a&quot; &amp; &#39;b&#39;&lt;/script&gt;"
        );
        assert_eq!(chacun("li", &["a<b", "c"]), "<li>a&lt;b</li><li>c</li>");
        assert_eq!(liste_courte(&["Lille".to_string()]), "Lille");
        assert_eq!(
            liste_courte(&["A".to_string(), "B".to_string()]),
            r#"<ul class="liste-courte"><li>A</li><li>B</li></ul>"#
        );
    }

    #[test]
    fn chaque_programme_cite_la_brochure_et_n_ecrit_aucune_balise_du_catalogue() {
        let catalogue = crate::catalogue::embarque().expect("catalogue embarqué");
        let tx = Textes::francais_complet();
        for p in &catalogue.programmes {
            let mut p = p.clone();
            p.public = "<b>piège</b>".to_string();
            let html = faits_programme(&p, &tx, "../../");
            assert!(
                html.contains("&lt;b&gt;piège&lt;/b&gt;") && !html.contains("<b>"),
                "{}",
                p.id
            );
            assert!(html.contains(&echapper(&p.eligibilite.age.extrait)), "{}", p.id);
            assert!(html.contains(r##"href="../../#/mentor""##), "{}", p.id);
            for id in [
                "en-bref",
                "pour-qui",
                "comment",
                "mentors",
                "association",
                "partenaires",
            ] {
                assert!(html.contains(&format!(r#"<h2 id="{id}">"#)), "{} : {id}", p.id);
            }
        }
    }
}

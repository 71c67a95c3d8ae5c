//! The catalogue as plain HTML pages, written at build time (`make dist`
//! runs `src/bin/pages-statiques.rs`): one page per programme and the
//! programme list, at real paths (`programmes/afev/`), with no script.
//!
//! Why: they are what a browser without WebAssembly shows (the start-up
//! script links to them when the app cannot start), what a link shared in
//! a messaging app previews (title, description, Open Graph), and what a
//! search engine can index (hash routes are one page to it). The words are
//! the French language files' and the facts the catalogue's, so the pages
//! never say anything the app does not. Native only: none of this is in
//! the wasm.

use crate::catalogue::{Catalogue, Niveau, Programme};
use crate::i18n::cle::{
    app, boutons_contact as bc, commun, en_tete, pied, programme as k, programmes as kl, statique as ks,
};
use crate::i18n::{Textes, date_lisible};

/// Where the pages link to: the stylesheet and icon of the build, and the
/// public address of the app if known.
#[derive(Debug, Clone, Default)]
pub struct Site {
    /// The app's stylesheet, relative to the build's root (`main-1a2b.css`).
    pub css: String,
    /// The app's icon, relative to the build's root, if any.
    pub icone: Option<String>,
    /// The app's public address with a trailing slash
    /// (`https://exemple.fr/mentorat/`); `None`: canonical links are
    /// relative, and there is no sitemap (it takes absolute addresses only).
    pub base: Option<String>,
}

/// One page to write: its path in the build, and its content.
#[derive(Debug, Clone, PartialEq)]
pub struct Page {
    pub chemin: String,
    pub contenu: String,
}

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

/// The path of a programme's page in the build (and in the address).
pub fn chemin_programme(id: &str) -> String {
    format!("programmes/{id}/")
}

/// Every page: the list, one per programme, `robots.txt`, and
/// `sitemap.xml` when the public address is known.
pub fn pages(catalogue: &Catalogue, site: &Site) -> Vec<Page> {
    let tx = Textes::francais_complet();
    let mut pages = vec![Page {
        chemin: "programmes/index.html".into(),
        contenu: liste(catalogue, site, &tx),
    }];
    for p in &catalogue.programmes {
        pages.push(Page {
            chemin: format!("{}index.html", chemin_programme(&p.id)),
            contenu: programme(catalogue, p, site, &tx),
        });
    }
    if let Some(base) = &site.base {
        pages.push(Page {
            chemin: "sitemap.xml".into(),
            contenu: sitemap(catalogue, base),
        });
    }
    pages.push(Page {
        chemin: "robots.txt".into(),
        contenu: robots(site),
    });
    pages
}

/// The page's address: absolute under `base`, else relative to `racine`
/// (the way back to the build's root from the page).
fn adresse(site: &Site, racine: &str, chemin: &str) -> String {
    match &site.base {
        Some(base) => format!("{base}{chemin}"),
        None => format!("{racine}{chemin}"),
    }
}

/// What a page puts in its document: its path, title, description and
/// the markup of its `<main>`.
struct Contenu<'a> {
    chemin: &'a str,
    titre: &'a str,
    description: &'a str,
    main: &'a str,
}

/// The document around a page's `<main>`: head with the sharing tags,
/// the app's header (name, a link to the list) and footer.
fn document(c: &Catalogue, site: &Site, tx: &Textes, racine: &str, contenu: Contenu) -> String {
    let Contenu {
        chemin,
        titre,
        description,
        main,
    } = contenu;
    let titre_complet = tx.f(app::TITRE_PAGE, &[("page", titre)]);
    let canonique = adresse(site, racine, chemin);
    let og_url = site
        .base
        .as_ref()
        .map(|_| format!("\n<meta property=\"og:url\" content=\"{}\">", echapper(&canonique)))
        .unwrap_or_default();
    let icone = site
        .icone
        .as_ref()
        .map(|i| format!("\n<link rel=\"icon\" href=\"{racine}{}\">", echapper(i)))
        .unwrap_or_default();
    let courriel = &c.contact_regional.courriel;
    format!(
        r##"<!DOCTYPE html>
<html lang="fr" dir="ltr">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{titre_html}</title>
<meta name="description" content="{description}">
<link rel="canonical" href="{canonique}">
<meta property="og:type" content="website">
<meta property="og:locale" content="fr_FR">
<meta property="og:site_name" content="{nom}">
<meta property="og:title" content="{titre_html}">
<meta property="og:description" content="{description}">{og_url}
<meta name="theme-color" content="#1d3f8c">
<link rel="stylesheet" href="{racine}{css}">{icone}
</head>
<body>
<a class="lien-evitement" href="#contenu">{evitement}</a>
<header class="en-tete">
<div class="en-tete__barre"><a class="en-tete__nom" href="{racine}"><span class="en-tete__logo" aria-hidden="true">➜</span><span>{nom}<small>{territoire}</small></span></a></div>
<nav aria-label="{navigation}"><ul class="en-tete__liens"><li><a href="{racine}programmes/"{courant}>{programmes}</a></li></ul></nav>
</header>
<main id="contenu" tabindex="-1">
{main}
</main>
<footer class="pied">
<p>{source}</p>
<p data-catalogue-date="{date}">{date_avant}<time datetime="{date}">{date_lisible}</time>{date_apres}</p>
<p class="pied__contact">{question} <a href="mailto:{courriel}">{courriel}</a></p>
<p><a href="{racine}catalogue.json" download="catalogue-mentorat-cud.json">{telecharger}</a></p>
</footer>
</body>
</html>
"##,
        titre_html = echapper(&titre_complet),
        description = echapper(description),
        canonique = echapper(&canonique),
        nom = echapper(tx.t(en_tete::NOM)),
        css = echapper(&site.css),
        evitement = echapper(tx.t(app::ALLER_AU_CONTENU)),
        territoire = echapper(tx.t(en_tete::TERRITOIRE)),
        navigation = echapper(tx.t(en_tete::NAVIGATION)),
        courant = if chemin == "programmes/" {
            r#" aria-current="page""#
        } else {
            ""
        },
        programmes = echapper(tx.t(en_tete::PROGRAMMES)),
        source = echapper(
            tx.f(
                pied::SOURCE,
                &[("titre", &c.source.titre), ("editeur", &c.source.editeur)]
            )
            .trim_end()
        ),
        date = echapper(&c.date_maj),
        date_avant = echapper(tx.t(pied::DATE_AVANT)),
        date_lisible = echapper(&date_lisible(&c.date_maj)),
        date_apres = echapper(tx.t(pied::DATE_APRES)),
        question = echapper(&tx.f(pied::QUESTION, &[("contact", &c.contact_regional.libelle)])),
        courriel = echapper(courriel),
        telecharger = echapper(tx.t(pied::TELECHARGER)),
    )
}

/// The link that opens the same screen in the app (its hash route).
fn lien_app(tx: &Textes, racine: &str, route: &str) -> String {
    format!(
        r#"<p><a class="bouton bouton--principal" href="{racine}{route}" data-ouvrir-app="">{}</a></p>"#,
        echapper(tx.t(ks::OUVRIR_APP))
    )
}

/// The programme list: one card per programme, linking to its page.
fn liste(c: &Catalogue, site: &Site, tx: &Textes) -> String {
    let racine = "../";
    let titre = tx.t(kl::TITRE);
    let chapo = tx.f(
        kl::CHAPO,
        &[
            (
                "associations",
                &tx.compte(crate::i18n::cle::commun::N_ASSOCIATIONS, c.programmes.len()),
            ),
            ("territoire", &c.territoire.nom),
        ],
    );
    let mut main = format!(
        r#"<div class="page"><h1 tabindex="-1">{}</h1><p class="chapo">{}</p>{}<ul class="cartes">"#,
        echapper(titre),
        echapper(&chapo),
        lien_app(tx, racine, "#/programmes")
    );
    for p in &c.programmes {
        let age = &p.eligibilite.age;
        let ages = tx.ages(age);
        main.push_str(&format!(
            r#"<li><article class="carte" data-programme="{id}"><h2 class="carte__titre"><a class="carte__lien" href="{id}/">{nom}</a></h2><p class="carte__accroche">{accroche}</p><dl class="faits">{faits}</dl><p class="carte__suite" aria-hidden="true">{suite}</p></article></li>"#,
            id = echapper(&p.id),
            nom = echapper(&p.nom),
            accroche = echapper(&p.accroche),
            faits = [
                (kl::CARTE_AGES, ages.as_str()),
                (kl::CARTE_FORMAT, p.modalites.format.texte.as_str()),
                (kl::CARTE_DUREE, p.modalites.duree.as_str()),
                (kl::CARTE_RYTHME, p.modalites.frequence.as_str()),
            ]
            .iter()
            .map(|(cle, valeur)| fait(tx.t(*cle), &echapper(valeur)))
            .collect::<String>(),
            suite = echapper(tx.t(kl::CARTE_SUITE)),
        ));
    }
    main.push_str("</ul></div>");
    document(
        c,
        site,
        tx,
        racine,
        Contenu {
            chemin: "programmes/",
            titre,
            description: &chapo,
            main: &main,
        },
    )
}

/// `<div><dt>…</dt><dd>…</dd></div>`; `valeur` is already HTML.
fn fait(terme: &str, valeur: &str) -> String {
    format!("<div><dt>{}</dt><dd>{valeur}</dd></div>", echapper(terme))
}

/// `<ul class="puces">` items, escaped.
fn puces<S: AsRef<str>>(textes: &[S]) -> String {
    textes
        .iter()
        .map(|t| format!("<li>{}</li>", echapper(t.as_ref())))
        .collect()
}

/// "<strong>Condition : </strong>les jeunes …" as the app's page writes it.
fn etiquetee(tx: &Textes, cle: crate::i18n::Cle, texte: &str) -> String {
    format!(
        "<li><strong>{}</strong>{}</li>",
        echapper(&tx.f(k::ETIQUETTE, &[("etiquette", tx.t(cle))])),
        echapper(texte)
    )
}

/// A section with its heading (`id` labels it, as in the app).
fn section(id: &str, titre: &str, contenu: &str) -> String {
    format!(
        r#"<section aria-labelledby="{id}"><h2 id="{id}">{}</h2>{contenu}</section>"#,
        echapper(titre)
    )
}

/// One programme: every fact of its page in the app, contacts first, as links.
fn programme(c: &Catalogue, p: &Programme, site: &Site, tx: &Textes) -> String {
    let racine = "../../";
    let e = &p.eligibilite;
    let m = &p.modalites;
    let ages = tx.ages(&e.age);
    let duree = tx.duree(m);
    let lieux = match m.lieux.as_slice() {
        [seul] => echapper(seul),
        lieux => format!(r#"<ul class="liste-courte">{}</ul>"#, puces(lieux)),
    };

    // Contacts: the same three links as the app's buttons.
    let contact = |classe: &str, href: &str, quoi: &str, titre: &str, detail: &str, extra: &str| {
        format!(
            r#"<a class="bouton {classe}bouton--contact" href="{}" data-contact="{quoi}"{extra}><span><span class="bouton__titre">{}</span><span class="bouton__detail">{detail}</span></span></a>"#,
            echapper(href),
            echapper(titre)
        )
    };
    let mut contacts = String::new();
    if let (Some(tel), Some(numero)) = (p.lien_telephone(), &p.contact.telephone) {
        contacts.push_str(&contact(
            "bouton--principal ",
            &tel,
            "telephone",
            tx.t(bc::APPELER),
            &format!(r#"<bdi dir="ltr">{}</bdi>"#, echapper(numero)),
            "",
        ));
    }
    contacts.push_str(&contact(
        "bouton--principal ",
        &p.lien_courriel(),
        "courriel",
        tx.t(bc::COURRIEL),
        &echapper(&p.contact.courriel),
        "",
    ));
    contacts.push_str(&contact(
        "",
        &p.contact.site,
        "site",
        tx.t(bc::SITE),
        &format!(
            r#"{}<span class="visuellement-cache">{}</span>"#,
            echapper(&p.contact.site_libelle),
            echapper(tx.t(bc::NOUVEL_ONGLET))
        ),
        r#" rel="noopener" target="_blank""#,
    ));
    let personnes = if p.contact.personnes.is_empty() {
        String::new()
    } else {
        format!(
            r#"<p class="contact__personnes">{}</p>"#,
            echapper(&tx.f(k::VOS_CONTACTS, &[("personnes", &tx.liste(&p.contact.personnes))]))
        )
    };

    let en_bref = format!(
        r#"<dl class="faits faits--grand">{}{}{}{}{}</dl>"#,
        fait(tx.t(k::AGES), &echapper(&ages)),
        fait(tx.t(k::FORMAT), &echapper(&m.format.texte)),
        fait(tx.t(k::DUREE), &echapper(&duree)),
        fait(tx.t(k::RYTHME), &echapper(&m.frequence)),
        fait(tx.t(k::OU), &lieux),
    );

    let situations: Vec<&str> = e.situations.iter().map(|s| s.libelle(tx)).collect();
    let a_verifier: Vec<&str> = e.situations_a_verifier.iter().map(|s| s.libelle(tx)).collect();
    let mut pour_qui = format!("<p>{}</p><ul class=\"puces\">", echapper(&p.public));
    pour_qui.push_str(&etiquetee(tx, k::AGES, &ages));
    pour_qui.push_str(&etiquetee(tx, k::SITUATIONS, &tx.liste(&situations)));
    if !a_verifier.is_empty() {
        pour_qui.push_str(&etiquetee(tx, k::A_VERIFIER, &tx.liste(&a_verifier)));
    }
    for cond in &e.conditions {
        let niveau = match cond.niveau {
            Niveau::Requis => k::CONDITION,
            Niveau::Prioritaire => k::PRIORITE,
        };
        pour_qui.push_str(&etiquetee(
            tx,
            niveau,
            &tx.f(k::LES_JEUNES, &[("condition", &cond.texte)]),
        ));
        if let Some(reste) = &cond.reste_a_verifier {
            pour_qui.push_str(&etiquetee(tx, k::A_VERIFIER, reste));
        }
    }
    pour_qui.push_str("</ul>");

    let modes: Vec<&str> = p.modes().map(|mode| mode.libelle(tx)).collect();
    let mut comment = format!(
        r#"<ul class="puces"><li>{}</li>{}</ul>"#,
        echapper(&tx.f(k::RENCONTRES, &[("modes", &tx.liste(&modes))])),
        puces(&m.details)
    );
    for o in &p.offres_speciales {
        comment.push_str(&format!(
            r#"<div class="encadre"><h3>{}</h3><p>{}</p></div>"#,
            echapper(&o.nom),
            echapper(&o.texte)
        ));
    }

    let profils: Vec<&str> = p.mentors.profils.iter().map(|pr| pr.libelle(tx)).collect();
    let mentors = format!(
        "<p>{}</p><p>{}</p>",
        echapper(&p.mentors.texte),
        echapper(&tx.f(
            k::PROFILS,
            &[("profils", &tx.liste(&profils)), ("engagement", &p.mentors.engagement)]
        ))
    );

    let jm = &p.jeunes_mentores;
    let cap = &p.capacite;
    let capacite = format!(
        "{}{}{} {}",
        tx.nombre(cap.nombre),
        if cap.ou_plus { tx.t(k::OU_PLUS) } else { "" },
        cap.periode.as_ref().map(|per| format!(" {per}")).unwrap_or_default(),
        cap.zone
    );
    let mut association: String = p
        .description
        .iter()
        .map(|t| format!("<p>{}</p>", echapper(t)))
        .collect();
    association.push_str(&format!(
        r#"<dl class="faits">{}{}{}</dl>"#,
        fait(tx.t(k::CREE_EN), &p.annee_creation.to_string()),
        fait(
            &tx.f(k::MENTORES_EN, &[("annee", &jm.annee.to_string())]),
            &echapper(&tx.f(
                k::MENTORES,
                &[
                    ("total", &tx.nombre(jm.total)),
                    ("local", &tx.nombre(jm.local)),
                    ("zone", &jm.local_zone)
                ]
            ))
        ),
        fait(tx.t(k::CAPACITE), &echapper(&capacite)),
    ));

    let main = format!(
        r#"<article class="page fiche" data-programme="{id}"><p class="fil"><a href="../">{retour}</a></p><h1 tabindex="-1">{nom}</h1><p class="chapo">{accroche}</p><div class="contact" role="group" aria-label="{contacter}">{contacts}</div>{personnes}{app}{en_bref}{pour_qui}{comment}{mentors}{association}{partenaires}<p class="source">{source}</p></article>"#,
        id = echapper(&p.id),
        retour = echapper(tx.t(k::RETOUR)),
        nom = echapper(&p.nom),
        accroche = echapper(&p.accroche),
        contacter = echapper(&tx.f(bc::CONTACTER, &[("nom", &p.nom)])),
        app = lien_app(tx, racine, &format!("#/programmes/{}", p.id)),
        en_bref = section("en-bref", tx.t(k::EN_BREF), &en_bref),
        pour_qui = section("pour-qui", tx.t(k::POUR_QUI), &pour_qui),
        comment = section("comment", tx.t(k::COMMENT), &comment),
        mentors = section("mentors", tx.t(k::MENTORS), &mentors),
        association = section("association", tx.t(k::ASSOCIATION), &association),
        partenaires = section(
            "partenaires",
            tx.t(k::PARTENAIRES),
            &format!(r#"<ul class="puces">{}</ul>"#, puces(&p.partenaires))
        ),
        source = echapper(&tx.f(commun::SOURCE, &[("source", &p.source)])),
    );
    let description = format!("{} {}", p.accroche, p.public);
    document(
        c,
        site,
        tx,
        racine,
        Contenu {
            chemin: &chemin_programme(&p.id),
            titre: &p.nom,
            description: &description,
            main: &main,
        },
    )
}

/// The pages for search engines, at absolute addresses under `base` (the
/// sitemap protocol accepts no relative address, hence no sitemap at all
/// without a public address).
fn sitemap(c: &Catalogue, base: &str) -> String {
    let mut chemins = vec![String::new(), "programmes/".to_string()];
    chemins.extend(c.programmes.iter().map(|p| chemin_programme(&p.id)));
    let mut xml = String::from(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n",
    );
    for chemin in chemins {
        xml.push_str(&format!(
            "  <url><loc>{}</loc><lastmod>{}</lastmod></url>\n",
            echapper(&format!("{base}{chemin}")),
            echapper(&c.date_maj)
        ));
    }
    xml.push_str("</urlset>\n");
    xml
}

/// Everything may be indexed; the sitemap is named only when there is one
/// (with the public address).
fn robots(site: &Site) -> String {
    match &site.base {
        Some(base) => format!("User-agent: *\nAllow: /\nSitemap: {base}sitemap.xml\n"),
        None => "User-agent: *\nAllow: /\n".to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::catalogue;

    fn site(base: Option<&str>) -> Site {
        Site {
            css: "main-abc.css".into(),
            icone: None,
            base: base.map(str::to_string),
        }
    }

    #[test]
    fn une_page_par_programme_plus_la_liste_et_robots() {
        let c = catalogue::embarque().unwrap();
        let pages = pages(&c, &site(None));
        assert_eq!(pages.len(), c.programmes.len() + 2);
        for p in &c.programmes {
            let page = pages
                .iter()
                .find(|x| x.chemin == format!("programmes/{}/index.html", p.id))
                .unwrap();
            // Every contact as a link, and the way to the same screen in the app.
            assert!(
                page.contenu
                    .contains(&format!("href=\"{}\"", echapper(&p.lien_courriel())))
            );
            assert!(
                page.contenu
                    .contains(&format!("href=\"{}\"", echapper(&p.contact.site)))
            );
            if let Some(tel) = p.lien_telephone() {
                assert!(page.contenu.contains(&format!("href=\"{tel}\"")));
            }
            assert!(page.contenu.contains(&format!("href=\"../../#/programmes/{}\"", p.id)));
            assert!(page.contenu.contains(&format!(
                "<meta property=\"og:title\" content=\"{} · Trouve ton mentor\">",
                echapper(&p.nom)
            )));
            assert!(page.contenu.contains("<meta property=\"og:description\""));
            assert!(page.contenu.contains("href=\"../../main-abc.css\""));
            assert!(
                page.contenu
                    .contains(&format!("<link rel=\"canonical\" href=\"../../programmes/{}/\">", p.id))
            );
            // No script: these pages work where the app cannot.
            assert!(!page.contenu.contains("<script"));
        }
    }

    #[test]
    fn chaque_fait_du_programme_est_sur_sa_page() {
        let c = catalogue::embarque().unwrap();
        let pages = pages(&c, &site(None));
        for p in &c.programmes {
            let page = &pages
                .iter()
                .find(|x| x.chemin == format!("programmes/{}/index.html", p.id))
                .unwrap()
                .contenu;
            let mut faits: Vec<&str> = vec![
                &p.nom,
                &p.accroche,
                &p.public,
                &p.modalites.frequence,
                &p.mentors.texte,
                &p.source,
            ];
            faits.extend(p.description.iter().map(String::as_str));
            faits.extend(p.partenaires.iter().map(String::as_str));
            faits.extend(p.modalites.lieux.iter().map(String::as_str));
            faits.extend(p.modalites.details.iter().map(String::as_str));
            faits.extend(p.eligibilite.conditions.iter().map(|c| c.texte.as_str()));
            faits.extend(p.offres_speciales.iter().map(|o| o.texte.as_str()));
            for fait in faits {
                assert!(page.contains(&echapper(fait)), "{} : il manque « {fait} »", p.id);
            }
        }
    }

    #[test]
    fn adresses_absolues_avec_une_base() {
        let c = catalogue::embarque().unwrap();
        let pages = pages(&c, &site(Some("https://exemple.fr/mentorat/")));
        let afev = &pages
            .iter()
            .find(|x| x.chemin == "programmes/afev/index.html")
            .unwrap()
            .contenu;
        assert!(afev.contains("<link rel=\"canonical\" href=\"https://exemple.fr/mentorat/programmes/afev/\">"));
        assert!(afev.contains("<meta property=\"og:url\" content=\"https://exemple.fr/mentorat/programmes/afev/\">"));
        let plan = &pages.iter().find(|x| x.chemin == "sitemap.xml").unwrap().contenu;
        assert!(plan.contains("<loc>https://exemple.fr/mentorat/programmes/afev/</loc>"));
        assert_eq!(plan.matches("<loc>").count(), c.programmes.len() + 2);
        let robots = &pages.iter().find(|x| x.chemin == "robots.txt").unwrap().contenu;
        assert!(robots.contains("Sitemap: https://exemple.fr/mentorat/sitemap.xml"));
    }

    #[test]
    fn sans_adresse_publique_ni_plan_du_site_ni_ligne_sitemap() {
        // A sitemap takes absolute addresses only: without the public
        // address there is none, and robots.txt does not name one.
        let c = catalogue::embarque().unwrap();
        let pages = pages(&c, &site(None));
        assert!(pages.iter().all(|p| p.chemin != "sitemap.xml"));
        let robots = &pages.iter().find(|x| x.chemin == "robots.txt").unwrap().contenu;
        assert_eq!(robots, "User-agent: *\nAllow: /\n");
        // With it, every <loc> is absolute, the app's own address first.
        let avec = super::pages(&c, &site(Some("https://exemple.fr/mentorat/")));
        let plan = &avec.iter().find(|x| x.chemin == "sitemap.xml").unwrap().contenu;
        assert!(plan.contains("<loc>https://exemple.fr/mentorat/</loc>"));
        for loc in plan.split("<loc>").skip(1) {
            assert!(loc.starts_with("https://exemple.fr/mentorat/"), "{loc}");
        }
    }

    #[test]
    fn le_texte_du_catalogue_est_echappe() {
        assert_eq!(
            echapper(r#"<script>"a" & 'b'"#),
            "&lt;script&gt;&quot;a&quot; &amp; &#39;b&#39;"
        );
        let mut c = catalogue::embarque().unwrap();
        c.programmes[0].accroche = "<img src=x onerror=alert(1)>".into();
        let pages = pages(&c, &site(None));
        assert!(pages.iter().all(|p| !p.contenu.contains("<img")));
    }
}

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

use crate::catalogue::{Catalogue, Programme};
use crate::html::{echapper, fait, faits_programme};
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
    /// The build's day (`AAAA-MM-JJ`): a programme checked more than twelve
    /// months before it gets the app's notice to confirm with the
    /// association (the pages are written once, at build time).
    pub aujourdhui: String,
}

/// One page to write: its path in the build, and its content.
#[derive(Debug, Clone, PartialEq)]
pub struct Page {
    pub chemin: String,
    pub contenu: String,
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

/// One programme: every fact of its page in the app, contacts first, as links.
fn programme(c: &Catalogue, p: &Programme, site: &Site, tx: &Textes) -> String {
    let racine = "../../";
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

    // The app's sentence and rule, from the same texts and data.
    let (verification, ancienne) = tx.verification(p, &site.aujourdhui, false);
    let main = format!(
        r#"<article class="page fiche" data-programme="{id}"><p class="fil"><a href="../">{retour}</a></p><h1 tabindex="-1">{nom}</h1><p class="chapo">{accroche}</p><div class="contact" role="group" aria-label="{contacter}">{contacts}</div>{personnes}<p class="verification" data-verifie-le="{verifie_le}"{ancienne}>{verification}</p>{app}{faits}<p class="source">{source}</p></article>"#,
        id = echapper(&p.id),
        retour = echapper(tx.t(k::RETOUR)),
        nom = echapper(&p.nom),
        accroche = echapper(&p.accroche),
        contacter = echapper(&tx.f(bc::CONTACTER, &[("nom", &p.nom)])),
        verifie_le = echapper(&p.verifie_le),
        ancienne = if ancienne {
            " data-verification-ancienne=\"\""
        } else {
            ""
        },
        verification = echapper(&verification),
        app = lien_app(tx, racine, &format!("#/programmes/{}", p.id)),
        faits = faits_programme(p, tx, racine),
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

/// A moment (seconds since 1970-01-01 UTC) as its day, `AAAA-MM-JJ`: the
/// build's "today" (the days since 1970 counted into 400-year eras of the
/// Gregorian calendar, each starting on 1 March so that 29 February ends a
/// year).
pub fn jour(secondes: u64) -> String {
    let jours = secondes / 86_400 + 719_468;
    let ere = jours / 146_097;
    let jour_de_l_ere = jours % 146_097;
    let annee_de_l_ere =
        (jour_de_l_ere - jour_de_l_ere / 1_460 + jour_de_l_ere / 36_524 - jour_de_l_ere / 146_096) / 365;
    let jour_de_l_annee = jour_de_l_ere - (365 * annee_de_l_ere + annee_de_l_ere / 4 - annee_de_l_ere / 100);
    let mois_depuis_mars = (5 * jour_de_l_annee + 2) / 153;
    let jour = jour_de_l_annee - (153 * mois_depuis_mars + 2) / 5 + 1;
    let mois = if mois_depuis_mars < 10 {
        mois_depuis_mars + 3
    } else {
        mois_depuis_mars - 9
    };
    let annee = annee_de_l_ere + ere * 400 + u64::from(mois <= 2);
    format!("{annee:04}-{mois:02}-{jour:02}")
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
            aujourdhui: "2026-12-03".into(),
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

    #[test]
    fn chaque_page_dit_quand_le_programme_a_ete_verifie_comme_l_app() {
        // The sentences of the French language file, filled by hand here.
        let fr = crate::json::lire(include_str!("../langues/fr/programme.json")).unwrap();
        let mot = |cle: &str| fr.get(cle).and_then(crate::json::Json::texte).unwrap().to_string();
        let page_de = |c: &Catalogue, site: &Site, id: &str| {
            pages(c, site)
                .into_iter()
                .find(|x| x.chemin == format!("programmes/{id}/index.html"))
                .unwrap()
                .contenu
        };
        let mut c = catalogue::embarque().unwrap();
        // The brochure's year, built on 3 December 2026: older than twelve
        // months, the notice follows.
        c.programmes[0].verifie_le = "2024".into();
        let id = c.programmes[0].id.clone();
        let brochure = echapper(&mot("verifie_brochure").replace("{annee}", "2024"));
        let page = page_de(&c, &site(None), &id);
        assert!(
            page.contains(&format!(
                r#"<p class="verification" data-verifie-le="2024" data-verification-ancienne="">{brochure} {}</p>"#,
                echapper(&mot("verifie_ancien"))
            )),
            "{page}"
        );
        // Built in June 2025, the same year is not yet a year old.
        let juin = Site {
            aujourdhui: "2025-06-01".into(),
            ..site(None)
        };
        let page = page_de(&c, &juin, &id);
        assert!(page.contains(&format!(
            r#"<p class="verification" data-verifie-le="2024">{brochure} </p>"#
        )));
        assert!(!page.contains(&echapper(&mot("verifie_ancien"))));
        // A day the Collectif set: written as the app writes it.
        c.programmes[0].verifie_le = "2026-11-02".into();
        let page = page_de(&c, &site(None), &id);
        let le = echapper(&mot("verifie_le").replace("{date}", "02/11/2026"));
        assert!(
            page.contains(&format!(
                r#"<p class="verification" data-verifie-le="2026-11-02">{le} </p>"#
            )),
            "{page}"
        );
        // Every page has its line.
        for p in pages(&catalogue::embarque().unwrap(), &site(None)) {
            if p.chemin.starts_with("programmes/") && p.chemin != "programmes/index.html" {
                assert_eq!(
                    p.contenu.matches(r#"<p class="verification""#).count(),
                    1,
                    "{}",
                    p.chemin
                );
            }
        }
    }

    #[test]
    fn le_jour_de_la_construction() {
        assert_eq!(jour(0), "1970-01-01");
        assert_eq!(jour(951_782_400), "2000-02-29");
        assert_eq!(jour(1_735_689_599), "2024-12-31");
        assert_eq!(jour(1_735_689_600), "2025-01-01");
        assert_eq!(jour(1_796_306_400), "2026-12-03");
    }
}

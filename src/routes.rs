//! Hash routes (`#/programmes/afev`): the app lives in one `index.html`, so
//! it works on any static host, at any sub-path, with no rewrite rules, and
//! a reload or a shared link opens the same screen.
//!
//! Pure Rust: parsing is tested natively.

use crate::engine::mentor::ReponsesMentor;
use crate::engine::{Question, Reponses};

/// Every screen of the app.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Route {
    Accueil,
    /// The list of every programme.
    Programmes,
    /// One programme, by its public id. The id may not exist: the page says so.
    Programme(String),
    /// What mentoring is, who for, impact, testimonials.
    Mentorat,
    /// The Collectif, the national plan, the Pacte éducatif, contacts.
    QuiSommesNous,
    /// The accessibility statement.
    Accessibilite,
    /// "Vos données": what the app keeps, where, for how long, how to erase it.
    Donnees,
    /// Young people's door: the questionnaire's welcome screen.
    Jeune,
    /// Parents' door: the same questionnaire about their child ("vous").
    Parent,
    /// One question of the questionnaire (`#/jeune/age`).
    Question(Question),
    /// Results for the answers in the query (`#/jeune/resultats?age=16…`).
    /// The answers live in the fragment, so they never reach a server.
    Resultats(Reponses),
    /// Volunteers' door: the mentor questions on one screen.
    Mentor,
    /// Programmes that would take this volunteer.
    ResultatsMentor(ReponsesMentor),
    /// Parents' and professionals' door: the young person's answers on one screen.
    Pro,
    /// The referral sheet for those answers, print-ready.
    Fiche(Reponses),
    /// Two or three programmes side by side, by id (unknown ids are dropped by the page).
    Comparer(Vec<String>),
    /// Anything else: the path as typed, to show it back.
    Introuvable(String),
}

impl Route {
    /// Whether the French compiled into the app is enough to draw this
    /// screen: only the home page's texts are (`francais_embarque` in
    /// langues/langues.json); every other screen waits for the French file.
    pub fn francais_embarque_suffit(&self) -> bool {
        matches!(self, Route::Accueil)
    }

    /// Reads `location.hash` (with or without the leading `#`). Never fails:
    /// anything unknown is `Introuvable`.
    pub fn depuis_hash(hash: &str) -> Route {
        let hash = hash.strip_prefix('#').unwrap_or(hash);
        let (chemin, requete) = hash.split_once('?').unwrap_or((hash, ""));
        let morceaux: Vec<&str> = chemin.split('/').filter(|m| !m.is_empty()).collect();
        match morceaux.as_slice() {
            [] => Route::Accueil,
            ["programmes"] => Route::Programmes,
            ["programmes", id] => Route::Programme((*id).to_string()),
            ["mentorat"] => Route::Mentorat,
            ["qui-sommes-nous"] => Route::QuiSommesNous,
            ["accessibilite"] => Route::Accessibilite,
            ["donnees"] => Route::Donnees,
            ["jeune"] => Route::Jeune,
            ["parent"] => Route::Parent,
            ["jeune", "resultats"] => Route::Resultats(Reponses::depuis_requete(requete)),
            ["jeune", code] => match Question::depuis_code(code) {
                Some(q) => Route::Question(q),
                None => Route::Introuvable(chemin.to_string()),
            },
            ["mentor"] => Route::Mentor,
            ["mentor", "resultats"] => Route::ResultatsMentor(ReponsesMentor::depuis_requete(requete)),
            ["pro"] => Route::Pro,
            ["pro", "fiche"] => Route::Fiche(Reponses::depuis_requete(requete)),
            ["comparer"] => Route::Comparer(ids_a_comparer(requete)),
            _ => Route::Introuvable(chemin.to_string()),
        }
    }

    /// The link to this screen, as written in `href`.
    pub fn href(&self) -> String {
        match self {
            Route::Accueil => lien::ACCUEIL.to_string(),
            Route::Programmes => lien::PROGRAMMES.to_string(),
            Route::Programme(id) => format!("#/programmes/{id}"),
            Route::Mentorat => lien::MENTORAT.to_string(),
            Route::QuiSommesNous => "#/qui-sommes-nous".to_string(),
            Route::Accessibilite => lien::ACCESSIBILITE.to_string(),
            Route::Donnees => lien::DONNEES.to_string(),
            Route::Jeune => lien::JEUNE.to_string(),
            Route::Parent => lien::PARENT.to_string(),
            Route::Question(q) => format!("#/jeune/{}", q.code()),
            Route::Resultats(r) => avec_requete("#/jeune/resultats", &r.vers_requete()),
            Route::Mentor => lien::MENTOR.to_string(),
            Route::ResultatsMentor(r) => avec_requete("#/mentor/resultats", &r.vers_requete()),
            Route::Pro => lien::PRO.to_string(),
            Route::Fiche(r) => avec_requete("#/pro/fiche", &r.vers_requete()),
            Route::Comparer(ids) => avec_requete(
                lien::COMPARER,
                &if ids.is_empty() {
                    String::new()
                } else {
                    format!("ids={}", ids.join(","))
                },
            ),
            Route::Introuvable(chemin) => format!("#{chemin}"),
        }
    }
}

/// The links to the screens without parameters, for views: constants, so
/// that a link costs no code to build. `Route::href` writes the same, and
/// `lit_chaque_route_et_revient_au_meme_lien` reads each one back.
pub mod lien {
    pub const ACCUEIL: &str = "#/";
    pub const PROGRAMMES: &str = "#/programmes";
    pub const MENTORAT: &str = "#/mentorat";
    pub const ACCESSIBILITE: &str = "#/accessibilite";
    pub const DONNEES: &str = "#/donnees";
    pub const JEUNE: &str = "#/jeune";
    pub const PARENT: &str = "#/parent";
    pub const MENTOR: &str = "#/mentor";
    pub const PRO: &str = "#/pro";
    pub const COMPARER: &str = "#/comparer";
}

fn avec_requete(chemin: &str, requete: &str) -> String {
    if requete.is_empty() {
        chemin.to_string()
    } else {
        format!("{chemin}?{requete}")
    }
}

/// The most programmes compared at once: more does not fit on a phone.
pub const COMPARER_MAX: usize = 3;
/// The fewest a comparison table shows: with one chosen, the page asks for another.
pub const COMPARER_MIN: usize = 2;
// A comparison the address can hold must be able to show its table.
const _: () = assert!(COMPARER_MIN <= COMPARER_MAX);

/// `ids=afev,proxite`: well-formed ids, without duplicates, at most three.
fn ids_a_comparer(requete: &str) -> Vec<String> {
    let mut ids: Vec<String> = Vec::new();
    for (cle, valeur) in crate::engine::paires(requete) {
        if cle != "ids" {
            continue;
        }
        for id in valeur.split(',').map(str::trim) {
            if crate::catalogue::id_valide(id) && !ids.iter().any(|x| x == id) && ids.len() < COMPARER_MAX {
                ids.push(id.to_string());
            }
        }
    }
    ids
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lit_chaque_route_et_revient_au_meme_lien() {
        for route in [
            Route::Accueil,
            Route::Programmes,
            Route::Programme("afev".into()),
            Route::Mentorat,
            Route::QuiSommesNous,
            Route::Accessibilite,
            Route::Donnees,
            Route::Jeune,
            Route::Parent,
            Route::Question(Question::Ase),
            Route::Resultats(Reponses::depuis_requete(
                "age=16&situation=lycee&ase=oui&besoins=scolaire",
            )),
            Route::Resultats(Reponses::default()),
            Route::Mentor,
            Route::ResultatsMentor(ReponsesMentor::depuis_requete("profil=retraite&heures=4")),
            Route::Pro,
            Route::Fiche(Reponses::depuis_requete("age=12&situation=college")),
            Route::Comparer(vec!["afev".into(), "proxite".into()]),
            Route::Comparer(Vec::new()),
        ] {
            assert_eq!(Route::depuis_hash(&route.href()), route);
        }
    }

    #[test]
    fn hash_vide_ou_barre_seule_est_l_accueil() {
        assert_eq!(Route::depuis_hash(""), Route::Accueil);
        assert_eq!(Route::depuis_hash("#"), Route::Accueil);
        assert_eq!(Route::depuis_hash("#/"), Route::Accueil);
        assert_eq!(Route::depuis_hash("#//programmes/"), Route::Programmes);
    }

    #[test]
    fn la_requete_ne_change_pas_l_ecran() {
        assert_eq!(Route::depuis_hash("#/jeune?age=16"), Route::Jeune);
        assert_eq!(Route::depuis_hash("#/jeune/age?x"), Route::Question(Question::Age));
        assert_eq!(
            Route::depuis_hash("#/programmes/afev?x=1"),
            Route::Programme("afev".into())
        );
    }

    #[test]
    fn un_chemin_inconnu_est_introuvable() {
        assert_eq!(
            Route::depuis_hash("#/nulle-part"),
            Route::Introuvable("/nulle-part".into())
        );
        assert_eq!(
            Route::depuis_hash("#/programmes/afev/x"),
            Route::Introuvable("/programmes/afev/x".into())
        );
        assert!(matches!(Route::depuis_hash("#%00<script>"), Route::Introuvable(_)));
        assert_eq!(
            Route::depuis_hash("#/jeune/pirate"),
            Route::Introuvable("/jeune/pirate".into())
        );
    }

    #[test]
    fn les_resultats_lisent_les_reponses_du_fragment() {
        let Route::Resultats(r) = Route::depuis_hash("#/jeune/resultats?age=abc&situation=lycee") else {
            panic!("route des résultats attendue");
        };
        assert_eq!(r.age, None);
        assert_eq!(r.invalides, ["age=abc"]);
    }
}

#[cfg(test)]
mod tests_comparer {
    use super::*;

    #[test]
    fn ids_propres_sans_doublon_trois_au_plus() {
        assert_eq!(
            Route::depuis_hash("#/comparer?ids=afev,,AFEV,afev,<b>,proxite,telemaque,les-ombres"),
            Route::Comparer(vec!["afev".into(), "proxite".into(), "telemaque".into()])
        );
        assert_eq!(Route::depuis_hash("#/comparer"), Route::Comparer(Vec::new()));
    }
}

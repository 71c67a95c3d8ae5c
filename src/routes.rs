//! Hash routes (`#/programmes/afev`): the app lives in one `index.html`, so
//! it works on any static host, at any sub-path, with no rewrite rules, and
//! a reload or a shared link opens the same screen.
//!
//! Pure Rust: parsing is tested natively.

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
    /// Young people's door: the questionnaire's welcome screen.
    Jeune,
    /// One question of the questionnaire (`#/jeune/age`).
    Question(Question),
    /// Results for the answers in the query (`#/jeune/resultats?age=16…`).
    /// The answers live in the fragment, so they never reach a server.
    Resultats(Reponses),
    /// Volunteers' door.
    Mentor,
    /// Parents' and professionals' door.
    Pro,
    /// Anything else: the path as typed, to show it back.
    Introuvable(String),
}

impl Route {
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
            ["jeune"] => Route::Jeune,
            ["jeune", "resultats"] => Route::Resultats(Reponses::depuis_requete(requete)),
            ["jeune", code] => match Question::depuis_code(code) {
                Some(q) => Route::Question(q),
                None => Route::Introuvable(chemin.to_string()),
            },
            ["mentor"] => Route::Mentor,
            ["pro"] => Route::Pro,
            _ => Route::Introuvable(chemin.to_string()),
        }
    }

    /// The link to this screen, as written in `href`.
    pub fn href(&self) -> String {
        match self {
            Route::Accueil => "#/".to_string(),
            Route::Programmes => "#/programmes".to_string(),
            Route::Programme(id) => format!("#/programmes/{id}"),
            Route::Mentorat => "#/mentorat".to_string(),
            Route::QuiSommesNous => "#/qui-sommes-nous".to_string(),
            Route::Jeune => "#/jeune".to_string(),
            Route::Question(q) => format!("#/jeune/{}", q.code()),
            Route::Resultats(r) => {
                let requete = r.vers_requete();
                if requete.is_empty() { "#/jeune/resultats".to_string() } else { format!("#/jeune/resultats?{requete}") }
            }
            Route::Mentor => "#/mentor".to_string(),
            Route::Pro => "#/pro".to_string(),
            Route::Introuvable(chemin) => format!("#{chemin}"),
        }
    }
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
            Route::Jeune,
            Route::Question(Question::Ase),
            Route::Resultats(Reponses::depuis_requete("age=16&situation=lycee&ase=oui&besoins=scolaire")),
            Route::Resultats(Reponses::default()),
            Route::Mentor,
            Route::Pro,
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
        assert_eq!(Route::depuis_hash("#/programmes/afev?x=1"), Route::Programme("afev".into()));
    }

    #[test]
    fn un_chemin_inconnu_est_introuvable() {
        assert_eq!(Route::depuis_hash("#/nulle-part"), Route::Introuvable("/nulle-part".into()));
        assert_eq!(Route::depuis_hash("#/programmes/afev/x"), Route::Introuvable("/programmes/afev/x".into()));
        assert!(matches!(Route::depuis_hash("#%00<script>"), Route::Introuvable(_)));
        assert_eq!(Route::depuis_hash("#/jeune/pirate"), Route::Introuvable("/jeune/pirate".into()));
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

//! Hash routes (`#/programmes/afev`): the app lives in one `index.html`, so
//! it works on any static host, at any sub-path, with no rewrite rules, and
//! a reload or a shared link opens the same screen.
//!
//! Pure Rust: parsing is tested natively.

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
    /// Young people's door.
    Jeune,
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
        // The query part (answers, host options) is read by the pages that need it.
        let chemin = hash.split('?').next().unwrap_or("");
        let morceaux: Vec<&str> = chemin.split('/').filter(|m| !m.is_empty()).collect();
        match morceaux.as_slice() {
            [] => Route::Accueil,
            ["programmes"] => Route::Programmes,
            ["programmes", id] => Route::Programme((*id).to_string()),
            ["mentorat"] => Route::Mentorat,
            ["qui-sommes-nous"] => Route::QuiSommesNous,
            ["jeune"] => Route::Jeune,
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
        assert_eq!(Route::depuis_hash("#/programmes/afev?x=1"), Route::Programme("afev".into()));
    }

    #[test]
    fn un_chemin_inconnu_est_introuvable() {
        assert_eq!(Route::depuis_hash("#/nulle-part"), Route::Introuvable("/nulle-part".into()));
        assert_eq!(Route::depuis_hash("#/programmes/afev/x"), Route::Introuvable("/programmes/afev/x".into()));
        assert!(matches!(Route::depuis_hash("#%00<script>"), Route::Introuvable(_)));
    }
}

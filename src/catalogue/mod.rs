//! The programme catalogue: its types, the file embedded in the app, and
//! the checks every catalogue passes before the app uses it.

mod labels;
mod lire;
mod types;
mod validate;

// Under this name so that `lire.rs` and `validate.rs` find it as
// `super::json` here and in `build.rs`, which compiles them too.
use crate::json;

pub use types::*;
pub use validate::{
    CatalogueError, VERSION_SCHEMA, annee_valide, charger, charger_valeur, courriel_valide, date_valide,
    elements_vides, id_valide, lien_web_valide, telephone_valide, verifier,
};

/// The catalogue file, compiled into the app so that the first screen needs
/// no request. `build.rs` has already checked it, and embeds it without
/// the blanks between tokens (33.5 → 26.6 KB).
pub const FICHIER_EMBARQUE: &str = include_str!(concat!(env!("OUT_DIR"), "/catalogue.min.json"));

/// The file as people edit it, indented (`public/catalogue.json`).
pub const FICHIER_SOURCE: &str = include_str!("../../public/catalogue.json");

/// Where the embedded catalogue comes from, for messages.
pub const NOM_FICHIER_EMBARQUE: &str = "public/catalogue.json";

/// The catalogue compiled into the app.
pub fn embarque() -> Result<Catalogue, Vec<CatalogueError>> {
    charger(NOM_FICHIER_EMBARQUE, FICHIER_EMBARQUE)
}

impl Catalogue {
    /// The programme with this public id.
    pub fn programme(&self, id: &str) -> Option<&Programme> {
        self.programmes.iter().find(|p| p.id == id)
    }
}

impl Programme {
    /// Every way meetings can happen, main one first.
    pub fn modes(&self) -> impl Iterator<Item = Mode> + '_ {
        std::iter::once(self.modalites.format.principal).chain(self.modalites.format.possible.iter().copied())
    }

    /// Every descriptive text of the programme, to find the words a reader
    /// may not know (the glossary of the programme page).
    pub fn textes(&self) -> Vec<&str> {
        let e = &self.eligibilite;
        let m = &self.modalites;
        let mut textes = vec![
            self.accroche.as_str(),
            &self.public,
            &e.texte,
            &e.age.texte,
            &m.duree,
            &m.frequence,
            &m.format.texte,
            &self.mentors.texte,
            &self.mentors.engagement,
            &self.capacite.zone,
            &self.jeunes_mentores.local_zone,
        ];
        textes.extend(e.conditions.iter().map(|c| c.texte.as_str()));
        textes.extend(e.conditions.iter().filter_map(|c| c.reste_a_verifier.as_deref()));
        textes.extend(self.offres_speciales.iter().map(|o| o.texte.as_str()));
        for liste in [&self.description, &m.lieux, &m.details, &self.partenaires] {
            textes.extend(liste.iter().map(String::as_str));
        }
        textes
    }

    /// Whether the facts were last checked more than twelve months before
    /// `aujourdhui` (`AAAA-MM-JJ`): a date alone in its year (`AAAA`, the
    /// brochure's) counts from its last day, so it is never called older
    /// than it can be. Compared as (year, "MM-JJ"): no allocation, no
    /// formatting in the app.
    pub fn verification_ancienne(&self, aujourdhui: &str) -> bool {
        let v = &self.verifie_le;
        let annee = |date: &str| date.get(..4).and_then(|a| a.parse::<u16>().ok());
        let (Some(verifiee), Some(cette_annee)) = (annee(v), annee(aujourdhui)) else {
            return false;
        };
        let jour_verifie = v.get(5..).unwrap_or("12-31");
        (verifiee, jour_verifie) < (cette_annee.saturating_sub(1), aujourdhui.get(5..).unwrap_or_default())
    }

    /// `tel:` link for the phone number, digits only.
    pub fn lien_telephone(&self) -> Option<String> {
        self.contact.telephone.as_deref().map(lien_tel)
    }

    pub fn lien_courriel(&self) -> String {
        format!("mailto:{}", self.contact.courriel)
    }
}

/// `tel:` link: the digits (and a leading +) of a printed number, with the
/// French national prefix kept as printed so the dialler understands it.
pub fn lien_tel(numero: &str) -> String {
    let chiffres: String = numero.chars().filter(|c| c.is_ascii_digit() || *c == '+').collect();
    format!("tel:{chiffres}")
}

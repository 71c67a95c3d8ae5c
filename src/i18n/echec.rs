//! Why a file (the remote catalogue, a language file) could not be
//! fetched, and how the footer says it. Plain data and words, so the
//! wording is tested natively; `platform::reseau` does the fetching.

use super::Textes;
use super::cle::app as c;

/// Why a file could not be fetched.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Echec {
    /// The address cannot be read, or is not http(s).
    Adresse(String),
    /// No answer in time, or offline.
    PasDeReponse,
    /// The server answered with this HTTP status.
    Statut(u16),
    TropGros,
    Illisible,
    /// The file was fetched but is not what was expected (the validator's message).
    Invalide(String),
}

/// A fetch failure in words.
pub fn texte_echec(tx: &Textes, echec: &Echec) -> String {
    match echec {
        Echec::Adresse(url) => tx.f(c::ECHEC_ADRESSE, &[("url", url)]),
        Echec::PasDeReponse => tx.t(c::ECHEC_PAS_DE_REPONSE).to_string(),
        Echec::Statut(s) => tx.f(c::ECHEC_STATUT, &[("statut", &s.to_string())]),
        Echec::TropGros => tx.t(c::ECHEC_TROP_GROS).to_string(),
        Echec::Illisible => tx.t(c::ECHEC_ILLISIBLE).to_string(),
        Echec::Invalide(detail) => tx.f(c::ECHEC_INVALIDE, &[("detail", detail)]),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Each failure says something of its own, with its detail filled in.
    #[test]
    fn chaque_echec_a_ses_mots() {
        let tx = Textes::francais_complet();
        let echecs = [
            Echec::Adresse("ftp://x".into()),
            Echec::PasDeReponse,
            Echec::Statut(404),
            Echec::TropGros,
            Echec::Illisible,
            Echec::Invalide("programme « afev »".into()),
        ];
        let textes: Vec<String> = echecs.iter().map(|e| texte_echec(&tx, e)).collect();
        for (echec, texte) in echecs.iter().zip(&textes) {
            assert!(!texte.is_empty() && !texte.contains('{'), "{echec:?} : « {texte} »");
        }
        assert!(textes[0].contains("ftp://x"));
        assert!(textes[2].contains("404"));
        assert!(textes[5].contains("programme « afev »"));
        let mut uniques = textes.clone();
        uniques.sort();
        uniques.dedup();
        assert_eq!(
            uniques.len(),
            textes.len(),
            "deux échecs disent la même chose : {textes:?}"
        );
    }
}

//! How the catalogue's enum values read, in the language of the texts given.

use super::types::*;
use crate::i18n::{Textes, cle::etiquettes as e};

impl Situation {
    pub const TOUTES: [Situation; 8] = [
        Situation::Ecole,
        Situation::College,
        Situation::Lycee,
        Situation::Apprenti,
        Situation::Etudiant,
        Situation::RechercheEmploi,
        Situation::Emploi,
        Situation::SansActivite,
    ];

    /// Short label, e.g. in a list of accepted situations.
    pub fn libelle(self, tx: &Textes) -> &str {
        tx.t(match self {
            Situation::Ecole => e::SITUATION_ECOLE,
            Situation::College => e::SITUATION_COLLEGE,
            Situation::Lycee => e::SITUATION_LYCEE,
            Situation::Apprenti => e::SITUATION_APPRENTI,
            Situation::Etudiant => e::SITUATION_ETUDIANT,
            Situation::RechercheEmploi => e::SITUATION_RECHERCHE_EMPLOI,
            Situation::Emploi => e::SITUATION_EMPLOI,
            Situation::SansActivite => e::SITUATION_SANS_ACTIVITE,
        })
    }

    /// The situation after "les jeunes", agreeing with it: "les jeunes
    /// collégiens et collégiennes", where `libelle` is a label for one
    /// person ("collégien ou collégienne").
    pub fn libelle_jeunes(self, tx: &Textes) -> &str {
        tx.t(match self {
            Situation::Ecole => e::JEUNES_ECOLE,
            Situation::College => e::JEUNES_COLLEGE,
            Situation::Lycee => e::JEUNES_LYCEE,
            Situation::Apprenti => e::JEUNES_APPRENTI,
            Situation::Etudiant => e::JEUNES_ETUDIANT,
            Situation::RechercheEmploi => e::JEUNES_RECHERCHE_EMPLOI,
            Situation::Emploi => e::JEUNES_EMPLOI,
            Situation::SansActivite => e::JEUNES_SANS_ACTIVITE,
        })
    }
}

impl Mode {
    pub fn libelle(self, tx: &Textes) -> &str {
        tx.t(match self {
            Mode::Presentiel => e::MODE_PRESENTIEL,
            Mode::Distanciel => e::MODE_DISTANCIEL,
        })
    }
}

impl ProfilMentor {
    pub fn libelle(self, tx: &Textes) -> &str {
        tx.t(match self {
            ProfilMentor::Lyceen => e::PROFIL_LYCEEN,
            ProfilMentor::Etudiant => e::PROFIL_ETUDIANT,
            ProfilMentor::Alternant => e::PROFIL_ALTERNANT,
            ProfilMentor::Salarie => e::PROFIL_SALARIE,
            ProfilMentor::AgentPublic => e::PROFIL_AGENT_PUBLIC,
            ProfilMentor::Retraite => e::PROFIL_RETRAITE,
            ProfilMentor::Independant => e::PROFIL_INDEPENDANT,
            ProfilMentor::SansEmploi => e::PROFIL_SANS_EMPLOI,
        })
    }
}

impl Besoin {
    pub fn libelle(self, tx: &Textes) -> &str {
        tx.t(match self {
            Besoin::Scolaire => e::BESOIN_SCOLAIRE,
            Besoin::Orientation => e::BESOIN_ORIENTATION,
            Besoin::Emploi => e::BESOIN_EMPLOI,
            Besoin::Confiance => e::BESOIN_CONFIANCE,
            Besoin::Culture => e::BESOIN_CULTURE,
            Besoin::Demarches => e::BESOIN_DEMARCHES,
            Besoin::Langue => e::BESOIN_LANGUE,
        })
    }
}

impl Critere {
    /// The acronym and what it means: no jargon without its explanation.
    pub fn libelle(self, tx: &Textes) -> &str {
        tx.t(match self {
            Critere::Rep => e::CRITERE_REP,
            Critere::Ase => e::CRITERE_ASE,
            Critere::Qpv => e::CRITERE_QPV,
        })
    }
}

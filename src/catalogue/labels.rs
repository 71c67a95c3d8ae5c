//! How the catalogue's enum values read in French.

use super::types::*;

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
    pub fn libelle(self) -> &'static str {
        match self {
            Situation::Ecole => "écolier ou écolière (école élémentaire)",
            Situation::College => "collégien ou collégienne",
            Situation::Lycee => "lycéen ou lycéenne",
            Situation::Apprenti => "apprenti ou apprentie",
            Situation::Etudiant => "étudiant ou étudiante",
            Situation::RechercheEmploi => "en recherche d'emploi",
            Situation::Emploi => "en emploi",
            Situation::SansActivite => "sans activité (ni études, ni emploi, ni formation)",
        }
    }
}

impl Mode {
    pub fn libelle(self) -> &'static str {
        match self {
            Mode::Presentiel => "en présentiel",
            Mode::Distanciel => "à distance",
        }
    }
}

impl ProfilMentor {
    pub fn libelle(self) -> &'static str {
        match self {
            ProfilMentor::Lyceen => "lycéens",
            ProfilMentor::Etudiant => "étudiants",
            ProfilMentor::Alternant => "alternants",
            ProfilMentor::Salarie => "salariés",
            ProfilMentor::AgentPublic => "agents publics",
            ProfilMentor::Retraite => "retraités",
            ProfilMentor::Independant => "indépendants",
            ProfilMentor::SansEmploi => "personnes sans emploi",
        }
    }
}

impl Besoin {
    pub fn libelle(self) -> &'static str {
        match self {
            Besoin::Scolaire => "travail scolaire",
            Besoin::Orientation => "orientation",
            Besoin::Emploi => "emploi ou formation",
            Besoin::Confiance => "confiance en soi",
            Besoin::Culture => "culture et loisirs",
            Besoin::Demarches => "démarches",
            Besoin::Langue => "langue française",
        }
    }
}

impl Critere {
    /// The acronym and what it means: no jargon without its explanation.
    pub fn libelle(self) -> &'static str {
        match self {
            Critere::Rep => "éducation prioritaire (REP ou REP+)",
            Critere::Ase => "Aide sociale à l'enfance (ASE)",
            Critere::Qpv => "quartier prioritaire (QPV)",
        }
    }
}

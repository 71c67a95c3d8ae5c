//! The answers of the questionnaire, and their text form: the query of the
//! results address (`#/jeune/resultats?age=16&situation=lycee…`), which is
//! also what is saved on the device. One parser for both, so a link, a
//! reload and a saved state always mean the same.
//!
//! Parsing never fails: a missing parameter is unknown; an invalid one is
//! unknown too, and is listed in `invalides` so the page can say so.

use crate::catalogue::{Besoin, Critere, Mode, Situation};

/// Yes, no, or "je ne sais pas".
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Tri {
    Oui,
    Non,
    Nsp,
}

impl Tri {
    pub const TOUS: [Tri; 3] = [Tri::Oui, Tri::Non, Tri::Nsp];

    pub fn code(self) -> &'static str {
        match self {
            Tri::Oui => "oui",
            Tri::Non => "non",
            Tri::Nsp => "nsp",
        }
    }

    pub(crate) fn depuis_code(code: &str) -> Option<Tri> {
        Tri::TOUS.into_iter().find(|t| t.code() == code)
    }

    /// What the engine knows: "je ne sais pas" is unknown.
    pub fn connu(self) -> Option<bool> {
        match self {
            Tri::Oui => Some(true),
            Tri::Non => Some(false),
            Tri::Nsp => None,
        }
    }
}

/// Who the answers are about: the person themselves, or their child (a
/// parent answers in the same flow; the questions say "votre enfant").
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum Pour {
    #[default]
    Moi,
    Enfant,
}

/// In person, remote, or either.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Modalite {
    Presentiel,
    Distanciel,
    Indifferent,
}

impl Modalite {
    pub const TOUTES: [Modalite; 3] = [Modalite::Presentiel, Modalite::Distanciel, Modalite::Indifferent];

    pub fn code(self) -> &'static str {
        match self {
            Modalite::Presentiel => "presentiel",
            Modalite::Distanciel => "distanciel",
            Modalite::Indifferent => "indifferent",
        }
    }

    /// The format asked for, if any.
    pub fn mode(self) -> Option<Mode> {
        match self {
            Modalite::Presentiel => Some(Mode::Presentiel),
            Modalite::Distanciel => Some(Mode::Distanciel),
            Modalite::Indifferent => None,
        }
    }
}

/// Everything the questionnaire may ask. `None` means not answered.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Reponses {
    pub pour: Pour,
    pub age: Option<u8>,
    /// Lives in the territory the catalogue covers (the CUD).
    pub territoire: Option<Tri>,
    pub situation: Option<Situation>,
    /// School in priority education (REP/REP+).
    pub rep: Option<Tri>,
    /// Followed by child welfare (ASE).
    pub ase: Option<Tri>,
    /// Living in a priority neighbourhood (QPV).
    pub qpv: Option<Tri>,
    /// Needs, without duplicates, in the order of `Besoin::TOUS`.
    pub besoins: Vec<Besoin>,
    pub modalite: Option<Modalite>,
    /// Time the young person can give, in hours per month.
    pub heures: Option<u8>,
    /// Parameters that were present but invalid, as `nom=valeur` (cut to
    /// 40 characters), to tell the person they were ignored.
    pub invalides: Vec<String>,
}

/// Situation codes of the URL contract.
pub fn code_situation(s: Situation) -> &'static str {
    match s {
        Situation::Ecole => "ecole",
        Situation::College => "college",
        Situation::Lycee => "lycee",
        Situation::Apprenti => "apprenti",
        Situation::Etudiant => "etudiant",
        Situation::RechercheEmploi => "recherche-emploi",
        Situation::Emploi => "emploi",
        Situation::SansActivite => "sans-activite",
    }
}

/// Need codes of the URL contract.
pub fn code_besoin(b: Besoin) -> &'static str {
    match b {
        Besoin::Scolaire => "scolaire",
        Besoin::Orientation => "orientation",
        Besoin::Emploi => "emploi",
        Besoin::Confiance => "confiance",
        Besoin::Culture => "culture",
        Besoin::Demarches => "demarches",
        Besoin::Langue => "langue",
    }
}

/// Ticks (`coche`) or unticks `valeur` in a list of answers, which stays in
/// the order of `ordre`: the same choices give the same link, whatever the
/// order of the taps. Every checkbox list of the forms goes through this.
pub fn cocher<T: Copy + PartialEq>(liste: &mut Vec<T>, ordre: &[T], valeur: T, coche: bool) {
    liste.retain(|x| *x != valeur);
    if coche {
        liste.push(valeur);
        ranger(liste, ordre);
    }
}

/// `cocher` for a checkbox list that names its values by code (the
/// `Cases` component): the value whose `code_de` is `code`. An unknown code
/// changes nothing.
pub fn cocher_code<T: Copy + PartialEq>(
    liste: &mut Vec<T>,
    ordre: &[T],
    code_de: impl Fn(T) -> &'static str,
    code: &str,
    coche: bool,
) {
    if let Some(valeur) = ordre.iter().copied().find(|v| code_de(*v) == code) {
        cocher(liste, ordre, valeur, coche);
    }
}

/// Puts a list of answers in the order of `ordre` (which lists every
/// possible value), keeping repeats. Lists are a handful of items long; a
/// library sort would add kilobytes of WebAssembly for each item type.
pub fn ranger<T: Copy + PartialEq>(liste: &mut Vec<T>, ordre: &[T]) {
    let rangee: Vec<T> = ordre
        .iter()
        .flat_map(|o| liste.iter().filter(move |x| *x == o))
        .copied()
        .collect();
    debug_assert_eq!(rangee.len(), liste.len(), "`ordre` must list every value");
    *liste = rangee;
}

/// Every need, in the order they are asked and written.
pub const BESOINS: [Besoin; 7] = [
    Besoin::Scolaire,
    Besoin::Orientation,
    Besoin::Emploi,
    Besoin::Confiance,
    Besoin::Culture,
    Besoin::Demarches,
    Besoin::Langue,
];

/// The oldest age accepted as an answer, in a form or an address (and the
/// age fields' `max`); anything above is a typo.
pub const AGE_PLAUSIBLE: u8 = 120;
/// The same, as the age fields' `max` attribute.
pub const AGE_PLAUSIBLE_TEXTE: &str = "120";
/// The young person's age fields' `min` attribute: any age. An age outside
/// the brochure's 5–30 is an answer, not a typo: the results say kindly
/// that no programme takes it and where else to look.
pub const AGE_MIN_TEXTE: &str = "0";
/// Hours a month: more than 200 is not time for a mentor, it is a typo.
pub const HEURES_PLAUSIBLES: u8 = 200;

/// The hours a month a young person can choose, each with its code (the
/// answer's `data-valeur`, `heures=` in the address); the last reads "2
/// hours a week or more". The questionnaire adds "je ne sais pas".
pub const HEURES_JEUNE: [(u8, &str); 3] = [(2, "2"), (4, "4"), (8, "8")];
/// The hours a month a volunteer can offer, with their codes; 12 reads
/// "more than 2 hours a week".
pub const HEURES_MENTOR: [(u8, &str); 4] = [(2, "2"), (4, "4"), (8, "8"), (12, "12")];

/// An age typed in a field: digits only, at most `AGE_PLAUSIBLE`.
pub fn lire_age(texte: &str) -> Option<u8> {
    nombre(texte.trim(), AGE_PLAUSIBLE)
}

impl Reponses {
    /// The engine's view of a condition: `Some(true)`, `Some(false)` or unknown.
    pub fn critere(&self, c: Critere) -> Option<bool> {
        let t = match c {
            Critere::Rep => self.rep,
            Critere::Ase => self.ase,
            Critere::Qpv => self.qpv,
        };
        t.and_then(Tri::connu)
    }

    /// A copy with one condition known (or unknown).
    pub fn avec_critere(&self, c: Critere, valeur: Option<bool>) -> Reponses {
        let t = Some(match valeur {
            Some(true) => Tri::Oui,
            Some(false) => Tri::Non,
            None => Tri::Nsp,
        });
        let mut r = self.clone();
        match c {
            Critere::Rep => r.rep = t,
            Critere::Ase => r.ase = t,
            Critere::Qpv => r.qpv = t,
        }
        r
    }

    /// Reads a query string (`age=16&situation=lycee`, with or without a
    /// leading `?`). Unknown parameters are ignored; invalid values are
    /// unknown and listed in `invalides`.
    pub fn depuis_requete(requete: &str) -> Reponses {
        let mut r = Reponses::default();
        for (cle, valeur) in paires(requete) {
            let valeur = valeur.trim();
            let mut invalide = false;
            match cle {
                "pour" => match valeur {
                    "moi" => r.pour = Pour::Moi,
                    "enfant" => r.pour = Pour::Enfant,
                    _ => invalide = true,
                },
                "age" => match nombre(valeur, AGE_PLAUSIBLE) {
                    Some(a) => r.age = Some(a),
                    None => invalide = true,
                },
                "situation" => match Situation::TOUTES.into_iter().find(|s| code_situation(*s) == valeur) {
                    Some(s) => r.situation = Some(s),
                    None => invalide = true,
                },
                "cud" | "rep" | "ase" | "qpv" => match Tri::depuis_code(valeur) {
                    Some(t) => match cle {
                        "cud" => r.territoire = Some(t),
                        "rep" => r.rep = Some(t),
                        "ase" => r.ase = Some(t),
                        _ => r.qpv = Some(t),
                    },
                    None => invalide = true,
                },
                "besoins" => {
                    for code in valeur.split(',').map(str::trim).filter(|c| !c.is_empty()) {
                        match BESOINS.into_iter().find(|b| code_besoin(*b) == code) {
                            Some(b) => {
                                if !r.besoins.contains(&b) {
                                    r.besoins.push(b);
                                }
                            }
                            None => r.invalides.push(coupe(&format!("besoins={code}"))),
                        }
                    }
                }
                "heures" => match nombre(valeur, HEURES_PLAUSIBLES) {
                    Some(h) => r.heures = Some(h),
                    None => invalide = true,
                },
                "modalite" => match Modalite::TOUTES.into_iter().find(|m| m.code() == valeur) {
                    Some(m) => r.modalite = Some(m),
                    None => invalide = true,
                },
                _ => {}
            }
            if invalide {
                r.invalides.push(coupe(&format!("{cle}={valeur}")));
            }
        }
        ranger(&mut r.besoins, &BESOINS);
        r
    }

    /// The canonical query string, parameters in a fixed order; only what
    /// was answered.
    pub fn vers_requete(&self) -> String {
        let mut parties: Vec<String> = Vec::new();
        if self.pour == Pour::Enfant {
            parties.push("pour=enfant".into());
        }
        if let Some(a) = self.age {
            parties.push(format!("age={a}"));
        }
        if let Some(t) = self.territoire {
            parties.push(format!("cud={}", t.code()));
        }
        if let Some(s) = self.situation {
            parties.push(format!("situation={}", code_situation(s)));
        }
        for (cle, t) in [("rep", self.rep), ("ase", self.ase), ("qpv", self.qpv)] {
            if let Some(t) = t {
                parties.push(format!("{cle}={}", t.code()));
            }
        }
        if !self.besoins.is_empty() {
            let codes: Vec<&str> = self.besoins.iter().map(|b| code_besoin(*b)).collect();
            parties.push(format!("besoins={}", codes.join(",")));
        }
        if let Some(m) = self.modalite {
            parties.push(format!("modalite={}", m.code()));
        }
        if let Some(h) = self.heures {
            parties.push(format!("heures={h}"));
        }
        parties.join("&")
    }
}

/// The `key=value` pairs of a query string (with or without its `?`),
/// values decoded. A key without `=` has an empty value.
pub(crate) fn paires(requete: &str) -> impl Iterator<Item = (&str, String)> {
    let requete = requete.strip_prefix('?').unwrap_or(requete);
    requete.split('&').filter(|p| !p.is_empty()).map(|paire| {
        let (cle, brut) = paire.split_once('=').unwrap_or((paire, ""));
        (cle, decoder(brut))
    })
}

/// A whole number written with digits only, at most `max`.
pub(crate) fn nombre(valeur: &str, max: u8) -> Option<u8> {
    if valeur.is_empty() || !valeur.chars().all(|c| c.is_ascii_digit()) {
        return None;
    }
    valeur.parse::<u8>().ok().filter(|n| *n <= max)
}

/// `%C3%A9` and `+` decoding, lenient: a broken escape is kept as typed.
fn decoder(brut: &str) -> String {
    let octets = brut.as_bytes();
    let mut sortie = Vec::with_capacity(octets.len());
    let mut i = 0;
    while i < octets.len() {
        match octets[i] {
            b'+' => sortie.push(b' '),
            b'%' if i + 2 < octets.len() => {
                // Exactly two hex digits (from_str_radix alone would accept "+9").
                let hex = &octets[i + 1..i + 3];
                let valeur = hex
                    .iter()
                    .all(u8::is_ascii_hexdigit)
                    .then(|| {
                        std::str::from_utf8(hex)
                            .ok()
                            .and_then(|h| u8::from_str_radix(h, 16).ok())
                    })
                    .flatten();
                match valeur {
                    Some(o) => {
                        sortie.push(o);
                        i += 2;
                    }
                    None => sortie.push(b'%'),
                }
            }
            o => sortie.push(o),
        }
        i += 1;
    }
    String::from_utf8_lossy(&sortie).into_owned()
}

/// Keeps shown invalid values short: a URL may carry anything.
pub(crate) fn coupe(texte: &str) -> String {
    let visibles: Vec<char> = texte.chars().filter(|c| !c.is_control()).collect();
    let mut t: String = visibles.iter().take(40).collect();
    if visibles.len() > 40 {
        t.push('…');
    }
    t
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A typed age: digits, spaces around allowed, up to 120; the address
    /// reads ages with the same limit.
    #[test]
    fn age_tape() {
        assert_eq!(lire_age("16"), Some(16));
        assert_eq!(lire_age(" 16 "), Some(16));
        assert_eq!(lire_age("0"), Some(0));
        assert_eq!(lire_age("120"), Some(120));
        assert_eq!(lire_age(AGE_PLAUSIBLE_TEXTE), Some(AGE_PLAUSIBLE));
        assert_eq!(lire_age(AGE_MIN_TEXTE), Some(0));
        for faux in ["121", "300", "-1", "+5", "1.5", "seize", ""] {
            assert_eq!(lire_age(faux), None, "{faux:?}");
        }
        assert_eq!(Reponses::depuis_requete("age=120").age, lire_age("120"));
        assert_eq!(Reponses::depuis_requete("age=121").age, lire_age("121"));
    }

    /// Each hour option goes into the address under its code and reads back
    /// as its number; the options grow and stay plausible.
    #[test]
    fn heures_proposees() {
        for liste in [&HEURES_JEUNE[..], &HEURES_MENTOR[..]] {
            assert!(liste.windows(2).all(|w| w[0].0 < w[1].0), "{liste:?}");
            for &(h, code) in liste {
                assert!(h <= HEURES_PLAUSIBLES);
                let r = Reponses {
                    heures: Some(h),
                    ..Reponses::default()
                };
                assert_eq!(r.vers_requete(), format!("heures={code}"));
                assert_eq!(Reponses::depuis_requete(&r.vers_requete()).heures, Some(h));
            }
        }
    }

    #[test]
    fn cocher_garde_l_ordre_des_questions() {
        let mut liste = Vec::new();
        for (b, coche) in [
            (Besoin::Culture, true),
            (Besoin::Scolaire, true),
            (Besoin::Culture, true),
            (Besoin::Emploi, true),
        ] {
            cocher(&mut liste, &BESOINS, b, coche);
        }
        assert_eq!(liste, [Besoin::Scolaire, Besoin::Emploi, Besoin::Culture]);
        cocher(&mut liste, &BESOINS, Besoin::Emploi, false);
        cocher(&mut liste, &BESOINS, Besoin::Langue, false);
        assert_eq!(liste, [Besoin::Scolaire, Besoin::Culture]);
        // By code, as the checkbox lists report them; an unknown code changes nothing.
        cocher_code(&mut liste, &BESOINS, code_besoin, "orientation", true);
        cocher_code(&mut liste, &BESOINS, code_besoin, "pirate", true);
        cocher_code(&mut liste, &BESOINS, code_besoin, "scolaire", false);
        assert_eq!(liste, [Besoin::Orientation, Besoin::Culture]);
    }

    #[test]
    fn lit_le_contrat_d_url() {
        let r = Reponses::depuis_requete(
            "age=16&situation=lycee&rep=oui&ase=non&qpv=nsp&besoins=scolaire,orientation&modalite=presentiel",
        );
        assert_eq!(r.age, Some(16));
        assert_eq!(r.situation, Some(Situation::Lycee));
        assert_eq!((r.rep, r.ase, r.qpv), (Some(Tri::Oui), Some(Tri::Non), Some(Tri::Nsp)));
        assert_eq!(r.critere(Critere::Qpv), None);
        assert_eq!(r.besoins, [Besoin::Scolaire, Besoin::Orientation]);
        assert_eq!(r.modalite, Some(Modalite::Presentiel));
        assert!(r.invalides.is_empty());
    }

    #[test]
    fn aller_retour_canonique() {
        let texte =
            "pour=enfant&age=9&cud=oui&situation=ecole&rep=oui&besoins=scolaire,culture&modalite=indifferent&heures=4";
        let r = Reponses::depuis_requete(texte);
        assert_eq!(r.vers_requete(), texte);
        assert_eq!(Reponses::depuis_requete(&r.vers_requete()), r);
    }

    #[test]
    fn valeurs_invalides_inconnues_et_signalees() {
        let r = Reponses::depuis_requete(
            "?age=abc&situation=pirate&rep=peut-etre&besoins=scolaire,licorne&modalite=&pour=chat",
        );
        assert_eq!(r.age, None);
        assert_eq!(r.situation, None);
        assert_eq!(r.rep, None);
        assert_eq!(r.besoins, [Besoin::Scolaire]);
        assert_eq!(r.modalite, None);
        assert_eq!(
            r.invalides,
            [
                "age=abc",
                "situation=pirate",
                "rep=peut-etre",
                "besoins=licorne",
                "modalite=",
                "pour=chat"
            ]
        );
        for age in ["-3", "3a", "3.5", "999", "121", " ", "1e1"] {
            let r = Reponses::depuis_requete(&format!("age={age}"));
            assert_eq!(r.age, None, "age={age}");
            assert_eq!(r.invalides.len(), 1, "age={age}");
        }
    }

    #[test]
    fn decodage_pourcent_tolerant() {
        assert_eq!(decoder("recherche%2Demploi"), "recherche-emploi");
        assert_eq!(decoder("a+b"), "a b");
        assert_eq!(decoder("%"), "%");
        assert_eq!(decoder("%4"), "%4");
        assert_eq!(decoder("%zz"), "%zz");
        assert_eq!(decoder("%+9"), "% 9");
        assert_eq!(decoder("%C3%A9"), "é");
        assert_eq!(
            Reponses::depuis_requete("situation=recherche%2Demploi").situation,
            Some(Situation::RechercheEmploi)
        );
    }

    #[test]
    fn valeur_affichee_coupee() {
        let long = "x".repeat(500);
        let r = Reponses::depuis_requete(&format!("situation={long}"));
        assert!(r.invalides[0].chars().count() <= 41);
    }
}

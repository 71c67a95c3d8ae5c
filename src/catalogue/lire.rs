//! From a JSON tree to the catalogue's types, naming the exact field at
//! fault (`programmes[2].eligibilite.age.min`).
//!
//! Each type lists its fields once, below; the compiler checks the list
//! against the struct (a field forgotten here does not compile). What serde
//! did with attributes is written out: every struct refuses unknown and
//! repeated keys, fields marked `= defaut` may be absent, enumerations are
//! read from their kebab-case names. The test that re-reads the catalogue
//! written by serde (tests/catalogue.rs) keeps both in step.
//!
//! Like `types.rs`, this file is compiled by `build.rs`: plain Rust only.

use super::json::Json;
use super::types::*;

/// Where a value is wrong (a path inside the value given to `lire`) and why.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Faute {
    /// `eligibilite.age.min`, `impact[0]`; empty for the value itself.
    pub chemin: String,
    pub message: String,
}

impl Faute {
    fn ici(message: String) -> Faute {
        Faute {
            chemin: String::new(),
            message,
        }
    }

    /// The same fault seen from one level up: `min` becomes `age.min`,
    /// `[0].texte` becomes `impact[0].texte`.
    fn sous(mut self, segment: &str) -> Faute {
        if !self.chemin.is_empty() && !self.chemin.starts_with('[') {
            self.chemin.insert(0, '.');
        }
        self.chemin.insert_str(0, segment);
        self
    }
}

/// A type that can be read from a JSON value.
pub trait Lire: Sized {
    fn lire(valeur: &Json) -> Result<Self, Faute>;
}

fn type_invalide(valeur: &Json, attendu: &str) -> Faute {
    Faute::ici(format!("type invalide : {}, {attendu} attendu", valeur.nature()))
}

impl Lire for String {
    fn lire(valeur: &Json) -> Result<Self, Faute> {
        valeur
            .texte()
            .map(str::to_string)
            .ok_or_else(|| type_invalide(valeur, "un texte"))
    }
}

impl Lire for bool {
    fn lire(valeur: &Json) -> Result<Self, Faute> {
        match valeur {
            Json::Booleen(b) => Ok(*b),
            _ => Err(type_invalide(valeur, "true ou false")),
        }
    }
}

/// A whole number from 0 to `max`, as written (no `1.0`, no `1e2`).
fn entier(valeur: &Json, max: u32) -> Result<u32, Faute> {
    let attendu = format!("un nombre entier de 0 à {max}");
    let Json::Nombre(ecrit) = valeur else {
        return Err(type_invalide(valeur, &attendu));
    };
    if ecrit.contains(['.', 'e', 'E']) {
        return Err(type_invalide(valeur, &attendu));
    }
    let chiffres = ecrit.strip_prefix('-').unwrap_or(ecrit);
    let mut n: u32 = 0;
    let mut dans_les_limites = true;
    for c in chiffres.bytes() {
        match n.checked_mul(10).and_then(|n| n.checked_add(u32::from(c - b'0'))) {
            Some(suivant) => n = suivant,
            None => dans_les_limites = false,
        }
    }
    if !dans_les_limites || n > max || (ecrit.starts_with('-') && n != 0) {
        return Err(Faute::ici(format!("valeur invalide : {ecrit}, {attendu} attendu")));
    }
    Ok(n)
}

impl Lire for u8 {
    fn lire(valeur: &Json) -> Result<Self, Faute> {
        entier(valeur, u8::MAX.into()).map(|n| n as u8)
    }
}

impl Lire for u16 {
    fn lire(valeur: &Json) -> Result<Self, Faute> {
        entier(valeur, u16::MAX.into()).map(|n| n as u16)
    }
}

impl Lire for u32 {
    fn lire(valeur: &Json) -> Result<Self, Faute> {
        entier(valeur, u32::MAX)
    }
}

/// A decimal number (hours per month: `1.5`). Computed from the digits as
/// written, exact to the tenth, without a float parser in the app.
impl Lire for f32 {
    fn lire(valeur: &Json) -> Result<Self, Faute> {
        let Json::Nombre(ecrit) = valeur else {
            return Err(type_invalide(valeur, "un nombre"));
        };
        let (negatif, reste) = match ecrit.strip_prefix('-') {
            Some(r) => (true, r),
            None => (false, ecrit.as_str()),
        };
        let (mantisse_ecrite, exposant_ecrit) = match reste.find(['e', 'E']) {
            Some(i) => (&reste[..i], &reste[i + 1..]),
            None => (reste, "0"),
        };
        let mut mantisse: f64 = 0.0;
        let mut exposant: i32 = 0;
        let mut apres_virgule = false;
        for c in mantisse_ecrite.bytes() {
            if c == b'.' {
                apres_virgule = true;
            } else {
                mantisse = mantisse * 10.0 + f64::from(c - b'0');
                if apres_virgule {
                    exposant -= 1;
                }
            }
        }
        let (signe_exposant, chiffres_exposant) = match exposant_ecrit.as_bytes().first() {
            Some(b'-') => (-1, &exposant_ecrit[1..]),
            Some(b'+') => (1, &exposant_ecrit[1..]),
            _ => (1, exposant_ecrit),
        };
        let mut e: i32 = 0;
        for c in chiffres_exposant.bytes() {
            e = e.saturating_mul(10).saturating_add(i32::from(c - b'0'));
        }
        exposant = exposant.saturating_add(signe_exposant * e);
        // Dividing by a power of ten (not multiplying by 0.1…) keeps 1.5 exact.
        let puissance = 10f64.powi(exposant.saturating_abs().min(400));
        let grandeur = if exposant < 0 {
            mantisse / puissance
        } else {
            mantisse * puissance
        };
        let x = (if negatif { -grandeur } else { grandeur }) as f32;
        if x.is_finite() {
            Ok(x)
        } else {
            Err(Faute::ici(format!("valeur invalide : {ecrit}, nombre trop grand")))
        }
    }
}

/// `null` or absent (for fields `= defaut`) is "none".
impl<T: Lire> Lire for Option<T> {
    fn lire(valeur: &Json) -> Result<Self, Faute> {
        match valeur {
            Json::Nul => Ok(None),
            _ => T::lire(valeur).map(Some),
        }
    }
}

impl<T: Lire> Lire for Vec<T> {
    fn lire(valeur: &Json) -> Result<Self, Faute> {
        let elements = valeur.liste().ok_or_else(|| type_invalide(valeur, "une liste"))?;
        elements
            .iter()
            .enumerate()
            .map(|(i, v)| T::lire(v).map_err(|f| f.sous(&format!("[{i}]"))))
            .collect()
    }
}

/// The fields of an object, once each and all known.
pub fn champs<'a>(valeur: &'a Json, connus: &[&str]) -> Result<&'a [(String, Json)], Faute> {
    let Json::Objet(paires) = valeur else {
        return Err(type_invalide(valeur, "un objet"));
    };
    for (i, (cle, _)) in paires.iter().enumerate() {
        if !connus.contains(&cle.as_str()) {
            let liste = connus.iter().map(|c| format!("`{c}`")).collect::<Vec<_>>().join(", ");
            return Err(Faute::ici(format!("champ inconnu : `{cle}`, champs possibles : {liste}")).sous(cle));
        }
        // Known keys only so far, so this scans a handful of them.
        if paires[..i].iter().any(|(c, _)| c == cle) {
            return Err(Faute::ici(format!("champ en double : `{cle}`")).sous(cle));
        }
    }
    Ok(paires)
}

pub fn obligatoire<T: Lire>(paires: &[(String, Json)], nom: &str) -> Result<T, Faute> {
    match paires.iter().find(|(c, _)| c == nom) {
        Some((_, v)) => T::lire(v).map_err(|f| f.sous(nom)),
        None => Err(Faute::ici(format!("champ obligatoire absent : `{nom}`"))),
    }
}

pub fn facultatif<T: Lire + Default>(paires: &[(String, Json)], nom: &str) -> Result<T, Faute> {
    match paires.iter().find(|(c, _)| c == nom) {
        Some((_, v)) => T::lire(v).map_err(|f| f.sous(nom)),
        None => Ok(T::default()),
    }
}

/// The position of a text among `noms`.
fn variante(valeur: &Json, noms: &[&str]) -> Result<usize, Faute> {
    let texte = valeur.texte().ok_or_else(|| type_invalide(valeur, "un texte"))?;
    noms.iter().position(|n| *n == texte).ok_or_else(|| {
        let liste = noms.iter().map(|n| format!("`{n}`")).collect::<Vec<_>>().join(", ");
        Faute::ici(format!("valeur inconnue : `{texte}`, valeurs possibles : {liste}"))
    })
}

macro_rules! champ {
    ($paires:expr, $nom:ident = defaut) => {
        facultatif($paires, stringify!($nom))?
    };
    ($paires:expr, $nom:ident) => {
        obligatoire($paires, stringify!($nom))?
    };
}

/// `structure!(Source { titre, editeur, lien = defaut })`: reads the struct
/// from an object with exactly these keys.
macro_rules! structure {
    ($type:ident { $($nom:ident $(= $defaut:ident)?),* $(,)? }) => {
        impl Lire for $type {
            fn lire(valeur: &Json) -> Result<Self, Faute> {
                let paires = champs(valeur, &[$(stringify!($nom)),*])?;
                Ok($type { $($nom: champ!(paires, $nom $(= $defaut)?)),* })
            }
        }
    };
}

/// `enumeration!(Mode { Presentiel = "presentiel", … })`: reads a variant
/// from its name in the file.
macro_rules! enumeration {
    ($type:ident { $($variante:ident = $nom:literal),* $(,)? }) => {
        impl Lire for $type {
            fn lire(valeur: &Json) -> Result<Self, Faute> {
                const VARIANTES: &[$type] = &[$($type::$variante),*];
                variante(valeur, &[$($nom),*]).map(|i| VARIANTES[i])
            }
        }
    };
}

structure!(Catalogue {
    version_schema,
    date_maj,
    source,
    territoire,
    mentorat,
    collectif,
    plan_national,
    pacte_educatif,
    contact_regional,
    programmes,
});
structure!(Source { titre, editeur, lien = defaut });
structure!(Territoire { nom, sigle, code_epci, extrait = defaut });
structure!(Mentorat {
    definition, age_min, age_max, age_extrait = defaut, publics, mentors_profils, mentors_texte, valeurs, impact, impact_source, temoignages,
    source,
});
structure!(ChiffreImpact { pourcentage, texte });
structure!(Temoignage {
    citation,
    auteur,
    qualite
});
structure!(Collectif {
    nom,
    presentation,
    missions,
    chiffre,
    local,
    source
});
structure!(PlanNational {
    nom,
    presentation,
    points,
    role_collectif,
    site,
    source
});
structure!(PacteEducatif {
    nom,
    presentation,
    axes,
    mentorat,
    source
});
structure!(ContactRegional { libelle, courriel });
structure!(Programme {
    id, nom, accroche, annee_creation, jeunes_mentores, capacite, description, public, offres_speciales = defaut,
    modalites, partenaires, contact, acces = defaut, eligibilite, mentors, besoins, source, verifie_le,
});
structure!(JeunesMentores {
    annee,
    total,
    local,
    local_zone,
    texte
});
structure!(Capacite { nombre, ou_plus = defaut, periode = defaut, zone, texte, extrait = defaut, note = defaut });
structure!(OffreSpeciale { nom, texte, themes = defaut });
structure!(Modalites {
    duree, duree_mois_min, duree_mois_max = defaut, frequence, format, lieux, details = defaut,
});
structure!(Format { principal, possible = defaut, texte });
structure!(Contact { site, site_libelle, courriel, telephone = defaut, personnes = defaut });
structure!(Eligibilite {
    age, situations, situations_a_verifier = defaut, extrait = defaut, conditions = defaut, texte,
});
structure!(TrancheAge { min, max, precis, texte, extrait = defaut });
structure!(Condition { critere, ou = defaut, niveau, texte, reste_a_verifier = defaut, extrait = defaut });
structure!(MentorsProgramme {
    profils, profils_a_verifier = defaut, texte, extrait = defaut, age = defaut, heures_mois_min, heures_mois_max, engagement,
    extrait_engagement = defaut, employeur_partenaire = defaut,
});

enumeration!(Mode { Presentiel = "presentiel", Distanciel = "distanciel" });
enumeration!(Situation {
    Ecole = "ecole", College = "college", Lycee = "lycee", Apprenti = "apprenti", Etudiant = "etudiant",
    RechercheEmploi = "recherche-emploi", Emploi = "emploi", SansActivite = "sans-activite",
});
enumeration!(Critere { Rep = "rep", Ase = "ase", Qpv = "qpv" });
enumeration!(Acces { Direct = "direct", Etablissement = "etablissement", Ase = "ase", MissionLocale = "mission-locale" });
enumeration!(Niveau { Requis = "requis", Prioritaire = "prioritaire" });
enumeration!(ProfilMentor {
    Lyceen = "lyceen", Etudiant = "etudiant", Alternant = "alternant", Salarie = "salarie", AgentPublic = "agent-public",
    Retraite = "retraite", Independant = "independant", SansEmploi = "sans-emploi",
});
enumeration!(Besoin {
    Scolaire = "scolaire", Orientation = "orientation", Emploi = "emploi", Confiance = "confiance", Culture = "culture",
    Demarches = "demarches", Langue = "langue",
});

#[cfg(test)]
mod tests {
    use super::super::json::lire as json;
    use super::*;

    fn faute<T: Lire + std::fmt::Debug>(texte: &str) -> Faute {
        T::lire(&json(texte).expect("JSON")).expect_err("refusé")
    }

    #[test]
    fn chemins_exacts() {
        let f = faute::<Vec<TrancheAge>>(r#"[{"min": 1, "max": 2, "precis": true, "texte": ""}, {"min": "seize"}]"#);
        assert_eq!(f.chemin, "[1].min");
        assert!(
            f.message.starts_with("type invalide : texte « seize »"),
            "{}",
            f.message
        );
        let f =
            faute::<Format>(r#"{"principal": "presentiel", "possible": ["presentiel", "hologramme"], "texte": ""}"#);
        assert_eq!(f.chemin, "possible[1]");
        assert!(
            f.message.contains("`hologramme`") && f.message.contains("`distanciel`"),
            "{}",
            f.message
        );
    }

    #[test]
    fn champs_inconnus_absents_ou_en_double() {
        let f = faute::<ContactRegional>(r#"{"libelle": "", "courriel": "", "courriell": ""}"#);
        assert_eq!(
            (f.chemin.as_str(), f.message.starts_with("champ inconnu : `courriell`")),
            ("courriell", true)
        );
        let f = faute::<ContactRegional>(r#"{"libelle": ""}"#);
        assert_eq!(
            (f.chemin.as_str(), f.message.as_str()),
            ("", "champ obligatoire absent : `courriel`")
        );
        let f = faute::<ContactRegional>(r#"{"libelle": "", "courriel": "", "libelle": ""}"#);
        assert_eq!(
            (f.chemin.as_str(), f.message.as_str()),
            ("libelle", "champ en double : `libelle`")
        );
        // Absent fields marked `= defaut`, and null for an Option.
        let s = Source::lire(&json(r#"{"titre": "t", "editeur": "e", "lien": null}"#).unwrap()).unwrap();
        assert_eq!(s.lien, None);
    }

    #[test]
    fn nombres() {
        let n = |t: &str| json(t).unwrap();
        assert_eq!(u8::lire(&n("255")), Ok(255));
        assert_eq!(u8::lire(&n("-0")), Ok(0));
        assert!(
            u8::lire(&n("256"))
                .unwrap_err()
                .message
                .starts_with("valeur invalide : 256")
        );
        assert!(
            u8::lire(&n("-3"))
                .unwrap_err()
                .message
                .starts_with("valeur invalide : -3")
        );
        assert!(
            u32::lire(&n("99999999999999999999"))
                .unwrap_err()
                .message
                .starts_with("valeur invalide")
        );
        assert!(u16::lire(&n("2.0")).unwrap_err().message.starts_with("type invalide"));
        assert_eq!(u32::lire(&n("4294967295")), Ok(u32::MAX));
        assert_eq!(f32::lire(&n("1.5")), Ok(1.5));
        assert_eq!(f32::lire(&n("8")), Ok(8.0));
        assert_eq!(f32::lire(&n("-0.25")), Ok(-0.25));
        assert_eq!(f32::lire(&n("15e-1")), Ok(1.5));
        assert_eq!(f32::lire(&n("0.4E1")), Ok(4.0));
        assert!(f32::lire(&n("1e400")).is_err());
        assert_eq!(f32::lire(&n("1e-400")), Ok(0.0));
        assert!(f32::lire(&n("\"8\"")).unwrap_err().message.starts_with("type invalide"));
    }
}

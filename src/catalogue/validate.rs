//! Reading and checking a catalogue file.
//!
//! The same code runs in three places: `build.rs` (a broken
//! `public/catalogue.json` fails the build), the native tests, and the app
//! (a remote catalogue is checked before it replaces the embedded one).
//! Every message names the file, the programme and the field, in French,
//! because the people who edit the file read French.
//!
//! Like `types.rs`, this file is compiled by `build.rs`: plain Rust only.

use super::json::{self, Json};
use super::lire::Lire;
use super::types::*;
use std::collections::HashSet;
use std::fmt;

/// The only file format this version of the app understands.
pub const VERSION_SCHEMA: u32 = 1;

/// One problem found in a catalogue file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CatalogueError {
    /// The file (or URL) the text came from.
    pub fichier: String,
    /// The programme id, when the problem is inside a programme. When the id
    /// itself is missing, the position in the list (`programmes[3]`).
    pub programme: Option<String>,
    /// The path of the field inside the programme (or inside the file),
    /// e.g. `eligibilite.age.min`. Empty for a malformed file.
    pub champ: String,
    pub message: String,
}

impl fmt::Display for CatalogueError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}", self.fichier)?;
        if let Some(p) = &self.programme {
            write!(f, " : programme « {p} »")?;
        }
        if !self.champ.is_empty() {
            write!(f, " : champ « {} »", self.champ)?;
        }
        write!(f, " : {}", self.message)
    }
}

/// Parses and checks a catalogue. Returns every rule broken, not just the
/// first, so that a maintainer fixes the file in one pass.
pub fn charger(fichier: &str, texte: &str) -> Result<Catalogue, Vec<CatalogueError>> {
    // Parsing into a tree first gives line and column for a malformed
    // file, and lets us find a programme's id for any error below.
    let valeur = json::lire(texte).map_err(|e| {
        vec![CatalogueError {
            fichier: fichier.to_string(),
            programme: None,
            champ: String::new(),
            message: format!(
                "JSON mal formé, ligne {} colonne {} : {}",
                e.ligne, e.colonne, e.message
            ),
        }]
    })?;
    charger_valeur(fichier, &valeur)
}

/// Checks a catalogue already parsed (a translated one is built as a tree).
pub fn charger_valeur(fichier: &str, valeur: &Json) -> Result<Catalogue, Vec<CatalogueError>> {
    let catalogue = Catalogue::lire(valeur).map_err(|faute| {
        let (programme, champ) = situer(valeur, &faute.chemin);
        vec![CatalogueError {
            fichier: fichier.to_string(),
            programme,
            champ,
            message: faute.message,
        }]
    })?;

    #[cfg_attr(target_arch = "wasm32", allow(unused_mut))]
    let mut erreurs = verifier(fichier, &catalogue);
    // Natively (the build, `make catalogue-check`) the lists' empty
    // elements too. Not in the app's wasm, where every byte is a young
    // person's wait: the catalogues it reads were checked by the build or
    // saved by the editor, which asks for this rule itself (`elements_vides`).
    #[cfg(not(target_arch = "wasm32"))]
    erreurs.extend(textes_vides_des_listes(fichier, &catalogue));
    if erreurs.is_empty() {
        Ok(catalogue)
    } else {
        Err(erreurs)
    }
}

/// The elements of a programme's lists of texts that say nothing (an
/// element the editor added and left empty would be an empty bullet).
fn textes_vides_des_listes(fichier: &str, c: &Catalogue) -> Vec<CatalogueError> {
    let mut e = Erreurs {
        fichier,
        liste: Vec::new(),
    };
    for p in &c.programmes {
        for (champ, liste) in [
            ("description", &p.description),
            ("modalites.lieux", &p.modalites.lieux),
            ("modalites.details", &p.modalites.details),
            ("partenaires", &p.partenaires),
            ("contact.personnes", &p.contact.personnes),
        ] {
            for (i, texte) in liste.iter().enumerate() {
                if texte.trim().is_empty() {
                    e.programme(
                        Some(&p.id),
                        &format!("{champ}[{i}]"),
                        "ce texte ne peut pas être vide".to_string(),
                    );
                }
            }
        }
    }
    e.liste
}

/// The rule on the lists' empty elements for a catalogue tree that reads
/// (for the editor, whose wasm carries it; natively `charger_valeur`
/// applies it already, so this is empty when that accepts the tree).
pub fn elements_vides(fichier: &str, valeur: &Json) -> Vec<CatalogueError> {
    Catalogue::lire(valeur).map_or_else(|_| Vec::new(), |c| textes_vides_des_listes(fichier, &c))
}

/// A number of hours as written in the file, to one decimal ("1,5",
/// "-2", "8"). Not `{}`: Rust's float formatting would add 10 KB to the
/// app's WebAssembly for this one message.
fn dixiemes(x: f32) -> String {
    if !x.is_finite() {
        return "?".to_string();
    }
    let signe = if x < 0.0 { "-" } else { "" };
    // `as` saturates: an absurd number of hours still prints, as a big one.
    let n = (f64::from(x.abs()) * 10.0).round() as u64;
    match n % 10 {
        0 => format!("{signe}{}", n / 10),
        d => format!("{signe}{},{d}", n / 10),
    }
}

/// Splits a path such as `programmes[2].eligibilite.age.min` into the
/// programme (by id when it has one) and the field inside it.
fn situer(valeur: &Json, chemin: &str) -> (Option<String>, String) {
    let Some(reste) = chemin.strip_prefix("programmes[") else {
        return (None, chemin.to_string());
    };
    let Some(fin) = reste.find(']') else {
        return (None, chemin.to_string());
    };
    let Ok(index) = reste[..fin].parse::<usize>() else {
        return (None, chemin.to_string());
    };
    let champ = reste[fin + 1..].trim_start_matches('.').to_string();
    let id = valeur
        .get("programmes")
        .and_then(Json::liste)
        .and_then(|p| p.get(index))
        .and_then(|p| p.get("id"))
        .and_then(Json::texte)
        .filter(|id| !id.is_empty());
    let programme = match id {
        Some(id) => id.to_string(),
        None => format!("programmes[{index}]"),
    };
    (Some(programme), champ)
}

/// The rules the types alone cannot express.
pub fn verifier(fichier: &str, c: &Catalogue) -> Vec<CatalogueError> {
    let mut e = Erreurs {
        fichier,
        liste: Vec::new(),
    };

    if c.version_schema != VERSION_SCHEMA {
        e.general(
            "version_schema",
            format!(
                "version {} inconnue, cette application lit la version {VERSION_SCHEMA}",
                c.version_schema
            ),
        );
    }
    if !date_valide(&c.date_maj) {
        e.general("date_maj", format!("« {} » n'est pas une date AAAA-MM-JJ", c.date_maj));
    }
    if let Some(lien) = &c.source.lien {
        e.lien_web(None, "source.lien", lien);
    }
    e.lien_web(None, "plan_national.site", &c.plan_national.site);
    e.courriel(None, "contact_regional.courriel", &c.contact_regional.courriel);
    if c.mentorat.age_min > c.mentorat.age_max {
        e.general(
            "mentorat.age_min",
            format!(
                "l'âge minimum ({}) dépasse l'âge maximum ({})",
                c.mentorat.age_min, c.mentorat.age_max
            ),
        );
    }
    for (i, chiffre) in c.mentorat.impact.iter().enumerate() {
        if chiffre.pourcentage > 100 {
            e.general(
                &format!("mentorat.impact[{i}].pourcentage"),
                format!("{} % dépasse 100 %", chiffre.pourcentage),
            );
        }
    }
    if c.programmes.is_empty() {
        e.general("programmes", "la liste des programmes est vide".to_string());
    }

    let mut vus = HashSet::new();
    for (i, p) in c.programmes.iter().enumerate() {
        let nom = if p.id.is_empty() {
            format!("programmes[{i}]")
        } else {
            p.id.clone()
        };
        let prog = Some(nom.as_str());
        if !id_valide(&p.id) {
            e.programme(
                prog,
                "id",
                format!(
                    "« {} » : un identifiant ne contient que des minuscules sans accent, des chiffres et des tirets",
                    p.id
                ),
            );
        }
        if !vus.insert(p.id.as_str()) {
            e.programme(
                prog,
                "id",
                format!("l'identifiant « {} » est déjà utilisé par un autre programme", p.id),
            );
        }
        for (champ, texte) in [
            ("nom", &p.nom),
            ("accroche", &p.accroche),
            ("public", &p.public),
            ("source", &p.source),
            ("modalites.duree", &p.modalites.duree),
            ("modalites.frequence", &p.modalites.frequence),
            ("eligibilite.texte", &p.eligibilite.texte),
            ("mentors.texte", &p.mentors.texte),
        ] {
            if texte.trim().is_empty() {
                e.programme(prog, champ, "ce texte ne peut pas être vide".to_string());
            }
        }
        for (i, c) in p.eligibilite.conditions.iter().enumerate() {
            let reste = c.reste_a_verifier.as_ref().map(|r| ("reste_a_verifier", r));
            for (champ, texte) in std::iter::once(("texte", &c.texte)).chain(reste) {
                if texte.trim().is_empty() {
                    e.programme(
                        prog,
                        &format!("eligibilite.conditions[{i}].{champ}"),
                        "ce texte ne peut pas être vide".to_string(),
                    );
                }
            }
        }
        if p.description.is_empty() {
            e.programme(prog, "description", "au moins un paragraphe est attendu".to_string());
        }
        let age = &p.eligibilite.age;
        if age.min > age.max {
            e.programme(
                prog,
                "eligibilite.age",
                format!("l'âge minimum ({}) dépasse l'âge maximum ({})", age.min, age.max),
            );
        }
        if age.max > 99 {
            e.programme(
                prog,
                "eligibilite.age.max",
                format!("{} ans n'est pas un âge plausible", age.max),
            );
        }
        if p.eligibilite.situations.is_empty() {
            e.programme(
                prog,
                "eligibilite.situations",
                "au moins une situation est attendue".to_string(),
            );
        }
        for s in &p.eligibilite.situations_a_verifier {
            if p.eligibilite.situations.contains(s) {
                e.programme(
                    prog,
                    "eligibilite.situations_a_verifier",
                    format!("{s:?} est à la fois acceptée et à vérifier"),
                );
            }
        }
        let m = &p.modalites;
        if let Some(max) = m.duree_mois_max
            && m.duree_mois_min > max
        {
            e.programme(
                prog,
                "modalites.duree_mois_min",
                format!("la durée minimale ({}) dépasse la maximale ({max})", m.duree_mois_min),
            );
        }
        if m.format.possible.contains(&m.format.principal) {
            e.programme(
                prog,
                "modalites.format.possible",
                "répète le format principal".to_string(),
            );
        }
        let mt = &p.mentors;
        if let Some(a) = &mt.age
            && a.min > a.max
        {
            e.programme(
                prog,
                "mentors.age",
                format!("l'âge minimum ({}) dépasse l'âge maximum ({})", a.min, a.max),
            );
        }
        if mt.profils.is_empty() {
            e.programme(
                prog,
                "mentors.profils",
                "au moins un profil de mentor est attendu".to_string(),
            );
        }
        if !(mt.heures_mois_min > 0.0 && mt.heures_mois_min <= mt.heures_mois_max && mt.heures_mois_max <= 200.0) {
            e.programme(
                prog,
                "mentors.heures_mois_min",
                format!(
                    "les heures par mois ({} à {}) doivent être positives et dans l'ordre",
                    dixiemes(mt.heures_mois_min),
                    dixiemes(mt.heures_mois_max)
                ),
            );
        }
        e.lien_web(prog, "contact.site", &p.contact.site);
        e.courriel(prog, "contact.courriel", &p.contact.courriel);
        if !date_valide(&p.verifie_le) && !annee_valide(&p.verifie_le) {
            e.programme(
                prog,
                "verifie_le",
                format!("« {} » n'est ni une date AAAA-MM-JJ ni une année AAAA", p.verifie_le),
            );
        }
        if let Some(tel) = &p.contact.telephone
            && !telephone_valide(tel)
        {
            e.programme(
                prog,
                "contact.telephone",
                format!("« {tel} » n'est pas un numéro de téléphone (chiffres, espaces, + et points seulement)"),
            );
        }
    }
    e.liste
}

/// Collects errors with the file name filled in.
struct Erreurs<'a> {
    fichier: &'a str,
    liste: Vec<CatalogueError>,
}

impl Erreurs<'_> {
    fn general(&mut self, champ: &str, message: String) {
        self.programme(None, champ, message);
    }

    fn programme(&mut self, programme: Option<&str>, champ: &str, message: String) {
        self.liste.push(CatalogueError {
            fichier: self.fichier.to_string(),
            programme: programme.map(str::to_string),
            champ: champ.to_string(),
            message,
        });
    }

    /// A link the app turns into `<a href>`: only http(s) may reach the page,
    /// so a `javascript:` URL in a catalogue can never run.
    fn lien_web(&mut self, programme: Option<&str>, champ: &str, lien: &str) {
        if !lien_web_valide(lien) {
            self.programme(
                programme,
                champ,
                format!("« {lien} » n'est pas un lien http:// ou https://"),
            );
        }
    }

    /// An address the app turns into `mailto:`.
    fn courriel(&mut self, programme: Option<&str>, champ: &str, adresse: &str) {
        if !courriel_valide(adresse) {
            self.programme(programme, champ, format!("« {adresse} » n'est pas une adresse e-mail"));
        }
    }
}

/// `https://host…` or `http://host…`, with no space or control character.
pub fn lien_web_valide(lien: &str) -> bool {
    let reste = lien.strip_prefix("https://").or_else(|| lien.strip_prefix("http://"));
    match reste {
        Some(r) => {
            let hote = r.split(['/', '?', '#']).next().unwrap_or("");
            !hote.is_empty()
                && !lien
                    .chars()
                    .any(|c| c.is_whitespace() || c.is_control() || c == '"' || c == '<' || c == '>')
        }
        None => false,
    }
}

/// A plain `nom@domaine.tld`: enough to make a working `mailto:` and to
/// refuse anything that could smuggle headers or markup.
pub fn courriel_valide(adresse: &str) -> bool {
    let Some((nom, domaine)) = adresse.split_once('@') else {
        return false;
    };
    let permis = |c: char| c.is_ascii_alphanumeric() || "._%+-".contains(c);
    !nom.is_empty()
        && domaine.contains('.')
        && !domaine.starts_with('.')
        && !domaine.ends_with('.')
        && nom.chars().all(permis)
        && domaine
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || c == '.' || c == '-')
}

/// Digits with spaces, dots or a leading +; at least 4 digits.
pub fn telephone_valide(tel: &str) -> bool {
    let chiffres = tel.chars().filter(|c| c.is_ascii_digit()).count();
    chiffres >= 4
        && tel
            .char_indices()
            .all(|(i, c)| c.is_ascii_digit() || c == ' ' || c == '.' || (c == '+' && i == 0))
}

/// `AAAA-MM-JJ` with a plausible month and day.
pub fn date_valide(date: &str) -> bool {
    let parties: Vec<&str> = date.split('-').collect();
    if parties.len() != 3 || parties[0].len() != 4 || parties[1].len() != 2 || parties[2].len() != 2 {
        return false;
    }
    let nombres: Vec<Option<u32>> = parties.iter().map(|p| p.parse().ok()).collect();
    matches!(nombres[..], [Some(_), Some(m), Some(j)] if (1..=12).contains(&m) && (1..=31).contains(&j))
}

/// A year alone (`AAAA`): a programme's facts dated only by the brochure.
pub fn annee_valide(annee: &str) -> bool {
    annee.len() == 4 && annee.bytes().all(|b| b.is_ascii_digit())
}

/// Lowercase ASCII letters, digits and inner dashes.
pub fn id_valide(id: &str) -> bool {
    !id.is_empty()
        && !id.starts_with('-')
        && !id.ends_with('-')
        && id
            .chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn heures_ecrites_sans_formatage_de_flottant() {
        assert_eq!(dixiemes(8.0), "8");
        assert_eq!(dixiemes(1.5), "1,5");
        assert_eq!(dixiemes(-2.0), "-2");
        assert_eq!(dixiemes(0.04), "0");
        assert_eq!(dixiemes(f32::NAN), "?");
    }
}

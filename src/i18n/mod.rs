//! The interface in four languages: French (the reference), FALC (French
//! that is easy to read and understand), English and Arabic (right to left).
//!
//! Every text has a key checked at compile time: `build.rs` turns
//! `langues/fr/*.json` into the constants of [`cle`] (`cle::accueil::TITRE`),
//! and refuses to build if another language lacks a key or changes its
//! `{placeholders}`. French is compiled in; the other languages are
//! published beside the app (`langues/<code>.json`, made by the post-build
//! hook) and fetched only by whoever chooses them, so they cost nothing to
//! the others. Pure Rust, tested natively.

pub mod catalogue;
pub mod raisons;
pub mod verifier;

use std::borrow::Cow;
use std::collections::BTreeMap;

// Under this name so that `catalogue.rs` and `verifier.rs` find it as
// `super::json` here and in `build.rs`, which compiles them too.
use crate::json::{self, Json};

/// A text's key: its position in the generated tables.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Cle(pub u16);

/// The generated keys: `NOMBRE`, `EMPREINTES` (of the names), `FRANCAIS` and one module per section.
#[allow(dead_code)]
pub mod cle {
    use super::Cle;
    include!(concat!(env!("OUT_DIR"), "/cles.rs"));
}

/// Text direction: exhaustive matches on it, so a new right-to-left
/// language is laid out right to left by its line in the table alone.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Direction {
    Ltr,
    Rtl,
}

impl Direction {
    /// The `dir` attribute.
    pub fn attribut(self) -> &'static str {
        match self {
            Direction::Ltr => "ltr",
            Direction::Rtl => "rtl",
        }
    }
}

/// What the app knows of a language besides its texts: one line of
/// `langues/langues.json`, the only place that lists the languages
/// (`build.rs` turns it into [`Langue`] and [`FICHES`]).
#[derive(Debug)]
pub struct Fiche {
    /// The code in addresses, storage and file names (`langues/<code>/`).
    pub code: &'static str,
    /// The `lang` attribute (FALC is French).
    pub lang: &'static str,
    pub direction: Direction,
    /// The language's name in itself, for the language switch.
    pub nom: &'static str,
    /// The language's name in French, for the e-mail to an association.
    pub nom_francais: &'static str,
    /// Browser language codes (`navigator.languages`, before any "-")
    /// that choose it; none for FALC, which a person chooses.
    pub navigateur: &'static [&'static str],
    /// For dates (`toLocaleDateString`).
    pub locale: &'static str,
    /// Thousands separator ("31 125", "31,125") and decimal mark.
    pub milliers: &'static str,
    pub decimale: &'static str,
    /// French and FALC say "0 association", English "0 associations".
    pub zero_au_singulier: bool,
    /// Shown if this language's file cannot be loaded, in the language
    /// itself (its texts are what is missing).
    pub echec_chargement: &'static str,
}

include!(concat!(env!("OUT_DIR"), "/langues.rs"));

impl Langue {
    pub const TOUTES: [Langue; LANGUES.len()] = LANGUES;

    /// This language's line of the table.
    pub fn fiche(self) -> &'static Fiche {
        &FICHES[self as usize]
    }

    /// The code in addresses, storage and file names.
    pub fn code(self) -> &'static str {
        self.fiche().code
    }

    pub fn depuis_code(code: &str) -> Option<Langue> {
        Langue::TOUTES
            .into_iter()
            .find(|l| l.code() == code.trim().to_ascii_lowercase())
    }

    /// The `lang` attribute: FALC is French.
    pub fn attribut_lang(self) -> &'static str {
        self.fiche().lang
    }

    /// The `dir` attribute.
    pub fn direction(self) -> &'static str {
        self.fiche().direction.attribut()
    }

    /// The language's name in itself, for the language switch.
    pub fn nom(self) -> &'static str {
        self.fiche().nom
    }

    /// The language's name in French, for the e-mail to an association.
    pub fn nom_francais(self) -> &'static str {
        self.fiche().nom_francais
    }

    /// Shown if this language's file cannot be loaded, in the language itself.
    pub fn echec_chargement(self) -> &'static str {
        self.fiche().echec_chargement
    }

    /// The first of the browser's preferred languages (`navigator.languages`)
    /// that the app has, French otherwise. FALC is never guessed: a person
    /// chooses it.
    pub fn depuis_navigateur<'a>(preferees: impl IntoIterator<Item = &'a str>) -> Langue {
        preferees
            .into_iter()
            .find_map(|l| {
                let l = l.split(['-', '_']).next().unwrap_or("").to_ascii_lowercase();
                Langue::TOUTES
                    .into_iter()
                    .find(|langue| langue.fiche().navigateur.contains(&l.as_str()))
            })
            .unwrap_or_default()
    }

    /// Thousands separator: a narrow no-break space, a comma in English.
    pub fn separateur_milliers(self) -> &'static str {
        self.fiche().milliers
    }
}

/// The texts of one language; a key it lacks reads in French.
#[derive(Debug, Clone, PartialEq)]
pub struct Textes {
    pub langue: Langue,
    /// `None` for French (the compiled-in table), otherwise one entry per key.
    traduits: Option<Vec<Option<String>>>,
    /// The catalogue's descriptive texts in this language, by path.
    pub catalogue: BTreeMap<String, String>,
    /// The fingerprint of the French each of them translates, by path.
    pub empreintes: BTreeMap<String, String>,
}

impl Default for Textes {
    fn default() -> Self {
        Textes::francais()
    }
}

impl Textes {
    pub fn francais() -> Textes {
        Textes {
            langue: Langue::Fr,
            traduits: None,
            catalogue: BTreeMap::new(),
            empreintes: BTreeMap::new(),
        }
    }

    /// Reads a published language file. Keys it lacks, or whose
    /// placeholders differ from the French, read in French: a stale file
    /// in a cache never breaks a sentence.
    pub fn depuis_json(langue: Langue, json: &str) -> Result<Textes, String> {
        if langue == Langue::Fr {
            return Ok(Textes::francais());
        }
        // A published language file: `{"interface": {key: text}, "catalogue":
        // {path: text}, "empreintes": {path: fingerprint of the French}}`.
        let fichier = format!("langues/{}.json", langue.code());
        let valeur = json::lire(json).map_err(|e| format!("{fichier} : JSON invalide, {e}"))?;
        let interface = verifier::table_de_textes(valeur.get("interface").unwrap_or(&Json::Nul))
            .map_err(|e| format!("{fichier} : interface : {e}"))?;
        let table = |nom: &str| match valeur.get(nom) {
            Some(textes) => verifier::table_de_textes(textes).map_err(|e| format!("{fichier} : {nom} : {e}")),
            None => Ok(BTreeMap::new()),
        };
        let catalogue = table("catalogue")?;
        let empreintes = table("empreintes")?;
        // Keys are matched by their fingerprint: the app carries 474 numbers
        // instead of 474 names (10 KB). An unknown key is ignored.
        let mut traduits: Vec<Option<String>> = vec![None; cle::NOMBRE];
        for (nom, texte) in interface {
            let empreinte = verifier::empreinte(&nom);
            let Some(i) = cle::EMPREINTES.iter().position(|e| *e == empreinte) else {
                continue;
            };
            if verifier::variables(&texte) == verifier::variables(cle::FRANCAIS[i]) {
                traduits[i] = Some(texte);
            }
        }
        Ok(Textes {
            langue,
            traduits: Some(traduits),
            catalogue,
            empreintes,
        })
    }

    /// The text of a key.
    pub fn t(&self, c: Cle) -> &str {
        let i = usize::from(c.0);
        let francais = cle::FRANCAIS.get(i).copied().unwrap_or("");
        match &self.traduits {
            Some(t) => t.get(i).and_then(|t| t.as_deref()).unwrap_or(francais),
            None => francais,
        }
    }

    /// How many keys read in French for want of a translation.
    pub fn manquantes(&self) -> usize {
        self.traduits
            .as_ref()
            .map_or(0, |t| t.iter().filter(|t| t.is_none()).count())
    }

    /// The text of a key with its `{placeholders}` filled in.
    pub fn f(&self, c: Cle, valeurs: &[(&str, &str)]) -> String {
        remplir(self.t(c), valeurs).into_owned()
    }

    /// A list: "a", "a et b", "a, b et c" (each language's words).
    pub fn liste<S: AsRef<str>>(&self, mots: &[S]) -> String {
        // Right to left (Arabic) each item is isolated (FSI … PDI): a list that starts
        // with a Latin name ("Entreprendre Ensemble، Les Ombres و…") was
        // otherwise laid out left to right as a whole, names split across
        // lines and "و" in the wrong place. The list itself then reads
        // right to left, each name kept in its own order.
        let isoler = match self.langue.fiche().direction {
            Direction::Rtl => true,
            Direction::Ltr => false,
        };
        let mot = |m: &S| {
            if isoler {
                format!("\u{2068}{}\u{2069}", m.as_ref())
            } else {
                m.as_ref().to_string()
            }
        };
        match mots {
            [] => String::new(),
            [seul] => mot(seul),
            [debut @ .., dernier] => {
                let debut: Vec<String> = debut.iter().map(mot).collect();
                format!(
                    "{}{}{}",
                    debut.join(self.t(cle::commun::LISTE_VIRGULE)),
                    self.t(cle::commun::LISTE_ET),
                    mot(dernier)
                )
            }
        }
    }

    /// Of two keys, the singular or the plural one, for `n` things:
    /// French (and FALC) say "0 association", English "0 associations".
    /// Arabic's dual and plural forms are not distinguished: its plural
    /// texts are written for counts from 2 up.
    pub fn accord(&self, n: usize, singulier: Cle, pluriel: Cle) -> Cle {
        let un = n == 1 || (n == 0 && self.langue.fiche().zero_au_singulier);
        if un { singulier } else { pluriel }
    }

    /// "{n} …" in the singular or the plural text for `n` (see `accord`):
    /// "1 programme correspond", "4 associations vous accueilleraient".
    pub fn compte(&self, n: usize, singulier: Cle, pluriel: Cle) -> String {
        self.f(self.accord(n, singulier, pluriel), &[("n", &n.to_string())])
    }

    /// `31125` → `31 125` (narrow no-break space; `31,125` in English), so
    /// a figure never breaks across two lines.
    pub fn nombre(&self, n: u32) -> String {
        let chiffres = n.to_string();
        let mut sortie = String::new();
        for (i, c) in chiffres.chars().enumerate() {
            if i > 0 && (chiffres.len() - i).is_multiple_of(3) {
                sortie.push_str(self.langue.separateur_milliers());
            }
            sortie.push(c);
        }
        sortie
    }

    /// A number of hours such as 1.5, to one decimal, with the language's
    /// decimal mark ("1,5" in French, "1.5" in English); whole numbers
    /// have none. Written by hand: Rust's float formatting alone weighs
    /// 10 KB of WebAssembly, for the two numbers of the mentor's page.
    pub fn decimal(&self, x: f32) -> String {
        let dixiemes = (x.max(0.0) * 10.0).round() as u32;
        let (entier, reste) = (dixiemes / 10, dixiemes % 10);
        if reste == 0 {
            self.nombre(entier)
        } else {
            format!("{}{}{reste}", self.nombre(entier), self.langue.fiche().decimale)
        }
    }

    /// A programme's duration as its page says it: the brochure's words,
    /// then the figure in months when those words do not already give it
    /// ("6 mois (6 mois)" says nothing more; in Arabic the figure's
    /// placeholder is isolated and the catalogue's text is not, hence the
    /// comparison without isolates). The app's page and the static page.
    pub fn duree(&self, m: &crate::catalogue::Modalites) -> String {
        use cle::programme as k;
        let duree_min = self.duree_mois(m.duree_mois_min);
        let chiffree = match m.duree_mois_max {
            Some(max) if max != m.duree_mois_min => {
                self.f(k::DUREE_DE_A, &[("min", &duree_min), ("max", &self.duree_mois(max))])
            }
            Some(_) => duree_min,
            None => self.f(k::DUREE_OU_PLUS, &[("min", &duree_min)]),
        };
        if crate::texte::sans_isolats(&m.duree).contains(&crate::texte::sans_isolats(&chiffree)) {
            m.duree.clone()
        } else {
            self.f(k::DUREE_DETAIL, &[("duree", &m.duree), ("chiffree", &chiffree)])
        }
    }

    /// A duration in months, in words: 3 → "3 mois", 12 → "1 an", 72 → "6 ans".
    pub fn duree_mois(&self, mois: u16) -> String {
        if mois >= 12 && mois.is_multiple_of(12) {
            let ans = mois / 12;
            if ans == 1 {
                self.t(cle::commun::UN_AN).to_string()
            } else {
                self.f(cle::commun::N_ANS, &[("n", &ans.to_string())])
            }
        } else {
            self.f(cle::commun::N_MOIS, &[("n", &mois.to_string())])
        }
    }

    /// "de 5 à 15 ans".
    pub fn tranche_age(&self, min: u8, max: u8) -> String {
        self.f(
            cle::commun::TRANCHE_AGE,
            &[("min", &min.to_string()), ("max", &max.to_string())],
        )
    }

    /// A programme's ages for a label: the range where the brochure gives
    /// one, otherwise the brochure's school levels, saying it gives no
    /// ages (the range the app infers from them is never shown).
    pub fn ages(&self, age: &crate::catalogue::TrancheAge) -> String {
        if age.precis {
            self.tranche_age(age.min, age.max)
        } else {
            self.f(cle::commun::SANS_AGE, &[("niveaux", &age.texte)])
        }
    }

    /// The catalogue's French text translated into this language, as a
    /// value for `catalogue::charger_valeur`.
    pub fn catalogue_traduit(&self, francais: &str) -> Result<Json, String> {
        let mut valeur = json::lire(francais).map_err(|e| e.to_string())?;
        catalogue::traduire(&mut valeur, &self.catalogue, &self.empreintes);
        Ok(valeur)
    }
}

/// Fills `{name}` placeholders; an unknown one stays as written.
pub fn remplir<'a>(modele: &'a str, valeurs: &[(&str, &str)]) -> Cow<'a, str> {
    if !modele.contains('{') {
        return Cow::Borrowed(modele);
    }
    let mut sortie = String::with_capacity(modele.len() + 16);
    let mut reste = modele;
    while let Some(debut) = reste.find('{') {
        sortie.push_str(&reste[..debut]);
        let apres = &reste[debut + 1..];
        let remplace = apres.find('}').and_then(|fin| {
            valeurs
                .iter()
                .find(|(nom, _)| *nom == &apres[..fin])
                .map(|(_, v)| (fin, *v))
        });
        match remplace {
            Some((fin, valeur)) => {
                sortie.push_str(valeur);
                reste = &apres[fin + 1..];
            }
            None => {
                sortie.push('{');
                reste = apres;
            }
        }
    }
    sortie.push_str(reste);
    Cow::Owned(sortie)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn nombres_selon_la_langue() {
        let fr = Textes::francais();
        assert_eq!(fr.nombre(4), "4");
        assert_eq!(fr.nombre(660), "660");
        assert_eq!(fr.nombre(31125), "31\u{202F}125");
        assert_eq!(fr.nombre(1234567), "1\u{202F}234\u{202F}567");
        let en = Textes {
            langue: Langue::En,
            ..Textes::francais()
        };
        assert_eq!(en.nombre(150000), "150,000");
    }

    #[test]
    fn heures_avec_une_decimale_selon_la_langue() {
        let fr = Textes::francais();
        assert_eq!(fr.decimal(4.0), "4");
        assert_eq!(fr.decimal(1.5), "1,5");
        assert_eq!(fr.decimal(2.25), "2,3");
        assert_eq!(fr.decimal(0.96), "1");
        assert_eq!(fr.decimal(-3.0), "0");
        let en = Textes {
            langue: Langue::En,
            ..Textes::francais()
        };
        assert_eq!(en.decimal(1.5), "1.5");
        assert_eq!(en.decimal(1500.5), "1,500.5");
    }

    #[test]
    fn durees_listes_et_tranches_en_francais() {
        let fr = Textes::francais();
        assert_eq!(fr.duree_mois(3), "3 mois");
        assert_eq!(fr.duree_mois(12), "1 an");
        assert_eq!(fr.duree_mois(18), "18 mois");
        assert_eq!(fr.duree_mois(72), "6 ans");
        assert_eq!(fr.liste::<&str>(&[]), "");
        assert_eq!(fr.liste(&["a"]), "a");
        assert_eq!(fr.liste(&["a", "b"]), "a et b");
        assert_eq!(fr.liste(&["a", "b", "c"]), "a, b et c");
        assert_eq!(fr.tranche_age(5, 15), "de 5 à 15 ans");
        // Right to left, each item is isolated (its direction from the table).
        let ar = Textes {
            langue: Langue::Ar,
            ..Textes::francais()
        };
        assert_eq!(ar.liste(&["a", "b"]), "\u{2068}a\u{2069} et \u{2068}b\u{2069}");
    }

    #[test]
    fn singulier_ou_pluriel_selon_la_langue() {
        let (un, plusieurs) = (cle::mentor::RESUME_OUI_UN, cle::mentor::RESUME_OUI);
        let fr = Textes::francais();
        assert_eq!(fr.compte(1, un, plusieurs), "1 association vous accueillerait");
        assert_eq!(fr.compte(4, un, plusieurs), "4 associations vous accueilleraient");
        assert_eq!(fr.accord(0, un, plusieurs), un);
        for langue in [Langue::En, Langue::Ar] {
            let tx = Textes {
                langue,
                ..Textes::francais()
            };
            assert_eq!(
                (
                    tx.accord(0, un, plusieurs),
                    tx.accord(1, un, plusieurs),
                    tx.accord(2, un, plusieurs)
                ),
                (plusieurs, un, plusieurs)
            );
        }
        let falc = Textes {
            langue: Langue::Falc,
            ..Textes::francais()
        };
        assert_eq!(falc.accord(0, un, plusieurs), un);
    }

    #[test]
    fn variables_remplies_ou_laissees() {
        assert_eq!(remplir("{a} et {b}", &[("a", "1"), ("b", "2")]), "1 et 2");
        assert_eq!(remplir("{inconnue} {", &[("a", "1")]), "{inconnue} {");
        assert_eq!(remplir("sans", &[]), "sans");
        assert_eq!(verifier::variables("{b} {a} {a} {Pas} {}"), ["a", "b"]);
    }

    #[test]
    fn langue_du_navigateur() {
        assert_eq!(Langue::depuis_navigateur(["de-DE", "en-GB", "fr"]), Langue::En);
        assert_eq!(Langue::depuis_navigateur(["ar-MA"]), Langue::Ar);
        assert_eq!(Langue::depuis_navigateur(["fr-FR", "en"]), Langue::Fr);
        assert_eq!(Langue::depuis_navigateur(["de", "es"]), Langue::Fr);
        assert_eq!(Langue::depuis_navigateur([]), Langue::Fr);
        assert_eq!(Langue::depuis_code("FALC"), Some(Langue::Falc));
        assert_eq!(Langue::depuis_code("klingon"), None);
        assert_eq!(Langue::Ar.direction(), "rtl");
        assert_eq!(Langue::Falc.attribut_lang(), "fr");
    }

    #[test]
    fn chaque_langue_de_la_table_a_tous_ses_fichiers_et_aucune_autre_n_existe() {
        // The table (langues/langues.json) is the one list of languages:
        // each has its folder with every section of the French, plus its
        // translation of the catalogue; no folder lies outside the table.
        let racine = concat!(env!("CARGO_MANIFEST_DIR"), "/langues");
        let noms = |chemin: &str, dossiers: bool| -> Vec<String> {
            let mut v: Vec<String> = std::fs::read_dir(chemin)
                .unwrap()
                .map(|e| e.unwrap().path())
                .filter(|p| p.is_dir() == dossiers)
                .map(|p| p.file_name().unwrap().to_str().unwrap().to_string())
                .collect();
            v.sort();
            v
        };
        let mut codes: Vec<String> = Langue::TOUTES.iter().map(|l| l.code().to_string()).collect();
        codes.sort();
        assert_eq!(noms(racine, true), codes);
        assert_eq!(Langue::TOUTES[0], Langue::Fr, "French, compiled in, comes first");
        let mut attendus = noms(&format!("{racine}/fr"), false);
        attendus.push("catalogue.json".to_string());
        attendus.sort();
        for langue in &Langue::TOUTES[1..] {
            assert_eq!(
                noms(&format!("{racine}/{}", langue.code()), false),
                attendus,
                "{}",
                langue.code()
            );
        }
        for langue in Langue::TOUTES {
            let fiche = langue.fiche();
            assert_eq!(Langue::depuis_code(fiche.code), Some(langue));
            for texte in [
                fiche.lang,
                fiche.nom,
                fiche.nom_francais,
                fiche.locale,
                fiche.milliers,
                fiche.decimale,
                fiche.echec_chargement,
            ] {
                assert!(!texte.is_empty(), "{}", fiche.code);
            }
        }
    }

    #[test]
    fn fichier_de_langue_partiel_ou_faux() {
        let json = r#"{"interface": {"commun.un_an": "1 year"}, "catalogue": {"a.b": "c"}}"#;
        let t = Textes::depuis_json(Langue::En, json).unwrap();
        assert_eq!(t.t(cle::commun::UN_AN), "1 year");
        // A key the file lacks reads in French.
        assert_eq!(t.t(cle::commun::N_MOIS), "{n} mois");
        assert_eq!(t.manquantes(), cle::NOMBRE - 1);
        assert!(Textes::depuis_json(Langue::En, "<html>").is_err());
        // Placeholders that differ from the French: the French is used.
        let json = r#"{"interface": {"commun.n_ans": "{x} years"}}"#;
        let t = Textes::depuis_json(Langue::En, json).unwrap();
        assert_eq!(t.f(cle::commun::N_ANS, &[("n", "3")]), "3 ans");
    }

    #[test]
    fn chaque_cle_d_une_vraie_langue_est_retrouvee_par_son_empreinte() {
        // The English files as the post-build hook publishes them.
        let dossier = concat!(env!("CARGO_MANIFEST_DIR"), "/langues/en");
        let mut interface = Vec::new();
        for entree in std::fs::read_dir(dossier).unwrap() {
            let chemin = entree.unwrap().path();
            let section = chemin.file_stem().unwrap().to_str().unwrap().to_string();
            if section == "catalogue" {
                continue;
            }
            let Json::Objet(paires) = json::lire(&std::fs::read_to_string(&chemin).unwrap()).unwrap() else {
                panic!()
            };
            for (cle, texte) in paires {
                interface.push(format!(
                    "{:?}: {:?}",
                    format!("{section}.{cle}"),
                    texte.texte().unwrap()
                ));
            }
        }
        let fichier = format!("{{\"interface\": {{{}}}}}", interface.join(","));
        let t = Textes::depuis_json(Langue::En, &fichier).unwrap();
        assert_eq!(t.manquantes(), 0);
        assert_eq!(t.t(cle::accueil::TITRE), "Find the mentoring that suits you");
    }
}

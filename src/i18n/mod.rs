//! The interface in four languages: French (the reference), FALC (French
//! that is easy to read and understand), English and Arabic (right to left).
//!
//! Every text has a key checked at compile time: `build.rs` turns
//! `langues/fr/*.json` into the constants of [`cle`] (`cle::accueil::TITRE`),
//! and refuses to build if another language lacks a key or changes its
//! `{placeholders}`. Every language, French included, is published beside
//! the app (`langues/<code>.<version>.json`, made by the post-build hook)
//! and fetched when needed; the app compiles in only the French of the home
//! page and its frame (`francais_embarque` in langues/langues.json). Pure
//! Rust, tested natively.

pub mod catalogue;
mod date;
pub mod echec;
pub mod raisons;
pub mod verification;
pub mod verifier;

pub use date::date_lisible;

use std::borrow::Cow;
use std::collections::BTreeMap;

/// The invisible mark (U+2060 WORD JOINER) before a stale translation's
/// French text, interface or catalogue: a text node that starts with it
/// gets `lang="fr"` on its element (scripts/avant-affichage.js).
pub const FRANCAIS_PERIME: char = '\u{2060}';

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
    /// The plural rule, CLDR's: each category but "other" with the
    /// condition on the count that chooses it, (modulo or 0, min, max).
    /// French: ("one", 0, 0, 1), "0 association"; Arabic has five.
    pub pluriel: &'static [(&'static str, u32, u32, u32)],
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

    /// This language's published file beside the app (scripts/langues.mjs),
    /// named after the version of the keys: an app only reads texts made
    /// for its own keys.
    pub fn fichier_publie(self) -> String {
        format!("langues/{}.{}.json", self.code(), cle::VERSION)
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

    /// The CLDR plural category of a count in this language ("one", "two",
    /// "few"…, "other" when no condition of the table meets it).
    pub fn categorie(self, n: usize) -> &'static str {
        let n = n as u32;
        self.fiche()
            .pluriel
            .iter()
            .find(|&&(_, modulo, min, max)| (min..=max).contains(&if modulo > 0 { n % modulo } else { n }))
            .map_or("other", |r| r.0)
    }
}

/// The texts of one language; a key it lacks reads in French.
#[derive(Debug, Clone, PartialEq)]
pub struct Textes {
    pub langue: Langue,
    /// `None`: the French compiled in (in the WebAssembly, only the texts
    /// of the home page and the frame); otherwise a published file's, one
    /// entry per key.
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
    /// The French compiled in: in the app, enough for the home page (see
    /// `francais_embarque` in langues/langues.json); natively, everything.
    pub fn francais() -> Textes {
        Textes {
            langue: Langue::Fr,
            traduits: None,
            catalogue: BTreeMap::new(),
            empreintes: BTreeMap::new(),
        }
    }

    /// Whether every screen can be drawn: a language file was read. French
    /// compiled in draws the home page only; the app fetches the French
    /// file before another screen.
    pub fn complets(&self) -> bool {
        self.traduits.is_some()
    }

    /// Reads a published language file (`scripts/langues.mjs`):
    /// `{"langue": code, "cles": version, "interface": [text by key order],
    /// "catalogue": {path: text}}`. A file made for another list of keys
    /// (another version of the app) is refused: its texts would land on
    /// the wrong keys. A key without text (null) reads in French.
    pub fn depuis_json(langue: Langue, json: &str) -> Result<Textes, String> {
        let fichier = langue.fichier_publie();
        let valeur = json::lire(json).map_err(|e| format!("{fichier} : JSON invalide, {e}"))?;
        if valeur.get("cles").and_then(Json::texte) != Some(cle::VERSION) {
            return Err(format!("{fichier} : fichier d'une autre version de l'application"));
        }
        let interface = valeur.get("interface").and_then(Json::liste).unwrap_or(&[]);
        if interface.len() != cle::NOMBRE {
            return Err(format!(
                "{fichier} : {} textes au lieu de {}",
                interface.len(),
                cle::NOMBRE
            ));
        }
        let table = |nom: &str| match valeur.get(nom) {
            Some(textes) => verifier::table_de_textes(textes).map_err(|e| format!("{fichier} : {nom} : {e}")),
            None => Ok(BTreeMap::new()),
        };
        // "empreintes": the fingerprint of the French each catalogue
        // translation was reviewed against (scripts/langues.mjs).
        let catalogue = table("catalogue")?;
        let empreintes = table("empreintes")?;
        Ok(Textes {
            langue,
            traduits: Some(interface.iter().map(|t| t.texte().map(str::to_string)).collect()),
            catalogue,
            empreintes,
        })
    }

    /// Natively, every French text, as if the French file were loaded: for
    /// the static pages and the tests that read screens other than the
    /// home page. (Natively, `francais()` answers only the compiled-in keys,
    /// as in the app, so a test fails where the app would show nothing.)
    #[cfg(not(target_arch = "wasm32"))]
    pub fn francais_complet() -> Textes {
        Textes {
            traduits: Some(cle::FRANCAIS.iter().map(|t| Some(t.to_string())).collect()),
            ..Textes::francais()
        }
    }

    /// A French name from the catalogue (an association, a place) marked
    /// as a French passage (`⟪AFEV⟫`) inside a page of another language, for
    /// `components::avec_francais` to draw it with `lang="fr"`; as it is on
    /// a French page.
    pub fn nom_francais(&self, nom: &str) -> String {
        if self.langue.attribut_lang() == "fr" {
            nom.to_string()
        } else {
            format!("⟪{nom}⟫")
        }
    }

    /// The text of a key. A stale translation is published as its French
    /// text after [`FRANCAIS_PERIME`] (scripts/langues.mjs), an invisible
    /// mark: wherever it is drawn, the start-up script marks its element
    /// `lang="fr"` (scripts/avant-affichage.js), and nothing shows.
    pub fn t(&self, c: Cle) -> &str {
        let i = usize::from(c.0);
        // In the app the French table holds "" for the keys it does not
        // carry; natively it holds every text, so the same is done here.
        #[cfg(not(target_arch = "wasm32"))]
        let francais = match cle::EMBARQUEE.get(i) {
            Some(true) => cle::FRANCAIS[i],
            _ => "",
        };
        #[cfg(target_arch = "wasm32")]
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

    /// A counted text's form for `n` (its language's CLDR category, see
    /// `verifier::formes`): "one: {n} programme | other: {n} programmes"
    /// gives "{n} programmes" for 4. A text without forms is returned whole.
    pub fn selon(&self, c: Cle, n: usize) -> &str {
        let texte = self.t(c);
        let categorie = self.langue.categorie(n);
        let mut autre = texte;
        // Forms are "category: text" separated by " | ". Cut on characters:
        // a `&str` pattern brings in the standard library's Two-Way
        // searcher (1.6 KB of WebAssembly) for these few short texts.
        for morceau in texte.split('|') {
            let forme = morceau.strip_prefix(' ').unwrap_or(morceau);
            let forme = forme.strip_suffix(' ').unwrap_or(forme);
            if let Some((cat, f)) = forme.split_once(':')
                && let Some(f) = f.strip_prefix(' ')
            {
                if cat == categorie {
                    return f;
                }
                if cat == "other" {
                    autre = f;
                }
            }
        }
        autre
    }

    /// A counted text for `n`, `{n}` filled: "1 programme correspond",
    /// "4 associations vous accueilleraient", "برنامجان يناسبان".
    pub fn compte(&self, c: Cle, n: usize) -> String {
        remplir(self.selon(c, n), &[("n", &self.nombre(n as u32))]).into_owned()
    }

    /// A counted text's form for `n` with its `{placeholders}` filled.
    pub fn f_selon(&self, c: Cle, n: usize, valeurs: &[(&str, &str)]) -> String {
        remplir(self.selon(c, n), valeurs).into_owned()
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
        if crate::texte::contient(
            &crate::texte::sans_isolats(&m.duree),
            &crate::texte::sans_isolats(&chiffree),
        ) {
            m.duree.clone()
        } else {
            self.f(k::DUREE_DETAIL, &[("duree", &m.duree), ("chiffree", &chiffree)])
        }
    }

    /// A duration in months, in words: 3 → "3 mois", 12 → "1 an", 72 → "6 ans".
    pub fn duree_mois(&self, mois: u16) -> String {
        if mois >= 12 && mois.is_multiple_of(12) {
            self.compte(cle::commun::N_ANS, usize::from(mois / 12))
        } else {
            self.compte(cle::commun::N_MOIS, usize::from(mois))
        }
    }

    /// "de 5 à 15 ans" (the noun agrees with the last number).
    pub fn tranche_age(&self, min: u8, max: u8) -> String {
        self.f_selon(
            cle::commun::TRANCHE_AGE,
            usize::from(max),
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

    /// The catalogue of `source` (its French text) in this language,
    /// checked like any catalogue. `None` when the translation does not
    /// make a valid one (it cannot pass the build, but a remote catalogue
    /// may have moved on): the app then shows the French.
    pub fn catalogue_dans_la_langue(&self, source: &str) -> Option<crate::catalogue::Catalogue> {
        let valeur = self.catalogue_traduit(source).ok()?;
        crate::catalogue::charger_valeur("catalogue traduit", &valeur).ok()
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

    /// A translated text replaces the French one; a translation that breaks
    /// a rule of the catalogue (an empty text) gives no catalogue, so the
    /// app keeps the French one.
    #[test]
    fn catalogue_dans_une_autre_langue() {
        let source = crate::catalogue::FICHIER_EMBARQUE;
        let mut en = Textes {
            langue: Langue::En,
            ..Textes::francais_complet()
        };
        en.catalogue
            .insert("programmes.afev.accroche".into(), "One student, one child.".into());
        let traduit = en.catalogue_dans_la_langue(source).expect("catalogue traduit valide");
        let afev = traduit.programme("afev").expect("afev");
        assert_eq!(afev.accroche, "One student, one child.");
        en.catalogue.insert("programmes.afev.accroche".into(), " ".into());
        assert!(en.catalogue_dans_la_langue(source).is_none());
    }

    #[test]
    fn nombres_selon_la_langue() {
        let fr = Textes::francais_complet();
        assert_eq!(fr.nombre(4), "4");
        assert_eq!(fr.nombre(660), "660");
        assert_eq!(fr.nombre(31125), "31\u{202F}125");
        assert_eq!(fr.nombre(1234567), "1\u{202F}234\u{202F}567");
        let en = Textes {
            langue: Langue::En,
            ..Textes::francais_complet()
        };
        assert_eq!(en.nombre(150000), "150,000");
    }

    #[test]
    fn heures_avec_une_decimale_selon_la_langue() {
        let fr = Textes::francais_complet();
        assert_eq!(fr.decimal(4.0), "4");
        assert_eq!(fr.decimal(1.5), "1,5");
        assert_eq!(fr.decimal(2.25), "2,3");
        assert_eq!(fr.decimal(0.96), "1");
        assert_eq!(fr.decimal(-3.0), "0");
        let en = Textes {
            langue: Langue::En,
            ..Textes::francais_complet()
        };
        assert_eq!(en.decimal(1.5), "1.5");
        assert_eq!(en.decimal(1500.5), "1,500.5");
    }

    #[test]
    fn durees_listes_et_tranches_en_francais() {
        let fr = Textes::francais_complet();
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
            ..Textes::francais_complet()
        };
        assert_eq!(ar.liste(&["a", "b"]), "\u{2068}a\u{2069} et \u{2068}b\u{2069}");
    }

    #[test]
    fn formes_du_pluriel_par_categorie_cldr() {
        // The categories come from the table: French says "0 association",
        // English "0 associations", Arabic has a dual and few/many forms.
        let categories = |l: Langue| [0, 1, 2, 3, 10, 11, 99, 100, 102, 103, 111].map(|n| l.categorie(n));
        assert_eq!(categories(Langue::Fr)[..3], ["one", "one", "other"]);
        assert_eq!(categories(Langue::En)[..3], ["other", "one", "other"]);
        assert_eq!(
            categories(Langue::Ar),
            [
                "zero", "one", "two", "few", "few", "many", "many", "other", "other", "few", "many"
            ]
        );
        let k = cle::mentor::RESUME_OUI;
        let fr = Textes::francais_complet();
        assert_eq!(fr.compte(k, 1), "1 association vous accueillerait");
        assert_eq!(fr.compte(k, 0), "0 association vous accueillerait");
        assert_eq!(fr.compte(k, 4), "4 associations vous accueilleraient");
        assert_eq!(fr.compte(cle::commun::N_ANS, 1), "1 an");
        // "pas à 1 an": an age inside a reason agrees too.
        assert_eq!(fr.compte(cle::moteur::AGE, 1), "1 an");
        assert_eq!(fr.compte(cle::moteur::AGE, 16), "16 ans");
        // A text without forms is the same for every count.
        assert_eq!(fr.selon(cle::commun::LISTE_ET, 2), " et ");
        let ar = Textes::depuis_json(
            Langue::Ar,
            &fichier(
                cle::VERSION,
                &[(
                    "resultats.n_correspond",
                    "zero: z | one: o | two: برنامجان يناسبان | few: {n} برامج | many: {n} m | other: {n} x",
                )],
            ),
        )
        .unwrap();
        let k = cle::resultats::N_CORRESPOND;
        assert_eq!(
            [0, 1, 2, 3, 11, 100, 1000].map(|n| ar.compte(k, n)),
            [
                "z",
                "o",
                "برنامجان يناسبان",
                "3 برامج",
                "11 m",
                "100 x",
                "1\u{202F}000 x"
            ]
        );
    }

    #[test]
    fn un_texte_compte_sans_une_categorie_de_sa_langue_est_refuse() {
        let table = |texte: &str| verifier::Table::from([("resultats.n".to_string(), texte.to_string())]);
        let francais = table("one: {n} programme | other: {n} programmes");
        let arabe = ["zero", "one", "two", "few", "many", "other"];
        let complet = table("zero: a | one: b | two: c | few: {n} d | many: {n} e | other: {n} f");
        assert!(verifier::comparer_pluriels("ar", &arabe, &francais, &complet).is_empty());
        // The dual left out: refused, naming the language, the key and the categories.
        let sans_duel = table("zero: a | one: b | few: {n} d | many: {n} e | other: {n} f");
        let erreurs = verifier::comparer_pluriels("ar", &arabe, &francais, &sans_duel);
        assert_eq!(erreurs.len(), 1);
        assert!(erreurs[0].contains("langues/ar") && erreurs[0].contains("resultats.n") && erreurs[0].contains("two"));
        // A text counted in French but written once in the translation: refused.
        assert_eq!(
            verifier::comparer_pluriels("ar", &arabe, &francais, &table("{n} برامج")).len(),
            1
        );
        // The table's conditions, CLDR's syntax.
        assert_eq!(verifier::condition("n % 100 = 3..10"), Some((100, 3, 10)));
        assert_eq!(verifier::condition("n = 1"), Some((0, 1, 1)));
        assert_eq!(verifier::condition("i = 1"), None);
        assert_eq!(verifier::condition("n = 5..2"), None);
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

    /// A published file of `cles` with the texts `textes` (name → text).
    fn fichier(cles: &str, textes: &[(&str, &str)]) -> String {
        let interface: Vec<String> = cle::NOMS
            .iter()
            .map(|nom| match textes.iter().find(|(n, _)| n == nom) {
                Some((_, t)) => format!("{t:?}"),
                None => "null".to_string(),
            })
            .collect();
        format!(
            r#"{{"cles": "{cles}", "interface": [{}], "catalogue": {{"a.b": "c"}}}}"#,
            interface.join(",")
        )
    }

    #[test]
    fn fichier_de_langue_partiel_ou_faux() {
        let t = Textes::depuis_json(Langue::En, &fichier(cle::VERSION, &[("commun.liste_et", " and ")])).unwrap();
        assert_eq!(t.t(cle::commun::LISTE_ET), " and ");
        assert!(t.complets());
        assert!(!Textes::francais().complets());
        // A key without text reads in French.
        assert_eq!(t.t(cle::commun::N_MOIS), "one: {n} mois | other: {n} mois");
        assert_eq!(t.manquantes(), cle::NOMBRE - 1);
        assert_eq!(t.catalogue.get("a.b").map(String::as_str), Some("c"));
        assert!(Textes::depuis_json(Langue::En, "<html>").is_err());
        // Made for another list of keys: refused whole, never misplaced.
        let autre = Textes::depuis_json(Langue::En, &fichier("00000000", &[("commun.liste_et", " and ")]));
        assert!(autre.unwrap_err().contains("autre version"));
        // Texts missing at the end: refused too.
        let court = format!(r#"{{"cles": "{}", "interface": ["a"]}}"#, cle::VERSION);
        assert!(Textes::depuis_json(Langue::En, &court).is_err());
    }

    #[test]
    fn la_version_suit_la_liste_des_cles() {
        assert_eq!(verifier::version_des_cles(&cle::NOMS), cle::VERSION);
        assert_ne!(verifier::version_des_cles(&cle::NOMS[1..]), cle::VERSION);
        // FNV-1a (32 bits) of "a\n", as scripts/langues.mjs computes it.
        assert_eq!(verifier::version_des_cles(&["a"]), "2524c6d2");
    }

    #[test]
    fn le_francais_de_l_accueil_est_compile_le_reste_publie() {
        // Natively every French text is there; the app carries the home page's.
        let embarquees = cle::EMBARQUEE.iter().filter(|e| **e).count();
        assert!(
            embarquees > 0 && embarquees < cle::NOMBRE / 2,
            "{embarquees} sur {}",
            cle::NOMBRE
        );
        assert!(cle::EMBARQUEE[usize::from(cle::accueil::TITRE.0)]);
        assert!(!cle::EMBARQUEE[usize::from(cle::resultats::N_CORRESPOND.0)]);
    }
}

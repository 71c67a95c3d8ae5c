//! A small JSON reader for the two kinds of file the app reads: the
//! catalogue and the language files.
//!
//! Why not serde_json: its generic code, with the `Deserialize` code
//! derived for each catalogue type, weighed about a tenth of the app's
//! WebAssembly (17 KiB brotli of every first visit, measured), on phones
//! with little data.
//! This reader builds a plain tree; `catalogue::lire` turns it into types
//! and names the exact field at fault, in the browser too.
//!
//! It follows RFC 8259. Numbers are kept as written, so that an integer is
//! read exactly and no float-parsing tables are compiled in. Nesting is
//! limited, so that hostile input is refused instead of overflowing the
//! stack.
//!
//! This file is also compiled by `build.rs` (via `#[path]`): plain Rust only.

use std::fmt;

/// A JSON value.
#[derive(Debug, Clone, PartialEq)]
pub enum Json {
    Nul,
    Booleen(bool),
    /// The number exactly as written in the file (`-3`, `1.5`, `2e3`):
    /// whoever reads it knows which kind of number it expects.
    Nombre(String),
    Texte(String),
    Liste(Vec<Json>),
    /// Keys in the order of the file. Duplicates are kept: whoever reads
    /// the object decides (the catalogue refuses them).
    Objet(Vec<(String, Json)>),
}

/// Why a text is not JSON, and where (lines and columns count from 1).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ErreurJson {
    pub ligne: usize,
    pub colonne: usize,
    pub message: String,
}

impl fmt::Display for ErreurJson {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "ligne {} colonne {} : {}", self.ligne, self.colonne, self.message)
    }
}

/// Deeper than this is refused. The catalogue nests five levels; serde_json
/// stops at the same depth.
pub const PROFONDEUR_MAX: usize = 128;

/// Parses a whole text: one value, surrounded by blanks only.
pub fn lire(texte: &str) -> Result<Json, ErreurJson> {
    let mut lecteur = Lecteur {
        texte,
        octets: texte.as_bytes(),
        position: 0,
    };
    let valeur = lecteur.valeur(0)?;
    lecteur.blancs();
    if lecteur.position < lecteur.octets.len() {
        return Err(lecteur.erreur("caractères en trop après la fin du document"));
    }
    Ok(valeur)
}

/// The same document without the blanks between tokens: what the app
/// embeds (`build.rs`), a fifth lighter than the indented file people edit.
/// Text inside strings is kept byte for byte, escapes included. Only for
/// a valid document: blanks also separate the tokens of broken ones.
pub fn compacter(texte: &str) -> String {
    let mut sortie = String::with_capacity(texte.len());
    let (mut dans_un_texte, mut echappe) = (false, false);
    for c in texte.chars() {
        if dans_un_texte {
            dans_un_texte = echappe || c != '"';
            echappe = !echappe && c == '\\';
        } else if matches!(c, ' ' | '\t' | '\n' | '\r') {
            continue;
        } else {
            dans_un_texte = c == '"';
        }
        sortie.push(c);
    }
    sortie
}

impl Json {
    /// The value of a key of an object (the first one, if repeated).
    pub fn get(&self, cle: &str) -> Option<&Json> {
        match self {
            Json::Objet(paires) => paires.iter().find(|(c, _)| c == cle).map(|(_, v)| v),
            _ => None,
        }
    }

    pub fn texte(&self) -> Option<&str> {
        match self {
            Json::Texte(t) => Some(t),
            _ => None,
        }
    }

    pub fn liste(&self) -> Option<&[Json]> {
        match self {
            Json::Liste(l) => Some(l),
            _ => None,
        }
    }

    /// What a value is, for messages: `texte « quinze »`, `nombre -3`.
    pub fn nature(&self) -> String {
        match self {
            Json::Nul => "null".to_string(),
            Json::Booleen(b) => format!("booléen {b}"),
            Json::Nombre(n) => format!("nombre {n}"),
            Json::Texte(t) => {
                // A 10 MB text is not copied into a message.
                let debut: String = t.chars().take(40).collect();
                let suite = if debut.len() < t.len() { "…" } else { "" };
                format!("texte « {debut}{suite} »")
            }
            Json::Liste(_) => "liste".to_string(),
            Json::Objet(_) => "objet".to_string(),
        }
    }
}

struct Lecteur<'a> {
    texte: &'a str,
    octets: &'a [u8],
    position: usize,
}

impl Lecteur<'_> {
    /// An error at the current position.
    fn erreur(&self, message: &str) -> ErreurJson {
        let avant = &self.texte[..self.debut_de_caractere(self.position)];
        let ligne = avant.matches('\n').count() + 1;
        let colonne = avant.rsplit('\n').next().map_or(0, |l| l.chars().count()) + 1;
        ErreurJson {
            ligne,
            colonne,
            message: message.to_string(),
        }
    }

    /// The start of the character at `position` (an error may point inside one).
    fn debut_de_caractere(&self, position: usize) -> usize {
        let mut p = position.min(self.texte.len());
        while !self.texte.is_char_boundary(p) {
            p -= 1;
        }
        p
    }

    fn suivant(&self) -> Option<u8> {
        self.octets.get(self.position).copied()
    }

    fn blancs(&mut self) {
        while matches!(self.suivant(), Some(b' ' | b'\t' | b'\n' | b'\r')) {
            self.position += 1;
        }
    }

    fn attendre(&mut self, mot: &str, valeur: Json) -> Result<Json, ErreurJson> {
        if self.octets[self.position..].starts_with(mot.as_bytes()) {
            self.position += mot.len();
            Ok(valeur)
        } else {
            Err(self.erreur("valeur attendue"))
        }
    }

    fn valeur(&mut self, profondeur: usize) -> Result<Json, ErreurJson> {
        self.blancs();
        match self.suivant() {
            None => Err(self.erreur("fin du texte inattendue")),
            Some(b'{') | Some(b'[') if profondeur >= PROFONDEUR_MAX => Err(self.erreur("imbrication trop profonde")),
            Some(b'{') => self.objet(profondeur + 1),
            Some(b'[') => self.liste(profondeur + 1),
            Some(b'"') => self.chaine().map(Json::Texte),
            Some(b't') => self.attendre("true", Json::Booleen(true)),
            Some(b'f') => self.attendre("false", Json::Booleen(false)),
            Some(b'n') => self.attendre("null", Json::Nul),
            Some(b'-' | b'0'..=b'9') => self.nombre(),
            Some(_) => Err(self.erreur("valeur attendue")),
        }
    }

    fn liste(&mut self, profondeur: usize) -> Result<Json, ErreurJson> {
        self.position += 1;
        let mut elements = Vec::new();
        self.blancs();
        if self.suivant() == Some(b']') {
            self.position += 1;
            return Ok(Json::Liste(elements));
        }
        loop {
            elements.push(self.valeur(profondeur)?);
            self.blancs();
            match self.suivant() {
                Some(b',') => self.position += 1,
                Some(b']') => {
                    self.position += 1;
                    return Ok(Json::Liste(elements));
                }
                _ => return Err(self.erreur("« , » ou « ] » attendu")),
            }
        }
    }

    fn objet(&mut self, profondeur: usize) -> Result<Json, ErreurJson> {
        self.position += 1;
        let mut paires = Vec::new();
        self.blancs();
        if self.suivant() == Some(b'}') {
            self.position += 1;
            return Ok(Json::Objet(paires));
        }
        loop {
            self.blancs();
            if self.suivant() != Some(b'"') {
                return Err(self.erreur("nom de champ entre guillemets attendu"));
            }
            let cle = self.chaine()?;
            self.blancs();
            if self.suivant() != Some(b':') {
                return Err(self.erreur("« : » attendu"));
            }
            self.position += 1;
            paires.push((cle, self.valeur(profondeur)?));
            self.blancs();
            match self.suivant() {
                Some(b',') => self.position += 1,
                Some(b'}') => {
                    self.position += 1;
                    return Ok(Json::Objet(paires));
                }
                _ => return Err(self.erreur("« , » ou « } » attendu")),
            }
        }
    }

    /// A number, checked against JSON's grammar and kept as written.
    fn nombre(&mut self) -> Result<Json, ErreurJson> {
        let debut = self.position;
        if self.suivant() == Some(b'-') {
            self.position += 1;
        }
        match self.suivant() {
            Some(b'0') => self.position += 1,
            Some(b'1'..=b'9') => self.chiffres(),
            _ => return Err(self.erreur("chiffre attendu")),
        }
        if self.suivant() == Some(b'.') {
            self.position += 1;
            if !matches!(self.suivant(), Some(b'0'..=b'9')) {
                return Err(self.erreur("chiffre attendu après la virgule"));
            }
            self.chiffres();
        }
        if matches!(self.suivant(), Some(b'e' | b'E')) {
            self.position += 1;
            if matches!(self.suivant(), Some(b'+' | b'-')) {
                self.position += 1;
            }
            if !matches!(self.suivant(), Some(b'0'..=b'9')) {
                return Err(self.erreur("chiffre attendu dans l'exposant"));
            }
            self.chiffres();
        }
        Ok(Json::Nombre(self.texte[debut..self.position].to_string()))
    }

    fn chiffres(&mut self) {
        while matches!(self.suivant(), Some(b'0'..=b'9')) {
            self.position += 1;
        }
    }

    /// A string, its escapes decoded. The input is valid UTF-8 already, so
    /// runs of plain characters are copied as they are.
    fn chaine(&mut self) -> Result<String, ErreurJson> {
        self.position += 1;
        let mut sortie = String::new();
        let mut debut = self.position;
        loop {
            match self.suivant() {
                None => return Err(self.erreur("texte non terminé (guillemet fermant manquant)")),
                Some(b'"') => {
                    sortie.push_str(&self.texte[debut..self.position]);
                    self.position += 1;
                    return Ok(sortie);
                }
                Some(b'\\') => {
                    sortie.push_str(&self.texte[debut..self.position]);
                    self.position += 1;
                    let c = self.echappement()?;
                    sortie.push(c);
                    debut = self.position;
                }
                Some(0..=0x1f) => return Err(self.erreur("caractère de contrôle dans un texte (écrire \\n, \\t…)")),
                Some(_) => self.position += 1,
            }
        }
    }

    /// After a backslash: the character it stands for.
    fn echappement(&mut self) -> Result<char, ErreurJson> {
        let c = match self.suivant() {
            Some(b'"') => '"',
            Some(b'\\') => '\\',
            Some(b'/') => '/',
            Some(b'b') => '\u{8}',
            Some(b'f') => '\u{c}',
            Some(b'n') => '\n',
            Some(b'r') => '\r',
            Some(b't') => '\t',
            Some(b'u') => {
                self.position += 1;
                let haut = self.quatre_hexa()?;
                let point = if (0xD800..0xDC00).contains(&haut) {
                    // A pair of UTF-16 surrogates: \ud83d\ude00.
                    if !self.octets[self.position..].starts_with(b"\\u") {
                        return Err(self.erreur("moitié de caractère \\u sans sa seconde moitié"));
                    }
                    self.position += 2;
                    let bas = self.quatre_hexa()?;
                    if !(0xDC00..0xE000).contains(&bas) {
                        return Err(self.erreur("seconde moitié de caractère \\u invalide"));
                    }
                    0x10000 + ((haut - 0xD800) << 10) + (bas - 0xDC00)
                } else {
                    haut
                };
                return char::from_u32(point).ok_or_else(|| self.erreur("caractère \\u invalide"));
            }
            _ => return Err(self.erreur("échappement inconnu après « \\ »")),
        };
        self.position += 1;
        Ok(c)
    }

    fn quatre_hexa(&mut self) -> Result<u32, ErreurJson> {
        let mut n = 0;
        for _ in 0..4 {
            let chiffre = match self.suivant() {
                Some(c @ b'0'..=b'9') => c - b'0',
                Some(c @ b'a'..=b'f') => c - b'a' + 10,
                Some(c @ b'A'..=b'F') => c - b'A' + 10,
                _ => return Err(self.erreur("quatre chiffres hexadécimaux attendus après \\u")),
            };
            n = n * 16 + u32::from(chiffre);
            self.position += 1;
        }
        Ok(n)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn texte(t: &str) -> Json {
        Json::Texte(t.to_string())
    }

    #[test]
    fn valeurs_simples_et_imbriquees() {
        assert_eq!(lire(" null ").unwrap(), Json::Nul);
        assert_eq!(lire("true").unwrap(), Json::Booleen(true));
        assert_eq!(lire("-1.5e+3").unwrap(), Json::Nombre("-1.5e+3".into()));
        assert_eq!(
            lire(r#"{"a": [1, "b", {}], "a": false}"#).unwrap(),
            Json::Objet(vec![
                (
                    "a".into(),
                    Json::Liste(vec![Json::Nombre("1".into()), texte("b"), Json::Objet(vec![])])
                ),
                ("a".into(), Json::Booleen(false)),
            ])
        );
        assert_eq!(lire("[]").unwrap(), Json::Liste(vec![]));
    }

    #[test]
    fn echappements() {
        assert_eq!(
            lire(r#""a\"b\\c\/d\n\t\u00e9\ud83d\ude00""#).unwrap(),
            texte("a\"b\\c/d\n\té😀")
        );
        assert_eq!(lire("\"Télémaque · 5–30\"").unwrap(), texte("Télémaque · 5–30"));
        for faux in [r#""\ud83d""#, r#""\ud83d\u0041""#, r#""\x""#, r#""\u12""#, "\"a\nb\""] {
            assert!(lire(faux).is_err(), "{faux}");
        }
    }

    #[test]
    fn erreurs_situees() {
        let e = lire("{ \"a\": 1,\n  \"b\": [ }").unwrap_err();
        assert_eq!((e.ligne, e.colonne), (2, 10), "{e}");
        let e = lire("{\"é\": tru}").unwrap_err();
        assert_eq!((e.ligne, e.colonne), (1, 7), "{e}");
        for faux in [
            "",
            "[1,]",
            "{\"a\" 1}",
            "{a: 1}",
            "01",
            "1.",
            "-",
            "1e",
            "[1] [2]",
            "\"sans fin",
            "nul",
            "{\"a\":1,}",
        ] {
            assert!(lire(faux).is_err(), "{faux:?} accepté");
        }
    }

    #[test]
    fn imbrication_limitee_sans_debordement() {
        let ok = format!("{}{}", "[".repeat(PROFONDEUR_MAX), "]".repeat(PROFONDEUR_MAX));
        assert!(lire(&ok).is_ok());
        let trop = format!("{}{}", "[".repeat(PROFONDEUR_MAX + 1), "]".repeat(PROFONDEUR_MAX + 1));
        assert!(lire(&trop).unwrap_err().message.contains("profonde"));
        let hostile = "[{\"a\":".repeat(100_000);
        assert!(lire(&hostile).is_err());
    }

    #[test]
    fn nature_pour_les_messages() {
        assert_eq!(texte("quinze").nature(), "texte « quinze »");
        assert_eq!(
            texte(&"x".repeat(100)).nature(),
            format!("texte « {}… »", "x".repeat(40))
        );
        assert_eq!(Json::Nombre("-3".into()).nature(), "nombre -3");
    }
}

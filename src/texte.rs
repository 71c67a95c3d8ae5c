//! Small pure helpers that turn catalogue values into drawing positions
//! or links (the words are in `i18n::Textes`). Kept out of the views so they are tested natively.

/// Where an age range sits on an axis from `axe_min` to `axe_max` years,
/// counted in one-year slots: 5–15 covers the slots of 5, 6 … 15, so a bar
/// is never empty. Ages outside the axis are clamped.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Barre {
    /// Slots before the bar.
    pub debut: u16,
    /// Slots the bar covers (at least one).
    pub longueur: u16,
    /// Slots on the whole axis.
    pub cases: u16,
}

pub fn barre_age(min: u8, max: u8, axe_min: u8, axe_max: u8) -> Barre {
    let debut = min.clamp(axe_min, axe_max);
    let fin = max.clamp(debut, axe_max);
    Barre {
        debut: u16::from(debut - axe_min),
        longueur: u16::from(fin - debut) + 1,
        cases: u16::from(axe_max.saturating_sub(axe_min)) + 1,
    }
}

// CSS lengths for the bar, as fractions the browser divides: the app never
// formats a float (Rust's float formatting weighs 10 KB of WebAssembly).
impl Barre {
    /// Offset of the bar's start from the axis' start.
    pub fn debut_css(self) -> String {
        fraction_css(self.debut, self.cases)
    }

    /// Width of the bar.
    pub fn largeur_css(self) -> String {
        fraction_css(self.longueur, self.cases)
    }

    /// Offset of the bar's middle (where a one-year tick's label goes).
    pub fn milieu_css(self) -> String {
        fraction_css(2 * self.debut + self.longueur, 2 * self.cases)
    }
}

/// An e-mail or web address cut where a line may break: after "@" and
/// before "." or "/", where a reader expects it, rather than inside a word
/// (`jerome.vieillard@telemaque.o` / `rg` on a 360 px screen). The pieces,
/// put back together, are the address.
pub fn morceaux_d_adresse(adresse: &str) -> Vec<&str> {
    let mut morceaux = Vec::new();
    let mut debut = 0;
    for (i, c) in adresse.char_indices() {
        let coupure = match c {
            '.' | '/' => i,
            '@' => i + 1,
            _ => continue,
        };
        if coupure > debut {
            morceaux.push(&adresse[debut..coupure]);
            debut = coupure;
        }
    }
    if debut < adresse.len() {
        morceaux.push(&adresse[debut..]);
    }
    morceaux
}

/// Whether a text uses a word, given as variants separated by "|"
/// ("Mission locale|Missions Locales"): as a whole word, so that "REP"
/// is found in "REP+" but not in "REPAS". Unicode's isolates (which the
/// Arabic file puts around Latin words) are not part of a word.
pub fn contient_le_mot(texte: &str, variantes: &str) -> bool {
    let de_mot = |c: Option<char>| c.is_some_and(lettre_ou_chiffre);
    variantes.split('|').any(|variante| {
        let mot = sans_isolats(variante);
        let mot = mot.trim();
        // Byte windows rather than `str::match_indices`, whose Two-Way
        // searcher weighs kilobytes of WebAssembly for a few short texts.
        !mot.is_empty()
            && texte.as_bytes().windows(mot.len()).enumerate().any(|(debut, fenetre)| {
                fenetre == mot.as_bytes()
                    && texte.is_char_boundary(debut)
                    && !de_mot(texte[..debut].chars().next_back())
                    && !de_mot(texte[debut + mot.len()..].chars().next())
            })
    })
}

/// Whether `texte` contains `morceau` anywhere: `str::contains` with a
/// string pattern brings in the standard library's Two-Way searcher, about
/// 1.7 KB of WebAssembly, for a few comparisons of short texts.
pub fn contient(texte: &str, morceau: &str) -> bool {
    morceau.is_empty()
        || texte
            .as_bytes()
            .windows(morceau.len())
            .any(|fenetre| fenetre == morceau.as_bytes())
}

/// Whether a character can be part of a word, for [`contient_le_mot`]:
/// ASCII letters and digits, and every character from "À" on except the
/// signs of those blocks (× ÷), general punctuation (U+2000 to U+206F: the
/// narrow no-break space, "’", the isolates) and Arabic punctuation.
/// Not `char::is_alphanumeric`: its Unicode tables weigh 3 KiB of
/// WebAssembly, for words in French, English and Arabic texts.
fn lettre_ou_chiffre(c: char) -> bool {
    c.is_ascii_alphanumeric()
        || (c >= 'À'
            && !matches!(
                c,
                '×' | '÷' | '\u{2000}'..='\u{206F}' | '\u{060C}' | '\u{061B}' | '\u{061F}' | '\u{066A}'..='\u{066D}'
            ))
}

/// The text without Unicode's isolates (U+2066 to U+2069), which the
/// published Arabic file puts around Latin passages and placeholders
/// (`scripts/langues.mjs`) and the catalogue's own texts do not have: to
/// compare the two.
pub fn sans_isolats(texte: &str) -> String {
    texte
        .chars()
        .filter(|c| !('\u{2066}'..='\u{2069}').contains(c))
        .collect()
}

/// `n / d` of the containing block's width, as CSS.
fn fraction_css(n: u16, d: u16) -> String {
    format!("calc(100% * {n} / {d})")
}

/// Percent-encoding as JavaScript's `encodeURIComponent`: everything but
/// `A–Z a–z 0–9 - _ . ! ~ * ' ( )` is escaped, so a subject or body can
/// never break out of its `mailto:` parameter.
pub fn encoder_uri(texte: &str) -> String {
    let mut sortie = String::with_capacity(texte.len());
    for octet in texte.bytes() {
        if octet.is_ascii_alphanumeric() || b"-_.!~*'()".contains(&octet) {
            sortie.push(octet as char);
        } else {
            sortie.push_str(&format!("%{octet:02X}"));
        }
    }
    sortie
}

/// The text with a capital first letter, for a label shown on its own
/// (a form's answers) whose words also serve inside sentences ("des
/// enfants (5 à 10 ans)", "travail scolaire"). Only the letters French,
/// FALC and English texts start with are changed (Arabic has no case):
/// `char::to_uppercase` would bring all of Unicode's case tables into the
/// WebAssembly.
pub fn majuscule(texte: &str) -> String {
    let mut lettres = texte.chars();
    match lettres.next() {
        Some(premiere) => std::iter::once(capitale(premiere)).chain(lettres).collect(),
        None => String::new(),
    }
}

fn capitale(c: char) -> char {
    match c {
        'a'..='z' => c.to_ascii_uppercase(),
        // Latin-1: à…þ are À…Þ shifted by 0x20, except the division sign.
        'à'..='þ' if c != '÷' => char::from_u32(u32::from(c) - 0x20).unwrap_or(c),
        'œ' => 'Œ',
        'ÿ' => 'Ÿ',
        _ => c,
    }
}

/// The marks around a French passage inside a text of another language
/// (`⟪Communauté urbaine de Dunkerque⟫`, written in `langues/`), for a
/// screen reader to read it with a French voice.
pub const DEBUT_FRANCAIS: char = '⟪';
pub const FIN_FRANCAIS: char = '⟫';

/// A text cut at its French passages: (is French, words), in order, the
/// marks removed; an unclosed mark runs to the end. Drawn by
/// `components::avec_francais`.
pub fn passages_francais(texte: &str) -> Vec<(bool, &str)> {
    let mut sortie = Vec::new();
    let mut reste = texte;
    while let Some((avant, apres)) = reste.split_once(DEBUT_FRANCAIS) {
        let (francais, suite) = apres.split_once(FIN_FRANCAIS).unwrap_or((apres, ""));
        sortie.extend([(false, avant), (true, francais)]);
        reste = suite;
    }
    sortie.push((false, reste));
    sortie.retain(|(_, mots)| !mots.is_empty());
    sortie
}

/// The text without the marks of its French passages, where it becomes
/// plain text: a title, an attribute, an e-mail, a shared sheet.
pub fn sans_marques(texte: &str) -> String {
    texte.replace([DEBUT_FRANCAIS, FIN_FRANCAIS], "")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn contient_comme_la_bibliotheque_standard() {
        let textes = ["", "6 mois", "de 6 mois à 1 an", "ستة أشهر (6 أشهر)", "aaab"];
        for texte in textes {
            for morceau in ["", "6 mois", "1 an", "mois à", "أشهر", "aab", "b", "z"] {
                assert_eq!(
                    contient(texte, morceau),
                    texte.contains(morceau),
                    "{texte:?} / {morceau:?}"
                );
            }
        }
    }

    #[test]
    fn passages_francais_marques_puis_sans_marques() {
        let texte = "In the ⟪Communauté urbaine de Dunkerque⟫ (CUD), ⟪AFEV⟫.";
        assert_eq!(
            passages_francais(texte),
            [
                (false, "In the "),
                (true, "Communauté urbaine de Dunkerque"),
                (false, " (CUD), "),
                (true, "AFEV"),
                (false, ".")
            ]
        );
        assert_eq!(passages_francais("sans"), [(false, "sans")]);
        assert_eq!(passages_francais("⟪ouvert"), [(true, "ouvert")]);
        assert_eq!(
            sans_marques(texte),
            "In the Communauté urbaine de Dunkerque (CUD), AFEV."
        );
    }

    #[test]
    fn barres_sur_l_axe_5_30() {
        // 26 one-year slots from 5 to 30.
        assert_eq!(
            barre_age(5, 30, 5, 30),
            Barre {
                debut: 0,
                longueur: 26,
                cases: 26
            }
        );
        assert_eq!(
            barre_age(5, 15, 5, 30),
            Barre {
                debut: 0,
                longueur: 11,
                cases: 26
            }
        );
        assert_eq!(
            barre_age(18, 30, 5, 30),
            Barre {
                debut: 13,
                longueur: 13,
                cases: 26
            }
        );
        // Out of the axis: clamped, never negative, never past the end.
        assert_eq!(
            barre_age(2, 40, 5, 30),
            Barre {
                debut: 0,
                longueur: 26,
                cases: 26
            }
        );
        let b = barre_age(20, 10, 5, 30);
        assert!(b.longueur >= 1 && b.debut + b.longueur <= b.cases);
    }

    #[test]
    fn adresses_coupees_apres_l_arobase_et_avant_les_points() {
        assert_eq!(
            morceaux_d_adresse("jerome.vieillard@telemaque.org"),
            ["jerome", ".vieillard@", "telemaque", ".org"]
        );
        assert_eq!(
            morceaux_d_adresse("https://afev.org/"),
            ["https:", "/", "/afev", ".org", "/"]
        );
        assert_eq!(morceaux_d_adresse("sans-coupure"), ["sans-coupure"]);
        assert!(morceaux_d_adresse("").is_empty());
        for adresse in ["a@b", "@", ".", "..@@//", "é.à@ü", "x@y.", ".x"] {
            let morceaux = morceaux_d_adresse(adresse);
            assert_eq!(morceaux.concat(), adresse);
            assert!(morceaux.iter().all(|m| !m.is_empty()), "{adresse} : {morceaux:?}");
        }
    }

    #[test]
    fn mots_entiers_seulement() {
        assert!(contient_le_mot("un collège en REP+.", "REP"));
        assert!(contient_le_mot("(REP ou REP+)", "REP"));
        assert!(!contient_le_mot("un REPAS", "REP"));
        assert!(!contient_le_mot("CUDE", "CUD"));
        assert!(contient_le_mot("sur la CUD", "CUD"));
        assert!(contient_le_mot(
            "des Missions Locales",
            "Mission locale|Missions Locales"
        ));
        assert!(!contient_le_mot("une mission", "Mission locale|Missions Locales"));
        // The Arabic file isolates Latin words: still found, either side.
        assert!(contient_le_mot("على \u{2066}CUD\u{2069}.", "\u{2066}CUD\u{2069}"));
        assert!(contient_le_mot("على \u{2066}la CUD\u{2069}.", "CUD"));
        assert!(!contient_le_mot("n'importe quoi", ""));
        assert!(!contient_le_mot("n'importe quoi", "|"));
        assert_eq!(
            sans_isolats("\u{2068}{n}\u{2069} أشهر \u{2066}REP+\u{2069}"),
            "{n} أشهر REP+"
        );
        // Accented letters are letters: "décrochage" is not "décroch".
        assert!(!contient_le_mot("décrochage", "décroch"));
    }

    #[test]
    fn lettres_comme_unicode_pour_nos_langues() {
        // Latin-1 and Latin Extended-A (French), Arabic letters and digits,
        // the punctuation our texts use: the same answer as Unicode's tables.
        let plages = ['\u{20}'..='\u{17F}', '\u{600}'..='\u{6FF}', '\u{2000}'..='\u{206F}'];
        for c in plages
            .into_iter()
            .flatten()
            .chain(['œ', 'Œ', '«', '»', '\u{a0}', '\u{202f}'])
        {
            // Arabic marks (harakat) are letters of a word without being alphabetic.
            let marque = ('\u{64B}'..='\u{65F}').contains(&c) || ('\u{610}'..='\u{61A}').contains(&c) || c == '\u{670}';
            let attendu = c.is_alphanumeric() || marque;
            let non_lettre_arabe = ('\u{600}'..='\u{6FF}').contains(&c) && !attendu;
            if non_lettre_arabe && !matches!(c, '\u{60C}' | '\u{61B}' | '\u{61F}' | '\u{66A}'..='\u{66D}') {
                continue; // signs of the Arabic block our texts never use
            }
            if matches!(
                c,
                '\u{AA}' | '\u{B2}' | '\u{B3}' | '\u{B5}' | '\u{B9}' | '\u{BA}' | '\u{BC}'..='\u{BE}'
            ) {
                continue; // ª ² ³ µ ¹ º ¼ ½ ¾: below "À", counted as not part of a word
            }
            assert_eq!(lettre_ou_chiffre(c), attendu, "{c:?} (U+{:04X})", c as u32);
        }
    }

    #[test]
    fn longueurs_css_sans_virgule() {
        let b = barre_age(18, 30, 5, 30);
        assert_eq!(b.debut_css(), "calc(100% * 13 / 26)");
        assert_eq!(b.largeur_css(), "calc(100% * 13 / 26)");
        // The tick of 10 years: slot 5 of 26, its middle at 5.5 / 26.
        assert_eq!(barre_age(10, 10, 5, 30).milieu_css(), "calc(100% * 11 / 52)");
    }

    #[test]
    fn comme_la_bibliotheque_standard_pour_le_francais() {
        let francais = ('a'..='z')
            .chain('à'..='ÿ')
            .chain(['œ', 'æ'])
            .filter(|c| *c != '÷' && *c != 'ß');
        for c in francais {
            assert_eq!(capitale(c).to_string(), c.to_uppercase().to_string(), "{c}");
        }
        for c in ['É', '7', 'ع', '«'] {
            assert_eq!(capitale(c), c);
        }
    }

    #[test]
    fn la_premiere_lettre_seulement() {
        assert_eq!(majuscule("des enfants (5 à 10 ans)"), "Des enfants (5 à 10 ans)");
        assert_eq!(
            majuscule("écolier ou écolière (école élémentaire)"),
            "Écolier ou écolière (école élémentaire)"
        );
        assert_eq!(majuscule("Salarié ou salariée"), "Salarié ou salariée");
        assert_eq!(majuscule("1 à 2 heures par mois"), "1 à 2 heures par mois");
        assert_eq!(majuscule("الأطفال"), "الأطفال");
        assert_eq!(majuscule(""), "");
    }
}

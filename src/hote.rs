//! Options a host site sets when it embeds the app, in the query
//! (`index.html?embed=1&audience=jeune`) or in the fragment
//! (`#/?embed=1`): read once at start. Pure Rust, tested natively.
//!
//! - `embed=1`: no header or footer of our own, transparent background;
//! - `audience=jeune|mentor|pro`: start on that path instead of the home;
//! - `theme=<hex colour>`: the main colour, accepted only if white text on
//!   it stays readable (contrast 4.5:1), otherwise ignored;
//! - `lang=fr|falc|en|ar`: the interface language (it wins over the
//!   language remembered on the device and the browser's);
//! - `contact=<e-mail address>`: where the accessibility statement tells
//!   people to report a problem (the host's own contact, as the law asks of
//!   the body that publishes the service); the Collectif's by default.

use crate::engine::paires;
use crate::i18n::Langue;
use crate::routes::Route;

/// Where a host wants the app to open.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Audience {
    Jeune,
    Mentor,
    Pro,
}

impl Audience {
    /// The screen the app opens on for this audience.
    pub fn route(self) -> Route {
        match self {
            Audience::Jeune => Route::Jeune,
            Audience::Mentor => Route::Mentor,
            Audience::Pro => Route::Pro,
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct OptionsHote {
    pub embed: bool,
    pub audience: Option<Audience>,
    /// `#rrggbb`, already checked for contrast.
    pub theme: Option<String>,
    pub langue: Option<Langue>,
    /// An e-mail address, already checked (`courriel_valide`).
    pub contact: Option<String>,
    /// Options present but refused, as `nom=valeur`, for the console.
    pub ignorees: Vec<String>,
}

impl OptionsHote {
    /// Reads the options from the query (`location.search`) and from the
    /// fragment's query (`location.hash`); the query wins.
    pub fn depuis(recherche: &str, hash: &str) -> OptionsHote {
        let mut o = OptionsHote::default();
        let requete_hash = hash.split_once('?').map(|(_, q)| q).unwrap_or("");
        for (cle, valeur) in paires(requete_hash).chain(paires(recherche)) {
            let valeur = valeur.trim();
            let ok = match cle {
                "embed" => match valeur {
                    "1" | "true" | "oui" => {
                        o.embed = true;
                        true
                    }
                    "0" | "false" | "non" => {
                        o.embed = false;
                        true
                    }
                    _ => false,
                },
                "audience" => {
                    o.audience = match valeur {
                        "jeune" => Some(Audience::Jeune),
                        "mentor" => Some(Audience::Mentor),
                        "pro" => Some(Audience::Pro),
                        _ => None,
                    };
                    o.audience.is_some()
                }
                "theme" => match couleur_lisible(valeur) {
                    Some(c) => {
                        o.theme = Some(c);
                        true
                    }
                    None => false,
                },
                "lang" => {
                    o.langue = Langue::depuis_code(valeur);
                    o.langue.is_some()
                }
                "contact" => {
                    o.contact = courriel_valide(valeur).then(|| valeur.to_string());
                    o.contact.is_some()
                }
                _ => true,
            };
            if !ok {
                o.ignorees
                    .push(crate::engine::coupe_pour_affichage(&format!("{cle}={valeur}")));
            }
        }
        o
    }
}

/// A plain e-mail address (`nom@domaine.fr`): one `@`, a dot in the domain,
/// letters, digits and `.-_+` only, at most 100 characters. Nothing that
/// could become a link elsewhere than a mailbox, nor a header of the e-mail.
pub fn courriel_valide(texte: &str) -> bool {
    let Some((nom, domaine)) = texte.split_once('@') else {
        return false;
    };
    texte.len() <= 100
        && !nom.is_empty()
        && domaine.contains('.')
        && !domaine.starts_with('.')
        && !domaine.ends_with('.')
        && texte.chars().all(|c| c.is_ascii_alphanumeric() || ".-_+@".contains(c))
        && !domaine.contains('@')
}

/// `#1d3f8c`, `1d3f8c` or `#abc` → `#1d3f8c`, if white text on it has a
/// contrast of at least 4.5:1 (WCAG AA); `None` otherwise.
pub fn couleur_lisible(texte: &str) -> Option<String> {
    let hex = texte.strip_prefix('#').unwrap_or(texte);
    if !hex.chars().all(|c| c.is_ascii_hexdigit()) {
        return None;
    }
    let hex = match hex.len() {
        3 => hex.chars().flat_map(|c| [c, c]).collect::<String>(),
        6 => hex.to_string(),
        _ => return None,
    };
    let canal = |i: usize| u8::from_str_radix(&hex[i..i + 2], 16).ok();
    let (r, g, b) = (canal(0)?, canal(2)?, canal(4)?);
    (contraste_avec_blanc(r, g, b) >= 4.5).then(|| format!("#{}", hex.to_ascii_lowercase()))
}

/// WCAG contrast ratio between white and this colour.
pub fn contraste_avec_blanc(r: u8, g: u8, b: u8) -> f64 {
    let lineaire = |c: u8| {
        let c = f64::from(c) / 255.0;
        if c <= 0.03928 {
            c / 12.92
        } else {
            puissance_2_4((c + 0.055) / 1.055)
        }
    };
    let l = 0.2126 * lineaire(r) + 0.7152 * lineaire(g) + 0.0722 * lineaire(b);
    1.05 / (l + 0.05)
}

/// `x`^2.4 for `x` in [0, 1], as x² × fifth root of x² (Newton's method
/// from 1, which approaches the root from above). Not `f64::powf`: its
/// general algorithm weighs 1.4 KB of WebAssembly for this one formula.
fn puissance_2_4(x: f64) -> f64 {
    let carre = x * x;
    let mut racine = 1.0;
    for _ in 0..60 {
        let r2 = racine * racine;
        racine = (4.0 * racine + carre / (r2 * r2)) / 5.0;
    }
    carre * racine
}

/// The same colour, darker (for hover and headings): each channel × 0.7.
pub fn assombrir(couleur: &str) -> String {
    let hex = couleur.trim_start_matches('#');
    let canal = |i: usize| u8::from_str_radix(hex.get(i..i + 2).unwrap_or("00"), 16).unwrap_or(0);
    let f = |c: u8| (f64::from(c) * 0.7).round() as u8;
    format!("#{:02x}{:02x}{:02x}", f(canal(0)), f(canal(2)), f(canal(4)))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn puissance_2_4_comme_powf() {
        for c in 0..=255u8 {
            let x = (f64::from(c) / 255.0 + 0.055) / 1.055;
            let ecart = (puissance_2_4(x) - x.powf(2.4)).abs();
            assert!(ecart < 1e-12, "{c}: {} / {}", puissance_2_4(x), x.powf(2.4));
        }
        assert_eq!(puissance_2_4(1.0), 1.0);
    }

    #[test]
    fn lit_la_requete_et_le_fragment() {
        let o = OptionsHote::depuis("?embed=1&audience=mentor&theme=%23006633&lang=fr", "#/");
        assert!(o.embed);
        assert_eq!(o.audience, Some(Audience::Mentor));
        assert_eq!(o.audience.map(Audience::route), Some(Route::Mentor));
        assert_eq!(o.theme.as_deref(), Some("#006633"));
        assert_eq!(o.langue, Some(Langue::Fr));
        assert_eq!(OptionsHote::depuis("?lang=ar", "").langue, Some(Langue::Ar));
        assert_eq!(OptionsHote::depuis("", "#/?lang=falc").langue, Some(Langue::Falc));
        let o = OptionsHote::depuis("?contact=accessibilite@cud.fr", "#/accessibilite");
        assert_eq!(o.contact.as_deref(), Some("accessibilite@cud.fr"));
        assert!(o.ignorees.is_empty());
        let o = OptionsHote::depuis("", "#/?embed=1&audience=pro");
        assert!(o.embed && o.audience == Some(Audience::Pro));
        // The query wins over the fragment.
        assert!(!OptionsHote::depuis("?embed=0", "#/?embed=1").embed);
    }

    #[test]
    fn valeurs_refusees_ignorees() {
        let o = OptionsHote::depuis("?theme=red&audience=chat&lang=klingon&embed=peut-etre&contact=moi", "");
        assert_eq!(
            o,
            OptionsHote {
                ignorees: o.ignorees.clone(),
                ..OptionsHote::default()
            }
        );
        assert_eq!(o.ignorees.len(), 5);
    }

    #[test]
    fn contact() {
        assert!(courriel_valide("hautsdefrance@collectifmentorat.fr"));
        assert!(courriel_valide("a.b+c@mairie-dunkerque.fr"));
        for mauvais in [
            "",
            "moi",
            "@cud.fr",
            "a@cud",
            "a@.fr",
            "a@cud.",
            "a@b@cud.fr",
            "a b@cud.fr",
            "a@cud.fr?subject=x",
            "a@cud.fr%0Abcc:x",
            "javascript:alert(1)//@a.fr",
            "<a>@cud.fr",
        ] {
            assert!(!courriel_valide(mauvais), "{mauvais}");
        }
        assert!(!courriel_valide(&format!("{}@cud.fr", "a".repeat(100))));
    }

    #[test]
    fn couleurs() {
        assert_eq!(couleur_lisible("#1D3F8C").as_deref(), Some("#1d3f8c"));
        assert_eq!(couleur_lisible("000").as_deref(), Some("#000000"));
        // Too light: white text would not be readable.
        assert_eq!(couleur_lisible("#ffd166"), None);
        assert_eq!(couleur_lisible("#ffffff"), None);
        for mauvaise in [
            "", "#", "#12345", "#1234567", "#ggg000", "url(x)", "red;x:y", "#1d3f8c;",
        ] {
            assert_eq!(couleur_lisible(mauvaise), None, "{mauvaise}");
        }
        assert!((contraste_avec_blanc(0, 0, 0) - 21.0).abs() < 0.01);
        assert_eq!(assombrir("#ffffff"), "#b3b3b3");
    }
}

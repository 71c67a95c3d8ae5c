//! Small pure helpers that turn catalogue values into French text or
//! drawing positions. Kept out of the views so they are tested natively.

/// `31125` → `31 125`, with the narrow no-break space French typography
/// uses between thousands, so a figure never breaks across two lines.
pub fn nombre(n: u32) -> String {
    let chiffres = n.to_string();
    let mut sortie = String::new();
    for (i, c) in chiffres.chars().enumerate() {
        if i > 0 && (chiffres.len() - i) % 3 == 0 {
            sortie.push('\u{202F}');
        }
        sortie.push(c);
    }
    sortie
}

/// "de 5 à 15 ans".
pub fn tranche_age(min: u8, max: u8) -> String {
    format!("de {min} à {max} ans")
}

/// A duration in months, in words: 3 → "3 mois", 12 → "1 an", 72 → "6 ans".
pub fn duree_mois(mois: u16) -> String {
    if mois >= 12 && mois % 12 == 0 {
        let ans = mois / 12;
        if ans == 1 { "1 an".to_string() } else { format!("{ans} ans") }
    } else {
        format!("{mois} mois")
    }
}

/// Position of an age range on an axis from `axe_min` to `axe_max` years,
/// as (left, width) percentages. Each age is one whole year-slot, so 5–15
/// covers the slots of 5, 6 … 15 and a bar is never empty. Ages outside the
/// axis are clamped.
pub fn barre_age(min: u8, max: u8, axe_min: u8, axe_max: u8) -> (f32, f32) {
    let slots = f32::from(axe_max.saturating_sub(axe_min)) + 1.0;
    let debut = min.clamp(axe_min, axe_max);
    let fin = max.clamp(debut, axe_max);
    let gauche = f32::from(debut - axe_min) / slots * 100.0;
    let largeur = f32::from(fin - debut + 1) / slots * 100.0;
    (gauche, largeur)
}

/// A list in French: "a", "a et b", "a, b et c".
pub fn liste(mots: &[&str]) -> String {
    match mots {
        [] => String::new(),
        [seul] => (*seul).to_string(),
        [debut @ .., dernier] => format!("{} et {dernier}", debut.join(", ")),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn nombres_a_la_francaise() {
        assert_eq!(nombre(4), "4");
        assert_eq!(nombre(660), "660");
        assert_eq!(nombre(2100), "2\u{202F}100");
        assert_eq!(nombre(31125), "31\u{202F}125");
        assert_eq!(nombre(150000), "150\u{202F}000");
        assert_eq!(nombre(1234567), "1\u{202F}234\u{202F}567");
    }

    #[test]
    fn durees_en_mots() {
        assert_eq!(duree_mois(3), "3 mois");
        assert_eq!(duree_mois(12), "1 an");
        assert_eq!(duree_mois(18), "18 mois");
        assert_eq!(duree_mois(72), "6 ans");
    }

    #[test]
    fn barres_sur_l_axe_5_30() {
        // 26 one-year slots from 5 to 30.
        let (g, l) = barre_age(5, 30, 5, 30);
        assert!((g - 0.0).abs() < 1e-4 && (l - 100.0).abs() < 1e-4);
        let (g, l) = barre_age(5, 15, 5, 30);
        assert!((g - 0.0).abs() < 1e-4 && (l - 11.0 / 26.0 * 100.0).abs() < 1e-3);
        let (g, l) = barre_age(18, 30, 5, 30);
        assert!((g - 13.0 / 26.0 * 100.0).abs() < 1e-3 && (l - 13.0 / 26.0 * 100.0).abs() < 1e-3);
        // Out of the axis: clamped, never negative, never past the end.
        let (g, l) = barre_age(2, 40, 5, 30);
        assert!(g >= 0.0 && g + l <= 100.0 + 1e-3);
        let (g, l) = barre_age(20, 10, 5, 30);
        assert!(l > 0.0 && g + l <= 100.0 + 1e-3);
    }

    #[test]
    fn listes_en_francais() {
        assert_eq!(liste(&[]), "");
        assert_eq!(liste(&["a"]), "a");
        assert_eq!(liste(&["a", "b"]), "a et b");
        assert_eq!(liste(&["a", "b", "c"]), "a, b et c");
    }
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

//! Small pure helpers that turn catalogue values into drawing positions
//! or links (the words are in `i18n::Textes`). Kept out of the views so they are tested natively.

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

#[cfg(test)]
mod tests {
    use super::*;

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

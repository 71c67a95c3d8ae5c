//! Dates written from the ISO dates the data stores (`AAAA-MM-JJ`: the
//! catalogue's, the accessibility audit's). Pure Rust, tested natively;
//! `build.rs` compiles this file too, for the audit's date, so the app,
//! its static pages and the build write a date the same way.

/// `2026-11-26` → `26/11/2026`: day, month, year, the order every language
/// of the app reads (an English reader in France reads British order, and
/// "11/26" would be misread). Anything that is not three parts separated
/// by `-` is shown as it is: a date typed by hand in a catalogue is never
/// lost.
pub fn date_lisible(date: &str) -> String {
    match date.split('-').collect::<Vec<_>>().as_slice() {
        [a, m, j] => format!("{j}/{m}/{a}"),
        _ => date.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::date_lisible;

    #[test]
    fn jour_mois_annee() {
        assert_eq!(date_lisible("2026-11-26"), "26/11/2026");
        assert_eq!(date_lisible("2027-01-02"), "02/01/2027");
    }

    #[test]
    fn autre_chose_reste_tel_quel() {
        for texte in ["", "2026", "2026-11", "26/11/2026", "2026-11-26-1"] {
            assert_eq!(date_lisible(texte), texte);
        }
    }
}

//! The RGAA audit's figures, computed by `build.rs` from
//! `docs/accessibilite/audit-rgaa.csv` (`src/audit_rgaa.rs`): the rate in
//! tenths of a percent, the status's text, the date, the criteria not met,
//! the sample's pages and the test tools. The statement and the footer show
//! them; nobody types them.

use crate::i18n::{Cle, cle};

include!(concat!(env!("OUT_DIR"), "/audit_rgaa.rs"));

#[cfg(test)]
mod tests {
    use crate::i18n::Textes;

    /// The footer of every screen, the home page included, names the
    /// status: its words are in the French the app compiles in.
    #[test]
    fn le_statut_du_pied_de_page_est_compile() {
        assert!(!Textes::francais().t(super::CONFORMITE).is_empty());
    }
}

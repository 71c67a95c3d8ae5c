//! The RGAA audit's figures, computed by `build.rs` from
//! `docs/accessibilite/audit-rgaa.csv` (`src/audit_rgaa.rs`): the rate in
//! tenths of a percent, the status's text, the date, the criteria not met,
//! the sample's pages and the test tools. The statement and the footer show
//! them; nobody types them.

use crate::i18n::{Cle, cle};

include!(concat!(env!("OUT_DIR"), "/audit_rgaa.rs"));

//! Reusable pieces of the pages, one component per file.

mod boutons_contact;
mod carte_programme;
mod en_tete;
mod graphique_ages;
mod icone;
mod pied_de_page;

pub use boutons_contact::BoutonsContact;
pub use carte_programme::CarteProgramme;
pub use en_tete::EnTete;
pub use graphique_ages::GraphiqueAges;
pub use icone::Icone;
pub use pied_de_page::PiedDePage;

//! Reusable pieces of the pages, one component per file.

mod adresse;
mod avis_lien;
mod boutons_contact;
mod brouillon_courriel;
mod carte_programme;
mod carte_resultat;
mod champs;
mod citation;
mod choix_langue;
mod engagement;
mod en_tete;
mod graphique_ages;
mod icone;
mod liste_courte;
mod mots_expliques;
mod partage_resultats;
mod pied_de_page;
mod reponses_manquantes;

pub use adresse::Adresse;
pub use avis_lien::AvisLien;
pub use boutons_contact::BoutonsContact;
pub use brouillon_courriel::BrouillonCourriel;
pub use carte_programme::CarteProgramme;
pub use carte_resultat::CarteResultat;
pub use champs::{Cases, ChampAge, Radios, focaliser};
pub use citation::Citation;
pub use choix_langue::ChoixLangue;
pub use engagement::Engagement;
pub use en_tete::EnTete;
pub use graphique_ages::GraphiqueAges;
pub use icone::Icone;
pub use liste_courte::ListeCourte;
pub use mots_expliques::MotsExpliques;
pub use partage_resultats::PartageResultats;
pub use pied_de_page::PiedDePage;
pub use reponses_manquantes::ReponsesManquantes;

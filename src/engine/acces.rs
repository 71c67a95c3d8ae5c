//! How a young person can enter a programme, for these answers: the ways
//! the catalogue gives (`Programme::acces`), without those that cannot
//! apply to them. Said in words next to the contacts of the results, so a
//! person who does not dare to write knows whom else to ask.

use super::{Reponses, Tri};
use crate::catalogue::{Acces, Programme, Situation};

/// The ways into `p` worth telling this person, main way first. The
/// school route only while they are at school (or their situation is
/// unknown); the child-welfare educator unless they said they are not
/// followed. Never empty: writing to the association always works.
pub fn voies_d_acces(p: &Programme, r: &Reponses) -> Vec<Acces> {
    let a_l_ecole = r.situation.is_none_or(|s| {
        matches!(
            s,
            Situation::Ecole | Situation::College | Situation::Lycee | Situation::Apprenti
        )
    });
    let mut voies: Vec<Acces> = p
        .acces
        .iter()
        .copied()
        .filter(|a| match a {
            Acces::Etablissement => a_l_ecole,
            Acces::Ase => r.ase != Some(Tri::Non),
            _ => true,
        })
        .collect();
    if !voies.contains(&Acces::Direct) {
        voies.push(Acces::Direct);
    }
    voies
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::catalogue;

    fn voies(id: &str, requete: &str) -> Vec<Acces> {
        let c = catalogue::embarque().unwrap();
        voies_d_acces(c.programme(id).unwrap(), &Reponses::depuis_requete(requete))
    }

    #[test]
    fn chaque_programme_a_une_voie_et_le_contact_direct() {
        let c = catalogue::embarque().unwrap();
        for p in &c.programmes {
            assert!(!p.acces.is_empty(), "{} : aucune voie d'accès dans le catalogue", p.id);
            assert!(
                voies_d_acces(p, &Reponses::default()).contains(&Acces::Direct),
                "{}",
                p.id
            );
        }
    }

    #[test]
    fn l_ecole_d_abord_pour_telemaque_l_educateur_pour_les_ombres() {
        assert_eq!(
            voies("telemaque", "age=12&situation=college"),
            [Acces::Etablissement, Acces::Direct]
        );
        assert_eq!(
            voies("les-ombres", "age=16&situation=lycee&ase=oui"),
            [Acces::Ase, Acces::Direct]
        );
        assert_eq!(
            voies("entreprendre-ensemble", "age=24&situation=recherche-emploi"),
            [Acces::MissionLocale, Acces::Direct]
        );
    }

    #[test]
    fn pas_de_voie_qui_ne_s_applique_pas() {
        // A job seeker has no school to ask; "not followed by the ASE" has no educator.
        assert_eq!(
            voies("proxite", "age=24&situation=recherche-emploi&ase=non"),
            [Acces::Direct]
        );
        assert_eq!(
            voies("proxite", "age=15&situation=college&ase=nsp"),
            [Acces::Direct, Acces::Etablissement, Acces::Ase]
        );
        // Only the school route in the data: writing directly is still offered.
        assert_eq!(voies("telemaque", "age=24&situation=emploi"), [Acces::Direct]);
    }
}

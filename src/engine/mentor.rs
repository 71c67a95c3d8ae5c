//! The volunteer's side: which programmes take this mentor, for what
//! commitment, ranked by what they would like to do. Same three verdicts,
//! same ranking rules, same kind of reasons as for young people, built from
//! each programme's `mentors` data.
//!
//! The answers live in the fragment
//! `#/mentor/resultats?profil=salarie&age=40&heures=4&modalite=presentiel&publics=enfants&aide=scolaire&employeur=oui`.

use super::reponses::{AGE_PLAUSIBLE, HEURES_PLAUSIBLES, Modalite, Tri};
use super::{Evaluation, Raison, Regle, Statut, Valeur, Verdict, classer};
use crate::catalogue::{Besoin, Catalogue, ProfilMentor, Programme, Situation};
use crate::i18n::{Textes, cle::benevole as b, cle::etiquettes as e};

/// The young people a volunteer would like to support, by age.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Public {
    /// 5–10: primary school.
    Enfants,
    /// 11–17: collège and lycée.
    Ados,
    /// 18–30: students, apprentices, job seekers.
    JeunesAdultes,
}

impl Public {
    pub const TOUS: [Public; 3] = [Public::Enfants, Public::Ados, Public::JeunesAdultes];

    pub fn code(self) -> &'static str {
        match self {
            Public::Enfants => "enfants",
            Public::Ados => "ados",
            Public::JeunesAdultes => "jeunes-adultes",
        }
    }

    /// The ages of this band.
    pub fn ages(self) -> (u8, u8) {
        match self {
            Public::Enfants => (5, 10),
            Public::Ados => (11, 17),
            Public::JeunesAdultes => (18, 30),
        }
    }

    /// The situations of the young people of this band. A programme
    /// serves the band when it takes one of them: ages inferred from school
    /// levels are rough, and a programme for students whose range was
    /// inferred as 16–30 would share two years with 11–17 without serving
    /// a single collégien.
    pub fn situations(self) -> &'static [Situation] {
        match self {
            Public::Enfants => &[Situation::Ecole],
            Public::Ados => &[Situation::College, Situation::Lycee],
            Public::JeunesAdultes => &[
                Situation::Apprenti,
                Situation::Etudiant,
                Situation::RechercheEmploi,
                Situation::Emploi,
                Situation::SansActivite,
            ],
        }
    }

    pub fn libelle(self, tx: &Textes) -> &str {
        tx.t(match self {
            Public::Enfants => e::PUBLIC_ENFANTS,
            Public::Ados => e::PUBLIC_ADOS,
            Public::JeunesAdultes => e::PUBLIC_JEUNES_ADULTES,
        })
    }
}

/// Whether a programme serves the young people of a band, from its
/// `eligibilite` data: `Eligible` when it takes one of the band's
/// situations, `AVerifier` when one of them is only "to check" with the
/// association, `Ineligible` otherwise. Its ages must also share more than
/// one year with the band's: an inferred range that touches the band at
/// its edge (Télémaque, "up to the bac", 11–18, and the 18–30 band) is not
/// a public the programme serves.
pub fn accueil_public(p: &Programme, public: Public) -> Verdict {
    let e = &p.eligibilite;
    let (min, max) = public.ages();
    let (debut, fin) = (e.age.min.max(min), e.age.max.min(max));
    let ages_communs = fin > debut || (fin == debut && e.age.min == e.age.max);
    let prend = |liste: &[Situation]| public.situations().iter().any(|s| liste.contains(s));
    if !ages_communs {
        Verdict::Ineligible
    } else if prend(&e.situations) {
        Verdict::Eligible
    } else if prend(&e.situations_a_verifier) {
        Verdict::AVerifier
    } else {
        Verdict::Ineligible
    }
}

/// The kinds of help a volunteer may offer (a subset of the needs).
pub const AIDES: [Besoin; 3] = [Besoin::Scolaire, Besoin::Orientation, Besoin::Emploi];

/// Every mentor profile, in the order they are offered.
pub const PROFILS: [ProfilMentor; 8] = [
    ProfilMentor::Lyceen,
    ProfilMentor::Etudiant,
    ProfilMentor::Alternant,
    ProfilMentor::Salarie,
    ProfilMentor::AgentPublic,
    ProfilMentor::Retraite,
    ProfilMentor::Independant,
    ProfilMentor::SansEmploi,
];

/// Profile codes of the URL contract.
pub fn code_profil(p: ProfilMentor) -> &'static str {
    match p {
        ProfilMentor::Lyceen => "lyceen",
        ProfilMentor::Etudiant => "etudiant",
        ProfilMentor::Alternant => "alternant",
        ProfilMentor::Salarie => "salarie",
        ProfilMentor::AgentPublic => "agent-public",
        ProfilMentor::Retraite => "retraite",
        ProfilMentor::Independant => "independant",
        ProfilMentor::SansEmploi => "sans-emploi",
    }
}

/// A volunteer's answers. `None` is unknown.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct ReponsesMentor {
    pub profil: Option<ProfilMentor>,
    pub age: Option<u8>,
    /// Hours a month they can give.
    pub heures: Option<u8>,
    pub modalite: Option<Modalite>,
    pub publics: Vec<Public>,
    pub aides: Vec<Besoin>,
    /// Works for a company or public body that is a partner of the programme.
    pub employeur: Option<Tri>,
    /// Parameters present but invalid, shown back as ignored.
    pub invalides: Vec<String>,
}

/// Whether the volunteer's form asks their age: only if a programme states
/// an age for its mentors. None does in the brochure, and a question that
/// changes nothing wastes the volunteer's time (`age=` in a link still reads).
pub fn demander_age(c: &Catalogue) -> bool {
    c.programmes.iter().any(|p| p.mentors.age.is_some())
}

/// The volunteer's age field's `min` attribute: the youngest lycéens, the
/// youngest profile the form offers (`PROFILS`); below is a typo.
pub const AGE_MENTOR_MIN_TEXTE: &str = "14";

/// Whether the volunteer's form asks if their employer is a partner: only
/// if a programme takes mentors through partner employers, and only of
/// employees and public servants (the others have no such employer), or
/// before a profile is chosen.
pub fn demander_employeur(c: &Catalogue, profil: Option<ProfilMentor>) -> bool {
    c.programmes.iter().any(|p| p.mentors.employeur_partenaire)
        && matches!(profil, None | Some(ProfilMentor::Salarie | ProfilMentor::AgentPublic))
}

/// Points of the mentor ranking.
pub const POINTS_PUBLIC: i32 = 3;
pub const POINTS_AIDE: i32 = 2;

impl ReponsesMentor {
    /// Whether the answers say enough to judge: without a profile every
    /// association would be "to check", so the form asks for it.
    pub fn suffisantes(&self) -> bool {
        self.profil.is_some()
    }

    /// Reads `profil=salarie&age=40&…`; never fails (see `Reponses::depuis_requete`).
    pub fn depuis_requete(requete: &str) -> ReponsesMentor {
        let mut r = ReponsesMentor::default();
        for (cle, valeur) in super::reponses::paires(requete) {
            let valeur = valeur.trim();
            let ok = match cle {
                "profil" => PROFILS
                    .into_iter()
                    .find(|p| code_profil(*p) == valeur)
                    .map(|p| r.profil = Some(p))
                    .is_some(),
                "age" => super::reponses::nombre(valeur, AGE_PLAUSIBLE)
                    .map(|a| r.age = Some(a))
                    .is_some(),
                "heures" => super::reponses::nombre(valeur, HEURES_PLAUSIBLES)
                    .map(|h| r.heures = Some(h))
                    .is_some(),
                "modalite" => Modalite::TOUTES
                    .into_iter()
                    .find(|m| m.code() == valeur)
                    .map(|m| r.modalite = Some(m))
                    .is_some(),
                "employeur" => Tri::depuis_code(valeur).map(|t| r.employeur = Some(t)).is_some(),
                "publics" => {
                    for code in valeur.split(',').map(str::trim).filter(|c| !c.is_empty()) {
                        match Public::TOUS.into_iter().find(|p| p.code() == code) {
                            Some(p) if !r.publics.contains(&p) => r.publics.push(p),
                            Some(_) => {}
                            None => r.invalides.push(super::reponses::coupe(&format!("publics={code}"))),
                        }
                    }
                    true
                }
                "aide" => {
                    for code in valeur.split(',').map(str::trim).filter(|c| !c.is_empty()) {
                        match AIDES.into_iter().find(|b| super::code_besoin(*b) == code) {
                            Some(b) if !r.aides.contains(&b) => r.aides.push(b),
                            Some(_) => {}
                            None => r.invalides.push(super::reponses::coupe(&format!("aide={code}"))),
                        }
                    }
                    true
                }
                _ => true,
            };
            if !ok {
                r.invalides.push(super::reponses::coupe(&format!("{cle}={valeur}")));
            }
        }
        super::reponses::ranger(&mut r.publics, &Public::TOUS);
        super::reponses::ranger(&mut r.aides, &AIDES);
        r
    }

    /// The canonical query string.
    pub fn vers_requete(&self) -> String {
        let mut parties = Vec::new();
        if let Some(p) = self.profil {
            parties.push(format!("profil={}", code_profil(p)));
        }
        if let Some(a) = self.age {
            parties.push(format!("age={a}"));
        }
        if let Some(h) = self.heures {
            parties.push(format!("heures={h}"));
        }
        if let Some(m) = self.modalite {
            parties.push(format!("modalite={}", m.code()));
        }
        if !self.publics.is_empty() {
            let codes: Vec<&str> = self.publics.iter().map(|p| p.code()).collect();
            parties.push(format!("publics={}", codes.join(",")));
        }
        if !self.aides.is_empty() {
            let codes: Vec<&str> = self.aides.iter().map(|b| super::code_besoin(*b)).collect();
            parties.push(format!("aide={}", codes.join(",")));
        }
        if let Some(t) = self.employeur {
            parties.push(format!("employeur={}", t.code()));
        }
        parties.join("&")
    }
}

/// Evaluates every programme for a volunteer, ranked like the young
/// people's results (verdict, then score, then catalogue order).
pub fn evaluer_mentor(catalogue: &Catalogue, r: &ReponsesMentor, tx: &Textes) -> Vec<Evaluation> {
    let evaluations = catalogue
        .programmes
        .iter()
        .enumerate()
        .map(|(rang, p)| {
            let (verdict, raisons) = verdict_mentor(p, r);
            let (score, points_forts) = score_mentor(p, r, tx);
            Evaluation {
                programme_id: p.id.clone(),
                rang_catalogue: rang,
                verdict,
                raisons,
                score,
                points_forts,
                bascules: Vec::new(),
            }
        })
        .collect();
    classer(evaluations)
}

/// Whether this programme takes this volunteer, and would let them
/// support the young people they chose, with the reasons (as data, like
/// the young people's: `i18n::raisons` says them).
pub fn verdict_mentor(p: &Programme, r: &ReponsesMentor) -> (Verdict, Vec<Raison>) {
    let m = &p.mentors;
    let mut raisons = Vec::new();
    let mut ajoute = |regle, valeur, verdict, statut| {
        raisons.push(Raison {
            regle,
            valeur,
            verdict,
            statut,
        })
    };

    // Who the programme looks for: the profiles in the data are how the
    // app reads the brochure's words (`mentors.extrait`).
    match r.profil {
        None => ajoute(Regle::Profil, Valeur::Inconnue, Verdict::AVerifier, Statut::Dit),
        Some(x) => {
            let (verdict, statut) = if m.profils.contains(&x) {
                (Verdict::Eligible, Statut::Dit)
            } else if m.profils_a_verifier.contains(&x) {
                (Verdict::AVerifier, Statut::NonDit)
            } else {
                (Verdict::Ineligible, Statut::Dit)
            };
            ajoute(Regle::Profil, Valeur::Profil(x), verdict, statut);
        }
    }

    if !r.publics.is_empty() {
        let accueil = |v: Verdict| -> Vec<Public> {
            r.publics
                .iter()
                .copied()
                .filter(|x| accueil_public(p, *x) == v)
                .collect()
        };
        let (servis, a_verifier) = (accueil(Verdict::Eligible), accueil(Verdict::AVerifier));
        let (verdict, statut, publics) = if !servis.is_empty() {
            (Verdict::Eligible, Statut::Dit, servis)
        } else if !a_verifier.is_empty() {
            (Verdict::AVerifier, Statut::NonDit, a_verifier)
        } else {
            (Verdict::Ineligible, Statut::Dit, r.publics.clone())
        };
        ajoute(Regle::Public, Valeur::Publics(publics), verdict, statut);
    }

    if let (Some(age), Some(tranche)) = (r.age, &m.age)
        && (age < tranche.min || age > tranche.max)
    {
        // Hints about mentors' ages are too vague to exclude anyone:
        // outside an inferred range is only "to check".
        let (verdict, statut) = if tranche.precis {
            (Verdict::Ineligible, Statut::Dit)
        } else {
            (Verdict::AVerifier, Statut::Deduit)
        };
        ajoute(Regle::AgeMentor, Valeur::Age(age), verdict, statut);
    }

    if let Some(heures) = r.heures {
        let demande = m.heures_mois_min;
        let h = f32::from(heures);
        let verdict = if h >= demande {
            Verdict::Eligible
        } else if h * 2.0 >= demande {
            Verdict::AVerifier
        } else {
            Verdict::Ineligible
        };
        ajoute(Regle::Heures, Valeur::Heures(heures), verdict, Statut::Dit);
    }

    if m.employeur_partenaire {
        let (valeur, verdict) = match r.employeur.and_then(Tri::connu) {
            Some(true) => (Valeur::Reponse(true), Verdict::Eligible),
            Some(false) => (Valeur::Reponse(false), Verdict::Ineligible),
            None => (Valeur::Inconnue, Verdict::AVerifier),
        };
        ajoute(Regle::Employeur, valeur, verdict, Statut::Dit);
    }

    let verdict = raisons.iter().map(|x| x.verdict).max().unwrap_or(Verdict::AVerifier);
    // Ruled out: nothing left to check (a retiree asked whether their
    // employer is a Télémaque partner), as for young people.
    if verdict == Verdict::Ineligible {
        raisons.retain(|x| x.verdict != Verdict::AVerifier);
    }
    (verdict, raisons)
}

/// How well the programme matches what the volunteer would like to do:
/// each chosen band it serves, each chosen kind of help it gives, and the
/// format. The bands are explained by the reasons (they also decide the
/// verdict); the help is said as what the programme brings young people.
pub fn score_mentor(p: &Programme, r: &ReponsesMentor, tx: &Textes) -> (i32, Vec<String>) {
    let mut total = 0;
    let mut forts = Vec::new();
    let servis = r
        .publics
        .iter()
        .filter(|x| accueil_public(p, **x) == Verdict::Eligible)
        .count();
    total += POINTS_PUBLIC * servis as i32;
    let aides = r.aides.iter().filter(|x| p.besoins.contains(x)).count();
    if aides > 0 {
        total += POINTS_AIDE * aides as i32;
        // Everything the programme brings, what the volunteer chose first.
        let choisis = p.besoins.iter().filter(|x| r.aides.contains(x));
        let autres = p.besoins.iter().filter(|x| !r.aides.contains(x));
        let besoins: Vec<&str> = choisis.chain(autres).map(|x| x.libelle(tx)).collect();
        forts.push(tx.f(b::FORT_AIDES, &[("nom", &p.nom), ("besoins", &tx.liste(&besoins))]));
    }
    let (points, fort) = super::points_format(p, r.modalite, Some(tx));
    total += points;
    forts.extend(fort);
    (total, forts)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::engine::HEURES_MENTOR;

    #[test]
    fn aller_retour_du_lien() {
        let texte = "profil=salarie&age=40&heures=4&modalite=presentiel&publics=enfants,ados&aide=scolaire,emploi&employeur=oui";
        let r = ReponsesMentor::depuis_requete(texte);
        assert_eq!(r.profil, Some(ProfilMentor::Salarie));
        assert_eq!(r.publics, [Public::Enfants, Public::Ados]);
        assert!(r.invalides.is_empty());
        assert_eq!(r.vers_requete(), texte);
    }

    #[test]
    fn valeurs_invalides_signalees() {
        let r = ReponsesMentor::depuis_requete(
            "profil=astronaute&age=vieux&heures=-1&publics=bebes&aide=cuisine&employeur=bof",
        );
        assert_eq!(
            r,
            ReponsesMentor {
                invalides: r.invalides.clone(),
                ..ReponsesMentor::default()
            }
        );
        assert_eq!(r.invalides.len(), 6, "{:?}", r.invalides);
    }

    /// The employer question: only for employees and public servants (or
    /// before a profile is chosen), only while a programme asks it.
    #[test]
    fn employeur_demande_aux_seuls_salaries_et_agents() {
        let mut c = crate::catalogue::embarque().expect("catalogue");
        assert!(c.programmes.iter().any(|p| p.mentors.employeur_partenaire));
        assert!(demander_employeur(&c, None));
        for p in PROFILS {
            let attendu = matches!(p, ProfilMentor::Salarie | ProfilMentor::AgentPublic);
            assert_eq!(demander_employeur(&c, Some(p)), attendu, "{p:?}");
        }
        for p in &mut c.programmes {
            p.mentors.employeur_partenaire = false;
        }
        assert!(!demander_employeur(&c, None));
        assert!(!demander_employeur(&c, Some(ProfilMentor::Salarie)));
    }

    /// The mentor's age is asked only once a programme states one.
    #[test]
    fn age_du_mentor_demande_si_un_programme_en_fixe_un() {
        let mut c = crate::catalogue::embarque().expect("catalogue");
        assert!(
            !demander_age(&c),
            "la brochure ne fixe d'âge aux mentors d'aucun programme"
        );
        c.programmes[0].mentors.age = Some(crate::catalogue::TrancheAge {
            min: 18,
            max: 99,
            ..Default::default()
        });
        assert!(demander_age(&c));
    }

    /// Without a profile the answers do not suffice; with one they do.
    #[test]
    fn profil_requis() {
        assert!(!ReponsesMentor::default().suffisantes());
        assert!(!ReponsesMentor::depuis_requete("age=40&heures=4").suffisantes());
        assert!(ReponsesMentor::depuis_requete("profil=retraite").suffisantes());
    }

    /// Every hour option reads back from the address as its number, and the
    /// age stops at the same limit as the young person's.
    #[test]
    fn heures_et_age_dans_l_adresse() {
        for (h, code) in HEURES_MENTOR {
            assert_eq!(
                ReponsesMentor::depuis_requete(&format!("heures={code}")).heures,
                Some(h)
            );
        }
        assert_eq!(ReponsesMentor::depuis_requete("age=120").age, Some(AGE_PLAUSIBLE));
        assert_eq!(ReponsesMentor::depuis_requete("age=121").age, None);
        // The field's `min` is an age the address reads back, below its `max`.
        let min = ReponsesMentor::depuis_requete(&format!("age={AGE_MENTOR_MIN_TEXTE}")).age;
        assert!(min.is_some_and(|a| a > 0 && a < AGE_PLAUSIBLE), "{min:?}");
    }
}

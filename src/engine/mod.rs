//! Eligibility and recommendation, entirely from the catalogue's data.
//!
//! Pure Rust: no DOM, no storage, no network. The same answers always give
//! the same results, so a shared results link shows what the person saw.
//!
//! For each programme the engine gives a three-valued verdict:
//! - **eligible**: every rule of the programme is met by the answers;
//! - **to check** (`AVerifier`): nothing rules it out, but an answer is
//!   unknown, or the brochure is not precise enough to be sure;
//! - **ineligible**: at least one rule is clearly not met.
//!
//! The verdict is the worst of the rules' outcomes. Each rule gives a
//! reason, so every verdict is explained: which rule (`Regle`), its
//! outcome, and whether the brochure states the fact, the app infers it
//! (ages from school levels) or the brochure does not say (`Statut`). The
//! rule names the brochure's words it rests on (`Regle::citation`), which
//! the results unfold under each reason.
//!
//! An unknown age, situation or condition ("je ne sais pas", or a question
//! never asked) gives "to check", never "eligible": not knowing never ranks
//! a programme above the answer "non" (see `juger_condition`). The
//! territory is the exception: the catalogue describes it, and most people
//! who open the app live there.

mod acces;
pub mod confidentialite;
pub mod courriel;
pub mod mentor;
mod questions;
mod reponses;

pub use acces::voies_d_acces;
pub use questions::{
    Question, REQUISES_FICHE, manquantes_fiche, question_precedente, question_suivante, questions_utiles,
};
pub use reponses::{
    AGE_MIN_TEXTE, AGE_PLAUSIBLE, AGE_PLAUSIBLE_TEXTE, BESOINS, HEURES_JEUNE, HEURES_MENTOR, Modalite, Pour, Reponses,
    Tri, cocher, cocher_code, code_besoin, code_situation, lire_age,
};
pub(crate) use reponses::{coupe as coupe_pour_affichage, paires};

use crate::catalogue::{Catalogue, Condition, Critere, Niveau, ProfilMentor, Programme, Situation};
use crate::i18n::{Cle, Textes, cle::moteur as m};

/// The three verdicts, from best to worst (the order is used to combine them).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Verdict {
    Eligible,
    AVerifier,
    Ineligible,
}

impl Verdict {
    /// The value of `data-verdict` (a public contract of the results page).
    pub fn code(self) -> &'static str {
        match self {
            Verdict::Eligible => "eligible",
            Verdict::AVerifier => "to-check",
            Verdict::Ineligible => "ineligible",
        }
    }
}

/// Which rule a reason comes from: it names the brochure's passage.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Regle {
    /// Mentoring as a whole: 5 to 30.
    AgeMentorat,
    /// The programme's ages (`eligibilite.age`).
    Age,
    Territoire,
    /// The situations the programme takes (`eligibilite.situations`).
    Situation,
    /// A condition (`eligibilite.conditions`), by its criterion.
    Condition(Critere),
    /// Volunteers: who the mentors are (`mentors.texte`).
    Profil,
    /// Volunteers: the young people they would support (from the situations).
    Public,
    /// Volunteers: the mentors' ages, where the brochure hints at them.
    AgeMentor,
    /// Volunteers: the time asked (`mentors.engagement`).
    Heures,
    /// Volunteers: the employer must be a partner (Télémaque).
    Employeur,
}

impl Regle {
    /// The value of `data-regle` on a rendered reason (for the tests).
    pub fn code(self) -> &'static str {
        match self {
            Regle::AgeMentorat => "age-mentorat",
            Regle::Age => "age",
            Regle::Territoire => "territoire",
            Regle::Situation => "situation",
            Regle::Condition(Critere::Rep) => "rep",
            Regle::Condition(Critere::Ase) => "ase",
            Regle::Condition(Critere::Qpv) => "qpv",
            Regle::Profil => "profil",
            Regle::Public => "public",
            Regle::AgeMentor => "age-mentor",
            Regle::Heures => "heures",
            Regle::Employeur => "employeur",
        }
    }

    /// The brochure's words this rule rests on for this programme,
    /// verbatim (the tests check each one against `docs/brochure.txt`).
    pub fn extrait<'a>(self, c: &'a Catalogue, p: &'a Programme) -> &'a str {
        let e = &p.eligibilite;
        match self {
            Regle::AgeMentorat => &c.mentorat.age_extrait,
            Regle::Age => &e.age.extrait,
            Regle::Territoire => &c.territoire.extrait,
            Regle::Situation | Regle::Public => &e.extrait,
            Regle::Condition(k) => e
                .conditions
                .iter()
                .find(|x| x.critere == k)
                .map_or("", |x| x.extrait.as_str()),
            Regle::Profil | Regle::AgeMentor | Regle::Employeur => &p.mentors.extrait,
            Regle::Heures => &p.mentors.extrait_engagement,
        }
    }
}

/// How the brochure supports a reason. Only what it states gets a ✓ or
/// a ✗; an inferred fact is shown in the brochure's words.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Statut {
    /// The brochure says it (in the words quoted).
    Dit,
    /// The app infers it (ages from the school levels the brochure names).
    Deduit,
    /// The brochure does not say: to ask the association.
    NonDit,
}

/// The person's answer a reason is about.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Valeur {
    /// Not given ("je ne sais pas", or never asked).
    Inconnue,
    Age(u8),
    /// Lives outside the territory.
    HorsTerritoire,
    Situation(Situation),
    /// The answer to a condition ("oui" to either of its criteria, see `Condition::ou`).
    Reponse(bool),
    Profil(ProfilMentor),
    /// The chosen bands this reason is about (served, to check, or all of them).
    Publics(Vec<mentor::Public>),
    /// Hours a month the volunteer can give.
    Heures(u8),
}

/// One rule's outcome, as data: the rule (which names the programme's
/// condition and the brochure's passage, `Regle::extrait`), the person's
/// value, the outcome and how the brochure supports it. No sentence:
/// `i18n::raisons::ecrire` says it in each language.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Raison {
    pub regle: Regle,
    pub valeur: Valeur,
    pub verdict: Verdict,
    pub statut: Statut,
}

/// A single answer that would change a verdict to eligible: "what would change it".
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Bascule {
    pub texte: String,
}

/// The engine's answer for one programme.
#[derive(Debug, Clone, PartialEq)]
pub struct Evaluation {
    pub programme_id: String,
    /// Position of the programme in the catalogue (the last tie-breaker).
    pub rang_catalogue: usize,
    pub verdict: Verdict,
    pub raisons: Vec<Raison>,
    /// How well the programme meets the stated needs and preferences; only
    /// meaningful for eligible and to-check programmes.
    pub score: i32,
    /// What in the answers raised the score, in words.
    pub points_forts: Vec<String>,
    pub bascules: Vec<Bascule>,
}

/// How far outside an indicative age range (`precis: false`, inferred
/// from school levels) an age is still "to check" rather than ineligible:
/// a pupil may be a year or two older or younger than usual for their
/// class, but a 30-year-old is not a collège pupil.
pub const MARGE_AGE_INDICATIF: u8 = 2;

/// Points of the ranking. Needs weigh most: they are why a person looks for
/// a mentor; the format is a preference; a priority condition met means the
/// programme is made for this young person.
pub const POINTS_BESOIN: i32 = 3;
pub const POINTS_FORMAT_PRINCIPAL: i32 = 2;
pub const POINTS_FORMAT_POSSIBLE: i32 = 1;
pub const POINTS_FORMAT_ABSENT: i32 = -2;
pub const POINTS_PRIORITE: i32 = 2;
/// The programme's rhythm fits the time the young person has, or asks more.
pub const POINTS_TEMPS: i32 = 1;
pub const POINTS_TEMPS_DEPASSE: i32 = -2;

/// Who reads the explanations. The reasons are written for anyone ("l'âge
/// indiqué", "c'est le cas"); what would change the result speaks to the
/// reader, as the questionnaire does: "si tu es…", "si votre enfant est…",
/// or "si le jeune est…" on a professional's sheet.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Lecteur {
    /// The young person, who answered for themselves: "tu".
    Jeune,
    /// A parent, who answered for their child: "votre enfant".
    Parent,
    /// Someone who knows the young person (a professional's referral
    /// sheet): "le jeune".
    #[default]
    Professionnel,
}

impl Lecteur {
    /// On the young person's path, the answers say who answered them.
    pub fn de(r: &Reponses) -> Lecteur {
        match r.pour {
            Pour::Moi => Lecteur::Jeune,
            Pour::Enfant => Lecteur::Parent,
        }
    }
}

/// Evaluates every programme and returns them ranked: eligible first, then
/// to check, then ineligible; inside each group by score, highest first;
/// ties keep the catalogue's order (stable and documented, so a shared link
/// always lists programmes the same way). Explained for someone who knows
/// the young person (`Lecteur::Professionnel`); see `evaluer_pour`.
pub fn evaluer(catalogue: &Catalogue, reponses: &Reponses, tx: &Textes) -> Vec<Evaluation> {
    evaluer_pour(catalogue, reponses, tx, Lecteur::Professionnel)
}

/// `evaluer`, explained for this reader.
pub fn evaluer_pour(catalogue: &Catalogue, reponses: &Reponses, tx: &Textes, lecteur: Lecteur) -> Vec<Evaluation> {
    classer_programmes(catalogue, reponses)
        .into_iter()
        .filter_map(|rang| {
            let p = catalogue.programmes.get(rang.rang_catalogue)?;
            Some(expliquer(catalogue, p, rang, reponses, tx, lecteur))
        })
        .collect()
}

/// A programme's place in the results, without its explanation.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Rang {
    /// Position of the programme in the catalogue.
    pub rang_catalogue: usize,
    pub verdict: Verdict,
    pub score: i32,
}

/// Verdicts, scores and ranking only: no text is written, so this scales
/// to a national catalogue; `evaluer` then explains each programme.
pub fn classer_programmes(catalogue: &Catalogue, reponses: &Reponses) -> Vec<Rang> {
    let mut rangs: Vec<Rang> = catalogue
        .programmes
        .iter()
        .enumerate()
        .map(|(rang, p)| Rang {
            rang_catalogue: rang,
            verdict: verdict_seul(catalogue, p, reponses),
            score: noter(p, reponses, None),
        })
        .collect();
    trier(&mut rangs);
    rangs
}

/// The ranking of every results list: verdict (eligible first), then
/// score (highest first), then catalogue order, so ties are stable.
/// The order is total (catalogue positions differ), so an unstable sort
/// gives the same list as a stable one, with less WebAssembly.
fn trier(rangs: &mut [Rang]) {
    rangs.sort_unstable_by(|a, b| {
        a.verdict
            .cmp(&b.verdict)
            .then(b.score.cmp(&a.score))
            .then(a.rang_catalogue.cmp(&b.rang_catalogue))
    });
}

/// Ranks mentors' evaluations, given in catalogue order, with the same
/// order as young people's. It sorts their `Rang`s, not the evaluations:
/// each sorted type adds its own copy of the sort to the WebAssembly.
pub(crate) fn classer(evaluations: Vec<Evaluation>) -> Vec<Evaluation> {
    let mut rangs: Vec<Rang> = evaluations
        .iter()
        .map(|e| Rang {
            rang_catalogue: e.rang_catalogue,
            verdict: e.verdict,
            score: e.score,
        })
        .collect();
    trier(&mut rangs);
    let mut a_placer: Vec<Option<Evaluation>> = evaluations.into_iter().map(Some).collect();
    rangs
        .iter()
        .filter_map(|r| a_placer.get_mut(r.rang_catalogue)?.take())
        .collect()
}

/// The verdict and reasons of one programme, without the ranking or the
/// "what would change it" (used to compute them).
pub fn verdict(catalogue: &Catalogue, p: &Programme, r: &Reponses) -> (Verdict, Vec<Raison>) {
    let mut raisons = Vec::new();
    let v = juger(catalogue, p, r, Some(&mut raisons));
    (v, raisons)
}

/// The verdict alone, without keeping the reasons: what the "what would
/// change it" trials and the choice of questions need, many times per
/// programme.
pub fn verdict_seul(catalogue: &Catalogue, p: &Programme, r: &Reponses) -> Verdict {
    juger(catalogue, p, r, None)
}

/// Applies every rule of the programme; keeps the reasons only when asked.
fn juger(catalogue: &Catalogue, p: &Programme, r: &Reponses, mut raisons: Option<&mut Vec<Raison>>) -> Verdict {
    let mut pire = Verdict::Eligible;
    let e = &p.eligibilite;
    // Conditions about a situation the person is not in (see the end).
    let mut caduques = Vec::new();
    let mut ajoute = |regle: Regle, valeur: Valeur, verdict: Verdict, statut: Statut, caduque: bool| {
        pire = pire.max(verdict);
        if let Some(liste) = raisons.as_mut() {
            if caduque {
                caduques.push(liste.len());
            }
            liste.push(Raison {
                regle,
                valeur,
                verdict,
                statut,
            });
        }
    };
    // Ages inferred from school levels are not the brochure's words: their
    // reasons are `Deduit` and said with the levels (see `i18n::raisons`).
    let dit = if e.age.precis { Statut::Dit } else { Statut::Deduit };

    // Age: the brochure's 5–30 for mentoring as a whole is a hard limit; a
    // programme's own range is a hard limit only when the brochure states it.
    match r.age {
        None => ajoute(Regle::Age, Valeur::Inconnue, Verdict::AVerifier, dit, false),
        Some(age) if age < catalogue.mentorat.age_min || age > catalogue.mentorat.age_max => ajoute(
            Regle::AgeMentorat,
            Valeur::Age(age),
            Verdict::Ineligible,
            Statut::Dit,
            false,
        ),
        Some(age) if age < e.age.min || age > e.age.max => {
            let ecart = if age < e.age.min {
                e.age.min - age
            } else {
                age - e.age.max
            };
            if e.age.precis || ecart > MARGE_AGE_INDICATIF {
                ajoute(Regle::Age, Valeur::Age(age), Verdict::Ineligible, dit, false)
            } else {
                ajoute(Regle::Age, Valeur::Age(age), Verdict::AVerifier, dit, false)
            }
        }
        // Inside an inferred range: what the brochure says, no ✓.
        Some(age) => ajoute(Regle::Age, Valeur::Age(age), Verdict::Eligible, dit, false),
    }

    // The catalogue describes one territory; unknown is not held against
    // anyone (most people who open this app live there).
    if r.territoire == Some(Tri::Non) {
        ajoute(
            Regle::Territoire,
            Valeur::HorsTerritoire,
            Verdict::Ineligible,
            Statut::Dit,
            false,
        );
    }

    // A condition describes the young people of the situations the
    // programme takes ("un collège en éducation prioritaire"): said of
    // anyone else (a pupil of a REP primary school), it would be false.
    let situation_exclue = r
        .situation
        .is_some_and(|s| !e.situations.contains(&s) && !e.situations_a_verifier.contains(&s));
    match r.situation {
        None => ajoute(
            Regle::Situation,
            Valeur::Inconnue,
            Verdict::AVerifier,
            Statut::Dit,
            false,
        ),
        Some(s) if e.situations.contains(&s) => ajoute(
            Regle::Situation,
            Valeur::Situation(s),
            Verdict::Eligible,
            Statut::Dit,
            false,
        ),
        Some(s) if e.situations_a_verifier.contains(&s) => ajoute(
            Regle::Situation,
            Valeur::Situation(s),
            Verdict::AVerifier,
            Statut::NonDit,
            false,
        ),
        Some(s) => ajoute(
            Regle::Situation,
            Valeur::Situation(s),
            Verdict::Ineligible,
            Statut::Dit,
            false,
        ),
    }

    for c in &e.conditions {
        let reponse = reponse_condition(c, r);
        let valeur = reponse.map_or(Valeur::Inconnue, Valeur::Reponse);
        ajoute(
            Regle::Condition(c.critere),
            valeur,
            juger_condition(c, reponse),
            Statut::Dit,
            situation_exclue,
        );
    }

    // Once a known answer rules the programme out, only what rules it out
    // and what holds is said:
    // - nothing "to check": whatever the answer, nothing would change. An
    //   unknown answer gives at most "to check", so `pire` is "ineligible"
    //   only through a known one. This is also exactly when the
    //   questionnaire skips a question: no programme still possible
    //   depends on it (the REP question for a 22-year-old job seeker,
    //   whose only REP programmes are for pupils; every question after an
    //   age outside 5–30), so the results never ask to check what was never
    //   asked; and an inferred age "to check" (a 9-year-old and Proxité,
    //   from 6e) says nothing when the situation rules the programme out;
    // - no condition about a situation the person is not in: met or not
    //   by someone else ("un collège en éducation prioritaire : c'est le
    //   cas" of a primary-school pupil), it describes someone else;
    // - no inferred ✗ where a stated one already says it (the situation).
    if pire == Verdict::Ineligible
        && let Some(liste) = raisons
    {
        for i in caduques.into_iter().rev() {
            liste.remove(i);
        }
        let dit_non = liste
            .iter()
            .any(|x| x.verdict == Verdict::Ineligible && x.statut == Statut::Dit);
        liste.retain(|x| x.verdict != Verdict::AVerifier && !(dit_non && x.statut == Statut::Deduit));
    }
    pire
}

/// The answer to a condition: its own criterion, or the other one that
/// meets it too (`ou`): "oui" to either meets it, "non" needs both.
fn reponse_condition(c: &Condition, r: &Reponses) -> Option<bool> {
    let autre = c.ou.map(|k| r.critere(k));
    match (r.critere(c.critere), autre) {
        (Some(true), _) | (_, Some(Some(true))) => Some(true),
        (Some(false), None | Some(Some(false))) => Some(false),
        _ => None,
    }
}

/// One condition's outcome for an answer (`None`: unknown, never asked or
/// "je ne sais pas"). Three values, one rule: a known answer decides, and
/// an unknown one gives "to check", for both levels.
/// - required: "oui" eligible, "non" ineligible, unknown to check (it may
///   be "oui", so unknown is better than "non", which excludes);
/// - priority: "oui" eligible, "non" to check (others may still ask the
///   association), unknown to check too: it may be "non", so it is never
///   better than "non" (and it earns no priority points either).
///
/// A "oui" is only as good as what the question covers: with a
/// `reste_a_verifier` (a REP collège, but is it a Télémaque partner?) it is
/// "to check".
fn juger_condition(c: &Condition, reponse: Option<bool>) -> Verdict {
    match (c.niveau, reponse) {
        (_, Some(true)) if c.reste_a_verifier.is_some() => Verdict::AVerifier,
        (_, Some(true)) => Verdict::Eligible,
        (Niveau::Requis, Some(false)) => Verdict::Ineligible,
        (Niveau::Prioritaire, Some(false)) | (_, None) => Verdict::AVerifier,
    }
}

/// The explanation of one ranked programme: reasons, strong points and
/// "what would change it".
fn expliquer(
    catalogue: &Catalogue,
    p: &Programme,
    rang: Rang,
    r: &Reponses,
    tx: &Textes,
    lecteur: Lecteur,
) -> Evaluation {
    let (_, raisons) = verdict(catalogue, p, r);
    let (_, points_forts) = score(p, r, tx);
    let bascules = if rang.verdict == Verdict::Eligible {
        Vec::new()
    } else {
        bascules(catalogue, p, r, rang.verdict, tx, lecteur)
    };
    Evaluation {
        programme_id: p.id.clone(),
        rang_catalogue: rang.rang_catalogue,
        verdict: rang.verdict,
        raisons,
        score: rang.score,
        points_forts,
        bascules,
    }
}

/// How well the programme answers the needs and preferences given, with
/// what raised the score in words.
pub fn score(p: &Programme, r: &Reponses, tx: &Textes) -> (i32, Vec<String>) {
    let mut forts = Vec::new();
    let total = noter(p, r, Some((&mut forts, tx)));
    (total, forts)
}

/// The score; writes the strong points only when asked.
fn noter(p: &Programme, r: &Reponses, mut forts: Option<(&mut Vec<String>, &Textes)>) -> i32 {
    let mut total = 0;
    let communs = r.besoins.iter().filter(|b| p.besoins.contains(b)).count();
    if communs > 0 {
        total += POINTS_BESOIN * communs as i32;
        if let Some((f, tx)) = forts.as_mut() {
            let mots: Vec<&str> = r
                .besoins
                .iter()
                .filter(|b| p.besoins.contains(b))
                .map(|b| b.libelle(tx))
                .collect();
            f.push(tx.f(m::FORT_BESOINS, &[("besoins", &tx.liste(&mots))]));
        }
    }
    let (points, fort) = points_format(p, r.modalite, forts.as_ref().map(|(_, tx)| *tx));
    total += points;
    if let Some((f, _)) = forts.as_mut() {
        f.extend(fort);
    }
    for c in &p.eligibilite.conditions {
        if c.niveau == Niveau::Prioritaire && reponse_condition(c, r) == Some(true) {
            total += POINTS_PRIORITE;
        }
    }
    if let Some(heures) = r.heures {
        // The mentor's hours are the meetings, so the young person's too.
        if p.mentors.heures_mois_min <= f32::from(heures) {
            total += POINTS_TEMPS;
            if let Some((f, tx)) = forts.as_mut() {
                f.push(tx.f(
                    m::FORT_RYTHME,
                    &[("rythme", p.modalites.frequence.trim_end_matches('.'))],
                ));
            }
        } else {
            total += POINTS_TEMPS_DEPASSE;
        }
    }
    total
}

/// Points for the preferred format (shared by young people and mentors):
/// the programme's main format, a possible one, or one it does not offer.
pub(crate) fn points_format(
    p: &Programme,
    modalite: Option<Modalite>,
    ecrire: Option<&Textes>,
) -> (i32, Option<String>) {
    let Some(mode) = modalite.and_then(Modalite::mode) else {
        return (0, None);
    };
    if p.modalites.format.principal == mode {
        (
            POINTS_FORMAT_PRINCIPAL,
            ecrire.map(|tx| tx.f(m::FORT_FORMAT_PRINCIPAL, &[("format", mode.libelle(tx))])),
        )
    } else if p.modalites.format.possible.contains(&mode) {
        (
            POINTS_FORMAT_POSSIBLE,
            ecrire.map(|tx| tx.f(m::FORT_FORMAT_POSSIBLE, &[("format", mode.libelle(tx))])),
        )
    } else {
        (POINTS_FORMAT_ABSENT, None)
    }
}

/// Single answers that would make a not-yet-eligible programme eligible,
/// or, for a programme ruled out by a condition, possible (to check with
/// the association: Télémaque needs a REP collège *and* a partner one).
/// Only facts a person may not have known or may have answered wrong are
/// tried (situation and the three conditions); the age is already
/// explained by the reasons.
fn bascules(
    catalogue: &Catalogue,
    p: &Programme,
    r: &Reponses,
    actuel: Verdict,
    tx: &Textes,
    lecteur: Lecteur,
) -> Vec<Bascule> {
    let (si_condition, si_situation, si_condition_a_verifier) = match lecteur {
        Lecteur::Jeune => (
            m::BASCULE_CONDITION_TU,
            m::BASCULE_SITUATION_TU,
            m::BASCULE_CONDITION_TU_A_VERIFIER,
        ),
        Lecteur::Parent => (
            m::BASCULE_CONDITION_VOUS,
            m::BASCULE_SITUATION_VOUS,
            m::BASCULE_CONDITION_VOUS_A_VERIFIER,
        ),
        Lecteur::Professionnel => (
            m::BASCULE_CONDITION_PRO,
            m::BASCULE_SITUATION_PRO,
            m::BASCULE_CONDITION_PRO_A_VERIFIER,
        ),
    };
    // "Possible, to check" is said of a condition only, and only to someone
    // in a situation the programme takes (or who did not say): a situation
    // that reaches "to check" does so through an imprecise age band, which
    // would offer a ten-year-old the job seekers' programme.
    let situation_prise = r.situation.is_none_or(|s| p.eligibilite.situations.contains(&s));
    let possible = actuel == Verdict::Ineligible && situation_prise;
    let mut sortie = Vec::new();
    for critere in [Critere::Rep, Critere::Ase, Critere::Qpv] {
        for valeur in [true, false] {
            if r.critere(critere) == Some(valeur) {
                continue;
            }
            let apres = verdict_seul(catalogue, p, &r.avec_critere(critere, Some(valeur)));
            // Proxité's condition is met by the QPV or the ASE (`ou`).
            let condition = p
                .eligibilite
                .conditions
                .iter()
                .find(|c| c.critere == critere || c.ou == Some(critere));
            let texte = match (apres, valeur, condition) {
                (Verdict::Eligible, true, Some(c)) => tx.f(si_condition, &[("condition", &c.texte)]),
                (Verdict::Eligible, true, None) => tx.f(m::BASCULE_OUI, &[("critere", critere.libelle(tx))]),
                (Verdict::Eligible, false, _) => tx.f(m::BASCULE_NON, &[("critere", critere.libelle(tx))]),
                // With what is left to check (a partner collège), as the reasons say it.
                (
                    Verdict::AVerifier,
                    true,
                    Some(Condition {
                        texte,
                        reste_a_verifier: Some(reste),
                        ..
                    }),
                ) if possible => {
                    let raison = tx.f(si_condition_a_verifier, &[("condition", texte)]);
                    tx.f(m::RESTE_OUI, &[("raison", &raison), ("reste", reste)])
                }
                _ => continue,
            };
            // Both answers that meet an either-or condition say the same.
            if sortie.iter().all(|b: &Bascule| b.texte != texte) {
                sortie.push(Bascule { texte });
            }
        }
    }
    for s in p.eligibilite.situations.iter().copied() {
        if r.situation == Some(s) {
            continue;
        }
        if verdict_seul(
            catalogue,
            p,
            &Reponses {
                situation: Some(s),
                ..r.clone()
            },
        ) == Verdict::Eligible
        {
            // One person: the singular label ("si tu es collégien ou collégienne").
            sortie.push(Bascule {
                texte: tx.f(si_situation, &[("situation", s.libelle(tx))]),
            });
        }
    }
    sortie
}

/// The parts of a results summary, one for each verdict some programme
/// got ("1 programme correspond", "2 sont à vérifier"), each in its
/// counted text (`Textes::compte`: its language's plural form), in the order
/// given. The young person's and the volunteer's results say them with their own words.
pub fn resume_par_verdict(evaluations: &[Evaluation], tx: &Textes, textes: &[(Verdict, Cle)]) -> Vec<String> {
    textes
        .iter()
        .filter_map(|&(verdict, texte)| {
            let n = evaluations.iter().filter(|e| e.verdict == verdict).count();
            (n > 0).then(|| tx.compte(texte, n))
        })
        .collect()
}

/// The results split in two, each in rank order: the programmes that may
/// take the person (they fit, or are to check), shown first, and those
/// ruled out, folded below.
pub fn possibles_et_exclus(evaluations: &[Evaluation]) -> (Vec<&Evaluation>, Vec<&Evaluation>) {
    evaluations.iter().partition(|e| e.verdict != Verdict::Ineligible)
}

/// Nothing fits: every programme is ineligible.
pub fn aucun_ne_convient(resultats: &[Evaluation]) -> bool {
    resultats.iter().all(|e| e.verdict == Verdict::Ineligible)
}

/// Whether a results page opens with the Collectif's help (its contact and
/// 1jeune1mentor.fr) rather than closing with it: when no programme fits
/// for sure (some are to check, or none can take the person), the person
/// needs a step they can take now. The young person's and the volunteer's
/// results follow the same rule. Since the ranking puts every programme
/// that fits first, it is also "the best-ranked programme is not sure".
/// Always inlined: as a call it measured 0.2 KiB more on the first visit.
#[inline(always)]
pub fn aide_d_abord(evaluations: &[Evaluation]) -> bool {
    !evaluations.iter().any(|e| e.verdict == Verdict::Eligible)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every programme once: those that may take the person first, then
    /// those ruled out, each part in rank order.
    #[test]
    fn possibles_puis_exclus_dans_l_ordre() {
        let c = crate::catalogue::embarque().expect("catalogue");
        let tx = Textes::francais_complet();
        for requete in [
            "age=16&situation=lycee",
            "age=26&situation=emploi",
            "age=8&situation=ecole&rep=non",
            "",
        ] {
            let evaluations = evaluer(&c, &Reponses::depuis_requete(requete), &tx);
            let (possibles, exclus) = possibles_et_exclus(&evaluations);
            assert!(possibles.iter().all(|e| e.verdict != Verdict::Ineligible), "{requete}");
            assert!(exclus.iter().all(|e| e.verdict == Verdict::Ineligible), "{requete}");
            let rang = |e: &Evaluation| evaluations.iter().position(|x| x.programme_id == e.programme_id);
            for partie in [&possibles, &exclus] {
                let rangs: Vec<_> = partie.iter().map(|e| rang(e)).collect();
                assert!(rangs.windows(2).all(|w| w[0] < w[1]), "{requete} : {rangs:?}");
            }
            assert_eq!(possibles.len() + exclus.len(), evaluations.len());
        }
    }

    /// The Collectif's help comes first when nothing fits for sure: when
    /// nothing fits at all (40 years old), and when programmes are only to
    /// check (nothing answered); it closes the page when one fits. The
    /// volunteer's results follow the same rule.
    #[test]
    fn l_aide_d_abord_quand_rien_n_est_sur() {
        let c = crate::catalogue::embarque().expect("catalogue");
        let tx = Textes::francais_complet();
        for (requete, attendu) in [
            ("age=40", true),
            ("", true),
            ("age=12&situation=college&rep=oui", false),
            ("age=9&situation=ecole&rep=oui", false),
        ] {
            let evaluations = evaluer(&c, &Reponses::depuis_requete(requete), &tx);
            let premier = possibles_et_exclus(&evaluations).0.first().map(|e| e.verdict);
            assert_eq!(aide_d_abord(&evaluations), attendu, "{requete} : {premier:?}");
        }
        // Nothing answered: every programme is to check, none ruled out.
        let rien = evaluer(&c, &Reponses::default(), &tx);
        assert!(!aucun_ne_convient(&rien) && rien.iter().all(|e| e.verdict == Verdict::AVerifier));
        // A retiree: one association to check, the others ruled out; a lycéen: the AFEV fits.
        for (requete, attendu) in [("profil=retraite", true), ("profil=lyceen", false)] {
            let r = mentor::ReponsesMentor::depuis_requete(requete);
            assert_eq!(aide_d_abord(&mentor::evaluer_mentor(&c, &r, &tx)), attendu, "{requete}");
        }
    }
}

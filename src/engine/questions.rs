//! Which questions are worth asking, given the answers so far.
//!
//! A question is asked only if its answer can change a verdict or the
//! ranking: no priority-education question for a 26-year-old (no programme
//! for their age looks at the school), no child-welfare question when no
//! programme still possible depends on it. Everything is derived from the
//! catalogue's rules, so a new programme with a new condition brings its
//! question with it.

use super::{Reponses, Verdict, verdict_seul};
use crate::catalogue::{Catalogue, Critere, Programme};

/// The questions, in the order they are asked.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Question {
    /// For me, or for my child.
    Pour,
    Age,
    /// Lives in the territory (the CUD).
    Territoire,
    Situation,
    Rep,
    Ase,
    Qpv,
    Besoins,
    Modalite,
    /// Time available each month.
    Temps,
}

impl Question {
    pub const TOUTES: [Question; 10] = [
        Question::Pour,
        Question::Age,
        Question::Territoire,
        Question::Situation,
        Question::Rep,
        Question::Ase,
        Question::Qpv,
        Question::Besoins,
        Question::Modalite,
        Question::Temps,
    ];

    /// The questions whose answer is *sensitive*: it leaves the screen
    /// (device storage, a share link, a print, an e-mail) only when the
    /// person ticks a box for that use (see `engine::confidentialite`).
    ///
    /// Child welfare (ASE) is: it says something about the young person
    /// and their family that social workers keep under professional
    /// secrecy, and a phone, a link or a sheet is often seen by others.
    /// The priority-education school (REP) and the priority neighbourhood
    /// (QPV) are not: they describe a place (the school, the street),
    /// which anyone who knows where the young person studies or lives
    /// already knows, and several programmes are decided on them, so a
    /// link or a return visit without them would lose most verdicts. The
    /// e-mail to an association still asks before adding them (a message
    /// to someone outside is opt-in for every condition: `courriel`).
    pub const SENSIBLES: [Question; 1] = [Question::Ase];

    /// Whether this question's answer is sensitive (`SENSIBLES`).
    pub fn sensible(self) -> bool {
        Question::SENSIBLES.contains(&self)
    }

    /// Forgets this question's answer (as if never asked).
    pub fn oublier(self, r: &mut Reponses) {
        match self {
            Question::Pour => r.pour = Default::default(),
            Question::Age => r.age = None,
            Question::Territoire => r.territoire = None,
            Question::Situation => r.situation = None,
            Question::Rep => r.rep = None,
            Question::Ase => r.ase = None,
            Question::Qpv => r.qpv = None,
            Question::Besoins => r.besoins.clear(),
            Question::Modalite => r.modalite = None,
            Question::Temps => r.heures = None,
        }
    }

    /// The question's part of the address (`#/jeune/age`).
    pub fn code(self) -> &'static str {
        match self {
            Question::Pour => "pour",
            Question::Age => "age",
            Question::Territoire => "territoire",
            Question::Situation => "situation",
            Question::Rep => "rep",
            Question::Ase => "ase",
            Question::Qpv => "qpv",
            Question::Besoins => "besoins",
            Question::Modalite => "modalite",
            Question::Temps => "temps",
        }
    }

    pub fn depuis_code(code: &str) -> Option<Question> {
        Question::TOUTES.into_iter().find(|q| q.code() == code)
    }

    /// The condition this question asks about, if it is one.
    pub fn critere(self) -> Option<Critere> {
        match self {
            Question::Rep => Some(Critere::Rep),
            Question::Ase => Some(Critere::Ase),
            Question::Qpv => Some(Critere::Qpv),
            _ => None,
        }
    }

    /// Whether the answers hold an answer to this question. Needs may be
    /// answered with none ticked: that is known once the step was passed,
    /// which the page tracks; here an empty list counts as unanswered.
    pub fn repondue(self, r: &Reponses) -> bool {
        match self {
            Question::Pour => true,
            Question::Age => r.age.is_some(),
            Question::Territoire => r.territoire.is_some(),
            Question::Situation => r.situation.is_some(),
            Question::Rep => r.rep.is_some(),
            Question::Ase => r.ase.is_some(),
            Question::Qpv => r.qpv.is_some(),
            Question::Besoins => !r.besoins.is_empty(),
            Question::Modalite => r.modalite.is_some(),
            Question::Temps => r.heures.is_some(),
        }
    }
}

/// The answers a referral sheet cannot do without, in the form's order:
/// programmes take young people by age and by situation, so without either
/// every programme would be "to check".
pub const REQUISES_FICHE: [Question; 2] = [Question::Age, Question::Situation];

/// The answers the referral sheet still lacks, in the form's order.
pub fn manquantes_fiche(r: &Reponses) -> impl Iterator<Item = Question> + '_ {
    REQUISES_FICHE.into_iter().filter(|q| !q.repondue(r))
}

/// The questions to ask for these answers, in order. Recomputed after each
/// answer: an answer can remove later questions (or bring one back when
/// the person goes back and changes it).
pub fn questions_utiles(c: &Catalogue, r: &Reponses) -> Vec<Question> {
    let mut liste = vec![Question::Pour, Question::Age];
    if let Some(age) = r.age
        && (age < c.mentorat.age_min || age > c.mentorat.age_max)
    {
        // Nothing can fit: go straight to the results, which say so kindly.
        return liste;
    }
    liste.push(Question::Territoire);
    if r.territoire == Some(super::Tri::Non) {
        // Every programme here is for the territory: the results say where else to look.
        return liste;
    }
    liste.push(Question::Situation);

    for question in [Question::Rep, Question::Ase, Question::Qpv] {
        let Some(critere) = question.critere() else { continue };
        // Useful if a programme that is still possible whatever this answer
        // is has a rule about it. The other answer that also meets a
        // condition (`ou`: the ASE for Proxité's QPV priority) is not a
        // reason to ask: the condition's own question covers it, and the
        // ASE is asked of whom a programme needs it (Les Ombres, 14–21),
        // not of a 24-year-old job seeker.
        let sans = r.avec_critere(critere, None);
        let utile = c.programmes.iter().any(|p| {
            p.eligibilite.conditions.iter().any(|cond| cond.critere == critere)
                && verdict_seul(c, p, &sans) != Verdict::Ineligible
        });
        if utile {
            liste.push(question);
        }
    }

    let possibles: Vec<_> = c
        .programmes
        .iter()
        .filter(|p| verdict_seul(c, p, r) != Verdict::Ineligible)
        .collect();
    if possibles.len() >= 2 {
        // Needs rank the programmes: useful as soon as there is a choice.
        liste.push(Question::Besoins);
        // Each programme's set of meeting formats, as bits (one per mode):
        // the question only helps if the programmes differ.
        let formats = |p: &&Programme| p.modes().fold(0u8, |bits, m| bits | 1 << m as u8);
        if differents(&possibles, formats) {
            liste.push(Question::Modalite);
        }
        // Time only ranks programmes that ask for different amounts of it.
        if differents(&possibles, |p| p.mentors.heures_mois_min.to_bits()) {
            liste.push(Question::Temps);
        }
    }
    liste
}

/// Where the questionnaire goes once `question` is answered: the next
/// useful question for the answers as they now are (the new answer may
/// have removed or brought back some), or `None` for the results. If the
/// answer made `question` itself useless, the first useful one not yet
/// answered.
pub fn question_suivante(c: &Catalogue, r: &Reponses, question: Question) -> Option<Question> {
    let questions = questions_utiles(c, r);
    match questions.iter().position(|q| *q == question) {
        Some(i) => questions.get(i + 1).copied(),
        None => questions.into_iter().find(|q| !q.repondue(r)),
    }
}

/// The question before `question` among the useful ones, or `None` when
/// there is none but who the answers are about: that is chosen by the door
/// the person came in by (young person or parent), where "back" leads.
pub fn question_precedente(questions: &[Question], question: Question) -> Option<Question> {
    let i = questions.iter().position(|q| *q == question)?;
    questions
        .get(i.checked_sub(1)?)
        .copied()
        .filter(|q| *q != Question::Pour)
}

/// Whether two items of the list differ by `cle` (at least two distinct values).
fn differents<T, K: PartialEq>(liste: &[T], cle: impl Fn(&T) -> K) -> bool {
    match liste.split_first() {
        Some((premier, reste)) => {
            let k = cle(premier);
            reste.iter().any(|x| cle(x) != k)
        }
        None => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::catalogue::Situation;

    /// The referral sheet needs the age and the situation, asked in that
    /// order, and nothing else.
    #[test]
    fn fiche_sans_age_ni_situation() {
        let manque = |r: &Reponses| manquantes_fiche(r).collect::<Vec<_>>();
        let mut r = Reponses::default();
        assert_eq!(manque(&r), [Question::Age, Question::Situation]);
        r.situation = Some(Situation::Lycee);
        assert_eq!(manque(&r), [Question::Age]);
        r.age = Some(16);
        assert!(manque(&r).is_empty());
        r.situation = None;
        assert_eq!(manque(&r), [Question::Situation]);
    }

    /// After an answer: the next useful question, none (the results) when
    /// the answer leaves nothing to ask, and the first one not answered
    /// when the answer made the question itself useless.
    #[test]
    fn la_question_suivante() {
        let c = crate::catalogue::embarque().expect("catalogue");
        let apres = |requete: &str, q| question_suivante(&c, &Reponses::depuis_requete(requete), q);
        assert_eq!(apres("age=16", Question::Age), Some(Question::Territoire));
        assert_eq!(apres("age=16&cud=oui", Question::Territoire), Some(Question::Situation));
        // Nothing can fit at 40, or outside the territory: straight to the results.
        assert_eq!(apres("age=40", Question::Age), None);
        assert_eq!(apres("age=16&cud=non", Question::Territoire), None);
        // Outside the territory the situation is not asked: the first question left unanswered.
        assert_eq!(apres("age=16&cud=non", Question::Situation), None);
        assert_eq!(apres("cud=non", Question::Situation), Some(Question::Age));
    }

    /// Back: the question before, except who the answers are about (the
    /// door decides it); a question that is not asked has none.
    #[test]
    fn la_question_precedente() {
        let questions = [Question::Pour, Question::Age, Question::Territoire, Question::Situation];
        let avant = |q| question_precedente(&questions, q);
        assert_eq!(avant(Question::Situation), Some(Question::Territoire));
        assert_eq!(avant(Question::Territoire), Some(Question::Age));
        assert_eq!(avant(Question::Age), None);
        assert_eq!(avant(Question::Pour), None);
        assert_eq!(avant(Question::Besoins), None);
    }
}

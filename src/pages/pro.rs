//! The professionals' path: the young person's answers on one screen
//! (`#/pro`), then a referral sheet (`#/pro/fiche?…`) to print on one A4
//! page or share by link. The sheet's referrer block and notes are typed
//! on screen and printed, never stored: the link carries only the answers.
//! (Parents have their own door: the questionnaire in "vous", `#/parent`.)

use leptos::prelude::*;

use crate::catalogue::{Critere, Situation};
use crate::components::{
    Cases, ChampAge, Citation, PartageResultats, Radios, ReponsesManquantes, Verification, avec_francais, focaliser,
};
use crate::contexte::{Brouillons, catalogue_courant, naviguer, textes};
use crate::engine::confidentialite::sans_sensibles;
use crate::engine::{
    AGE_MIN_TEXTE, BESOINS, Modalite, Question, REQUISES_FICHE, Reponses, Tri, Verdict, cocher_code, code_besoin,
    code_situation, evaluer, manquantes_fiche, possibles_et_exclus,
};
use crate::i18n::cle::pro as k;
use crate::i18n::cle::{carte_resultat, commun, resultats};
use crate::i18n::{Cle, raisons};
use crate::platform::date_courte;
use crate::routes::{Route, lien};

fn tri(code: &str) -> Option<Tri> {
    Tri::TOUS.into_iter().find(|t| t.code() == code)
}

/// How the form and the sheet speak of an answer the sheet requires
/// (`engine::REQUISES_FICHE`).
struct Requis {
    /// Where the form puts the focus when it is missing.
    champ: &'static str,
    /// The message next to the question.
    erreur: Cle,
    /// The words of the sheet saying it is missing.
    mots: Cle,
}

fn requis(q: Question) -> Requis {
    if q == Question::Age {
        Requis {
            champ: "#age-jeune",
            erreur: k::ERREUR_AGE,
            mots: k::MANQUE_AGE,
        }
    } else {
        Requis {
            champ: "input[name=\"situation\"]",
            erreur: k::ERREUR_SITUATION,
            mots: k::MANQUE_SITUATION,
        }
    }
}

/// `#/pro`: every question at once, for someone who knows the young person.
#[component]
pub fn PagePro() -> impl IntoView {
    let tx = textes();
    let reponses = use_context::<Brouillons>()
        .map(|b| b.pro)
        .unwrap_or_else(|| RwSignal::new(Reponses::default()));
    let options_tri = [("oui", k::TRI_OUI), ("non", k::TRI_NON), ("nsp", k::TRI_NSP)]
        .map(|(code, cle)| (code, tx.t(cle).to_string()));
    // Sent without the age or the situation: each says so next to its
    // question, the focus goes to the first, and every answer stays.
    let envoye = RwSignal::new(false);
    let erreur = |q: Question| {
        let message = tx.t(requis(q).erreur).to_string();
        Signal::derive(move || (envoye.get() && reponses.with(|r| !q.repondue(r))).then(|| message.clone()))
    };
    let valider = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        match reponses.with_untracked(|r| manquantes_fiche(r).next()) {
            Some(q) => {
                envoye.set(true);
                focaliser(requis(q).champ);
            }
            None => naviguer(&Route::Fiche(reponses.get_untracked())),
        }
    };
    let radios_tri = move |legende: String,
                           nom: &'static str,
                           aide: String,
                           lire: fn(&Reponses) -> Option<Tri>,
                           ecrire: fn(&mut Reponses, Option<Tri>)| {
        view! {
            <Radios
                legende
                nom
                aide
                options=options_tri.to_vec()
                valeur=Signal::derive(move || lire(&reponses.get()).map(Tri::code))
                on_choisir=move |code| reponses.update(|r| ecrire(r, tri(code)))
            />
        }
    };
    view! {
        <div class="page">
            <h1 tabindex="-1">{tx.t(k::TITRE).to_string()}</h1>
            <p class="chapo">{tx.t(k::CHAPO).to_string()}</p>
            <form class="formulaire" on:submit=valider novalidate>
                <ChampAge
                    id="age-jeune"
                    libelle=tx.t(k::AGE_JEUNE).to_string()
                    min=AGE_MIN_TEXTE
                    requis=REQUISES_FICHE.contains(&Question::Age)
                    erreur=erreur(Question::Age)
                    initial=reponses.get_untracked().age
                    on_changer=move |age| reponses.update(|r| r.age = age)
                />
                {radios_tri(tx.t(k::QUESTION_CUD).to_string(), "cud", tx.t(k::AIDE_CUD).to_string(), |r| r.territoire, |r, t| r.territoire = t)}
                <Radios
                    legende=tx.t(k::QUESTION_SITUATION).to_string()
                    nom="situation"
                    requis=REQUISES_FICHE.contains(&Question::Situation)
                    erreur=erreur(Question::Situation)
                    options=Situation::TOUTES.into_iter().map(|s| (code_situation(s), s.libelle(&tx).to_string())).collect()
                    valeur=Signal::derive(move || reponses.get().situation.map(code_situation))
                    on_choisir=move |code| reponses.update(|r| r.situation = Situation::TOUTES.into_iter().find(|s| code_situation(*s) == code))
                />
                {radios_tri(tx.t(k::QUESTION_REP).to_string(), "rep", tx.t(k::AIDE_REP).to_string(), |r| r.rep, |r, t| r.rep = t)}
                {radios_tri(tx.t(k::QUESTION_ASE).to_string(), "ase", tx.t(k::AIDE_ASE).to_string(), |r| r.ase, |r, t| r.ase = t)}
                {radios_tri(tx.t(k::QUESTION_QPV).to_string(), "qpv", tx.t(k::AIDE_QPV).to_string(), |r| r.qpv, |r, t| r.qpv = t)}
                <Cases
                    legende=tx.t(k::QUESTION_BESOINS).to_string()
                    nom="besoins"
                    options=BESOINS.into_iter().map(|b| (code_besoin(b), b.libelle(&tx).to_string())).collect()
                    cochees=Signal::derive(move || reponses.get().besoins.iter().map(|b| code_besoin(*b)).collect())
                    on_basculer=move |code, coche| reponses.update(|r| cocher_code(&mut r.besoins, &BESOINS, code_besoin, code, coche))
                />
                <Radios
                    legende=tx.t(k::QUESTION_MODALITE).to_string()
                    nom="modalite"
                    options=[("presentiel", k::MODALITE_PRESENTIEL), ("distanciel", k::MODALITE_DISTANCIEL), ("indifferent", k::MODALITE_INDIFFERENT)]
                        .map(|(code, cle)| (code, tx.t(cle).to_string()))
                        .to_vec()
                    valeur=Signal::derive(move || reponses.get().modalite.map(Modalite::code))
                    on_choisir=move |code| reponses.update(|r| r.modalite = Modalite::TOUTES.into_iter().find(|m| m.code() == code))
                />
                <button type="submit" class="bouton bouton--principal" data-action="fiche">{tx.t(k::BOUTON_FICHE).to_string()}</button>
            </form>
        </div>
    }
}

/// `#/pro/fiche?…`: a one-page summary to hand to a young person or a family.
#[component]
pub fn Fiche(
    /// The answers read from the address.
    reponses: Reponses,
) -> impl IntoView {
    let tx = textes();
    let c = catalogue_courant();
    let manque: Vec<&str> = manquantes_fiche(&reponses).map(|q| tx.t(requis(q).mots)).collect();
    if !manque.is_empty() {
        return view! {
            <ReponsesManquantes
                titre=tx.t(k::TITRE_FICHE).to_string()
                texte=tx.f(k::INCOMPLET, &[("manque", &tx.liste(&manque))])
                retour=lien::PRO
                bouton=tx.t(k::COMPLETER).to_string()
                invalides=reponses.invalides.clone()
            />
        }
        .into_any();
    }
    let evaluations = evaluer(&c, &reponses, &tx);
    let date = date_courte(tx.langue, None);
    // The whole situation, every answer given ("éducation prioritaire (REP
    // ou REP+) : oui"); the child-welfare answer only if the professional
    // ticks the box below (it is printed, and the family may read it).
    let reponse = |critere: &str, t: Option<Tri>| {
        t.map(|t| {
            let valeur = tx.t(match t {
                Tri::Oui => resultats::TRI_OUI,
                Tri::Non => resultats::TRI_NON,
                Tri::Nsp => resultats::TRI_NSP,
            });
            tx.f(k::FICHE_CRITERE, &[("critere", critere), ("reponse", valeur)])
        })
    };
    let mut situation = Vec::new();
    if let Some(a) = reponses.age {
        situation.push(tx.compte(k::FICHE_AGE, usize::from(a)));
    }
    if let Some(s) = reponses.situation {
        situation.push(s.libelle(&tx).to_string());
    }
    situation.extend(reponse(tx.t(resultats::INTITULE_TERRITOIRE), reponses.territoire));
    situation.extend(reponse(Critere::Rep.libelle(&tx), reponses.rep));
    situation.extend(reponse(Critere::Qpv.libelle(&tx), reponses.qpv));
    if !reponses.besoins.is_empty() {
        let mots: Vec<&str> = reponses.besoins.iter().map(|b| b.libelle(&tx)).collect();
        situation.push(tx.f(k::FICHE_BESOINS, &[("besoins", &tx.liste(&mots))]));
    }
    let ase = reponse(Critere::Ase.libelle(&tx), reponses.ase);
    let montrer_ase = RwSignal::new(false);
    let situation = {
        let separateur = tx.t(commun::LISTE_VIRGULE).to_string();
        let vide = tx.t(k::FICHE_SITUATION_VIDE).to_string();
        let ase = ase.clone();
        move || {
            let mut parties = situation.clone();
            parties.extend(ase.clone().filter(|_| montrer_ase.get()));
            if parties.is_empty() {
                vide.clone()
            } else {
                parties.join(&separateur)
            }
        }
    };
    let case_ase = ase.map(|_| {
        view! {
            <label class="case fiche-orientation__ecran">
                <input type="checkbox" data-action="ase-sur-fiche" prop:checked=montrer_ase on:change=move |ev| montrer_ase.set(event_target_checked(&ev))/>
                <span>{tx.t(k::ASE_SUR_FICHE).to_string()}</span>
            </label>
        }
    });
    let champ = |id: &'static str, cle: Cle, auto: &'static str| {
        view! {
            <p class="champ-ligne">
                <label for=id>{tx.t(cle).to_string()}</label>
                <input id=id type=if auto == "tel" { "tel" } else { "text" } autocomplete=auto/>
            </p>
        }
    };
    // The young person's results, for the family's phone: the same answers,
    // without the sensitive ones (child welfare) unless the box is ticked
    // (engine::confidentialite).
    let lien = {
        let l = window().location();
        let base = format!(
            "{}{}{}",
            l.origin().unwrap_or_default(),
            l.pathname().unwrap_or_default(),
            l.search().unwrap_or_default()
        );
        let avec = format!("{base}{}", Route::Resultats(reponses.clone()).href());
        let sans = format!("{base}{}", Route::Resultats(sans_sensibles(&reponses, &[])).href());
        move || if montrer_ase.get() { avec.clone() } else { sans.clone() }
    };

    let (conseilles, exclus) = possibles_et_exclus(&evaluations);
    let blocs = conseilles
        .iter()
        .filter_map(|e| c.programme(&e.programme_id).map(|p| (e, p)))
        .map(|(e, p)| {
            let badge = tx.t(if e.verdict == Verdict::Eligible { k::BADGE_CORRESPOND } else { k::BADGE_VERIFIER }).to_string();
            let raisons = e
                .raisons
                .iter()
                .filter(|r| r.verdict != Verdict::Eligible || e.verdict == Verdict::Eligible)
                .map(|r| view! { <li>{avec_francais(raisons::ecrire(r, &c, p, &tx))}<Citation texte=r.regle.extrait(&c, p).to_string()/></li> })
                .collect_view();
            // What the professional can check to settle a "to check" (is the
            // collège in REP?), in one paragraph: the sheet fits one A4 page.
            let bascules = (!e.bascules.is_empty()).then(|| {
                let textes: Vec<&str> = e.bascules.iter().map(|b| b.texte.as_str()).collect();
                view! {
                    <p class="fiche-orientation__bascules">
                        <strong>{tx.t(carte_resultat::BASCULES).to_string()}</strong>" "{textes.join(" ")}
                    </p>
                }
            });
            let telephone = p.contact.telephone.clone().map(|t| {
                let lien = p.lien_telephone().unwrap_or_default();
                view! { <a href=lien dir="ltr">{t}</a> }
            });
            view! {
                <article class="fiche-orientation__programme" data-programme=p.id.clone() data-verdict=e.verdict.code()>
                    <h3>{avec_francais(tx.nom_francais(&p.nom))} " — " <span class="fiche-orientation__badge">{badge}</span></h3>
                    <p>{p.accroche.clone()}</p>
                    <ul>{raisons}</ul>
                    {bascules}
                    // The "·" between the contacts is drawn by the style sheet, not read.
                    <p class="fiche-orientation__contact">
                        {telephone}
                        <a href=p.lien_courriel()>{p.contact.courriel.clone()}</a>
                        <a href=p.contact.site.clone()>{p.contact.site_libelle.clone()}</a>
                    </p>
                    <Verification programme=p.clone() court=true/>
                </article>
            }
        })
        .collect_view();
    let exclus: Vec<String> = exclus
        .iter()
        .filter_map(|e| c.programme(&e.programme_id).map(|p| p.nom.clone()))
        .collect();
    let exclus: Vec<&str> = exclus.iter().map(String::as_str).collect();
    let courriel = c.contact_regional.courriel.clone();
    view! {
        <div class="page fiche-orientation">
            <p class="fil"><a href=lien::PRO>{tx.t(k::MODIFIER).to_string()}</a></p>
            <h1 tabindex="-1">{tx.t(k::TITRE_FICHE).to_string()}</h1>
            <p class="fiche-orientation__date">
                {tx.f(k::FICHE_DATE, &[("date", &date), ("territoire", &c.territoire.nom)])}
            </p>
            <p data-fiche="situation"><strong>{tx.t(k::SITUATION_JEUNE).to_string()}</strong>{situation}</p>
            {case_ase}
            // Typed, printed, never stored: no signal, no storage, not in the link.
            <fieldset class="fiche-orientation__orienteur">
                <legend>{tx.t(k::ORIENTEUR_TITRE).to_string()}</legend>
                <p class="aide--champ fiche-orientation__ecran">{tx.t(k::ORIENTEUR_AIDE).to_string()}</p>
                {champ("orienteur-nom", k::ORIENTEUR_NOM, "name")}
                {champ("orienteur-structure", k::ORIENTEUR_STRUCTURE, "organization")}
                {champ("orienteur-telephone", k::ORIENTEUR_TELEPHONE, "tel")}
            </fieldset>
            <section aria-labelledby="conseilles">
                <h2 id="conseilles">{tx.t(k::TITRE_CONSEILLES).to_string()}</h2>
                {conseilles.is_empty().then(|| view! {
                    <p data-resultat="aucun">
                        {tx.f(k::AUCUN, &[("courriel", &courriel)])}
                    </p>
                })}
                {blocs}
                {(!exclus.is_empty()).then(|| view! {
                    <p class="fiche-orientation__exclus">
                        {tx.f_selon(k::EXCLUS, exclus.len(), &[("programmes", &tx.liste(&exclus))])}
                    </p>
                })}
            </section>
            <section aria-labelledby="famille" class="fiche-orientation__famille">
                <h2 id="famille">{tx.t(k::TITRE_FAMILLE).to_string()}</h2>
                <p>{tx.t(k::FAMILLE).to_string()}</p>
                <p class="fiche-orientation__lien">{tx.t(k::FICHE_LIEN).to_string()}<bdi dir="ltr">{lien}</bdi></p>
            </section>
            <p class="fiche-orientation__notes">
                <label for="fiche-notes">{tx.t(k::NOTES_TITRE).to_string()}</label>
                <textarea id="fiche-notes" rows="4"></textarea>
            </p>
            <section aria-labelledby="partager" class="fiche-orientation__actions">
                <h2 id="partager">{tx.t(k::TITRE_PARTAGER).to_string()}</h2>
                <PartageResultats route=Route::Fiche(reponses.clone())/>
            </section>
        </div>
    }
    .into_any()
}

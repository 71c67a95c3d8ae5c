use leptos::prelude::*;

use crate::catalogue::{Niveau, Programme};
use crate::components::{BoutonsContact, Citation, ListeCourte, MotsExpliques, Verification, avec_francais};
use crate::contexte::{catalogue_courant, textes};
use crate::i18n::cle::{commun, programme as k};
use crate::routes::{Route, lien};

/// One programme with every fact of the brochure, contact first: the
/// person who opens this page most often wants to reach the association.
#[component]
pub fn PageProgramme(
    /// The public id from the address; may be unknown.
    id: String,
) -> impl IntoView {
    let c = catalogue_courant();
    let tx = textes();
    match c.programme(&id) {
        Some(p) => view! { <Fiche programme=p.clone()/> }.into_any(),
        None => view! {
            <div class="page">
                <h1 tabindex="-1">{tx.t(k::INTROUVABLE_TITRE).to_string()}</h1>
                <p>{tx.t(k::INTROUVABLE_AVANT).to_string()} <code>{id}</code> {tx.t(k::INTROUVABLE_APRES).to_string()}</p>
                <p><a class="bouton bouton--principal" href=lien::PROGRAMMES>{tx.t(k::TOUS).to_string()}</a></p>
            </div>
        }
        .into_any(),
    }
}

#[component]
fn Fiche(programme: Programme) -> impl IntoView {
    let p = programme;
    let tx = textes();
    let e = &p.eligibilite;
    let m = &p.modalites;
    let ages = tx.ages(&e.age);
    let duree = tx.duree(m);
    let modes: Vec<&str> = p.modes().map(|mode| mode.libelle(&tx)).collect();
    let situations: Vec<&str> = e.situations.iter().map(|s| s.libelle(&tx)).collect();
    let a_verifier: Vec<&str> = e.situations_a_verifier.iter().map(|s| s.libelle(&tx)).collect();
    let etiquette = |cle| tx.f(k::ETIQUETTE, &[("etiquette", tx.t(cle))]);
    let conditions = e
        .conditions
        .iter()
        .map(|cond| {
            let niveau = etiquette(match cond.niveau {
                Niveau::Requis => k::CONDITION,
                Niveau::Prioritaire => k::PRIORITE,
            });
            let reste = cond
                .reste_a_verifier
                .clone()
                .map(|reste| view! { <li><strong>{etiquette(k::A_VERIFIER)}</strong>{reste}</li> });
            let jeunes = tx.f(k::LES_JEUNES, &[("condition", &cond.texte)]);
            view! { <li><strong>{niveau}</strong>{jeunes}<Citation texte=cond.extrait.clone()/></li> {reste} }
        })
        .collect_view();
    let offres = p
        .offres_speciales
        .iter()
        .map(|o| view! { <div class="encadre"><h3>{o.nom.clone()}</h3><p>{o.texte.clone()}</p></div> })
        .collect_view();
    let jm = &p.jeunes_mentores;
    let cap = &p.capacite;
    let capacite = format!(
        "{}{}{} {}",
        tx.nombre(cap.nombre),
        if cap.ou_plus { tx.t(k::OU_PLUS) } else { "" },
        cap.periode.as_ref().map(|per| format!(" {per}")).unwrap_or_default(),
        cap.zone
    );
    let texte_liste = |textes: &[String]| textes.iter().map(|t| view! { <li>{t.clone()}</li> }).collect_view();

    view! {
        <article class="page fiche" data-programme=p.id.clone()>
            <p class="fil"><a href=lien::PROGRAMMES>{tx.t(k::RETOUR).to_string()}</a></p>
            <h1 tabindex="-1">{avec_francais(tx.nom_francais(&p.nom))}</h1>
            <p class="chapo">{p.accroche.clone()}</p>

            <BoutonsContact programme=p.clone()/>
            {(!p.contact.personnes.is_empty()).then(|| view! {
                <p class="contact__personnes">{tx.f(k::VOS_CONTACTS, &[("personnes", &tx.liste(&p.contact.personnes))])}</p>
            })}
            <Verification programme=p.clone()/>

            <section aria-labelledby="en-bref">
                <h2 id="en-bref">{tx.t(k::EN_BREF).to_string()}</h2>
                <dl class="faits faits--grand">
                    <div><dt>{tx.t(k::AGES).to_string()}</dt><dd>{ages.clone()}</dd></div>
                    <div><dt>{tx.t(k::FORMAT).to_string()}</dt><dd>{m.format.texte.clone()}</dd></div>
                    <div><dt>{tx.t(k::DUREE).to_string()}</dt><dd>{duree}</dd></div>
                    <div><dt>{tx.t(k::RYTHME).to_string()}</dt><dd>{m.frequence.clone()}</dd></div>
                    <div><dt>{tx.t(k::OU).to_string()}</dt><dd><ListeCourte textes=m.lieux.clone()/></dd></div>
                </dl>
            </section>

            <section aria-labelledby="pour-qui">
                <h2 id="pour-qui">{tx.t(k::POUR_QUI).to_string()}</h2>
                <p>{p.public.clone()}</p>
                <ul class="puces">
                    <li><strong>{etiquette(k::AGES)}</strong>{ages}<Citation texte=e.age.extrait.clone()/></li>
                    <li><strong>{etiquette(k::SITUATIONS)}</strong>{tx.liste(&situations)}<Citation texte=e.extrait.clone()/></li>
                    {(!a_verifier.is_empty()).then(|| view! {
                        <li><strong>{etiquette(k::A_VERIFIER)}</strong>{tx.liste(&a_verifier)}</li>
                    })}
                    {conditions}
                </ul>
            </section>

            <section aria-labelledby="comment">
                <h2 id="comment">{tx.t(k::COMMENT).to_string()}</h2>
                <ul class="puces">
                    <li>{tx.f(k::RENCONTRES, &[("modes", &tx.liste(&modes))])}</li>
                    {texte_liste(&m.details)}
                </ul>
                {offres}
            </section>

            <section aria-labelledby="mentors">
                <h2 id="mentors">{tx.t(k::MENTORS).to_string()}</h2>
                // A <div>: the quote is a <details>, which a <p> may not hold (valid HTML, RGAA 8.2).
                <div class="paragraphe">{p.mentors.texte.clone()}<Citation texte=p.mentors.extrait.clone()/></div>
                <div class="paragraphe">{tx.f(k::PROFILS, &[("engagement", &p.mentors.engagement)])}<Citation texte=p.mentors.extrait_engagement.clone()/></div>
                <p><a href=lien::MENTOR>{tx.t(k::DEVENIR_MENTOR).to_string()}</a></p>
            </section>

            <section aria-labelledby="association">
                <h2 id="association">{tx.t(k::ASSOCIATION).to_string()}</h2>
                {p.description.iter().map(|t| view! { <p>{t.clone()}</p> }).collect_view()}
                <dl class="faits">
                    <div><dt>{tx.t(k::CREE_EN).to_string()}</dt><dd>{p.annee_creation}</dd></div>
                    <div>
                        <dt>{tx.f(k::MENTORES_EN, &[("annee", &jm.annee.to_string())])}</dt>
                        <dd>{tx.f(k::MENTORES, &[("total", &tx.nombre(jm.total)), ("local", &tx.nombre(jm.local)), ("zone", &jm.local_zone)])}</dd>
                    </div>
                    <div>
                        <dt>{tx.t(k::CAPACITE).to_string()}</dt>
                        <dd>{capacite}{cap.note.clone().map(|n| view! { <br/>{n} })}<Citation texte=cap.extrait.clone()/></dd>
                    </div>
                </dl>
            </section>

            <section aria-labelledby="partenaires">
                <h2 id="partenaires">{tx.t(k::PARTENAIRES).to_string()}</h2>
                <ul class="puces">{texte_liste(&p.partenaires)}</ul>
            </section>

            <MotsExpliques textes_de_la_page=p.textes().into_iter().map(str::to_string).collect()/>

            <p><a href=Route::Comparer(vec![p.id.clone()]).href()>{tx.t(k::COMPARER).to_string()}</a></p>
            <p class="source">{tx.f(commun::SOURCE, &[("source", &p.source)])}</p>
        </article>
    }
}

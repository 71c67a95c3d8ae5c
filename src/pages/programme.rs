use leptos::prelude::*;

use crate::app::catalogue_courant;
use crate::catalogue::{Niveau, Programme};
use crate::components::BoutonsContact;
use crate::texte::{duree_mois, liste, nombre, tranche_age};

/// One programme with every fact of the brochure, contact first: the
/// person who opens this page most often wants to reach the association.
#[component]
pub fn PageProgramme(
    /// The public id from the address; may be unknown.
    id: String,
) -> impl IntoView {
    let c = catalogue_courant();
    match c.programme(&id) {
        Some(p) => view! { <Fiche programme=p.clone()/> }.into_any(),
        None => view! {
            <div class="page">
                <h1 tabindex="-1">"Programme introuvable"</h1>
                <p>"Aucun programme ne porte l'identifiant «\u{a0}" <code>{id}</code> "\u{a0}»."</p>
                <p><a class="bouton bouton--principal" href="#/programmes">"Voir tous les programmes"</a></p>
            </div>
        }
        .into_any(),
    }
}

#[component]
fn Fiche(programme: Programme) -> impl IntoView {
    let p = programme;
    let e = &p.eligibilite;
    let m = &p.modalites;
    let ages = if e.age.precis {
        tranche_age(e.age.min, e.age.max)
    } else {
        format!("{} environ", tranche_age(e.age.min, e.age.max))
    };
    let duree_chiffree = match m.duree_mois_max {
        Some(max) if max != m.duree_mois_min => format!("{} à {}", duree_mois(m.duree_mois_min), duree_mois(max)),
        Some(_) => duree_mois(m.duree_mois_min),
        None => format!("{} ou plus", duree_mois(m.duree_mois_min)),
    };
    let modes: Vec<&str> = p.modes().map(|mode| mode.libelle()).collect();
    let situations: Vec<&str> = e.situations.iter().map(|s| s.libelle()).collect();
    let a_verifier: Vec<&str> = e.situations_a_verifier.iter().map(|s| s.libelle()).collect();
    let conditions = e
        .conditions
        .iter()
        .map(|cond| {
            let niveau = match cond.niveau {
                Niveau::Requis => "Condition",
                Niveau::Prioritaire => "En priorité",
            };
            view! { <li><strong>{niveau} "\u{a0}: "</strong>{cond.texte.clone()}</li> }
        })
        .collect_view();
    let profils: Vec<&str> = p.mentors.profils.iter().map(|pr| pr.libelle()).collect();
    let offres = p
        .offres_speciales
        .iter()
        .map(|o| view! { <div class="encadre"><h3>{o.nom.clone()}</h3><p>{o.texte.clone()}</p></div> })
        .collect_view();
    let jm = &p.jeunes_mentores;
    let cap = &p.capacite;
    let capacite = format!(
        "{}{}{} {}",
        nombre(cap.nombre),
        if cap.ou_plus { " ou plus" } else { "" },
        cap.periode.as_ref().map(|per| format!(" {per}")).unwrap_or_default(),
        cap.zone
    );
    let texte_liste = |textes: &[String]| textes.iter().map(|t| view! { <li>{t.clone()}</li> }).collect_view();

    view! {
        <article class="page fiche" data-programme=p.id.clone()>
            <p class="fil"><a href="#/programmes">"← Tous les programmes"</a></p>
            <h1 tabindex="-1">{p.nom.clone()}</h1>
            <p class="chapo">{p.accroche.clone()}</p>

            <BoutonsContact programme=p.clone()/>
            {(!p.contact.personnes.is_empty()).then(|| view! {
                <p class="contact__personnes">"Vos contacts\u{a0}: " {liste(&p.contact.personnes.iter().map(String::as_str).collect::<Vec<_>>())}</p>
            })}

            <section aria-labelledby="en-bref">
                <h2 id="en-bref">"En bref"</h2>
                <dl class="faits faits--grand">
                    <div><dt>"Âges"</dt><dd>{ages}</dd></div>
                    <div><dt>"Format"</dt><dd>{m.format.texte.clone()}</dd></div>
                    <div><dt>"Durée"</dt><dd>{m.duree.clone()} " (" {duree_chiffree} ")"</dd></div>
                    <div><dt>"Rythme"</dt><dd>{m.frequence.clone()}</dd></div>
                    <div><dt>"Où"</dt><dd>{liste(&m.lieux.iter().map(String::as_str).collect::<Vec<_>>())}</dd></div>
                </dl>
            </section>

            <section aria-labelledby="pour-qui">
                <h2 id="pour-qui">"Pour qui\u{a0}?"</h2>
                <p>{p.public.clone()}</p>
                <ul class="puces">
                    <li><strong>"Âges\u{a0}: "</strong>{e.age.texte.clone()}</li>
                    <li><strong>"Situations\u{a0}: "</strong>{liste(&situations)}</li>
                    {(!a_verifier.is_empty()).then(|| view! {
                        <li><strong>"À vérifier avec l'association\u{a0}: "</strong>{liste(&a_verifier)}</li>
                    })}
                    {conditions}
                </ul>
            </section>

            <section aria-labelledby="comment">
                <h2 id="comment">"Comment ça se passe\u{a0}?"</h2>
                <ul class="puces">
                    <li>"Rencontres " {liste(&modes)} "."</li>
                    {texte_liste(&m.details)}
                </ul>
                {offres}
            </section>

            <section aria-labelledby="mentors">
                <h2 id="mentors">"Qui sont les mentors\u{a0}?"</h2>
                <p>{p.mentors.texte.clone()}</p>
                <p>"Profils\u{a0}: " {liste(&profils)} ". Engagement\u{a0}: " {p.mentors.engagement.clone()}</p>
                <p><a href="#/mentor">"Devenir mentor"</a></p>
            </section>

            <section aria-labelledby="association">
                <h2 id="association">"L'association"</h2>
                {p.description.iter().map(|t| view! { <p>{t.clone()}</p> }).collect_view()}
                <dl class="faits">
                    <div><dt>"Programme créé en"</dt><dd>{p.annee_creation}</dd></div>
                    <div>
                        <dt>"Jeunes mentorés en " {jm.annee}</dt>
                        <dd>{nombre(jm.total)} ", dont " {nombre(jm.local)} " " {jm.local_zone.clone()}</dd>
                    </div>
                    <div><dt>"Capacité d'accompagnement"</dt><dd>{capacite}</dd></div>
                </dl>
            </section>

            <section aria-labelledby="partenaires">
                <h2 id="partenaires">"Partenaires"</h2>
                <ul class="puces">{texte_liste(&p.partenaires)}</ul>
            </section>

            <p><a href=format!("#/comparer?ids={}", p.id)>"Comparer avec un autre programme"</a></p>
            <p class="source">"Source\u{a0}: " {p.source.clone()} "."</p>
        </article>
    }
}

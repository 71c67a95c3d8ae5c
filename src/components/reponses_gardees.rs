use leptos::prelude::*;

use crate::contexte::{etat_jeune, textes};
use crate::engine::confidentialite::{Origine, origine};
use crate::engine::{Pour, Reponses};
use crate::i18n::cle::{garde as k, questionnaire};
use crate::platform::date_courte;
use crate::routes::Route;

/// "Tes réponses sont gardées sur ce téléphone jusqu'au 02/01/2027": what
/// the device keeps, and until when, said where the answers can be resumed
/// or erased (next to "Effacer mes réponses"); nothing when it keeps nothing.
#[component]
pub fn ReponsesGardees() -> impl IntoView {
    let tx = textes();
    let etat = etat_jeune();
    move || {
        etat.jusqua.get().map(|jusqua| {
            let vous = etat.reponses.get_untracked().pour == Pour::Enfant;
            let date = date_courte(tx.langue, Some(jusqua.parse::<u64>().unwrap_or_default() as f64));
            let texte = tx.f(if vous { k::JUSQUA_VOUS } else { k::JUSQUA_TU }, &[("date", &date)]);
            view! { <p data-garde=jusqua>{texte}</p> }
        })
    }
}

/// On a results page opened from someone else's link while the person has
/// answers of their own: says their answers did not change, and lets them
/// choose which to keep (engine::confidentialite::Origine::Conflit).
#[component]
pub fn ChoixReponses(
    /// The answers of the address.
    adresse: Reponses,
) -> impl IntoView {
    let tx = textes();
    let etat = etat_jeune();
    let conflit = RwSignal::new(origine(&adresse, &etat.reponses.get_untracked(), etat.a_soi()) == Origine::Conflit);
    let garder_le_lien = move |_| {
        let mut r = adresse.clone();
        r.invalides.clear();
        etat.du_lien.set(Reponses::default());
        etat.reponses.set(r);
        conflit.set(false);
    };
    move || {
        conflit.get().then(|| {
            view! {
                <div class="avis" role="status" data-avis="choix-reponses">
                    <p>{tx.t(k::LIEN).to_string()}</p>
                    <a class="bouton" href=Route::Resultats(etat.reponses.get_untracked()).href() data-action="mes-reponses">
                        {tx.t(questionnaire::VOIR_RESULTATS).to_string()}
                    </a>
                    <button type="button" class="bouton bouton--discret" on:click=garder_le_lien.clone() data-action="garder-lien">
                        {tx.t(k::GARDER_LIEN).to_string()}
                    </button>
                </div>
            }
        })
    }
}

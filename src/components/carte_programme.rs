use leptos::prelude::*;

use crate::catalogue::Programme;
use crate::components::avec_francais;
use crate::contexte::textes;
use crate::i18n::cle::programmes as k;
use crate::routes::Route;

/// A programme's card in the list: who, how, how long, and a link to the
/// full page. The whole card is one link target for thumbs, but the link
/// text is the programme's name so a screen reader's list of links reads well.
#[component]
pub fn CarteProgramme(
    /// The programme to show.
    programme: Programme,
) -> impl IntoView {
    let p = programme;
    let tx = textes();
    let age = &p.eligibilite.age;
    let ages = tx.ages(age);
    let format_texte = p.modalites.format.texte.clone();
    view! {
        <article class="carte" data-programme=p.id.clone()>
            <h2 class="carte__titre">
                <a class="carte__lien" href=Route::Programme(p.id.clone()).href()>{avec_francais(tx.nom_francais(&p.nom))}</a>
            </h2>
            <p class="carte__accroche">{p.accroche.clone()}</p>
            <dl class="faits">
                <div><dt>{tx.t(k::CARTE_AGES).to_string()}</dt><dd>{ages}</dd></div>
                <div><dt>{tx.t(k::CARTE_FORMAT).to_string()}</dt><dd>{format_texte}</dd></div>
                <div><dt>{tx.t(k::CARTE_DUREE).to_string()}</dt><dd>{p.modalites.duree.clone()}</dd></div>
                <div><dt>{tx.t(k::CARTE_RYTHME).to_string()}</dt><dd>{p.modalites.frequence.clone()}</dd></div>
            </dl>
            <p class="carte__suite" aria-hidden="true">{tx.t(k::CARTE_SUITE).to_string()}</p>
        </article>
    }
}

use leptos::prelude::*;

use crate::contexte::{MiseAJour, textes};
use crate::i18n::cle::app as c;
use crate::platform::service_worker;

/// "Une nouvelle version est disponible": shown when a new build waits.
#[component]
pub fn BandeauMiseAJour() -> impl IntoView {
    let MiseAJour(en_attente) = expect_context::<MiseAJour>();
    move || {
        en_attente.get().map(|travailleur| {
            view! {
                <div class="mise-a-jour" role="status" data-mise-a-jour="">
                    <span>{textes().t(c::MAJ_DISPONIBLE).to_string()}</span>
                    <button type="button" class="bouton bouton--principal" on:click=move |_| service_worker::activer(&travailleur)>
                        {textes().t(c::RECHARGER).to_string()}
                    </button>
                </div>
            }
        })
    }
}

use leptos::prelude::*;

use crate::app::catalogue_courant;

/// The accessibility statement (RGAA 4.1), written from what the project's
/// own tests check on every build, and honest about what they do not.
#[component]
pub fn Accessibilite() -> impl IntoView {
    let c = catalogue_courant();
    let courriel = c.contact_regional.courriel.clone();
    view! {
        <div class="page">
            <h1 tabindex="-1">"Déclaration d'accessibilité"</h1>
            <p>
                "Le Collectif Mentorat et la Communauté urbaine de Dunkerque veulent que «\u{a0}Trouve ton mentor\u{a0}» soit utilisable par tous, "
                "y compris avec un lecteur d'écran, au clavier seul ou avec un texte agrandi. Cette déclaration suit le Référentiel général "
                "d'amélioration de l'accessibilité (RGAA 4.1)."
            </p>
            <h2>"État de conformité"</h2>
            <p>
                "«\u{a0}Trouve ton mentor\u{a0}» est "<strong>"partiellement conforme"</strong>" au RGAA 4.1\u{a0}: aucun audit complet n'a encore été réalisé "
                "par un organisme indépendant. Les vérifications ci-dessous sont automatiques et refaites à chaque version."
            </p>
            <h2>"Ce qui est vérifié à chaque version"</h2>
            <ul class="puces">
                <li>"Chaque écran (accueil, programmes, questionnaire, résultats, parcours mentor, fiche d'orientation, comparaison, pages d'information) est analysé par axe-core (règles WCAG 2.2 A et AA et bonnes pratiques)\u{a0}: aucune erreur."</li>
                <li>"Le questionnaire se remplit du début aux résultats au clavier seul, et le focus, toujours visible, va au titre de chaque nouvel écran."</li>
                <li>"Avec un texte agrandi à 200\u{a0}%, rien ne déborde sur un écran de téléphone de 360 pixels de large."</li>
                <li>"Les couleurs du texte respectent un contraste d'au moins 4,5:1 (niveau AA)\u{a0}; une couleur d'intégration trop claire est refusée."</li>
                <li>"Titres et zones (en-tête, navigation, contenu, pied de page) sont dans l'ordre\u{a0}; la page a un lien «\u{a0}Aller au contenu\u{a0}»."</li>
                <li>"Le nombre de programmes trouvés est annoncé aux lecteurs d'écran (zone «\u{a0}status\u{a0}»)\u{a0}; chaque verdict est écrit en toutes lettres, pas seulement par un symbole ou une couleur."</li>
                <li>"Les graphiques (âges, chiffres) disent aussi leurs valeurs en texte."</li>
                <li>"L'application n'a pas d'animation\u{a0}; le réglage «\u{a0}réduire les animations\u{a0}» est respecté."</li>
            </ul>
            <h2>"Ce qui n'est pas encore vérifié"</h2>
            <ul class="puces">
                <li>"Les parcours n'ont pas encore été testés par des personnes avec les lecteurs d'écran NVDA, VoiceOver et TalkBack."</li>
                <li>"L'application n'existe pour l'instant qu'en français."</li>
            </ul>
            <h2>"Signaler un problème"</h2>
            <p>
                "Si vous n'arrivez pas à utiliser une partie de l'application, écrivez-nous\u{a0}: nous vous donnerons l'information autrement et corrigerons le problème."
            </p>
            <p><a class="bouton" href=format!("mailto:{courriel}?subject=Accessibilit%C3%A9%20%E2%80%93%20Trouve%20ton%20mentor")>"Écrire à " {courriel.clone()}</a></p>
            <h2>"Voies de recours"</h2>
            <p>
                "Si vous nous avez signalé un défaut d'accessibilité sans obtenir de réponse satisfaisante, vous pouvez écrire au Défenseur des droits "
                "(formulaire en ligne ou délégué de votre région) ou lui écrire gratuitement, sans timbre\u{a0}: Défenseur des droits, Libre réponse 71120, 75342 Paris CEDEX 07."
            </p>
        </div>
    }
}

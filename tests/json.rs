//! The app's own JSON reader (src/json.rs) against serde_json, the
//! reference the project used before: the same documents give the same
//! tree, the same texts are refused, and nothing makes it panic.

use proptest::prelude::*;
use serde_json::Value;
use trouve_ton_mentor::json::{self, Json};

/// serde_json's tree in the reader's shape.
fn en_json(v: &Value) -> Json {
    match v {
        Value::Null => Json::Nul,
        Value::Bool(b) => Json::Booleen(*b),
        Value::Number(n) => Json::Nombre(n.to_string()),
        Value::String(t) => Json::Texte(t.clone()),
        Value::Array(l) => Json::Liste(l.iter().map(en_json).collect()),
        Value::Object(o) => Json::Objet(o.iter().map(|(c, v)| (c.clone(), en_json(v))).collect()),
    }
}

fn valeur_quelconque() -> impl Strategy<Value = Value> {
    let feuille = prop_oneof![
        Just(Value::Null),
        any::<bool>().prop_map(Value::Bool),
        any::<i64>().prop_map(Value::from),
        any::<u64>().prop_map(Value::from),
        (-1.0e12f64..1.0e12).prop_map(Value::from),
        any::<String>().prop_map(Value::String),
    ];
    feuille.prop_recursive(6, 64, 8, |interieur| {
        prop_oneof![
            prop::collection::vec(interieur.clone(), 0..8).prop_map(Value::Array),
            prop::collection::btree_map(any::<String>(), interieur, 0..8)
                .prop_map(|m| Value::Object(m.into_iter().collect())),
        ]
    })
}

proptest! {
    #[test]
    fn meme_arbre_que_serde_json(v in valeur_quelconque()) {
        let compact = v.to_string();
        prop_assert_eq!(json::lire(&compact).expect("accepté"), en_json(&v));
        let indente = serde_json::to_string_pretty(&v).expect("écrit");
        prop_assert_eq!(json::lire(&indente).expect("accepté"), en_json(&v));
    }

    #[test]
    fn compacter_ote_l_indentation_et_rien_d_autre(v in valeur_quelconque()) {
        // serde_json writes the same document with and without blanks:
        // strings full of quotes, backslashes and spaces must come through.
        let indente = serde_json::to_string_pretty(&v).expect("écrit");
        prop_assert_eq!(json::compacter(&indente), v.to_string());
    }

    #[test]
    fn accepte_et_refuse_comme_serde_json(texte in r#"[\[\]{}",:0-9.eE+\-tnrulfas \\/u\n]{0,40}"#) {
        let nous = json::lire(&texte);
        match serde_json::from_str::<Value>(&texte) {
            // serde_json refuses numbers beyond f64, the reader keeps them as written.
            Err(e) if e.to_string().contains("out of range") => {}
            reference => prop_assert_eq!(nous.is_ok(), reference.is_ok(), "{:?} : {:?}", texte, nous),
        }
    }

    #[test]
    fn aucun_texte_ne_le_fait_paniquer(texte in any::<String>()) {
        let _ = json::lire(&texte);
    }
}

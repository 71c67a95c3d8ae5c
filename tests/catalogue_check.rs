//! `make catalogue-check FILE=…`: the maintainers' command answers with the
//! same messages as the build, and its exit code says valid or not.

use std::process::Command;

fn verifier(fichier: &str) -> (bool, String) {
    let sortie = Command::new(env!("CARGO_BIN_EXE_catalogue-check"))
        .arg(fichier)
        .output()
        .expect("la commande se lance");
    let texte = format!(
        "{}{}",
        String::from_utf8_lossy(&sortie.stdout),
        String::from_utf8_lossy(&sortie.stderr)
    );
    (sortie.status.success(), texte)
}

#[test]
fn le_catalogue_publie_est_valide() {
    let (ok, texte) = verifier("public/catalogue.json");
    assert!(ok, "{texte}");
    assert!(texte.contains("6 programmes"), "{texte}");
}

#[test]
fn un_catalogue_casse_est_refuse_avec_programme_et_champ() {
    let mut c: serde_json::Value = serde_json::from_str(include_str!("../public/catalogue.json")).unwrap();
    c["programmes"][3]["contact"]["site"] = "javascript:alert(1)".into();
    let chemin = std::env::temp_dir().join(format!("catalogue-casse-{}.json", std::process::id()));
    std::fs::write(&chemin, c.to_string()).unwrap();
    let (ok, texte) = verifier(chemin.to_str().unwrap());
    let _ = std::fs::remove_file(&chemin);
    assert!(!ok);
    assert!(
        texte.contains("programme « les-ombres » : champ « contact.site »"),
        "{texte}"
    );
}

#[test]
fn un_fichier_absent_est_signale() {
    let (ok, texte) = verifier("/nulle/part.json");
    assert!(!ok);
    assert!(texte.contains("impossible de lire"), "{texte}");
}

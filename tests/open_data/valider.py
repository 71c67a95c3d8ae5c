#!/usr/bin/env python3
"""Valide l'export data·inclusion avec les modèles du schéma lui-même.

    python tests/open_data/valider.py [services.json [structures.json]]

Par défaut : public/data-inclusion/services.json et structures.json à côté,
chemins relatifs à la racine du dépôt (le script se place lui-même).

Chaque enregistrement passe par `data_inclusion.schema.v1.Service` ou
`.Structure` (paquet `data-inclusion-schema`, version épinglée dans
requirements.txt), avec les « avertissements » du schéma traités comme des
erreurs (par exemple un nom terminé par un point). En plus de ce que pydantic
vérifie, le script refuse ce que pydantic laisse passer en silence :

- une clé inconnue du modèle (les modèles ignorent les champs en trop : une
  faute de frappe dans l'export ne serait jamais vue) ;
- un doublon dans une liste que le modèle traite comme un ensemble ;
- un identifiant en double, et un `structure_id` qui ne désigne aucune
  structure du fichier structures.json.

Une ligne par enregistrement (suivie de ses erreurs), puis un bilan ; code de
sortie 1 s'il y a au moins une erreur.
"""

from __future__ import annotations

import json
import sys
from importlib.metadata import version
from pathlib import Path

import pydantic
from data_inclusion.schema import v1

RACINE = Path(__file__).resolve().parents[2]
SERVICES = RACINE / "public" / "data-inclusion" / "services.json"

# `ignore_warnings: False` : les avertissements du schéma deviennent des erreurs.
CONTEXTE = {"ignore_warnings": False}


def charger(chemin: Path) -> list:
    try:
        donnees = json.loads(chemin.read_text(encoding="utf-8"))
    except OSError as e:
        sys.exit(f"{chemin} : impossible de lire le fichier : {e}")
    except json.JSONDecodeError as e:
        sys.exit(f"{chemin} : JSON mal formé : {e}")
    if not isinstance(donnees, list):
        sys.exit(f"{chemin} : une liste d'enregistrements est attendue")
    return donnees


def erreurs_supplementaires(modele: type[pydantic.BaseModel], enregistrement: dict) -> list[str]:
    """Ce que le modèle ne signale pas : clés inconnues, doublons dans les ensembles."""
    erreurs = []
    for cle in sorted(set(enregistrement) - set(modele.model_fields)):
        erreurs.append(f"{cle} : champ inconnu du schéma v1")
    for cle, valeur in enregistrement.items():
        if isinstance(valeur, list) and len(valeur) != len({json.dumps(v) for v in valeur}):
            erreurs.append(f"{cle} : valeurs en double")
    return erreurs


def valider(chemin: Path, modele: type[pydantic.BaseModel]) -> tuple[list[dict], int]:
    """Valide chaque enregistrement ; renvoie les enregistrements et le nombre d'erreurs."""
    enregistrements = charger(chemin)
    nom_modele = modele.__name__
    nb_erreurs = 0
    ids: set[str] = set()
    for rang, enregistrement in enumerate(enregistrements):
        if not isinstance(enregistrement, dict):
            print(f"ERREUR {nom_modele} [{rang}] : un objet est attendu")
            nb_erreurs += 1
            continue
        ident = enregistrement.get("id", f"[{rang}]")
        erreurs = erreurs_supplementaires(modele, enregistrement)
        if ident in ids:
            erreurs.append(f"id : « {ident} » apparaît plusieurs fois")
        ids.add(ident)
        try:
            modele.model_validate_json(json.dumps(enregistrement), context=CONTEXTE)
        except pydantic.ValidationError as e:
            for err in e.errors():
                champ = ".".join(str(x) for x in err["loc"]) or "(enregistrement)"
                erreurs.append(f"{champ} : {err['msg']} (valeur : {err.get('input')!r})")
        # Une valeur refusée par chaque membre d'une union (zone_eligibilite)
        # donne plusieurs messages identiques : une fois suffit.
        erreurs = list(dict.fromkeys(erreurs))
        if erreurs:
            nb_erreurs += len(erreurs)
            print(f"ERREUR {nom_modele} {ident}")
            for message in erreurs:
                print(f"    {message}")
        else:
            print(f"OK     {nom_modele} {ident}")
    return enregistrements, nb_erreurs


def main() -> int:
    args = sys.argv[1:]
    if len(args) > 2:
        sys.exit("usage : valider.py [services.json [structures.json]]")
    services = Path(args[0]) if args else SERVICES
    structures = Path(args[1]) if len(args) > 1 else services.with_name("structures.json")

    print(f"data-inclusion-schema {version('data-inclusion-schema')}, pydantic {pydantic.VERSION}")
    liste_structures, erreurs = valider(structures, v1.Structure)
    liste_services, erreurs_services = valider(services, v1.Service)
    erreurs += erreurs_services

    # Chaque service doit être rattaché à une structure publiée.
    ids_structures = {s.get("id") for s in liste_structures if isinstance(s, dict)}
    for s in liste_services:
        if isinstance(s, dict) and s.get("structure_id") not in ids_structures:
            print(f"ERREUR Service {s.get('id')} : structure_id « {s.get('structure_id')} » absent de {structures.name}")
            erreurs += 1

    total = len(liste_services) + len(liste_structures)
    if erreurs:
        print(f"{erreurs} erreur(s) dans {total} enregistrement(s)")
        return 1
    print(f"{len(liste_services)} service(s) et {len(liste_structures)} structure(s) conformes au schéma data·inclusion v1")
    return 0


if __name__ == "__main__":
    sys.exit(main())

// Page objects: what a person does on each screen, through stable
// data-* hooks rather than styling classes; and the texts the tests expect,
// read from the language files rather than copied.
import { readFileSync } from "node:fs";
import { clesFrancaises, versionDesCles } from "../../scripts/langues.mjs";

/** The table of languages (langues/langues.json), reference (French) first. */
export const LANGUES = JSON.parse(readFileSync("langues/langues.json", "utf8")).langues;

/**
 * A language file as dist/ publishes it (dist/langues/<code>.<version>.json),
 * with its texts by key name ("accueil.titre") instead of the key order the
 * app reads; `nom` is the file's name.
 */
export function publie(code) {
  const cles = clesFrancaises();
  const nom = `${code}.${versionDesCles(cles)}.json`;
  const brut = JSON.parse(readFileSync(`dist/langues/${nom}`, "utf8"));
  return { ...brut, nom, ordre: brut.interface, interface: Object.fromEntries(cles.map((c, i) => [c, brut.interface[i]])) };
}

/** A text as the page shows it: French from its file, another language from the published file. */
export function texte(code, cle) {
  if (code === LANGUES[0].code) {
    const [section, nom] = cle.split(".");
    return JSON.parse(readFileSync(`langues/${code}/${section}.json`, "utf8"))[nom];
  }
  return publie(code).interface[cle];
}

// The answer given when a profile does not say: what a hesitant person picks.
const PAR_DEFAUT = { pour: "moi", territoire: "oui", rep: "nsp", ase: "nsp", qpv: "nsp", modalite: "indifferent", temps: "nsp" };

/** Presses a language button of the header and waits until the page is in that language. */
export async function choisirLangue(page, code) {
  await page.locator(`[data-langue-choix="${code}"]`).click();
  await page.waitForFunction((c) => document.documentElement.dataset.langue === c, code);
}

/** The young person's questionnaire. */
export class Questionnaire {
  constructor(page) {
    this.page = page;
  }

  /** The question on screen (`age`, `situation`…), or null off the questionnaire. */
  async questionCourante() {
    const q = this.page.locator("[data-question]");
    return (await q.count()) ? q.getAttribute("data-question") : null;
  }

  /**
   * Answers whatever the app asks, from `profil` ({pour, age, situation,
   * rep, ase, qpv, besoins: [...], modalite}), until the results show.
   * Returns the list of questions that were asked. With `jusqua` (a
   * question's name) it stops when that question is on screen.
   */
  async repondre(profil, jusqua = null) {
    const posees = [];
    await this.page.locator('[data-action="commencer"]').click();
    for (let i = 0; i < 12; i++) {
      await this.page.waitForFunction(() =>
        document.querySelector("[data-question]") || location.hash.startsWith("#/jeune/resultats"),
      );
      const question = await this.questionCourante();
      if (!question || question === jusqua) return posees;
      posees.push(question);
      const ecran = this.page.locator(`[data-question="${question}"]`);
      if (question === "age") {
        await this.page.locator("#age").fill(String(profil.age));
        await this.page.locator('[data-action="continuer"]').click();
      } else if (question === "besoins") {
        for (const b of profil.besoins ?? []) await this.page.locator(`input[value="${b}"]`).check();
        await this.page.locator('[data-action="continuer"]').click();
      } else {
        const valeur = profil[question] ?? PAR_DEFAUT[question];
        await ecran.locator(`[data-valeur="${valeur}"]`).click();
      }
      // Wait for the screen to change before reading it again.
      await this.page.waitForFunction(
        (q) => document.querySelector("[data-question]")?.dataset.question !== q,
        question,
      );
    }
    throw new Error(`questionnaire sans fin : ${posees.join(", ")}`);
  }
}

/** The results page. */
export class Resultats {
  constructor(page) {
    this.page = page;
  }

  /** Until the whole page is drawn: the best match and the rest come in later tasks (`data-suite-attendue` meanwhile). */
  async attendre() {
    await this.page.waitForSelector(".resultats [data-verdict]");
    await this.page.waitForSelector("[data-suite-attendue]", { state: "detached" });
  }

  /** { id: verdict } for every programme on the page, in page order. */
  async verdicts() {
    return this.page
      .locator("[data-programme][data-verdict]")
      .evaluateAll((els) => els.map((e) => [e.dataset.programme, e.dataset.verdict]));
  }
}

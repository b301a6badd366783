import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { languageOf } from '../../src/core/language';

describe('languageOf', () => {
  it('tells English news from German, French and Spanish', () => {
    assert.equal(languageOf(readFileSync('seeds/diplomat-expulsions-2022-03-30.txt', 'utf8')), 'en');
    assert.equal(
      languageOf(
        'BERLIN, 4. April 2022 - Die Bundesregierung hat 40 russische Diplomaten ausgewiesen. Die Diplomaten seien eine Bedrohung für die Sicherheit, sagte die Außenministerin. Sie müssen das Land innerhalb von fünf Tagen verlassen, und auch Frankreich habe reagiert.',
      ),
      'de',
    );
    assert.equal(
      languageOf(
        "PARIS, 4 avril 2022 - La France a décidé d'expulser 35 diplomates russes. Les diplomates ont deux semaines pour quitter le territoire, a indiqué le ministère dans un communiqué publié lundi, et la décision est définitive pour le gouvernement.",
      ),
      'fr',
    );
    assert.equal(
      languageOf(
        'MADRID, 5 de abril de 2022 - El Gobierno de España ha decidido expulsar a 25 diplomáticos rusos. Los diplomáticos tienen siete días para salir del país, según informó el ministerio en un comunicado, y la decisión es firme para el Gobierno.',
      ),
      'es',
    );
  });
  it('says nothing about a text too short to tell', () => {
    assert.equal(languageOf('Belgium expelled 21 diplomats.'), null);
    assert.equal(languageOf(''), null);
  });
});

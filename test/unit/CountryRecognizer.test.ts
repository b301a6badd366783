import * as assert from 'node:assert/strict';
import { CountryRecognizer } from '../../src/core/recognizers/CountryRecognizer';
import { tokenize } from '../../src/core/tokenize';
import { recognizeAlone } from './helpers';

const found = (text: string) =>
  recognizeAlone(new CountryRecognizer(), { text, tokens: tokenize(text), articleDate: null, found: [] }).map(
    (c) => `${c.text}=${c.country.code}/${c.country.via}`,
  );

describe('CountryRecognizer', () => {
  describe('finds', () => {
    it('names, aliases and multi-word names', () => {
      assert.deepEqual(found('Ireland, Belgium and the Czech Republic'), [
        'Ireland=IE/name',
        'Belgium=BE/name',
        'Czech Republic=CZ/name',
      ]);
      assert.deepEqual(found('The Netherlands and Holland'), ['Netherlands=NL/name', 'Holland=NL/alias']);
      assert.deepEqual(found('the U.S. and the UK and Britain'), ['U.S.=US/alias', 'UK=GB/alias', 'Britain=GB/alias']);
      assert.deepEqual(found('Ivory Coast, Czechia, Kyiv-born'), ['Ivory Coast=CI/name', 'Czechia=CZ/name']);
    });
    it('demonyms in all their forms', () => {
      assert.deepEqual(found('Russian diplomats, two Russians, a Dutchman, a Briton, Belgian and Irish officials'), [
        'Russian=RU/demonym',
        'Russians=RU/demonym',
        'Dutchman=NL/demonym',
        'Briton=GB/demonym',
        'Belgian=BE/demonym',
        'Irish=IE/demonym',
      ]);
    });
    it('both halves of a hyphenated compound, and possessives', () => {
      assert.deepEqual(found('Russian-Ukrainian talks'), ['Russian=RU/demonym', 'Ukrainian=UA/demonym']);
      assert.deepEqual(found('Ukraine’s president and pro-Israeli groups'), ['Ukraine=UA/name', 'Israeli=IL/demonym']);
    });
    it('headline capitals', () => {
      assert.deepEqual(found('RUSSIA EXPELS DUTCH ENVOYS'), ['RUSSIA=RU/name', 'DUTCH=NL/demonym']);
    });
    it('historical states of news archives', () => {
      assert.deepEqual(found('the Soviet Union, Yugoslavia, Czechoslovakia, Zaire and East Germany'), [
        'Soviet Union=SU/name',
        'Yugoslavia=YU/name',
        'Czechoslovakia=CS/name',
        'Zaire=ZR/name',
        'East Germany=DD/name',
      ]);
      // the Federal Republic under its old name, whole; the smaller Congo by its own name ("Congo" alone is the larger)
      assert.deepEqual(found('West Germany and West German banks; the Republic of Congo and Congo'), [
        'West Germany=DE/alias',
        'West German=DE/demonym',
        'Republic of Congo=CG/alias',
        'Congo=CD/alias',
      ]);
    });
    it('the first of two halves that share a name: "North and South Korea", "East and West Germany"', () => {
      assert.deepEqual(found('North and South Korea, East and West Germany; North and South America'), [
        'North=KP/name',
        'South Korea=KR/name',
        'East=DD/name',
        'West Germany=DE/alias',
      ]);
    });
    it('a city\'s state after it is no country: "Atlanta, Georgia," beside the Caucasus one', () => {
      assert.deepEqual(found("Atlanta, Georgia, hosted it; Georgia's president Shevardnadze came."), [
        'Georgia=GE/name',
      ]);
    });
    it('capitals and seats of government that speak for the state', () => {
      assert.deepEqual(found('Moscow has agreed to scale back, but Kyiv has shown scepticism.'), [
        'Moscow=RU/capital',
        'Kyiv=UA/capital',
      ]);
      assert.deepEqual(found('officers serving the Kremlin'), ['Kremlin=RU/metonym']);
      // a government verb's base after an auxiliary; not any verb ("Moscow will host")
      assert.deepEqual(found('Ankara will expel two, Beijing would retaliate and Moscow will host the talks.'), [
        'Ankara=TR/capital',
        'Beijing=CN/capital',
      ]);
      // the acts only a state does; not what a city's people may do
      assert.deepEqual(found('Washington sent 2,000 troops; Tehran has deported 12 Britons; Paris celebrated.'), [
        'Washington=US/capital',
        'Tehran=IR/capital',
        'Britons=GB/demonym',
      ]);
      // a capital that gives or tells, or that a demand or a grant is addressed to; not a city welcomed
      assert.deepEqual(found('Washington gave Baghdad until noon Saturday; he gave Paris a warm welcome.'), [
        'Washington=US/capital',
        'Baghdad=IQ/capital',
      ]);
      // in any form of the verb: a perfect, a progressive
      assert.deepEqual(found('It has given Baghdad until Friday. They are urging Moscow to withdraw.'), [
        'Baghdad=IQ/capital',
        'Moscow=RU/capital',
      ]);
      // the first of two capitals that act together, as the second does; not two cities that do what people do
      assert.deepEqual(found('Washington and Moscow agreed to cut warheads; Paris and Berlin celebrated.'), [
        'Washington=US/capital',
        'Moscow=RU/capital',
      ]);
    });
  });

  describe('does not take', () => {
    it('capitals as places', () => {
      assert.deepEqual(found('an embassy in Prague; talks in Istanbul; scale back from Kyiv and Chernihiv'), []);
      // after "of", the city, though a verb follows
      assert.deepEqual(found('The mayor of Moscow has allocated funds, and residents of Beijing said no.'), []);
    });
    it('places, regions and oceans that contain a country word', () => {
      assert.deepEqual(found('New Mexico, Mexico City, the Indian Ocean, Latin America and the Gulf of Mexico'), []);
      // a feature of the land named after the country: a river, a delta, a valley, a canal
      assert.deepEqual(found('the Congo river, the Niger Delta, the Jordan Valley and the Panama Canal'), []);
      assert.deepEqual(found('Congo, Niger and Jordan signed; the Jordanian valley'), [
        'Congo=CD/alias',
        'Niger=NE/name',
        'Jordan=JO/name',
        'Jordanian=JO/demonym',
      ]);
      // the peoples of regions, and ethnonyms, are no Americans of the United States
      assert.deepEqual(found('Central Americans, South Americans, African-Americans and Asian Americans; Americans'), [
        'Americans=US/demonym',
      ]);
    });
    it('country words inside company and event names', () => {
      assert.deepEqual(found('British Airways won the French Open'), []);
      // any country word before a capitalized word of a company's or a paper's name, not in a line in capitals
      assert.deepEqual(found('Loans to Japan Line, said the China Daily; British Steel and Canada Post'), []);
      assert.deepEqual(found('JAPAN STEEL OUTPUT FALLS as the Bank of Japan and Japanese steel mills wait'), [
        'JAPAN=JP/name',
        'Japan=JP/name',
        'Japanese=JP/demonym',
      ]);
    });
    it('person names and common nouns', () => {
      assert.deepEqual(
        found('Michael Jordan met Israel Singer. We ate turkey on china plates and kept guinea pigs.'),
        [],
      );
      // a demonym as a surname: after a given name, before a verb in the past
      assert.deepEqual(found('Mark Cuban said it, and Claire Danes starred.'), []);
      assert.deepEqual(found('Miami Cuban exiles protested; Twelve Americans died; All Iraqis fought.'), [
        'Cuban=CU/demonym',
        'Americans=US/demonym',
        'Iraqis=IQ/demonym',
      ]);
      // surnames that are country names, and any country name after a title
      assert.deepEqual(found('Patricia Ireland and Peter Holland met Mr. Poland and Sen. Canada.'), []);
      assert.deepEqual(found('Holland beat Ireland in the Bank of Ireland cup.'), [
        'Holland=NL/alias',
        'Ireland=IE/name',
        'Ireland=IE/name',
      ]);
    });
    it('Georgia the US state, but Georgia the country in news of the Caucasus', () => {
      assert.deepEqual(found('ATLANTA (AP) - Georgia Gov. Zell Miller signed the bill.'), []);
      assert.deepEqual(found('Georgia accused Russia of backing separatists in Abkhazia.'), [
        'Georgia=GE/name',
        'Russia=RU/name',
      ]);
    });
    it('the constituent countries of the UK, which the rules leave aside', () => {
      assert.deepEqual(found('England, Scotland and Northern Ireland'), []);
    });
    it('lower-case short aliases ("us")', () => {
      assert.deepEqual(found('Tell us what you saw.'), []);
    });
    it('a people named as a community inside another state (the rules leave it aside); not a state use', () => {
      assert.deepEqual(found('Bosnian Serb police and Kosovo Albanians; ethnic Albanians; Serb police.'), [
        'Bosnian=BA/demonym',
        'Kosovo=XK/name',
        'Serb=RS/demonym',
      ]);
    });
  });
});

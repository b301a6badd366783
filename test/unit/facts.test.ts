import * as assert from 'node:assert/strict';
import { annotate } from '../../src/core';

// who did what to how many of whom, with what limit: one line per fact
const facts = (text: string) =>
  annotate(text, { articleDate: '2022-04-05' }).facts.map(
    (f) =>
      `${f.actor?.code ?? '-'} ${f.action} ${f.count ? `${f.count.value} ${f.count.noun ?? '-'}` : '-'} of ${f.target?.code ?? '-'}${f.deadline ? ` by ${f.deadline.due}` : ''}`,
  );

describe('facts linker', () => {
  it('the acting country, the action, the count and whose they are', () => {
    assert.deepEqual(facts('Sweden expelled three Russian diplomats.'), ['SE expel 3 diplomats of RU']);
  });
  it('a limit on what was limited, banned or forbidden: an adjective first is the passive verb before a limit', () => {
    assert.deepEqual(facts('Under the accord, export growth was limited to 0.5 pct each year until 2025.'), [
      '- limit - of - by null',
    ]);
    assert.deepEqual(facts('Germany banned imports until June 1.'), ['DE ban - of - by 2022-06-01']);
    // an adjective without a limit after it makes no fact
    assert.deepEqual(facts('Supplies were limited, and 40 people were evacuated.'), ['- evacuate 40 people of -']);
  });
  it('a limit in the same clause, or handed over by a later verb', () => {
    // 2022-04-05 + two weeks = 19 April
    assert.deepEqual(facts('Sweden expelled three Russian diplomats and gave them two weeks to leave.'), [
      'SE expel 3 diplomats of RU by 2022-04-19',
    ]);
  });
  it('"has until D to V": the limit and the action are the infinitive\'s, the actor the subject of having', () => {
    // Friday after Tuesday 5 April 2022 = 8 April
    assert.deepEqual(facts('Iraq has until Friday to withdraw 300 troops.'), [
      'IQ withdraw 300 troops of - by 2022-04-08',
    ]);
    assert.deepEqual(facts('Officials said the firm had until Friday to submit a plan.'), [
      '- submit - of - by 2022-04-08',
    ]);
    // a verb of granting keeps its limit
    assert.deepEqual(facts('Belgium gave 21 Russian diplomats until Friday to leave.'), [
      'BE give 21 diplomats of RU by 2022-04-08',
    ]);
    // and so does the length it grants (2022-04-05 + a week = 12 April)
    assert.deepEqual(facts('Britain gave 23 Russian diplomats a week to leave the country.'), [
      'GB give 23 diplomats of RU by 2022-04-12',
    ]);
    // "has N days to V" as "has until D to V"
    assert.deepEqual(facts('Kenya has 48 hours to expel 12 diplomats.'), ['KE expel 12 diplomats of - by 2022-04-07']);
    // what the subject has before the infinitive ("no money", "the right"): the subject acts; another verb there does not pass it on
    assert.deepEqual(facts('Moscow said it has no money to resettle 200,000 people.'), [
      'RU resettle 200000 people of -',
    ]);
    assert.deepEqual(facts('Iraq has the legal right to expel 12 diplomats.'), ['IQ expel 12 diplomats of -']);
    assert.deepEqual(facts('Iraq has seen people try to expel 12 diplomats.'), ['- expel 12 diplomats of -']);
  });
  it('a contracted auxiliary is no verb: "won\'t" is "will not", not "win"', () => {
    assert.deepEqual(facts("Iraq won't release 12 hostages."), ['IQ release 12 hostages of -']);
    assert.deepEqual(facts("About 500,000 people still don't have power, and will have to live without it."), []);
    assert.deepEqual(facts('Iraq will have to release 12 hostages.'), ['IQ release 12 hostages of -']);
  });
  it('"have" with a figure is the silent verb of its clause: its count is no earlier verb\'s object', () => {
    assert.deepEqual(facts('He sold the firm and it has 300 employees.'), []);
    assert.deepEqual(facts('Carnival, which has three ships on order, presented claims.'), []);
    // so is owning, whose forms are verbs though "own" is no verb ("its own"); after "and" its subject is told before
    assert.deepEqual(facts('Falk has resigned as chairman and now owns 213,567 shares.'), []);
    assert.deepEqual(facts('The company had owned 63,000 shares before starting the tender.'), []);
    assert.deepEqual(facts('Germany has expelled 40 Russian diplomats.'), ['DE expel 40 diplomats of RU']);
  });
  it('a present in -s after a relative clause set off by commas: its subject is the noun before the clause', () => {
    // (Friday after Tuesday 5 April 2022 = 8 April) the limit is the main verb's, not the relative clause's
    assert.deepEqual(facts('The tender, which opened on Monday, closes on Friday.'), ['- close - of - by 2022-04-08']);
    // a comma that closes no relative clause gives the word in -s no subject it can be sure of
    assert.deepEqual(facts('The tender, in Paris, closes on Friday.'), []);
  });
  it('the limit of an infinitive after the fact, or of a next sentence about the same people', () => {
    assert.deepEqual(facts('Slovakia ordered three Russian embassy staff to leave within 72 hours.'), [
      'SK order 3 staff of RU by 2022-04-08',
    ]);
    // so is the limit of a relative clause about the counted; a relative clause without a comma tells which ones
    assert.deepEqual(facts('Germany expelled 40 Russian diplomats, who have five days to leave the country.'), [
      'DE expel 40 diplomats of RU by 2022-04-10',
    ]);
    assert.deepEqual(facts('Germany expelled 40 Russian diplomats who work at the embassy.'), [
      'DE expel 40 diplomats of RU',
    ]);
    assert.deepEqual(facts('Belgium expelled 21 Russian diplomats. They must leave within two weeks.'), [
      'BE expel 21 diplomats of RU by 2022-04-19',
    ]);
    assert.deepEqual(facts('Belgium expelled 21 Russian diplomats. They have 72 hours.'), [
      'BE expel 21 diplomats of RU by 2022-04-08',
    ]);
    // also told by a speaker, a country that is never the actor, and in the past
    assert.deepEqual(facts('Moscow ordered 10 Polish diplomats out. Warsaw said they had 72 hours.'), [
      'RU order 10 diplomats of PL by 2022-04-08',
    ]);
    assert.deepEqual(facts('Belgium expelled 21 Russian diplomats. Russia says they must leave within two weeks.'), [
      'BE expel 21 diplomats of RU by 2022-04-19',
    ]);
    // (a country that acts tells of another fact)
    assert.deepEqual(facts('Belgium expelled 21 Russian diplomats. Russia told them to leave within two weeks.'), [
      'BE expel 21 diplomats of RU',
      'RU tell - of - by 2022-04-19',
    ]);
    // so does one that opens with "the" and the fact's figure alone: them again, no count of its own
    assert.deepEqual(facts('Poland expelled three Russian diplomats. The three must leave within five days.'), [
      'PL expel 3 diplomats of RU by 2022-04-10',
    ]);
    // (another figure is others)
    assert.deepEqual(facts('Poland expelled three Russian diplomats. The two must leave within five days.'), [
      'PL expel 3 diplomats of RU',
      '- leave 2 - of - by 2022-04-10',
    ]);
    // a verb of granting that tells them of the counted: one fact; told to another party, its own
    assert.deepEqual(facts('Slovakia expelled three Russian diplomats and ordered them to leave within 72 hours.'), [
      'SK expel 3 diplomats of RU by 2022-04-08',
    ]);
    // telling or asking them is such a verb too
    assert.deepEqual(facts('Moscow expelled 10 Polish diplomats and told them to leave by Saturday.'), [
      'RU expel 10 diplomats of PL by 2022-04-09',
    ]);
    // what "they" have until a day is theirs
    assert.deepEqual(facts('Norway expelled three Russian embassy staff, saying they had until Friday to leave.'), [
      'NO expel 3 staff of RU by 2022-04-08',
    ]);
    // (an order with no count of its own is its own fact, as a limit given is: facts-dev's "giving the
    // government until Feb 1 to introduce …" is the giver's, directed at the government's country)
    assert.deepEqual(facts('Slovakia expelled three Russian diplomats and ordered Hungary to pay within 72 hours.'), [
      'SK expel 3 diplomats of RU',
      'SK order - of HU by 2022-04-08',
    ]);
    // not the infinitive of another verb after the fact ("… had been scheduled to expire"); told in the past
    // perfect, the Friday before Tuesday 5 April (DEADLINES.md: "the bid had been set to lapse on Friday")
    assert.deepEqual(
      facts('The offer, which two Spanish directors have rejected, had been scheduled to expire at midnight Friday.'),
      ['- reject 2 directors of ES', '- expire - of - by 2022-04-01T24:00'],
    );
    // a sentence with a country of its own, or a new paragraph, makes its own fact
    assert.deepEqual(facts('Belgium expelled 21 Russian diplomats. Russia must respond within two weeks.'), [
      'BE expel 21 diplomats of RU',
      'RU respond - of - by 2022-04-19',
    ]);
    assert.deepEqual(facts('Belgium expelled 21 Russian diplomats.\n\nThey must leave within two weeks.'), [
      'BE expel 21 diplomats of RU',
      '- leave - of - by 2022-04-19',
    ]);
  });
  it('a finite "included" is a verb of having, whose count is no earlier verb\'s; "including" opens no clause', () => {
    assert.deepEqual(facts('The company won eight trials, one of which included 1,150 plaintiffs.'), [
      '- win 8 trials of -',
    ]);
    assert.deepEqual(facts('Rebels killed 40 people, including 9 Britons.'), [
      '- kill 40 people of -',
      '- kill 9 Britons of GB',
    ]);
  });
  it('to hold people is to detain them, an action; to hold shares is to have them', () => {
    assert.deepEqual(facts('Turkish police are holding 30 Kurdish protesters; rebels held 20 foreign hostages.'), [
      'TR hold 30 protesters of -',
      '- hold 20 hostages of -',
    ]);
    assert.deepEqual(facts('The group holds 500,000 shares.'), []);
  });
  it('the gerund after a verb of accusing and its object is what the accused did', () => {
    assert.deepEqual(facts('Ethiopia accused Eritrea of killing 20 civilians.'), ['ER kill 20 civilians of -']);
    assert.deepEqual(facts('The U.N. accused Syrian forces of shelling three villages.'), ['SY shell 3 villages of -']);
    // (no object between: who was accused is no country)
    assert.deepEqual(facts('He was accused of stealing 12 cars.'), []);
  });
  it("the limit of an infinitive after a verb of ordering with no count is the order's, with its actor and object", () => {
    assert.deepEqual(facts('Moldova ordered a Russian diplomat to leave within 72 hours.'), [
      'MD order - of RU by 2022-04-08',
    ]);
    assert.deepEqual(facts('Germany told the ambassador to leave within 72 hours.'), ['DE tell - of - by 2022-04-08']);
    // with a count it was already the order's; a verb of deciding hands on its action instead
    assert.deepEqual(facts('Germany ordered two Russian diplomats to leave within 72 hours.'), [
      'DE order 2 diplomats of RU by 2022-04-08',
    ]);
    // a participle after the object right after the verb or its particle describes it
    assert.deepEqual(facts('Spain will take in 60 migrants rescued in the Mediterranean.'), [
      'ES take 60 migrants of -',
    ]);
    // a participle after the object of an event noun describes it
    assert.deepEqual(facts('Poland on Wednesday ordered the expulsion of 45 Russian diplomats suspected of spying.'), [
      'PL order 45 diplomats of RU',
    ]);
  });
  it('a limit granted to a country in the passive: the country undergoes it, no actor; "had until" hands on', () => {
    assert.deepEqual(facts('Iraq has been given until Jan. 15 to withdraw from Kuwait.'), [
      '- give - of IQ by 2023-01-15',
    ]);
    // (told in the past, the January just gone)
    assert.deepEqual(facts('Iraq had until Jan. 15 to withdraw.'), ['IQ withdraw - of - by 2022-01-15']);
    // a participle of granting hands its limit to the main clause's act, never to a verb of a relative clause;
    // without one it is the act itself
    assert.deepEqual(facts('The U.N. ordered Iraq out of Kuwait, giving it until Friday to withdraw.'), [
      '- order - of IQ by 2022-04-08',
    ]);
    // nor to a participle that describes the object ("a diplomat suspected of spying"); a clause's own verb keeps it
    assert.deepEqual(facts('Bulgaria expelled a Russian diplomat suspected of spying, giving him 72 hours to leave.'), [
      'BG expel - of RU by 2022-04-08',
    ]);
    assert.deepEqual(facts('He said the army would attack unless the guerrillas surrendered by Friday.'), [
      '- surrender - of - by 2022-04-08',
    ]);
    assert.deepEqual(
      facts('Workers called off a strike which had kept the ports closed, giving the government until Friday to act.'),
      ['- give - of - by 2022-04-08'],
    );
  });
  it('a by-agent that is a state body named with its country acts for it; a company of its people does not', () => {
    assert.deepEqual(facts('Twelve Chinese fishermen were detained by the Philippine navy.'), [
      'PH detain 12 fishermen of CN',
    ]);
    assert.deepEqual(facts('Twenty Kenyan workers were hired by the Chinese company.'), ['- hire 20 workers of KE']);
  });
  it('the agentless passive: the count before the verb, its demonym as the target, no actor (the speaker never is one)', () => {
    // the subject's count, not one in a phrase after it
    assert.deepEqual(facts('In all, 35 diplomats from six countries were declared persona non grata.'), [
      '- declare 35 diplomats of -',
    ]);
    assert.deepEqual(
      facts('Japan said eight Russian diplomats would be expelled, giving them until April 20 to leave.'),
      ['- expel 8 diplomats of RU by 2022-04-20'],
    );
    assert.deepEqual(facts('Twelve miners were arrested by Kenya on Monday.'), ['KE arrest 12 miners of -']);
    // a list of counts before the verb: each its own fact (FACTS.md: sub-counts); not a phrase the subject is part of
    assert.deepEqual(facts('The 14 foreigners, six Iraqis and six Sudanese, were rounded up.'), [
      '- round 14 foreigners of -',
      '- round 6 Iraqis of IQ',
      '- round 6 Sudanese of SD',
    ]);
    assert.deepEqual(facts('Of the remaining two trials, one ended in a mistrial.'), ['- end 1 trials of -']);
  });
  it('the verbs of violent and legal news are actions (the lexicon reads WordNet besides verb-corpus)', () => {
    assert.deepEqual(
      facts('A Kenyan judge sentenced 12 men. Gunmen abducted 3 Britons. Rebels beheaded two hostages.'),
      ['KE sentence 12 men of -', '- abduct 3 Britons of GB', '- behead 2 hostages of -'],
    );
  });
  it('any lexical verb is an action; saying and having verbs never are; "agree to X" is X', () => {
    assert.deepEqual(facts('Rebels killed 24 people and wounded five soldiers.'), [
      '- kill 24 people of -',
      '- wound 5 soldiers of -',
    ]);
    assert.deepEqual(facts('Spain agreed to admit 30 Afghan refugees.'), ['ES admit 30 refugees of AF']);
    // to call for a count is to demand it; "called for" an event noun, or calling a name, makes no fact
    assert.deepEqual(facts('The tender originally called for just two to three cargoes.'), ['- call 2 cargoes of -']);
    assert.deepEqual(facts('The draft called for the elimination of 100 warheads.'), []);
    // two names joined by "and" are the plural subject of the base form after them; a bare demonym there is a name's
    assert.deepEqual(facts('The conditions were that British Airways and American drop 168 slots.'), [
      '- drop 168 slots of -',
    ]);
    assert.deepEqual(facts('Britain and France expel 40 Russian diplomats.'), ['- expel 40 diplomats of RU']);
    assert.deepEqual(facts('The company has 3,000 employees, the report said.'), []);
    assert.deepEqual(facts('Job growth slowed after averaging 242,000 for the first nine months.'), []);
    assert.deepEqual(facts('One arbitrageur calculated the equity was worth 2.50 dlrs.'), []);
    assert.deepEqual(facts('Police arrested and charged 11 men.'), ['- arrest 11 men of -']);
    // the other verb is kept beside the action
    assert.deepEqual(annotate('Police arrested and charged 11 men.').facts[0]!.alsoActions, ['charge']);
    assert.equal(annotate('Police arrested 11 men.').facts[0]!.alsoActions, undefined);
  });
  it('the subject is the actor: a country, its demonym with a state noun, a pronoun after a verb of saying', () => {
    assert.deepEqual(facts('Austria said Hungary deported 15 migrants.'), ['HU deport 15 migrants of -']);
    assert.deepEqual(facts('Chilean troops killed three rebels.'), ['CL kill 3 rebels of -']);
    assert.deepEqual(facts('Korean firms bought 12 ships.'), ['- buy 12 ships of -']);
    // the state's forces and services by their names; a country's company stays none
    assert.deepEqual(facts("Iran's Revolutionary Guards seized 15 sailors."), ['IR seize 15 sailors of -']);
    assert.deepEqual(facts("Russia's intelligence services arrested two officers."), ['RU arrest 2 officers of -']);
    assert.deepEqual(facts("Japan's national oil company bought 3 tankers."), ['- buy 3 tankers of -']);
    assert.deepEqual(facts('The Netherlands announced that it was ousting 17 diplomats.'), [
      'NL oust 17 diplomats of -',
    ]);
  });
  it("gapping and sub-counts: each count its own fact, the next clause's country never the target", () => {
    assert.deepEqual(facts('France expelled 35 diplomats, Germany expelled 10 diplomats and Italy 30.'), [
      'FR expel 35 diplomats of -',
      'DE expel 10 diplomats of -',
      'IT expel 30 diplomats of -',
    ]);
    assert.deepEqual(facts('The attack killed 40 people, including 9 Britons.'), [
      '- kill 40 people of -',
      '- kill 9 Britons of GB',
    ]);
    // parts of a passive's subject, each listed one too; "of them" names whose people a part are
    assert.deepEqual(facts('In all, 120 foreigners were evacuated, among them 45 Germans and 30 Britons.'), [
      '- evacuate 120 foreigners of -',
      '- evacuate 45 Germans of DE',
      '- evacuate 30 Britons of GB',
    ]);
    assert.deepEqual(facts('Police arrested 30 people, 12 of them Palestinians.'), [
      '- arrest 30 people of -',
      '- arrest 12 people of PS',
    ]);
    assert.deepEqual(facts('Police arrested 30 people, 12 of them women, in Jordan.'), [
      '- arrest 30 people of -',
      '- arrest 12 people of -',
    ]);
    // a count said to be "among" the counted underwent the same; a participle's by-agent acts
    assert.deepEqual(facts('At least 17 Filipino workers were among the 35 killed in the blast.'), [
      '- kill 35 - of -',
      '- kill 17 workers of PH',
    ]);
    assert.deepEqual(facts('Three Americans were also among 40 hostages freed by Iraq.'), [
      'IQ free 40 hostages of -',
      'IQ free 3 Americans of US',
    ]);
    // a participle describing the counted is no verb of theirs when the clause's own passive follows; a part
    // "including" inside the subject leaves the whole the subject
    assert.deepEqual(
      facts(
        'A spokeswoman said 78 people suspected of having the disease, including 64 cases, were still being treated.',
      ),
      ['- treat 78 people of -', '- treat 64 cases of -'],
    );
    assert.deepEqual(facts('Police arrested 12 men suspected of smuggling.'), ['- arrest 12 men of -']);
    // the country of a place where it happened is no target
    assert.deepEqual(facts('At least 74, including eight Americans, were killed in Nairobi, the capital of Kenya.'), [
      '- kill 74 - of -',
      '- kill 8 Americans of US',
    ]);
    // nor is a country that shares a border the place has ("near the border with Zaire")
    assert.deepEqual(facts("Rwanda's army killed 46 Hutu militiamen near the border with Zaire."), [
      'RW kill 46 militiamen of -',
    ]);
    // (a later count after the passive's verb is no part: it is where or what else)
    assert.deepEqual(facts('In all, 120 foreigners were evacuated to 3 ships.'), ['- evacuate 120 foreigners of -']);
  });
  it('verbs of measuring keep their counts; after a verb of saying a count waits for its own verb; a passive is about its subject', () => {
    assert.deepEqual(facts('The attack killed 110 people, and the number injured topped 2,200.'), [
      '- kill 110 people of -',
    ]);
    assert.deepEqual(facts('The agency said three troubled banks in Texas were merged with healthy institutions.'), [
      '- merge 3 banks of -',
    ]);
    assert.deepEqual(facts('The 11 Americans were killed in Kenya, along with five Kenyan employees.'), [
      '- kill 11 Americans of US',
      '- kill 5 employees of KE',
    ]);
    assert.deepEqual(facts('Several hundred students were detained, and 200 of its personnel killed.'), [
      '- detain 200 students of -',
      '- kill 200 personnel of -',
    ]);
  });
  it('a relative clause set off by commas: its subject is what it follows; the verb after it keeps the subject before it', () => {
    assert.deepEqual(facts('France, which expelled 20 diplomats last year, summoned the envoy.'), [
      'FR expel 20 diplomats of -',
    ]);
    assert.deepEqual(facts('Britain, which has 12 bases in the region, sent 400 troops to Kuwait.'), [
      'GB send 400 troops of KW',
    ]);
    // so is a ranking after a comma: its "one" counts no one acted on
    assert.deepEqual(facts('Chile, one of the few countries to do so, expelled 12 Cuban diplomats.'), [
      'CL expel 12 diplomats of CU',
    ]);
    assert.deepEqual(facts('A war for Viacom, one of the largest U.S. entertainment companies, pitted two groups.'), [
      '- pit 2 groups of -',
    ]);
    assert.deepEqual(facts('Jones, one of the 12 jurors, voted to convict.'), []);
    // (after a count the "one" is a part of it, unless a superlative ranks the event)
    assert.deepEqual(facts('Police arrested 12 men, one of the suspects a Briton.'), [
      '- arrest 12 men of -',
      '- arrest 1 suspects of -',
    ]);
    assert.deepEqual(facts('The rebels killed 40 soldiers, one of the worst attacks this year.'), [
      '- kill 40 soldiers of -',
    ]);
    // a count inside the remark is no subject of the verb after it
    assert.deepEqual(
      facts('Security Pacific, which is among the 10 largest banks in the U.S., completed the deal.'),
      [],
    );
    assert.deepEqual(facts('Ten banks, which are among the largest in the U.S., completed the deal.'), [
      '- complete 10 banks of -',
    ]);
  });
  it('a count right before a "be" that makes no passive is the subject of a clause of its own, no object', () => {
    assert.deepEqual(facts('Kenya deported 40 Somalis; 12 were children.'), ['KE deport 40 Somalis of SO']);
    assert.deepEqual(facts('Two ships loaded, three waited to load, six were due.'), [
      '- load 2 ships of -',
      '- wait 3 ships of -',
    ]);
    // a passive or a progressive after it is the verb of the count's own clause
    assert.deepEqual(facts('Police arrested 30 protesters, 12 were later released.'), [
      '- arrest 30 protesters of -',
      '- release 12 - of -',
    ]);
  });
  it('a participle after a comma is its own clause: it shares no count with the finite verb before it', () => {
    assert.deepEqual(facts('Russia retaliated, expelling 10 Polish diplomats.'), ['RU expel 10 diplomats of PL']);
    assert.deepEqual(facts('Police arrested and charged 11 men.'), ['- arrest 11 men of -']);
  });
  it('a gerund after "by", "after" or "while" acts for the subject of the verb before it', () => {
    assert.deepEqual(facts('Moscow retaliated by expelling 10 Polish diplomats.'), ['RU expel 10 diplomats of PL']);
  });
  it('a participle or a coordinated verb acts for the subject before it', () => {
    assert.deepEqual(facts('Bangladesh police mounted a hunt, arresting four industrialists.'), [
      'BD arrest 4 industrialists of -',
    ]);
    assert.deepEqual(facts('Spanish police said they had arrested five people and seized 90 bombs.'), [
      'ES arrest 5 people of -',
      'ES seize 90 bombs of -',
    ]);
    // so do the forces a pronoun owns after a verb of saying; with no saying before, the pronoun names no one
    assert.deepEqual(facts('Turkey said its warplanes had bombed bases, killing at least 40 guerrillas.'), [
      'TR kill 40 guerrillas of -',
    ]);
    assert.deepEqual(facts('In Turkey, its warplanes killed 40 guerrillas.'), ['- kill 40 guerrillas of -']);
    // "more" after a vague count stands between a subject and its verb
    assert.deepEqual(facts('Eight people have died and hundreds more are fighting the outbreak.'), [
      '- die 8 people of -',
      '- fight 200 - of -',
    ]);
    // a passive and an active verb share no object; a word before a plural noun modifies it, no verb
    assert.deepEqual(facts('He said the body had been buried, and recently ordered 10 of his men to search.'), [
      '- order 10 men of -',
    ]);
    assert.deepEqual(facts('It will purchase an interest in certain oil and gas properties from one of its lenders.'), [
      '- purchase 1 lenders of -',
    ]);
  });
  it('a place where it happens is no target; whose the counted are is', () => {
    assert.deepEqual(facts('Police arrested eight people in Kenya.'), ['- arrest 8 people of -']);
    // an ethnic people inside another state is not the country's (COUNTRIES.md: ethnic-group)
    assert.deepEqual(facts('Serbian police killed 24 ethnic Albanians. Greek police held 12 Albanians.'), [
      'RS kill 24 Albanians of -',
      'GR hold 12 Albanians of AL',
    ]);
    // where the counted were going is a place too; a destination of the act itself is its target
    assert.deepEqual(facts('73 soldiers were killed en route to Lebanon. Israel sent 300 troops to Lebanon.'), [
      '- kill 73 soldiers of -',
      'IL send 300 troops of LB',
    ]);
    assert.deepEqual(facts('The Czech Republic expelled one diplomat working at the Russian Embassy.'), [
      'CZ expel 1 diplomat of RU',
    ]);
    // a country after "with" before a participle is the subject of a clause of its own
    assert.deepEqual(facts('It would move the three exchanges to 24-hour trading, with Singapore filling a gap.'), [
      '- move 3 exchanges of -',
    ]);
    assert.deepEqual(facts('Iraq swapped 40 prisoners with Iran.'), ['IQ swap 40 prisoners of IR']);
    // a country of the object's conjunct before the count is whom the act is directed at; not past a comma
    assert.deepEqual(facts('Lithuania expelled the Russian ambassador and three diplomats.'), [
      'LT expel 3 diplomats of RU',
    ]);
    assert.deepEqual(facts('Police questioned the Russian driver, and arrested three men.'), ['- arrest 3 men of -']);
    // "of" a noun further down the object's phrases says whose that noun is; after a name, the named's country
    assert.deepEqual(
      facts('Kenya detained six people in connection with the bombing of the U.S. embassy in Nairobi.'),
      ['KE detain 6 people of -'],
    );
    assert.deepEqual(facts('Allis-Chalmers sold two units to Deutz of West Germany.'), ['- sell 2 units of DE']);
    // a count in a phrase of place or time after the object gives no fact, to that verb or a later one
    assert.deepEqual(facts('Police arrested 12 people at two border crossings.'), ['- arrest 12 people of -']);
    assert.deepEqual(facts('The union, representing workers at about 118 mines, sought a boost.'), []);
    // (right after the verb it is the object; "on" and "into" may take it after an object too)
    assert.deepEqual(facts('Troops fired at 200 protesters. Taiwan cut tariffs on 1,700 products.'), [
      '- fire 200 protesters of -',
      'TW cut 1700 products of -',
    ]);
    // "be" before an article is its clause's verb: the counts after it are none of the verb before
    assert.deepEqual(facts('When Howes was captured, the rebels were a force with more than 10,000 men.'), []);
  });
  it('a bare count counts what the same action counted just before in the paragraph', () => {
    assert.deepEqual(
      facts('Germany expelled 40 Russian diplomats, and France said it would expel 35. Italy ordered 30 to leave.'),
      ['DE expel 40 diplomats of RU', 'FR expel 35 diplomats of RU', 'IT order 30 - of -'],
    );
    assert.deepEqual(facts('Germany expelled 40 Russian diplomats.\n\nPoland expelled 45.'), [
      'DE expel 40 diplomats of RU',
      'PL expel 45 - of -',
    ]);
  });
  it('the verb is told from its neighbours: headlines, coordinated bare verbs, nouns after numbers and determiners', () => {
    // a word in -s after a capital that follows a preposition is a noun ("against Western targets")
    assert.deepEqual(facts('Two terrorists with records of attacks against Western targets have ties to Iraq.'), []);
    // a participle after a preposition describes its noun ("in advanced negotiations"); a count after a clause
    // opener is no object of the verb before it, whatever follows
    assert.deepEqual(facts('It was in advanced negotiations for the lease of 13 engines.'), []);
    assert.deepEqual(facts('It is owed to the 12 large banks, while about 180 smaller banks have exposures.'), [
      '- owe 12 banks of -',
    ]);
    // a headline in capitals tells in the present: "wound", not the past of "wind"; "BUYS" after its country
    assert.deepEqual(facts('GUNMEN WOUND TWO FANS IN AUSTRIA'), ['- wound 2 FANS of -']);
    assert.deepEqual(facts('INDIA BUYS UP TO 10 CARGOES SUGAR - TRADERS'), ['IN buy 10 CARGOES of -']);
    // after a country's alias or capital too; not after its people
    assert.deepEqual(facts('BRITAIN EXPELS THREE IRANIAN DIPLOMATS'), ['GB expel 3 DIPLOMATS of IR']);
    assert.deepEqual(facts('MOSCOW EXPELS 10 POLISH DIPLOMATS'), ['RU expel 10 DIPLOMATS of PL']);
    assert.deepEqual(facts('SOVIET BUYS 10 CARGOES OF WHEAT'), []);
    // a bare count above one is the plural subject of a base form, in capitals or not
    assert.deepEqual(facts('TEN DIE IN BUS CRASH'), ['- die 10 - of -']);
    assert.deepEqual(facts('Three die as storm hits coast'), ['- die 3 - of -']);
    // a country is no verb there ("to japan" is to lacquer): the recipient stays the target
    assert.deepEqual(facts('U.S. GIVES JAPAN 30 DAYS TO OPEN MARKET'), ['US give - of JP by 2022-05-05']);
    // after a subject the same word is the past: "found" of "find" (a verb of finding: no action), not "to found"
    assert.deepEqual(facts('Police found 3 bodies.'), []);
    // a name after a possessive modifies the noun: "stores" of "its U.S. stores" is no verb; after "the" it may be one
    assert.deepEqual(
      facts('Ratners would increase its U.S. stores to 450 stores. The U.S. forces 300 troops to leave.'),
      ['- increase 450 stores of -', 'US force 300 troops of -'],
    );
    // the past second half of a compound before its object is the verb, its lemma the compound's; not after an article
    assert.deepEqual(facts('India on Monday test-fired two missiles; the long-stalled talks resumed.'), [
      'IN test-fire 2 missiles of -',
    ]);
    // a plural that ends a hyphenated modifier is no subject: "chain" is the noun of "a sporting-goods chain"
    assert.deepEqual(facts('The three units are a distributor and a small sporting-goods chain.'), []);
    assert.deepEqual(facts('The group plans to found 3 schools.'), ['- found 3 schools of -']);
    // a verb whose past is its base is that past after a singular subject; not a noun after a noun
    assert.deepEqual(facts('GM cut 3,000 jobs and Israel shut 12 schools.'), [
      '- cut 3000 jobs of -',
      'IL shut 12 schools of -',
    ]);
    assert.deepEqual(facts('A budget cut of 3,000 jobs was approved.'), []);
    // "hurt", "beat", "cost" are such verbs too; a determiner is no subject ("the end of the broadcast")
    assert.deepEqual(facts('A blast hurt 12 people.'), ['- hurt 12 people of -']);
    assert.deepEqual(facts('At the end of the broadcast this evening, one more trip around Havana.'), []);
    // the subject of a participle after "with" is the participle's, no object of the verb before it
    assert.deepEqual(facts('The stock closed at 11, with 300,000 shares changing hands.'), []);
    assert.deepEqual(facts('The protest ended with 200 students being detained by police.'), [
      '- detain 200 students of -',
    ]);
    // a bare verb after a comma or "and" continues the bare verb before it
    assert.deepEqual(facts("Spain 's police seize petrol bombs , arrest five ."), ['ES arrest 5 - of -']);
    assert.deepEqual(
      facts('The treaty would eliminate all missiles in Europe and slash warheads elsewhere to 100 warheads.'),
      ['- slash 100 warheads of -'],
    );
    // "pounds" after a number and "conditions" after "The" are nouns
    assert.deepEqual(facts('He was ordered to pay a total of 175 pounds to two members of staff.'), [
      '- pay 2 members of -',
    ]);
    // an elliptical count's people are those of the noun it borrows, when a country modifies that noun or names it
    assert.deepEqual(facts('Gunmen opened fire, killing nine Pakistani pilgrims and wounding 17.'), [
      '- kill 9 pilgrims of PK',
      '- wound 17 pilgrims of PK',
    ]);
    assert.deepEqual(facts('Israeli troops killed three Palestinians and wounded 12.'), [
      'IL kill 3 Palestinians of PS',
      'IL wound 12 Palestinians of PS',
    ]);
    assert.deepEqual(facts('Kenya deported 40 people and expelled 12.'), [
      'KE deport 40 people of -',
      'KE expel 12 people of -',
    ]);
    // the gerund after a verb of aspect is the action
    assert.deepEqual(
      facts('Tanzania began repatriating some 500,000 Rwandan refugees; Iraq kept firing 20 missiles.'),
      ['TZ repatriate 500000 refugees of RW', 'IQ fire 20 missiles of -'],
    );
    // what one is told, forced or allowed to do is the action ("tell" is a verb of saying otherwise)
    assert.deepEqual(facts('Ten diplomats were told to leave; Iraq was forced to release 12 hostages.'), [
      '- leave 10 diplomats of -',
      'IQ release 12 hostages of -',
    ]);
    assert.deepEqual(facts('The conditions were that the airlines drop 168 slots.'), ['- drop 168 slots of -']);
    // a form listed as a lemma but inflected ("allowed") is the past of its verb
    assert.deepEqual(facts('Egypt allowed five Libyan soldiers to stay.'), ['EG allow 5 soldiers of LY']);
    // "-es" is an ending of the verb only after a hiss or an o: "sites" is no form of "sit", "passes" is of "pass"
    assert.deepEqual(facts('France dispatches 300 troops.'), ['FR dispatch 300 troops of -']);
    assert.deepEqual(facts('France sites 300 troops near Mali.'), []);
    // a name in -s inside the sentence is no plural subject of a bare verb: "court" is no verb here (the court, named by
    // the capital, acts for France)
    assert.deepEqual(facts('A Paris court sentenced 12 people.'), ['FR sentence 12 people of -']);
    // verbs of measuring are no actions
    assert.deepEqual(facts('The order for 92 aircraft was valued at 3 bln dlrs.'), []);
    // an archaic past that news uses only as a noun: "crew" is no past of "crow"
    assert.deepEqual(facts('He was part of a seven-member crew aboard the Challenger in 1984.'), []);
    // a noun first ("opening") is a verb when a count follows it
    assert.deepEqual(facts('Ahold launched a new format, opening 16 stores in Malaysia.'), ['- open 16 stores of -']);
    // a past participle after an article, a possessive or a preposition describes its noun; "aged" measures
    assert.deepEqual(facts('Lenders agreed to extend its secured loan to 12 banks.'), ['- extend 12 banks of -']);
    assert.deepEqual(facts('There is no reason for extended delay of approval, one official said.'), []);
    assert.deepEqual(facts('Of 2.77 million people seeking work, 73 pct were aged between 14 and 29.'), []);
  });
  it('"agree to" hands on the action only to a verb; a place after the verb itself is where it happened', () => {
    assert.deepEqual(facts('Gemayel has agreed to three key points.'), ['- agree 3 points of -']);
    assert.deepEqual(facts('Of those killed, 11 Americans were killed in Tanzania.'), ['- kill 11 Americans of US']);
    assert.deepEqual(facts('Of those killed, 11 were killed in Tanzania.'), ['- kill 11 - of -']);
  });
  it('a country that a participle takes, or that a group is said to be, is no actor', () => {
    assert.deepEqual(facts('His mother and 10 other people fleeing Cuba drowned.'), ['- drown 10 people of -']);
    assert.deepEqual(facts('Eleven people, none of them Americans, died in the blast.'), ['- die 11 people of -']);
    // a demonym after a participle describes its noun
    assert.deepEqual(facts('The visiting Chinese President signed 12 agreements.'), ['CN sign 12 agreements of -']);
  });
  it('a state body named "of" its country acts for it ("the foreign ministry of Peru"); not one after a preposition', () => {
    assert.deepEqual(facts('The foreign ministry of Peru expelled five Venezuelan diplomats.'), [
      'PE expel 5 diplomats of VE',
    ]);
    assert.deepEqual(facts('Protesters outside the ministry of Peru burned 3 cars.'), ['- burn 3 cars of -']);
  });
  it('the police or the authorities "in" a country act for it; troops there need not be its own', () => {
    assert.deepEqual(facts('Police in Kenya arrested five men.'), ['KE arrest 5 men of -']);
    // past the article of a country named with one
    assert.deepEqual(facts('Police in the Comoros raided two homes.'), ['KM raid 2 homes of -']);
    assert.deepEqual(facts('Troops in Iraq killed five men.'), ['- kill 5 men of -']);
    // in a place of the country named before the place; the place itself acts for no state
    assert.deepEqual(facts('Police in the Comoros archipelago, off the coast, raided two homes.'), [
      'KM raid 2 homes of -',
    ]);
    assert.deepEqual(facts('Police in the Kenyan capital arrested 12 men.'), ['KE arrest 12 men of -']);
    assert.deepEqual(facts('The Kenyan capital hosted 12 ministers.'), ['- host 12 ministers of -']);
    // after the place a sentence opens with; rebels there are no institution of it
    assert.deepEqual(facts('In the Netherlands, police arrested 12 people.'), ['NL arrest 12 people of -']);
    assert.deepEqual(facts('In Kenya, rebels killed 12 people.'), ['- kill 12 people of -']);
  });
  it('a court, prosecutor or police named by the capital act for its state; a capital of other places does not', () => {
    assert.deepEqual(facts('A Cairo court sentenced 12 Islamists to death.'), ['EG sentence 12 Islamists of -']);
    assert.deepEqual(facts('The Ankara State Security Court sentenced 12 people.'), ['TR sentence 12 people of -']);
    assert.deepEqual(facts('A Paris court sentenced 12 Algerians.'), ['FR sentence 12 Algerians of DZ']);
    // Victoria is also Australia's state; after a preposition the capital is a place ("the court in Cairo" is none)
    assert.deepEqual(facts('Victoria police arrested 12 men.'), ['- arrest 12 men of -']);
    assert.deepEqual(facts('The court in Cairo sentenced 5 men.'), ['- sentence 5 men of -']);
    assert.deepEqual(facts('Cairo traders sold 5 ships.'), ['- sell 5 ships of -']);
  });
  it("the actor's own people: the target when the action is against them, else the country it is directed at", () => {
    assert.deepEqual(facts('Egyptian police arrested 12 Egyptian militants.'), ['EG arrest 12 militants of EG']);
    assert.deepEqual(facts('Egypt freed 20 Egyptian prisoners.'), ['EG free 20 prisoners of -']);
    assert.deepEqual(facts('The United States flew 30 American aid workers out of Chad.'), ['US fly 30 workers of TD']);
    assert.deepEqual(facts('France sent 300 French troops to Mali.'), ['FR send 300 troops of ML']);
  });
  it('the actor past a time told between it and the verb; not a country set off by commas after a place', () => {
    assert.deepEqual(facts('Belgium on Tuesday expelled 21 Russian diplomats. Germany last week expelled 40.'), [
      'BE expel 21 diplomats of RU',
      'DE expel 40 diplomats of RU',
    ]);
    assert.deepEqual(facts('The Cuban government Friday condemned the two bomb explosions.'), [
      'CU condemn 2 explosions of -',
    ]);
    assert.deepEqual(facts('Bombings in Nairobi, Kenya, on Aug. 7 killed 258 people.'), ['- kill 258 people of -']);
  });
  it('the actor: government bodies, a leader named after the title, an adverb between; several states or a place in a list act for none', () => {
    // a list's last member after "and the" is in the list too
    assert.deepEqual(facts('Hungary, Poland and the Czech Republic expelled 12 diplomats.'), [
      '- expel 12 diplomats of -',
    ]);
    // also after a serial comma
    assert.deepEqual(facts('Hungary, Poland, and the Czech Republic expelled 12 diplomats.'), [
      '- expel 12 diplomats of -',
    ]);
    assert.deepEqual(facts('The State Department has sent investigators to the two countries.'), [
      'US send 2 countries of -',
    ]);
    assert.deepEqual(facts('The Pentagon sent 300 troops.'), ['US send 300 troops of -']);
    assert.deepEqual(facts('Lebanese President Amin Gemayel has agreed to three key points.'), [
      'LB agree 3 points of -',
    ]);
    // a title with its office, or any title of TITLES, between the country and the name
    assert.deepEqual(facts('U.S. Secretary of State Madeleine Albright expelled 10 diplomats.'), [
      'US expel 10 diplomats of -',
    ]);
    assert.deepEqual(facts('Saudi King Fahd freed 20 prisoners.'), ['SA free 20 prisoners of -']);
  });
  it('an office holder acts for the state in the years of office, named in full, alone, or after a title', () => {
    const on = (date: string, text: string) =>
      annotate(text, { articleDate: date }).facts.map((f) => `${f.actor?.code ?? '-'} ${f.action} ${f.count?.value}`);
    assert.deepEqual(on('1998-03-05', 'Clinton ordered 2,000 more troops to the Gulf.'), ['US order 2000']);
    assert.deepEqual(on('1989-11-01', 'The White House said Mr. Bush decided to grant duty-free status to 18 firms.'), [
      'US grant 18',
    ]);
    // a by-agent past the verb's particle
    assert.deepEqual(on('1998-08-10', '10 victims were brought back by Secretary of State Madeleine Albright.'), [
      'US bring 10',
    ]);
    // out of office, or a surname that is a common word without a title, or after a preposition: none
    assert.deepEqual(on('1998-03-05', 'Bush ordered 300 troops home. Major companies cut 2,000 jobs.'), [
      '- order 300',
      '- cut 2000',
    ]);
    assert.deepEqual(on('1992-03-05', 'Prime Minister Major sent 300 troops.'), ['GB send 300']);
    // "Mr." is no office: a surname that is also a common one needs the office's title
    assert.deepEqual(on('2008-05-05', 'Mr. Gates said Microsoft would cut 5,000 jobs. Mr. Major sent 300 troops.'), [
      '- cut 5000',
      '- send 300',
    ]);
    assert.deepEqual(on('1998-03-05', 'A meeting with Clinton ended with 12 agreements.'), ['- end 12']);
    // several holders of several states act for none; a year the sentence tells of may be one of office
    assert.deepEqual(on('1990-12-05', 'Chancellor Kohl and President Mitterrand agreed to create 12 units.'), [
      '- create 12',
    ]);
    assert.deepEqual(on('1998-05-05', 'Mrs. Thatcher expelled 25 Soviet diplomats in 1989.'), ['GB expel 25']);
    // a name that ends past a hyphen ("Kim Jong-il"), or with accents news may leave out
    assert.deepEqual(on('2001-05-05', 'Kim Jong-il ordered 300 troops north. Gerhard Schröder sent 40 troops.'), [
      'KP order 300',
      'DE send 40',
    ]);
    // the office holder's fact cites no annotation for the actor: a name is none
    const [fact] = annotate('Yeltsin sacked three ministers.', { articleDate: '1996-01-01' }).facts;
    assert.equal(fact?.actor?.code, 'RU');
    assert.equal(fact?.evidence.length, 1);
    assert.deepEqual(facts('Officials told Reuters Taiwan would further reduce tariffs on 1,700 products.'), [
      'TW reduce 1700 products of -',
    ]);
    assert.deepEqual(facts('Britain, France and Germany expelled 10 diplomats.'), ['- expel 10 diplomats of -']);
    // and so do several by-agents of a passive; one acts
    assert.deepEqual(facts('Thirty Russian diplomats were expelled by Germany, France and Poland.'), [
      '- expel 30 diplomats of RU',
    ]);
    assert.deepEqual(facts('Four Russian diplomats were expelled by Germany, officials said.'), [
      'DE expel 4 diplomats of RU',
    ]);
    assert.deepEqual(facts('The bombings at embassies in Kenya and Tanzania have killed more than 200 people.'), [
      '- kill 200 people of -',
    ]);
    assert.deepEqual(facts('Explosions in Nairobi, Kenya, and Dar-es-Salaam, Tanzania, killed at least 110 people.'), [
      '- kill 110 people of -',
    ]);
    // a comma after a place that opens the sentence ends it: the country after it is the subject
    assert.deepEqual(facts('In London, Britain expelled 23 Russian diplomats.'), ['GB expel 23 diplomats of RU']);
  });
  it('no count in "no-one", "six-monthly" or a name ("Brigade 604 was"); no verb in "to date"', () => {
    assert.deepEqual(facts('The explosion damaged the entrance, but no-one was injured.'), []);
    assert.deepEqual(facts('Poland will monitor the settlement at six-monthly meetings.'), []);
    assert.deepEqual(facts('Iraqi Brigade 604 was shattered.'), []);
    assert.deepEqual(facts('To date there have been 12 other trials.'), []);
  });
  it('an event noun alone gives no fact; as the object of a verb, its count after "of" is the verb\'s', () => {
    assert.deepEqual(facts('The withdrawal of 3,000 Russian troops began.'), []);
    assert.deepEqual(facts('Slovakia ordered the expulsion of three Russian diplomats.'), [
      'SK order 3 diplomats of RU',
    ]);
    assert.deepEqual(facts('The company completed the sale of 200,000 shares.'), ['- complete 200000 shares of -']);
    // ("the departure", "the return", "the extradition" of people are such nouns too)
    assert.deepEqual(facts('Washington ordered the departure of 200 embassy employees.'), [
      'US order 200 employees of -',
    ]);
    // so are the closure and the recall of things and people a state keeps abroad
    assert.deepEqual(facts('Latvia ordered the closure of two Russian consulates by May 1.'), [
      'LV order 2 consulates of RU by 2022-05-01',
    ]);
    // a verb of saying is never the action
    assert.deepEqual(facts('Poland announced the expulsion of 45 Russian diplomats.'), []);
    // those who speak for a count after "of" act as it does; "the leaders of the two countries" name known ones
    assert.deepEqual(facts('Representatives of nine African countries will meet in Cairo.'), [
      '- meet 9 countries of -',
    ]);
    assert.deepEqual(facts('The leaders of the two countries met on Friday.'), []);
    // those who serve an office holder act for the holder's state; a senator's or a company chief's aides for none
    assert.deepEqual(facts('Two top aides to Netanyahu left for Europe on Sunday.'), ['IL leave 2 aides of -']);
    assert.deepEqual(facts('Three advisers of President Biden arrived in Kyiv.'), ['US arrive 3 advisers of -']);
    assert.deepEqual(facts('Two aides to a senator resigned. Two advisers to Bill Gates resigned.'), [
      '- resign 2 aides of -',
      '- resign 2 advisers of -',
    ]);
    // a count inside a compound describes the noun after it, unless that noun is a group of what is counted
    assert.deepEqual(facts('It filed for a two-stage rate cut. A 12-nation meeting was held.'), []);
    assert.deepEqual(facts('The ruling three-party coalition lost its majority.'), ['- lose 3 party of -']);
    // a form that is a noun first, before a verb, is its subject ("figures show"); a letter after "Class" names no subject
    assert.deepEqual(facts('Latest figures show a sharp rise, with nearly five million Germans out of work.'), []);
    assert.deepEqual(facts('It will issue 243,677 of the Class C warrants.'), ['- issue 243677 warrants of -']);
    assert.deepEqual(facts('Bre-X has 13,000 shareholders; Biden orders 3,000 troops to the gulf.'), [
      'US order 3000 troops of -',
    ]);
    // a plural inside a noun phrase that a singular article opens is no subject ("a limited overs match"); a plural
    // in -men is one ("Gunmen wound": the verb "wound", not the past of "wind")
    assert.deepEqual(facts('Australia beat West Indies by five wickets in a World Series limited overs match.'), []);
    assert.deepEqual(facts('Gunmen wound two fans. A group of protesters seize three buildings.'), [
      '- wound 2 fans of -',
      '- seize 3 buildings of -',
    ]);
    // a past told as its base ("hit", "cut") after a noun phrase an article opens; a country after a preposition
    // and a region word ("into northern Iraq") is a place, no actor of the participle after it
    assert.deepEqual(facts('A U.S. cruise missile hit two Afghan training camps. The storm hit three towns.'), [
      '- hit 2 camps of AF',
      '- hit 3 towns of -',
    ]);
    assert.deepEqual(facts('Turkish troops crossed into northern Iraq, killing 30 Kurdish rebels.'), [
      'TR kill 30 rebels of -',
    ]);
    // a limit one capital gives another: the states are the actor and the target
    assert.deepEqual(facts('Washington gave Baghdad until noon Saturday to start pulling out.'), [
      'US give - of IQ by 2022-04-09T12:00',
    ]);
    // the subject past a prepositional phrase set off by commas ("in turn", "according to officials")
    assert.deepEqual(facts('Poland, in turn, expelled nine Russian diplomats.'), ['PL expel 9 diplomats of RU']);
    assert.deepEqual(facts('Italy, according to officials, expelled 30 Russian diplomats.'), [
      'IT expel 30 diplomats of RU',
    ]);
    // and past the source of the news set off so
    assert.deepEqual(facts('Police in Kenya, the local paper said, arrested 12 men.'), ['KE arrest 12 men of -']);
    // two capitals acting together are several states, which act for none (FACTS.md), as two countries are
    assert.deepEqual(facts('Washington and Moscow agreed to cut 1,000 warheads each.'), ['- cut 1000 warheads of -']);
    // and so are several that would each act; "each" floated after the auxiliary leaves the verb a verb
    assert.deepEqual(facts('Germany, France and Poland said on Monday they would each expel four Russian diplomats.'), [
      '- expel 4 diplomats of RU',
    ]);
    // what something is taken as is no object, nor the subject of an infinitive; "as" opening a clause is a conjunction
    assert.deepEqual(facts('Officials pointed at the deficit as one of the main culprits.'), []);
    assert.deepEqual(facts('It should raise its reserve as one way to deal with low prices.'), []);
    assert.deepEqual(facts('It grew less likely as thousands of American forces assembled.'), [
      '- assemble 2000 forces of US',
    ]);
    // a gerund after a preposition takes the count after it: no object of the verb before
    assert.deepEqual(facts('75,000 fans will gather in the hope of witnessing one last moment of magic.'), [
      '- gather 75000 fans of -',
    ]);
    assert.deepEqual(facts('Kopp is wanted for questioning in at least two other shootings.'), []);
    // a count after "of the opening" belongs to that noun, as after "of the"
    assert.deepEqual(facts('The Canadians, winners of the opening two events, increased their lead.'), []);
    // (a name after the compound starts another: "the 300-page Tower commission report" is no group of pages)
    assert.deepEqual(facts('He is assessing the damage the 300-page Tower commission report has done.'), []);
    // a participle after a name's possessive or another adjective describes the noun after it; no verb of a fact
    assert.deepEqual(facts("The nine creditor banks have the buyer's detailed proposals."), []);
    assert.deepEqual(facts('It filed 6 mln dlrs of redeemable subordinated debentures due March 1.'), []);
    // a part of a whole the sentence opens with borrows nothing from the fact before; a name after a possessive is a noun's
    assert.deepEqual(facts('Twelve Americans were killed in Kenya. Of those killed, 11 were killed in Nairobi.'), [
      '- kill 12 Americans of US',
      '- kill 11 - of -',
    ]);
    assert.deepEqual(facts('It has five other plants, one at its Battle Creek headquarters.'), []);
    // a quotation's edge stands between a verb and a count after it; a degree before a participle makes an adjective;
    // "speaking" is a verb of saying
    assert.deepEqual(facts('"We want a meeting hosted by Egypt," one official told Reuters.'), []);
    assert.deepEqual(facts('As one of the most externally oriented economies, Singapore has a stake.'), []);
    assert.deepEqual(facts('One source, speaking on condition of anonymity, said so.'), []);
    // a tally that describes a vote or a ruling gives no fact of its own
    assert.deepEqual(facts('By a 6-3 vote, the court upheld the law.'), []);
    // so do both ends of "a vote of 12 to 2"
    assert.deepEqual(facts('The council passed the measure by a vote of 12 to 2.'), []);
    // the whole after "of" and a possessive noun only describes: the part is the fact's
    assert.deepEqual(facts("The closure will affect about 195 of the plant's 425 employees."), [
      '- affect 195 employees of -',
    ]);
    // the whole after "of" and a possessive describes; a participle after an adverb and a possessive is an adjective
    assert.deepEqual(facts('Upjohn will trim about 275 to 350 of its more than 21,000 jobs.'), [
      '- trim 275 jobs of -',
    ]);
    assert.deepEqual(facts('It said it extended its previously announced offer to midnight on April 26.'), [
      '- extend - of - by 2022-04-26T24:00',
    ]);
    // a bare figure that "the number of …" names is the verb's count
    assert.deepEqual(facts('The number of refugees in Chad has jumped 30 percent to an estimated 150,000.'), [
      '- jump 150000 refugees of -',
    ]);
  });
  it('no fact of a count that only describes: "between the two countries", "the three countries\' ministers"', () => {
    assert.deepEqual(facts('Syria wants to renew the peace talks between the two countries.'), []);
    assert.deepEqual(facts("Albright accepted admission papers from the three countries' foreign ministers."), []);
    assert.deepEqual(facts("Germany expelled the two diplomats' drivers and 40 Russian diplomats."), [
      'DE expel 40 diplomats of RU',
    ]);
    // nor one of the places or occasions where it happened; what something is done in may count
    assert.deepEqual(facts('Rebels killed 30 people in two attacks and police arrested five men in three cities.'), [
      '- kill 30 people of -',
      '- arrest 5 men of -',
    ]);
    assert.deepEqual(facts('It will acquire interests in three mining companies.'), ['- acquire 3 companies of -']);
    // nor a remark set off by commas ("X, with 1,700 workers, …")
    assert.deepEqual(facts('Toshin Steel, with 1,700 workers, has given no forecast.'), []);
    // a count that "be" takes as its subject is no subject of a later verb; the verb's own auxiliaries are no such "be"
    assert.deepEqual(facts("Europe's 12 mln farmers are furious over plans to cut prices."), []);
    assert.deepEqual(facts('Five Russian diplomats were ordered to leave within 72 hours.'), [
      '- leave 5 diplomats of RU by 2022-04-08',
    ]);
    assert.deepEqual(facts('Two options were to be introduced and two would-be robbers emptied their pistols.'), [
      '- introduce 2 options of -',
      '- empty 2 robbers of -',
    ]);
  });
  it("a participle's by-agent acts; whose the counted are stands before a noun after the figure too", () => {
    const expected = ['PL expel 57 diplomats of RU'];
    assert.deepEqual(facts('The move brings to 57 the number of Russian diplomats expelled by Poland.'), expected);
    assert.deepEqual(facts('The move brings the number of Russian diplomats expelled by Poland to 57.'), expected);
  });
  it('the subject of a passive order undergoes it; a sentence about them limits the fact before, even naming its countries', () => {
    assert.deepEqual(facts('The US diplomats were ordered to leave the country by May 21.'), [
      '- leave - of US by 2022-05-21',
    ]);
    assert.deepEqual(
      facts('Russia expels three Slovak diplomats. They have been ordered to leave Russia within 72 hours.'),
      ['RU expel 3 diplomats of SK by 2022-04-08'],
    );
    // a country of its own makes it a sentence of its own
    assert.deepEqual(
      facts('Russia expels three Slovak diplomats. They have been ordered to leave Poland within 72 hours.'),
      ['RU expel 3 diplomats of SK', '- leave - of PL by 2022-04-08'],
    );
  });
  it("a count in a later clause or past a remark in commas is the later verb's; a possessive country is whose the counted are", () => {
    // a relative clause without commas closes before the main verb's own auxiliary: the count is its subject
    assert.deepEqual(
      facts('About ten Chilean workers who had been trapped near the town were all rescued on Thursday.'),
      ['- rescue 10 workers of CL'],
    );
    assert.deepEqual(facts('Five soldiers who landed were seen.'), []);
    // "where" opens a clause: the 10 are not what the ceremony "held"
    assert.deepEqual(facts('The ceremony was held at the base, where 10 victims were brought back.'), [
      '- bring 10 victims of -',
    ]);
    assert.deepEqual(facts('Five Iraqis, whose names were not disclosed, also were deported.'), [
      '- deport 5 Iraqis of IQ',
    ]);
    // so does a clause of time with a subject of its own: the four banks announced, they endorsed nothing; an
    // aside closed by a comma is only a remark
    assert.deepEqual(
      facts('The cut was announced by the four clearing banks today after the Bank of England endorsed such a move.'),
      [],
    );
    assert.deepEqual(facts('Twelve Iranian diplomats, after a week in custody, were expelled by France.'), [
      'FR expel 12 diplomats of IR',
    ]);
    // and so is a participle's aside between commas: the verb after it is the count's
    assert.deepEqual(
      facts('Two Russian soldiers, wearing uniforms, were killed. One of them, sitting in a car, was arrested.'),
      ['- kill 2 soldiers of RU', '- arrest 1 - of -'],
    );
    assert.deepEqual(facts('Police raided the house, arresting four Kenyans, and seized 10 guns.'), [
      '- arrest 4 Kenyans of KE',
      '- seize 10 guns of -',
    ]);
    assert.deepEqual(facts("Poland's top five brewers, which produce half the beer, could all raise prices."), [
      '- raise 5 brewers of PL',
    ]);
    // a possessive before a verb is the subject's, not the counted's: a place where it happens is no target
    assert.deepEqual(facts("Hungary's police detained 150 migrants near the border."), ['HU detain 150 migrants of -']);
    // and a limit in a verb joined to the fact's own is that fact's
    assert.deepEqual(facts('Three Russian diplomats were declared persona non grata and must leave within a week.'), [
      '- declare 3 diplomats of RU by 2022-04-12',
    ]);
    // a verb joined by "and" acts for the subject before, past its own modal or auxiliary
    assert.deepEqual(facts('Israel released 26 Palestinian prisoners and will free 78 more.'), [
      'IL release 26 prisoners of PS',
      'IL free 78 prisoners of PS',
    ]);
    // a country in a name after the count is no possessor
    assert.deepEqual(facts('Britain expelled five spies.'), ['GB expel 5 spies of -']);
  });
  it('"others" are of the people counted just before in the sentence', () => {
    assert.deepEqual(facts('Fighters killed three Israeli soldiers and seriously wounded six others.'), [
      '- kill 3 soldiers of IL',
      '- wound 6 soldiers of IL',
    ]);
    // (their noun too, FACTS.md; with no count before them they name none)
    assert.deepEqual(facts('The quake killed at least six people and injured some 200 others.'), [
      '- kill 6 people of -',
      '- injure 200 people of -',
    ]);
    assert.deepEqual(facts('Police released 50 others.'), ['- release 50 - of -']);
  });
  it('a group counted again without its country is the one counted in the sentence or two before', () => {
    assert.deepEqual(
      facts('Hezbollah killed three Israeli soldiers. The army returned fire. In addition, 73 soldiers were killed.'),
      ['- kill 3 soldiers of IL', '- kill 73 soldiers of IL'],
    );
    // not further back, nor when the soldiers are the actor's own
    assert.deepEqual(
      facts('Fighters killed three Israeli soldiers. It rained. Talks stalled. Later, 73 soldiers were killed.'),
      ['- kill 3 soldiers of IL', '- kill 73 soldiers of -'],
    );
    assert.deepEqual(facts('Israel freed three Lebanese prisoners. Lebanon then freed 12 prisoners.'), [
      'IL free 3 prisoners of LB',
      'LB free 12 prisoners of -',
    ]);
  });
  it("as many counted again by the same action are the same group: a headline's, then the story's", () => {
    assert.deepEqual(
      facts('Gunmen kill 19 Algerians.\nGunmen killed 19 civilians overnight. Police said the 19 had been killed.'),
      ['- kill 19 Algerians of DZ', '- kill 19 civilians of DZ', '- kill 19 civilians of DZ'],
    );
    // not another number, nor another action
    assert.deepEqual(facts('Gunmen kill 19 Algerians.\nGunmen killed 12 civilians and freed 19 hostages.'), [
      '- kill 19 Algerians of DZ',
      '- kill 12 civilians of -',
      '- free 19 hostages of -',
    ]);
  });
  it('a plural that is a noun first is the subject of the base verb after it: "Rebels seize 20 hostages"', () => {
    assert.deepEqual(facts('Rebels seize 20 Congolese hostages.'), ['- seize 20 hostages of CD']);
  });
  it('what is to be done to a counted object is the action: "require six stores to be opened"', () => {
    assert.deepEqual(
      facts('The licenses require a minimum of six superstores to be opened. Rules call for one run to be completed.'),
      ['- open 6 superstores of -', '- complete 1 run of -'],
    );
    // not what the object is let to do, nor a passive with no counted object
    assert.deepEqual(facts('Egypt allowed five Libyan soldiers to stay.'), ['EG allow 5 soldiers of LY']);
    // an uncounted object, then the infinitive whose object is counted: that is the action, with the limit between
    assert.deepEqual(facts('The bill would require teams within six months to visit seven countries.'), [
      '- visit 7 countries of - by 2022-10-05',
    ]);
    // not when the infinitive counts nothing: the count is the offer's
    assert.deepEqual(facts('About 150 employees will be offered the chance to relocate.'), [
      '- offer 150 employees of -',
    ]);
    // a time granted is the verb's own object ("offered him a week to withdraw"); no object, no hand-on
    assert.deepEqual(facts('He offered Iraq a week to withdraw. He decided whether to free 20 prisoners.'), [
      '- offer - of IQ by 2022-04-12',
      '- free 20 prisoners of -',
    ]);
  });
  it('a participle that closes its clause right after a count is its passive: it takes no later count', () => {
    assert.deepEqual(facts('It was marred by violence, with 1,100 people killed and 300,000 forced to flee.'), [
      '- kill 1100 people of -',
      '- flee 300000 people of -',
    ]);
    // not one with an object or a phrase after it
    assert.deepEqual(facts('Five inspection teams visited a total of nine sites.'), ['- visit 9 sites of -']);
  });
  it('a word that completes the counted object of a verb of making is no verb of theirs', () => {
    // ("made 160 ships idle": no idling by the ships)
    assert.deepEqual(facts('The strike made an estimated 160 ships idle.'), []);
    assert.deepEqual(facts('Shipowners idle 160 ships.'), ['- idle 160 ships of -']);
  });
  it('"N of its X": the country the possessive refers back to in the sentence', () => {
    assert.deepEqual(facts('It said Iraqi Brigade 604 was shattered and 200 of its personnel were killed.'), [
      '- kill 200 personnel of IQ',
    ]);
    // "their" is of a plural, which one country does not name
    assert.deepEqual(facts('Officials in Kenya said police arrested 30 of their supporters.'), [
      '- arrest 30 supporters of -',
    ]);
  });
  it('several states acting together make a total; one body of nations does not', () => {
    const totals = (text: string) =>
      annotate(text, { articleDate: '2022-04-05' }).facts.map((f) => `${f.action} ${f.count?.value} ${f.total}`);
    assert.deepEqual(totals('In all, 26 countries expelled 150 diplomats.'), ['expel 150 true']);
    assert.deepEqual(totals('The United Nations evacuated 60 aid workers.'), ['evacuate 60 false']);
    // what each of them did is no total
    assert.deepEqual(totals('Both countries expelled five diplomats each. The two states each expelled six.'), [
      'expel 5 false',
      'expel 6 false',
    ]);
    // states named in a phrase after a subject count are not its subject; the count's own noun is
    assert.deepEqual(totals('Since May, 587 refugees from the 11 countries were admitted. Five nations voted no.'), [
      'admit 587 false',
      'vote 5 true',
    ]);
  });
  it('a clause opened by a subordinator and closed by a comma leaves the count after it to the main clause', () => {
    // (its verb has no object there, nor does the verb of an earlier clause; the count's phrase may name a place)
    assert.deepEqual(facts('After the ban was lifted, 587 refugees from the 11 countries were allowed in.'), [
      '- allow 587 refugees of -',
    ]);
    assert.deepEqual(facts('Police said that after the troops left, 40 people from the town were killed.'), [
      '- kill 40 people of -',
    ]);
    // an aside after the verb of the clause's own subject, or a clause that follows its main one, keeps the object
    assert.deepEqual(facts('The rebels fled after the army killed, by its own count, 40 fighters.'), [
      '- kill 40 fighters of -',
    ]);
    assert.deepEqual(
      facts('It grew after the Fed approved five dealers, including two Japanese brokerages, in June.'),
      ['- approve 5 dealers of -', '- approve 2 brokerages of JP'],
    );
  });
  it('a state\'s arms act for it: "U.S. warships launched about 75 cruise missiles"; a people\'s fighters do not', () => {
    assert.deepEqual(facts('U.S. warships launched about 75 cruise missiles at targets in Sudan.'), [
      'US launch 75 missiles of -',
    ]);
    assert.deepEqual(facts('Lebanese fighters killed two soldiers.'), ['- kill 2 soldiers of -']);
  });
  it('a sentence that tells the same act again with no count gives its limit to the fact before', () => {
    // (5 April 2022 + a week = 12 April)
    assert.deepEqual(
      facts('Russia is to expel 23 British diplomats. The ministry said the staff would be expelled within a week.'),
      ['RU expel 23 diplomats of GB by 2022-04-12'],
    );
    // another act keeps its own
    assert.deepEqual(
      facts(
        'Russia is to expel 23 British diplomats. The ministry said British staff must vacate the council within a week.',
      ),
      ['RU expel 23 diplomats of GB', '- vacate - of - by 2022-04-12'],
    );
  });
  it('"N of whom / of which" heads its own clause: the part underwent the verb after it', () => {
    assert.deepEqual(facts('Police arrested 45 people, 12 of whom were charged.'), [
      '- arrest 45 people of -',
      '- charge 12 - of -',
    ]);
    assert.deepEqual(facts('It owns 12 plants, three of which were closed.'), ['- close 3 - of -']);
  });
  it('a limit someone meets or misses is theirs, not the limit of the fact before it', () => {
    assert.deepEqual(facts('23 Russian diplomats will be expelled after Russia failed to meet a midnight deadline.'), [
      '- expel 23 diplomats of RU',
      'RU meet - of - by 2022-04-04T24:00', // (a midnight that was missed closed the day before the story's)
    ]);
  });
  it('"made … persona non grata" declares them; "made" with anything else makes no fact', () => {
    assert.deepEqual(facts('Russia made three Moldovan diplomats persona non grata.'), [
      'RU declare 3 diplomats of MD',
    ]);
    assert.deepEqual(facts('Russia made three Moldovan diplomats happy.'), []);
  });
  it('a people in the plural before a base form is its subject: "The Russians expel …"; a name in -s is not', () => {
    assert.deepEqual(facts('The Russians expel two Italian diplomats.'), ['RU expel 2 diplomats of IT']);
    assert.deepEqual(facts('A Paris court sentenced four men.'), ['FR sentence 4 men of -']);
  });
  it('"May" with a capital is a name or a month, no modal: "Theresa May said" is a verb of saying', () => {
    assert.deepEqual(facts('Theresa May said the diplomats, who have a week to leave, were spies.'), [
      '- leave - of - by 2022-04-12',
    ]);
    assert.deepEqual(facts('They may wound 30 people.'), ['- wound 30 people of -']);
  });
  it('no verb inside a noun phrase: the first half of a compound, a noun after a singular article', () => {
    assert.deepEqual(facts('He said a police officer and two members of the media were injured.'), [
      '- injure 2 members of -',
    ]);
    assert.deepEqual(
      facts('They had to run the gauntlet of riot-equipped and black-uniformed police and 150 troops.'),
      ['- run 150 troops of -'],
    );
    // a plural subject before a base form still acts; a compound verb is its second half's
    assert.deepEqual(facts('Police arrest 40 people. North Korea test-fired two missiles.'), [
      '- arrest 40 people of -',
      'KP test-fire 2 missiles of -',
    ]);
  });
  it('no fact without an action verb, or from a verb of saying', () => {
    assert.deepEqual(facts('Eight Russian diplomats in the delegation for two weeks.'), []);
    assert.deepEqual(facts('Officials said 40 diplomats.'), []);
    assert.deepEqual(facts('"We lost," two officials conceded, and three others acknowledged it.'), []);
    // "told" with an infinitive after its object orders: the action, like "ordered"
    assert.deepEqual(facts('Latvia told 13 Russian diplomats to leave by Friday.'), [
      'LV tell 13 diplomats of RU by 2022-04-08',
    ]);
  });
});

import * as assert from 'node:assert/strict';
import { annotate } from '../../src/core';
import { times } from './helpers';

const deadlines = (text: string) =>
  annotate(text, { articleDate: '2022-03-30' }).annotations.flatMap((a) =>
    a.kind === 'time' && a.time.deadline ? [`${a.text}→${a.time.deadline.due} (${a.time.deadline.cue})`] : [],
  );

describe('DeadlineRefiner', () => {
  describe('finds limits', () => {
    it('"given N to leave" and a headline "N to leave"', () => {
      assert.deepEqual(deadlines('They were given two weeks to leave the country.'), [
        'two weeks→2022-04-13 (given … to)',
      ]);
      assert.deepEqual(deadlines('72 hours to leave the country'), ['72 hours→2022-04-02 (… to)']);
      // (a line that opens with a length and something after it is no such headline)
      assert.deepEqual(deadlines('A year after squeezing to power, the premier has swept away controls.'), []);
      // (nor is a line the wire wrapped)
      assert.deepEqual(
        deadlines('At the session, the fourth attempt in\ntwo years to negotiate a pact, it failed.'),
        [],
      );
      // a few hours from the story's day end on that day, at an hour the text does not give
      assert.deepEqual(deadlines('He had less than two hours to leave the country.'), [
        'less than two hours→2022-03-30 (given … to)',
      ]);
      // "has N left to": what is left of a limit; a game's clock is none
      assert.deepEqual(deadlines('Saddam has five weeks left to withdraw.'), ['five weeks→2022-05-04 (given … to)']);
      assert.deepEqual(deadlines('With two minutes left to play, he scored.'), []);
      // past an aside set off by commas (30 March + 10 days = 9 April); not a time spent
      assert.deepEqual(deadlines('The president has 10 days, excluding Sundays, to sign the bill.'), [
        '10 days→2022-04-09 (given … to)',
      ]);
      assert.deepEqual(deadlines('He spent 10 days, officials said, to recover.'), []);
      // past a recipient named twice, with more time ("an extra week", "an additional 10 days") as much as with
      // the first (30 March + a week = 6 April, + 10 days = 9 April)
      assert.deepEqual(
        deadlines(
          'NATO gave the Yugoslav President, Mr Slobodan Milosevic, an additional 10 days to comply. It gave Belgrade an extra week to reply.',
        ),
        ['additional 10 days→2022-04-09 (given … to)', 'an extra week→2022-04-06 (given … to)'],
      );
      // what a ruling leaves someone is given to them (30 March + two weeks = 13 April); leaving for a time is none
      assert.deepEqual(deadlines('The ruling leaves Iraq two weeks to comply. He left two weeks to visit Rome.'), [
        'two weeks→2022-04-13 (given … to)',
      ]);
      // so is what a rule allows or grants them in the present (30 March + 90 days = 28 June); "allows for" a length is none
      assert.deepEqual(
        deadlines('The law allows companies 90 days to respond. The plan allows for 10 years of growth.'),
        ['90 days→2022-06-28 (given … to)'],
      );
      // a length told as run out was counted from a day before the story, which the text does not give
      assert.deepEqual(deadlines('The 30-day deadline to appeal had passed. They missed the 10-day deadline.'), [
        '30-day→null (deadline)',
        '10-day→null (deadline)',
      ]);
      // a length after "for" is how long something went on, not time allowed (30 March + 2 days = 1 April)
      assert.deepEqual(
        deadlines('It urged the rebels it has been fighting for several weeks to surrender within 48 hours.'),
        ['48 hours→2022-04-01 (within)'],
      );
      // "in which to": the same time allowed (30 March + 60 days = 29 May); not the time an event took
      assert.deepEqual(deadlines('The board has 60 days in which to act.'), ['60 days→2022-05-29 (given … to)']);
      assert.deepEqual(deadlines('It took 60 days in which to build it.'), []);
      // nor is a length taken, spent or needed to do something, whoever has it
      assert.deepEqual(deadlines('We did in a year what would have taken five to 10 years to set up.'), []);
      assert.deepEqual(deadlines('Firms need two years to adapt; banks have spent six months to prepare.'), []);
      // nor a length a grant is spread over
      assert.deepEqual(
        deadlines('Banks would grant loans of two billion dlrs over the next two years to help it.'),
        [],
      );
      // past the length it stands in for (30 March + six months = 30 September); not a comparison of lengths done
      assert.deepEqual(deadlines('The decree gives the company six months instead of three to sell the assets.'), [
        'six months→2022-09-30 (given … to)',
      ]);
      assert.deepEqual(deadlines('The work took six months instead of three to finish.'), []);
      // the length of what was granted is no limit (DEADLINES.md: "the 60-day extension")
      assert.deepEqual(deadlines('It was granted a 30-day extension and given a 90-day reprieve.'), []);
    });
    it('"must … by", "has until", "a deadline of", "expires on"', () => {
      assert.deepEqual(deadlines('Latvia said the two diplomats must leave by midnight on Friday.'), [
        'midnight on Friday→2022-04-01T24:00 (must … by)',
      ]);
      assert.deepEqual(deadlines('Ethiopia has until noon Friday to reply.'), [
        'noon Friday→2022-04-01T12:00 (has until)',
      ]);
      assert.deepEqual(deadlines('Estonia gave its two a deadline of 1 May.'), ['1 May→2022-05-01 (deadline)']);
      // a time that a copula says is a deadline, also as what someone said (not the day someone spoke); one
      // still ahead, as the present tells (the March just past was 29 days before 30 March: the next one)
      assert.deepEqual(deadlines('He said March 1 is "a hard deadline." March 3 is a holiday.'), [
        'March 1→2023-03-01 (deadline)',
      ]);
      // "the final date for", as "the last day to"; not the last day of something
      assert.deepEqual(deadlines('The final date for acceptances is April 2. The last day of trading was Friday.'), [
        'April 2→2022-04-02 (deadline)',
      ]);
      // the length of an option to act is time allowed, from a start the text does not give; an option's name is none
      assert.deepEqual(deadlines('It acquired a two-year option to buy 10%. The 10-year stock option plan passed.'), [
        'two-year→null (valid for)',
      ]);
      // so is the length of a right to act, exclusive or not; a right of way is no such right
      assert.deepEqual(deadlines('It has a 60-day exclusive right to negotiate. The 10-year right of way lapsed.'), [
        '60-day→null (valid for)',
      ]);
      // the day that opens the sentence when its clause tells what is in force running out; not any ending
      assert.deepEqual(
        deadlines('On April 8, the offer expires. On April 9, a 90-day truce ends. On May 1, the tour ends.'),
        ['April 8→2022-04-08 (expires)', 'April 9→2022-04-09 (expires)'],
      );
      // a date in apposition to the day something expires on
      assert.deepEqual(deadlines('The privilege expires on the maturity date, June 30, 1992.'), [
        'June 30, 1992→1992-06-30 (expires)',
      ]);
      assert.deepEqual(deadlines('The notes mature on the maturity date, June 30, 1992.'), []);
      // the first of the limits the terms choose between; "later" that is no choice of limits marks nothing
      assert.deepEqual(
        deadlines('The rights will expire on the later of February 17 next year or 60 days from the date they vest.'),
        ['February 17 next year→2023-02-17 (expires)'],
      );
      assert.deepEqual(deadlines('The offer expires on the earlier of June 30 or the closing.'), [
        'June 30→2022-06-30 (expires)',
      ]);
      assert.deepEqual(deadlines('He said later of course that the talks on June 30 went well.'), []);
      // a deadline noun with its own time was set on the day after it (30 March + 4 days = 3 April); one without
      // is met on that day
      assert.deepEqual(deadlines('Libya gave them a four-day deadline on Wednesday to surrender.'), [
        'four-day→2022-04-03 (deadline)',
      ]);
      assert.deepEqual(deadlines('The rebels face a deadline on Friday.'), ['Friday→2022-04-01 (deadline)']);
      // nor another time through a preposition past the noun's complement; one without its own time takes it
      assert.deepEqual(
        deadlines('The panel failed to meet an April 1 deadline for action on its budget for the coming fiscal year.'),
        ['April 1→2022-04-01 (deadline)'],
      );
      assert.deepEqual(deadlines('The guerrillas set a deadline for a settlement at noon Sunday.'), [
        'noon Sunday→2022-04-03T12:00 (deadline)',
      ]);
      // past the part of the day the date is told with; after a deadline noun and a colon
      assert.deepEqual(deadlines('It gave the group until the evening of April 5 to agree to the deal.'), [
        'April 5→2022-04-05 (has until)',
      ]);
      assert.deepEqual(deadlines('He set a firm deadline: 6 p.m. Sunday. The reason: Sunday is a holiday.'), [
        '6 p.m. Sunday→2022-04-03T18:00 (deadline)',
      ]);
      assert.deepEqual(deadlines('The offer expires on June 3.'), ['June 3→2022-06-03 (expires)']);
      // what expires lies ahead: the coming Monday (4 April), not the one just past (28 March)
      assert.deepEqual(deadlines('The offer expires on Monday.'), ['Monday→2022-04-04 (expires)']);
      // the time someone had ran out before the story (Monday 28 March); one they have, were given, or were said to
      // have (a reported "had"), lies ahead
      assert.deepEqual(deadlines('Iraq had until Monday to comply.'), ['Monday→2022-03-28 (has until)']);
      assert.deepEqual(deadlines('Iraq was given until Monday to comply.'), ['Monday→2022-04-04 (has until)']);
      assert.deepEqual(deadlines('Officials said Iraq had until Monday to comply.'), ['Monday→2022-04-04 (has until)']);
    });
    it('a limit still to be met lies ahead, though a bare date would be the one just past', () => {
      // on 30 March "January 15" alone is the one ten weeks back; one that Iraq has, or must meet, is next January's
      assert.deepEqual(deadlines('Iraq has until January 15 to withdraw.'), ['January 15→2023-01-15 (has until)']);
      // so does a holiday's (its day in the next year: Thanksgiving moves); told in the past it stays behind
      assert.deepEqual(deadlines('He has until Thanksgiving to decide; they must finish by Christmas.'), [
        'Thanksgiving→2022-11-24 (has until)',
        'Christmas→2022-12-25 (must … by)',
      ]);
      assert.deepEqual(deadlines('Applications must be in no later than 12 noon on March 3.'), [
        '12 noon on March 3→2023-03-03T12:00 (no later than)',
      ]);
      // told in the past, with the year written, or placed by "last": where the text puts it
      assert.deepEqual(deadlines('Iraq had until January 15 to withdraw.'), ['January 15→2022-01-15 (has until)']);
      // but a day a few days after the story is that one: the extension is past, its limit ahead
      assert.deepEqual(deadlines('The offer had been extended to 5 p.m. on April 2.'), [
        '5 p.m. on April 2→2022-04-02T17:00 (extended to)',
      ]);
      // so is what had been asked before the story's past; in the simple past or the present perfect it lies ahead
      // an adverb inside the past perfect leaves it past ("had previously given him until Friday")
      assert.deepEqual(deadlines('NATO had previously given Milosevic until 8 p.m. Monday to comply.'), [
        '8 p.m. Monday→2022-03-28T20:00 (has until)',
      ]);
      assert.deepEqual(deadlines('The four diplomats had been ordered to leave the country by Monday.'), [
        'Monday→2022-03-28 (must … by)',
      ]);
      assert.deepEqual(deadlines('The four diplomats have been ordered to leave the country by Monday.'), [
        'Monday→2022-04-04 (must … by)',
      ]);
      // and so is a grant told in the simple past; a grant in the present perfect still holds
      assert.deepEqual(deadlines('The UN gave Iraq until January 15 to withdraw.'), [
        'January 15→2022-01-15 (has until)',
      ]);
      assert.deepEqual(deadlines('The UN has given Iraq until January 15 to withdraw.'), [
        'January 15→2023-01-15 (has until)',
      ]);
      // so is one set in a past written as its base, after its subject; "sets" is the present
      assert.deepEqual(deadlines('The league set a deadline of Jan. 7. The league sets a deadline of Jan. 9.'), [
        'Jan. 7→2022-01-07 (deadline)',
        'Jan. 9→2023-01-09 (deadline)',
      ]);
      // the nearest tense tells: a past in another clause does not ("was sentenced … and must surrender"),
      // a present in what was ruled does not either ("had ruled that he must …, and set Friday as the deadline")
      assert.deepEqual(deadlines('He was sentenced to 10 years and must surrender by Jan. 15.'), [
        'Jan. 15→2023-01-15 (must … by)',
      ]);
      assert.deepEqual(
        deadlines('The INS had ruled that the boy must be returned to his father, and set Friday as the deadline.'),
        ['Friday→2022-03-25 (deadline)'],
      );
      assert.deepEqual(deadlines('The court had ruled that he must leave by Jan. 15.'), [
        'Jan. 15→2023-01-15 (must … by)',
      ]);
      assert.deepEqual(deadlines('Iraq has until January 15, 2022 to withdraw.'), [
        'January 15, 2022→2022-01-15 (has until)',
      ]);
      // a weekday too: on Wednesday 30 March "a Friday deadline" lawmakers face is 1 April, not 25 March
      assert.deepEqual(deadlines('Lawmakers face a Friday deadline to pass the budget.'), [
        'Friday→2022-04-01 (deadline)',
      ]);
      // one someone failed to meet is behind, as one missed is (the Friday before; last year's March 1)
      assert.deepEqual(deadlines('Lawmakers failed to meet a Friday deadline to pass the budget.'), [
        'Friday→2022-03-25 (deadline)',
      ]);
      assert.deepEqual(deadlines('The company said it had failed to meet the March 1 deadline.'), [
        'March 1→2022-03-01 (deadline)',
      ]);
      assert.deepEqual(deadlines('They have until last Friday.'), ['last Friday→2022-03-25 (has until)']);
      // a date of the last few days is the limit just passed, as news reports it
      assert.deepEqual(deadlines('The ruling ordered the agency to return the child by March 28.'), [
        'March 28→2022-03-28 (must … by)',
      ]);
      // a limit set in the past reaches back two months (1 March is 29 days before 30 March); one set in the
      // present, or a date further back, is the coming one
      assert.deepEqual(deadlines('The law required the list be ready by March 1.'), ['March 1→2022-03-01 (must … by)']);
      assert.deepEqual(deadlines('The law requires the list be ready by March 1.'), ['March 1→2023-03-01 (must … by)']);
      assert.deepEqual(deadlines('The court ordered Russia to cut its staff by January 15.'), [
        'January 15→2023-01-15 (must … by)',
      ]);
    });
    it('an offer open until a time', () => {
      assert.deepEqual(deadlines('The offer is open until 3pm on 14 April.'), [
        '3pm on 14 April→2022-04-14T15:00 (valid until)',
      ]);
      assert.deepEqual(deadlines('The museum is open until 6pm on Friday.'), []);
      // and securities on sale: a share issue that remains open to buyers; not one that is only discussed
      assert.deepEqual(deadlines('The issue, which remains open until October 28, was underwritten last week.'), [
        'October 28→2022-10-28 (valid until)',
      ]);
      assert.deepEqual(deadlines('The issue was debated until October 28.'), []);
    });
    it('"must … within N days" counts from the article date', () => {
      assert.deepEqual(deadlines('Importers must file declarations within 30 days.'), ['30 days→2022-04-29 (within)']);
    });
    it('counts from the day the text names', () => {
      assert.deepEqual(deadlines('On Monday, Lithuania gave the envoy five days to leave.'), [
        'five days→2022-04-02 (given … to)',
      ]);
      // Saturday before 2022-03-30 is the 26th; a week on, at noon, is 2 April 12:00
      assert.deepEqual(
        deadlines('An ultimatum demanding that they withdraw within a week, starting at noon Saturday.'),
        ['a week→2022-04-02T12:00 (within)'],
      );
      // "within 30 days of March 1": counted from the day after "of" (1 March + 30 days = 31 March)
      assert.deepEqual(deadlines('The company must file the plan within 30 days of March 1.'), [
        '30 days→2022-03-31 (within)',
      ]);
      // and from the day of the event "of" names (20 February + 90 days = 21 May); with no day, none
      assert.deepEqual(
        deadlines(
          'The loan must be repaid within 90 days of the signing on Feb. 20. They must act within 90 days of the signing.',
        ),
        ['90 days→2022-05-21 (within)', '90 days→null (within)'],
      );
      // a clock time on a day counted from an event has no due date (DEADLINES.md: "by 10 a.m. on the third trading day")
      assert.deepEqual(deadlines('Payment must be made by 10 a.m. on the third trading day.'), [
        '10 a.m.→null (must … by)',
      ]);
    });
    it('"deadline" after the date, agreements that call for it, orders that last until a day', () => {
      // 2022-03-30 is a Wednesday: the coming Friday is 1 April
      assert.deepEqual(deadlines('The ministry will set Friday as the deadline for his return.'), [
        'Friday→2022-04-01 (deadline)',
      ]);
      assert.deepEqual(deadlines('The accord called for the company to buy the shares within 18 months.'), [
        '18 months→2023-09-30 (within)',
      ]);
      assert.deepEqual(deadlines('A court ordered that the boy remain in Miami until May 6.'), [
        'May 6→2022-05-06 (has until)',
      ]);
    });
    it('"given 72 hours", "must leave in 48 hours", "must leave before March 31"', () => {
      // 72 hours from 2022-03-30 is 2 April, 48 hours is 1 April
      assert.deepEqual(deadlines('Five diplomats were expelled and given 72 hours.'), ['72 hours→2022-04-02 (given)']);
      // the time a person has, the act left unsaid, where the length ends the clause
      assert.deepEqual(deadlines('They have 72 hours. He has only 48 hours, officials said.'), [
        '72 hours→2022-04-02 (given)',
        'only 48 hours→2022-04-01 (given)',
      ]);
      assert.deepEqual(
        deadlines('We had 48 hours of rain. The battery has 10 hours. They have 72 hours of footage.'),
        [],
      );
      assert.deepEqual(deadlines('The envoys must leave in 48 hours.'), ['48 hours→2022-04-01 (must … in)']);
      // the first years of a life the text does not date give no due date
      assert.deepEqual(deadlines('Each warrant gives the right in the first three years to exchange the bond.'), [
        'the first three years→null (given … to)',
      ]);
      // the obligation may stand a few words before the verb's object ("forced Microsoft to comply with conduct
      // remedies in 90 days")
      assert.deepEqual(deadlines('The judge forced Microsoft to comply with conduct remedies in 90 days.'), [
        '90 days→2022-06-28 (must … in)',
      ]);
      assert.deepEqual(deadlines('Microsoft is supposed to deal with the remedies in 90 days.'), [
        '90 days→2022-06-28 (must … in)',
      ]);
      // (and a participle's: "By forcing Microsoft to comply … in 90 days, Jackson …"; not a plan's "in 90 days")
      assert.deepEqual(deadlines('By forcing Microsoft to comply with the remedies in 90 days, Jackson erred.'), [
        '90 days→2022-06-28 (must … in)',
      ]);
      assert.deepEqual(deadlines('By opening three stores in 90 days, the chain grew.'), []);
      // an obligation a length ahead of an event: a limit whose day the event gives (null here)
      assert.deepEqual(deadlines('Voters must register at least 30 days before the election.'), [
        'at least 30 days→null (must … before)',
      ]);
      assert.deepEqual(deadlines('Voters registered at least 30 days before the election.'), []);
      // (a definite length without "at least" too; not one that only says when something happened)
      assert.deepEqual(
        deadlines('Voters must register 30 days before the election. He arrived two days before the vote.'),
        ['30 days→null (must … before)'],
      );
      // "have to" obliges as "must" does; "is to" is a schedule
      assert.deepEqual(deadlines('They will have to leave the country in two weeks.'), [
        'two weeks→2022-04-13 (must … in)',
      ]);
      assert.deepEqual(deadlines('Britain is to take in 20,000 refugees in five years.'), []);
      assert.deepEqual(deadlines('Officials must leave before March 31.'), ['March 31→2022-03-31 (must … before)']);
      // or before what happens on a day, which is the limit (not the time that is the subject of that clause)
      assert.deepEqual(deadlines('Congress must pass a budget before the fiscal year starts on Oct. 1.'), [
        'Oct. 1→2022-10-01 (must … before)',
      ]);
      assert.deepEqual(deadlines('The union must respond before the talks resume on Monday.'), [
        'Monday→2022-04-04 (must … before)', // Wednesday 30 March: the coming Monday
      ]);
      assert.deepEqual(deadlines('Prices rose before the talks resume on Monday.'), []);
      // fronted, the event's day is a limit of what must be done, not of what was required before it
      assert.deepEqual(deadlines('Before the talks resume on Monday, the union must respond.'), [
        'Monday→2022-04-04 (must … before)',
      ]);
      assert.deepEqual(deadlines('Before the rule change today, the exchange required two days of limit moves.'), []);
      assert.deepEqual(
        deadlines(
          'Before 2021, thrift institutions paid a yield differential over that offered by banks as mandated by law.',
        ),
        [],
      );
      // a length "of" an event is that event's; a period's end glued to its month leads no act
      assert.deepEqual(
        deadlines(
          'Lobbyists asked for the exclusions in the two days of public testimony. Six months to end-December Shr 32.6p vs 22.3p',
        ),
        [],
      );
      // a month whose name is a verb's ends the period, no act after "to"; a verb still is one
      assert.deepEqual(
        deadlines('Costs rose 1.2 pct in the three months to March. Six months to March 31 Shr 16p'),
        [],
      );
      assert.deepEqual(deadlines('Ministers were given three months to march the troops home.'), [
        'three months→2022-06-30 (given … to)',
      ]);
      assert.deepEqual(deadlines('They must leave in two days.'), ['two days→2022-04-01 (must … in)']);
      // the obligation must be of the same clause: a deadline told before a clause of its own is none
      assert.deepEqual(
        deadlines(
          'The deadline could touch off a firestorm in Congress, where leaders fear war will erupt before Congress returns from recess in January.',
        ),
        [],
      );
      // the length a deadline noun gives; not the length of any period
      assert.deepEqual(deadlines('The rebels were given a deadline of 48 hours.'), ['48 hours→2022-04-01 (deadline)']);
      assert.deepEqual(deadlines('It was a period of two weeks.'), []);
      // or as the subject of the copula before it (counted from an event the text dates not: no due date)
      assert.deepEqual(deadlines('The deadline for comments is 30 days after publication. The deadline is 10 days.'), [
        '30 days→null (deadline)',
        '10 days→2022-04-09 (deadline)',
      ]);
      assert.deepEqual(deadlines('The period is 30 days. The deadline passed and the delay is 10 days.'), []);
    });
    it('"the end of the week" is due on its Sunday', () => {
      // 2022-03-30 is in ISO week 13, Monday 28 March to Sunday 3 April
      assert.deepEqual(deadlines('Troops must withdraw by the end of the week.'), [
        'the end of the week→2022-04-03 (must … by)',
      ]);
    });
    it('"until the end of the month", "by the weekend", "expires in six months"', () => {
      // article date Wednesday 2022-03-30: the month ends on the 31st, the weekend ahead ends on Sunday 3 April
      assert.deepEqual(deadlines('The EU gave Hungary until the end of the month to respond.'), [
        'the end of the month→2022-03-31 (has until)',
      ]);
      assert.deepEqual(deadlines('The diplomats must leave by the weekend.'), ['the weekend→2022-04-03 (must … by)']);
      assert.deepEqual(deadlines('The visa expires in six months.'), ['six months→2022-09-30 (expires)']);
      // adverbs may stand between the expiry and the length (30 March + 30 days = 29 April); an object makes
      // the verb an act, a threat or a plan, not what is in force running out
      assert.deepEqual(deadlines('The licence terminates automatically in 30 days.'), ['30 days→2022-04-29 (expires)']);
      assert.deepEqual(deadlines("I'll terminate NAFTA in two seconds. They will terminate the lease in 30 days."), []);
    });
    it('the end of a validity period: offers, rights, loans, prices in effect, extensions, bars', () => {
      assert.deepEqual(deadlines('The tender offer was extended to June 5.'), ['June 5→2022-06-05 (extended to)']);
      // a plan that runs out is no plan of the time
      assert.deepEqual(deadlines('The plan expires on July 5. It plans to end the offer on July 6.'), [
        'July 5→2022-07-05 (expires)',
      ]);
      // "extended" before its noun extends nothing
      assert.deepEqual(
        deadlines('Borrowings less extended credits averaged 361 mln dlrs a day in the week to Wednesday, April 6.'),
        [],
      );
      // past the length it was moved by, the weekday it was moved to lies ahead (Wednesday 30 March: 1 April)
      assert.deepEqual(deadlines('The strike deadline was extended by 24 hours to midnight Friday.'), [
        'midnight Friday→2022-04-01T24:00 (extended to)',
      ]);
      assert.deepEqual(deadlines('Prices are to be in effect through midnight April 8.'), [
        'midnight April 8→2022-04-08T24:00 (valid through)',
      ]);
      assert.deepEqual(deadlines('It applies, until July 1, to uranium ore.'), ['July 1→2022-07-01 (valid until)']);
      assert.deepEqual(deadlines('These loans are available until March 31.'), ['March 31→2022-03-31 (valid until)']);
      // so does what lasts until an event on a day ("until a hearing on Monday", "until the April 6 hearing"),
      // not what went on until it
      assert.deepEqual(deadlines('The injunction remains in effect until a hearing on Monday.'), [
        'Monday→2022-04-04 (valid until)',
      ]);
      assert.deepEqual(deadlines('The order requires him to remain in the area until the April 6 hearing.'), [
        'April 6→2022-04-06 (has until)',
      ]);
      assert.deepEqual(deadlines('The talks lasted until a meeting on Monday.'), []);
      // and what must be done by or before an event in a year is done in that year; not what merely came before it
      assert.deepEqual(deadlines('The state must redraw its districts before the 2024 elections.'), [
        '2024→null (must … before)',
      ]);
      assert.deepEqual(
        deadlines('Sales rose before the 2020 elections; it will not end before the 2024 elections.'),
        [],
      );
      // and a law that "sunsets" expires
      assert.deepEqual(deadlines('The tax break sunsets at the end of 2023; they watched the sunset on Friday.'), [
        'the end of 2023→2023-12-31 (expires)',
      ]);
      // "the end of" that leads a period, or a day that names an accord, is no ending of what is in force
      assert.deepEqual(
        deadlines(
          'Banks will put the loans on nonaccrual after the end of their first quarter. He said the end of the February 22 Louvre accord was near.',
        ),
        [],
      );
      assert.deepEqual(deadlines('The loan accord ends on February 22.'), ['February 22→2023-02-22 (expires)']);
      // an expiry told a length after another day
      assert.deepEqual(
        deadlines('The rights will be issued on April 6, and expire ten years later on April 6, 2032.'),
        ['ten years later→null (expires)', 'April 6, 2032→2032-04-06 (expires)'],
      );
      // the particle of "fall through", "follow through" spans no time
      assert.deepEqual(deadlines('The offer fell through last week, and the merger almost fell through in March.'), []);
      assert.deepEqual(deadlines('The offer runs through March 31.'), ['March 31→2022-03-31 (valid through)']);
      // the end of a program, a date of expiry "of either" of two limits, a stay extended with its object after
      // the time, what someone extends past a participle, a syndication open until a day
      assert.deepEqual(
        deadlines(
          'Service will continue beyond the scheduled May 1 termination of the program. The certificates will have an expiration date of either May 31, 2022, or nine months from issuance.',
        ),
        ['May 1→2022-05-01 (deadline)', 'May 31, 2022→2022-05-31 (deadline)'],
      );
      assert.deepEqual(
        deadlines(
          'The court extended to May 22 a stay of proceedings. The firm extended to June 30 from June 4 a sale program. The pact provides that the offices served by Quotron be extended through November 2023. Syndication runs until April 8.',
        ),
        [
          'May 22→2022-05-22 (extended to)',
          'June 30→2022-06-30 (extended to)',
          'November 2023→2023-11-30 (valid through)',
          'April 8→2022-04-08 (valid until)',
        ],
      );
      // a bare year before a day of a month is no span's start ("debentures due 2032 to …"); clocks' spans stay spans
      assert.deepEqual(
        deadlines('It extended the deadline of its offer for its debentures due 2032 to 1700 CDT April 24.'),
        ['1700 CDT April 24→2022-04-24T17:00 (extended to)'],
      );
      assert.deepEqual(deadlines('It plans to offer futures from 1800 to 2100 hrs Chicago time on Mondays.'), []);
      // agreements, contracts and patents in the plural are in force as the singular is, up to "the year" named
      assert.deepEqual(
        deadlines(
          'Patents and licensing agreements control its use through the year 2031; its contracts run until 2030.',
        ),
        ['2031→null (valid through)', '2030→null (valid until)'],
      );
      // what a spending measure keeps going until a time; not a store's hours nor a show's run
      assert.deepEqual(deadlines('The stopgap measure, which keeps the government open through Friday, passed.'), [
        'Friday→2022-04-01 (valid through)',
      ]);
      assert.deepEqual(
        deadlines('The store keeps its doors open until 9 p.m.; the museum keeps the show running through May 1.'),
        [],
      );
      // a discount or a promotion is an offer in force
      assert.deepEqual(deadlines('The discount program runs through April 15, and the promotion until May 2.'), [
        'April 15→2022-04-15 (valid through)',
        'May 2→2022-05-02 (valid until)',
      ]);
      // so is an introductory price, and what is "good" through a time; not a good year through a time
      assert.deepEqual(
        deadlines('After an introductory price of 199 dlrs until September 30, it will cost 349 dlrs.'),
        ['September 30→2022-09-30 (valid until)'],
      );
      assert.deepEqual(deadlines('The fare is good through June 15 and the coupons good until July 1.'), [
        'June 15→2022-06-15 (valid through)',
        'July 1→2022-07-01 (valid until)',
      ]);
      assert.deepEqual(deadlines('It had a good run through 1986.'), []);
      assert.deepEqual(deadlines('The rights terminate on May 31.'), ['May 31→2022-05-31 (expires)']);
      // "in force" is in effect; an army's force is not
      assert.deepEqual(deadlines('The embargo remains in force until June 1.'), ['June 1→2022-06-01 (valid until)']);
      // and so is "in place", not "in place of" another
      assert.deepEqual(deadlines('The embargo will stay in place until the end of the year.'), [
        'the end of the year→2022-12-31 (valid until)',
      ]);
      assert.deepEqual(deadlines('The rules, in place of the old ones until June 1, were strict.'), []);
      // a year of its own kind ends on a day the text does not give (DEADLINES.md: no due date); the calendar's does
      assert.deepEqual(
        deadlines(
          'Teachers have until the end of the school year to get certified and until the end of the calendar year to pay.',
        ),
        ['the end of the school year→null (has until)', 'the end of the calendar year→2022-12-31 (has until)'],
      );
      assert.deepEqual(deadlines('The UN force will stay until June 1.'), []);
      // a waiver and a ceiling are in force until their end too
      assert.deepEqual(deadlines('Lenders agreed to waive the covenant through June 30.'), [
        'June 30→2022-06-30 (valid through)',
      ]);
      assert.deepEqual(deadlines('The OPEC output ceiling applies through June.'), ['June→2022-06-30 (valid through)']);
      assert.deepEqual(deadlines('The agreement will bar any rate increases until at least April 2023.'), [
        'April 2023→null (valid until)',
      ]);
      assert.deepEqual(
        deadlines('Each warrant entitles the holder to buy a share between Feb 26, 2022 and Feb 26, 2024.'),
        ['Feb 26, 2024→2024-02-26 (valid until)'],
      );
      assert.deepEqual(deadlines('The tender closing on April 6 drew bids.'), ['April 6→2022-04-06 (expires)']);
      assert.deepEqual(deadlines('It bid for the warrants, which expire April 11.'), ['April 11→2022-04-11 (expires)']);
      // what holds, in the present, right before its end; not shares someone holds, nor prices that held
      assert.deepEqual(deadlines('The price order holds through midnight April 8.'), [
        'midnight April 8→2022-04-08T24:00 (valid through)',
      ]);
      assert.deepEqual(deadlines('Prices held through March, and Crane holds 504,200 shares bought to Thursday.'), []);
      // "at any time before" closes the window of a right; "before" alone may be a time behind
      assert.deepEqual(deadlines('The warrants are exercisable at any time before June 30.'), [
        'June 30→2022-06-30 (valid until)',
      ]);
      assert.deepEqual(deadlines('The rates in effect before March were higher.'), []);
      // the close of a day's business leads the date as "midnight" does; as the time of a count, no limit
      assert.deepEqual(deadlines('The conversion privilege expires at the close of business on June 1.'), [
        'June 1→2022-06-01 (expires)',
      ]);
      assert.deepEqual(deadlines('Holders must convert by the end of trading Friday.'), [
        'Friday→2022-04-01 (must … by)',
      ]);
      assert.deepEqual(deadlines('At the close of business Thursday, 5,745,188 shares had been tendered.'), []);
    });
    it('what is allowed until a length after an event: no due date; a length after an event is no limit by itself', () => {
      assert.deepEqual(deadlines('The warrants may be exercised until 90 days after their issue date.'), [
        '90 days→null (valid until)',
      ]);
      assert.deepEqual(deadlines('He stayed until 10 days after the election.'), []);
      // "not … until", across "or" too, is an earliest time
      assert.deepEqual(
        deadlines('The warrants are not detachable or separately tradeable until six months after the offering.'),
        [],
      );
    });
    it('time allowed to act, from a start the text does not give: no due date', () => {
      assert.deepEqual(deadlines('The warrants are exercisable for five years.'), ['five years→null (valid for)']);
      assert.deepEqual(deadlines('The preferred shares are exchangeable for two years.'), [
        'two years→null (valid for)',
      ]);
      // a length word before the right is another's; one after it makes the time that length
      assert.deepEqual(
        deadlines('The notes will be for a term of 15 years and convertible into shares for 10 years.'),
        ['10 years→null (valid for)'],
      );
      assert.deepEqual(deadlines('The notes are convertible and the lease runs for 10 years.'), []);
      // what holders "may" do, the modal; not the month May
      assert.deepEqual(deadlines('Holders may convert the notes for two years.'), ['two years→null (valid for)']);
      // not a "may" of what is possible
      assert.deepEqual(
        deadlines(
          'This may determine the strength of the presidency for the next 21 months. The loss may be reduced by payments over the next five years.',
        ),
        [],
      );
      assert.deepEqual(deadlines('Visitors may stay for 90 days.'), ['90 days→null (valid for)']);
      assert.deepEqual(
        deadlines(
          'Passage is expected after May 20, so it will compile a stop-gap budget for the year starting April 1.',
        ),
        [],
      );
      // a right held "during" a length ahead; not one used during a length behind, nor what may merely happen
      assert.deepEqual(deadlines('It will grant him an option to buy two mln shares during the next four years.'), [
        'the next four years→null (valid for)',
      ]);
      assert.deepEqual(
        deadlines('The warrants were exercised during the past two years. Prices may rise during the next two years.'),
        [],
      );
      // a length from an event put before the offer open in it; not before another act
      assert.deepEqual(
        deadlines(
          'It said for 30 days after the effective date of the registration, it would exchange notes for warrants.',
        ),
        ['30 days→null (valid for)'],
      );
      assert.deepEqual(deadlines('For 30 days after the merger, it would run both plants.'), []);
      // what is open or available is time allowed when it is an offer or an entry, not a shop or a product
      assert.deepEqual(deadlines('The offer will be open for 30 days. Stores open for at least 24 months grew.'), [
        '30 days→null (valid for)',
      ]);
      assert.deepEqual(deadlines('The drug has been available for 10 years.'), []);
      assert.deepEqual(deadlines('The offer will expire 20 business days after commencement.'), [
        '20 business days→null (expires)',
      ]);
      // "no later than" a length after an event: a limit whose anchor the text does not date
      assert.deepEqual(deadlines('The vote must be held no later than 90 days after the law takes effect.'), [
        '90 days→null (no later than)',
      ]);
      // or before one; a length before an event with nothing asked is none
      assert.deepEqual(deadlines('Members must vote no later than 10 days before the meeting.'), [
        '10 days→null (no later than)',
      ]);
      assert.deepEqual(deadlines('Members voted 10 days before the meeting.'), []);
      // "prior to" is "before"; "due at the latest by" is "due by"
      assert.deepEqual(deadlines('It must repay the loan prior to June 30. Payment is due at the latest by May 2.'), [
        'June 30→2022-06-30 (must … before)',
        'May 2→2022-05-02 (must … by)',
      ]);
    });
    it('a deadline noun the time completes, a month due on its last day, a condition', () => {
      assert.deepEqual(deadlines('The deadline for a final determination is April 7.'), [
        'April 7→2022-04-07 (deadline)',
      ]);
      // past an aside between the noun and its verb; not the time inside the aside
      assert.deepEqual(deadlines('The new deadline, which the ministry announced on Friday, is April 7.'), [
        'April 7→2022-04-07 (deadline)',
      ]);
      assert.deepEqual(deadlines('The report, which the ministry announced on Friday, is due soon.'), []);
      assert.deepEqual(deadlines('The talks, with a deadline of October for an agreement, went on.'), [
        'October→2022-10-31 (deadline)',
      ]);
      assert.deepEqual(deadlines('If the dispute has not ended by Friday he will withdraw the subsidy.'), [
        'Friday→2022-04-01 (must … by)',
      ]);
      assert.deepEqual(deadlines('Contracts require the purchase of the shares no later than April one.'), [
        'April one→2022-04-01 (no later than)',
      ]);
      assert.deepEqual(deadlines('The appointment, which must be filled this August, is open.'), [
        'this August→2022-08-31 (must … by)',
      ]);
    });
    it('"the end of November" and "the end of the quarter" are due on their last day', () => {
      assert.deepEqual(deadlines('The offer is scheduled to expire at the end of November.'), [
        'the end of November→2022-11-30 (expires)',
      ]);
      // a quarter's end is its last month's last day; "the quarter" a limit is set at is the one under way
      assert.deepEqual(deadlines('The company must repay the loan by the end of the quarter.'), [
        'the end of the quarter→2022-03-31 (must … by)',
      ]);
      // and so is the one a present holds through; a past interval's stays the one reported
      assert.deepEqual(deadlines('The price freeze is in effect through the end of the quarter.'), [
        'the end of the quarter→2022-03-31 (valid through)',
      ]);
      // a decade's and a century's end: their last year's last day
      assert.deepEqual(deadlines('Plants must cut emissions by the end of the decade.'), [
        'the end of the decade→2029-12-31 (must … by)',
      ]);
      assert.deepEqual(deadlines('The debt must be repaid by the end of the century.'), [
        'the end of the century→2099-12-31 (must … by)',
      ]);
      assert.deepEqual(deadlines('It must be repaid by the end of the third quarter.'), [
        'the end of the third quarter→2022-09-30 (must … by)',
      ]);
      // "month's end" is the current month's; "by early April" ends before the month's end on no day the text gives
      assert.deepEqual(deadlines("The report must be filed by month's end."), ["month's end→2022-03-31 (must … by)"]);
      assert.deepEqual(deadlines('They must leave by early April; the rest by late April.'), [
        'early April→null (must … by)',
        'late April→2022-04-30 (must … by)',
      ]);
    });
    it('"by (the) close of business (on) Friday"; a length "from now" counts from the article date', () => {
      assert.deepEqual(deadlines('Bids must be submitted by close of business on Friday.'), [
        'Friday→2022-04-01 (must … by)',
      ]);
      // (30 March + ten days = 9 April, + 48 hours = 1 April)
      assert.deepEqual(deadlines('The ultimatum expires ten days from now.'), [
        'ten days from now→2022-04-09 (deadline)',
      ]);
      assert.deepEqual(deadlines('The offer expires 48 hours from now.'), ['48 hours→2022-04-01 (expires)']);
      // a penalty for every day past a limit; not a plain "every day after"
      assert.deepEqual(deadlines('He will pay interest for every day beyond April 30 that the merger is not done.'), [
        'April 30→2022-04-30 (deadline)',
      ]);
      assert.deepEqual(deadlines('Every day after April 30 was hot.'), []);
      assert.deepEqual(deadlines('The offer expires 20 days from the filing date.'), ['20 days→null (expires)']);
    });
  });
  describe('demands, standstills, windows and lengths counted from a named day', () => {
    it('an obligation told by a participle ("a rule requiring … by"); a plan word that only describes its noun', () => {
      assert.deepEqual(deadlines('The law, requiring firms to report by June 1, passed.'), [
        'June 1→2022-06-01 (must … by)',
      ]);
      assert.deepEqual(deadlines('They planned a rule requiring the entry of trades by June 1.'), []);
      assert.deepEqual(deadlines('It is a planned rule requiring the entry of trades by June 1.'), [
        'June 1→2022-06-01 (must … by)',
      ]);
      // the plan or the expectation of an obligation is no limit
      assert.deepEqual(deadlines('He expects Congress to order a vote by June 1.'), []);
    });
    it('a request made of someone: "asked … to", "asked for", "called on … to", "requested"; a plan handed in is no plan of its own', () => {
      assert.deepEqual(deadlines('The union called on the company to reply by Thursday.'), [
        'Thursday→2022-03-31 (must … by)',
      ]);
      assert.deepEqual(deadlines('The agency requested comments by April 30.'), ['April 30→2022-04-30 (must … by)']);
      // urged, urges, urging: a demand; the day of an urging is no limit
      assert.deepEqual(deadlines('Washington is urging Tokyo to act by June. It urges them to reply by Friday.'), [
        'June→2022-06-30 (must … by)',
        'Friday→2022-04-01 (must … by)',
      ]);
      assert.deepEqual(deadlines('He urged calm on Friday.'), []);
      // past an object of a few words: "told Iraqi leader Saddam Hussein to …"; not past a verb of its own
      assert.deepEqual(
        deadlines('Bush told Iraqi leader Saddam Hussein to begin withdrawing his forces from Kuwait by noon today.'),
        ['noon today→2022-03-30T12:00 (must … by)'],
      );
      assert.deepEqual(deadlines('He told reporters in Tokyo he expected to finish by noon today.'), []);
      assert.deepEqual(deadlines('The EC asked for a reply by the end of the month.'), [
        'the end of the month→2022-03-31 (must … by)',
      ]);
      // the plans are what is to be submitted; the subject's own plan or hope still sets no limit
      assert.deepEqual(deadlines('The Commission asked member states to submit their plans by June 1.'), [
        'June 1→2022-06-01 (must … by)',
      ]);
      // so is a plan past the noun that modifies it, or after "must"
      assert.deepEqual(
        deadlines('The bank was told to submit a recovery plan within two weeks, and must file a plan within 30 days.'),
        ['two weeks→2022-04-13 (within)', '30 days→2022-04-29 (within)'],
      );
      assert.deepEqual(deadlines('It was ordered to submit a new rate plan within 60 days.'), [
        '60 days→2022-05-29 (within)',
      ]);
      assert.deepEqual(deadlines('The company hopes to complete its plan by June 1.'), []);
      assert.deepEqual(deadlines('The company hopes to complete its new rate plan by June 1.'), []);
      // a plan or a forecast governs no clause of its own after "before", "after", "until" … with its own subject
      assert.deepEqual(deadlines('Talks could resume before the offer expires on Friday.'), [
        'Friday→2022-04-01 (expires)',
      ]);
      assert.deepEqual(deadlines('The company plans to finish before the end of May.'), []);
      // the terms of a plan oblige ("under the plan"); a right used before a time, or an expiry unless it is, is time allowed
      assert.deepEqual(deadlines('Under the plan the company would have to repay the loan by 1995.'), [
        '1995→null (must … by)',
      ]);
      assert.deepEqual(
        deadlines('The warrants expire unless exercised before Dec. 31, 1990. They may be exercised before June 1.'),
        ['Dec. 31, 1990→1990-12-31 (must … before)', 'June 1→2022-06-01 (must … before)'],
      );
      assert.deepEqual(deadlines('The price could fall before June 1 if the talks fail before May 1.'), []);
      assert.deepEqual(deadlines('They will strike if the government does not withdraw the plan by Friday.'), [
        'Friday→2022-04-01 (must … by)',
      ]);
      // a forecast of what follows the failure is no plan of the condition's time; a condition met by then is none
      assert.deepEqual(deadlines('The strike could begin if no agreement is reached by Friday.'), [
        'Friday→2022-04-01 (must … by)',
      ]);
      assert.deepEqual(deadlines('Prices could fall if demand weakens by Friday.'), []);
      assert.deepEqual(deadlines('The company does not plan to finish by Friday.'), []);
      assert.deepEqual(deadlines('The company said its plans call for completion by June 1.'), []);
      // "called on" a place, "asked" a question: no demand
      assert.deepEqual(deadlines('He called on Paris by Friday, a week after he asked about it.'), []);
    });
    it('what an agreement gives or provides for within a time; a deadline that passed or ran out on a day', () => {
      assert.deepEqual(deadlines('The deal gives the Palestinians control of more land within three months.'), [
        'three months→2022-06-30 (within)',
      ]);
      assert.deepEqual(deadlines('The accord provides for elections within six months.'), [
        'six months→2022-09-30 (within)',
      ]);
      // no agreement gives it: a budget's spending or a gift is no limit
      assert.deepEqual(deadlines('The budget provides for new schools within six months.'), []);
      // what parties agreed to do within a time; not what one hopes to do
      assert.deepEqual(deadlines('The two sides agreed to finish the talks within two months.'), [
        'two months→2022-05-30 (within)',
      ]);
      assert.deepEqual(deadlines('The two sides hope to finish the talks within two months.'), []);
      // (on Wednesday 30 March, "Monday" told in the past is the 28th)
      assert.deepEqual(deadlines('The deadline passed Monday without an agreement.'), ['Monday→2022-03-28 (deadline)']);
      assert.deepEqual(deadlines('The deadline ran out Monday.'), ['Monday→2022-03-28 (deadline)']);
      // (a subject may end in an abbreviation's stop: "Sony Corp. completed")
      assert.deepEqual(
        deadlines('Sony Corp. completed its offer, with holders tendering 99% of the shares by the Monday deadline.'),
        ['Monday→2022-03-28 (deadline)'],
      );
      // the day a deadline drew near is not the limit
      assert.deepEqual(
        deadlines('As the deadline neared on Monday, talks went on; as the ultimatum loomed Tuesday, they stopped.'),
        [],
      );
      assert.deepEqual(deadlines('The Senate passed the bill Monday; the money ran out Monday.'), []);
    });
    it("a demand made of a named party, or what someone is supposed to do, by a time; not the subject's own wish", () => {
      assert.deepEqual(deadlines('Washington wants Seoul to open its rice market within four years.'), [
        'four years→2026-03-30 (within)',
      ]);
      assert.deepEqual(deadlines('The talks are supposed to conclude by May.'), ['May→2022-05-31 (must … by)']);
      assert.deepEqual(deadlines('Negotiators are meant to finish by June.'), ['June→2022-06-30 (must … by)']);
      assert.deepEqual(deadlines('He wants to finish the deal by June.'), [], 'his own plan');
      // what was agreed binds; a promise or an agreement that something will happen does not
      assert.deepEqual(deadlines('Iraq agreed to free 12 hostages by Friday.'), ['Friday→2022-04-01 (must … by)']);
      // an agreement binds a figure to its time too, however far back "agreed to" stands; a plan does not
      assert.deepEqual(deadlines('Japan agreed to cut its chip exports by 10 pct by June.'), [
        'June→2022-06-30 (must … by)',
      ]);
      assert.deepEqual(deadlines('The company plans to cut costs by 10 pct by June.'), []);
      assert.deepEqual(
        deadlines('He promised to leave by Friday; analysts agreed that prices would rise by June.'),
        [],
      );
      assert.deepEqual(deadlines('The company wants profits to rise by June.'), [], 'a goal, no party named');
      // the party may be a noun phrase or a pronoun; what no one does is a hope
      assert.deepEqual(deadlines('The ministry wants the firms to cut output by June.'), [
        'June→2022-06-30 (must … by)',
      ]);
      assert.deepEqual(deadlines('The union wanted them to leave within a week.'), ['a week→2022-04-06 (within)']);
      assert.deepEqual(deadlines('Investors want the price to rise by June; it needs the money to expand by May.'), []);
      // or what is to be done to the party: "wants the talks completed by" (ahead, though "completed" is a past form)
      assert.deepEqual(deadlines('The government wants the talks completed by the end of the year.'), [
        'the end of the year→2022-12-31 (must … by)',
      ]);
      assert.deepEqual(deadlines('The talks were completed by the end of the year.'), []);
      // an obligation across "because" or "although" is another clause's
      assert.deepEqual(
        deadlines(
          'Airbus is to change the engine because the new engine will not be ready by 2025. It produced 1,800 tonnes a month until end-2021, but cut output because of stagnant demand.',
        ),
        [],
      );
      assert.deepEqual(deadlines('Because of the strike, the firm must deliver the engine by 2025.'), [
        '2025→null (must … by)',
      ]);
      // and so is one in a clause of "when" that tells what happened at the time; an obligation before it still binds
      assert.deepEqual(deadlines("He had been chairman until May 2021 when he resigned at the board's request."), []);
      assert.deepEqual(deadlines('The firm must repay the loan by June 30, when the fiscal year ends.'), [
        'June 30→2022-06-30 (must … by)',
      ]);
      // and what someone acts to ensure: the trades settled by a day (the story of 30 March 2022) lie ahead
      assert.deepEqual(
        deadlines('It asked the exchange to halt trading on April 6 to ensure settlement of all traded by April 14.'),
        ['April 14→2022-04-14 (must … by)'],
      );
      // so does a present "have" or "get" with its object ("have agreements settled by"); a perfect is done
      assert.deepEqual(
        deadlines('"If we don\'t have agreements settled by Thursday, there will be a strike," he said.'),
        ['Thursday→2022-03-31 (must … by)'],
      );
      assert.deepEqual(deadlines('They had the agreements settled by Thursday.'), []);
      // and so does an order's object: offices ordered closed until a day stay closed until the coming one
      assert.deepEqual(deadlines('The authorities ordered government offices closed until Monday.'), [
        'Monday→2022-04-04 (has until)',
      ]);
      assert.deepEqual(deadlines('The authorities had ordered government offices closed until Monday.'), [
        'Monday→2022-03-28 (has until)',
      ]);
    });
    it("a day's deadline that something comes ahead of lies ahead, though told in the past", () => {
      assert.deepEqual(deadlines("Talks stalled ahead of Monday's deadline for a strike."), [
        'Monday→2022-04-04 (deadline)',
      ]);
      // (not a day alone after a past perfect: the weekend after that past)
      assert.deepEqual(times('Traders had squared positions ahead of the weekend.'), ['the weekend=DATE:2022-W12-WE']);
      // (nor a day's figure that another is ahead of, a comparison: the Friday past)
      assert.deepEqual(times("Sterling closed at 72.4, well ahead of Friday's final 71.8."), [
        'Friday=DATE:2022-03-25',
      ]);
    });
    it('what will be done at a time unless someone acts; not a forecast or an earliest date', () => {
      assert.deepEqual(deadlines('Sanctions will take effect April 17 unless Japan opens its market.'), [
        'April 17→2022-04-17 (unless)',
      ]);
      assert.deepEqual(deadlines('Prices will rise in April unless demand falls.'), []);
      // a present of coming in force looks ahead as "will" does; a past one, or what merely starts, does not
      assert.deepEqual(deadlines('The cuts take effect April 1 unless Congress acts.'), [
        'April 1→2022-04-01 (unless)',
      ]);
      assert.deepEqual(
        deadlines('The rule took effect March 1 unless waived. The season starts in April unless it rains.'),
        [],
      );
      // so is what someone threatens to do then
      assert.deepEqual(
        deadlines('The U.S. has threatened to impose tariffs on April 17 unless Japan opens its market.'),
        ['April 17→2022-04-17 (unless)'],
      );
      assert.deepEqual(deadlines('The U.S. threatened tariffs on April 17.'), []);
      assert.deepEqual(deadlines('There will be no calls before March 31, 2024 unless the price rises.'), []);
    });
    it('a condition whose clause runs long ("if Messrs. A and B mail an offer … by Nov. 22"); not "asked if"', () => {
      assert.deepEqual(
        deadlines(
          'The board said if Messrs. Drabinsky and Gottlieb mail an offer to shareholders by Nov. 22, it will pay.',
        ),
        ['Nov. 22→2022-11-22 (must … by)'],
      );
      assert.deepEqual(
        deadlines('Asked if the company considered the plan to close the plant by 2024 final, he said no.'),
        [],
      );
      // what an offer or a deal depends on: "conditional on", "contingent on", "provided that" (not the verb "provided")
      assert.deepEqual(
        deadlines(
          'The offer is conditional on acceptances being received by noon on Friday. It provided 12 trucks by May.',
        ),
        ['noon on Friday→2022-04-01T12:00 (must … by)'],
      );
      assert.deepEqual(deadlines('The loan will be made provided that the company repays its debt by June.'), [
        'June→2022-06-30 (must … by)',
      ]);
      assert.deepEqual(deadlines('The merger is subject to shareholder approval by May 15.'), [
        'May 15→2022-05-15 (must … by)',
      ]);
      // "within" under a condition as "by" is: an ultimatum's threat and its term
      assert.deepEqual(
        deadlines('NATO warned it would launch air strikes unless Serb forces pulled back within 96 hours.'),
        ['96 hours→2022-04-03 (within)'],
      );
      assert.deepEqual(deadlines('If elected, he would cut taxes within 100 days. Sales rose within a year.'), []);
      // those expelled "within" a time must be gone by then (30 March + 72 hours = 2 April); a state's own plan,
      // or a time counted from an event, is none
      assert.deepEqual(deadlines('The diplomats will be expelled within 72 hours.'), ['72 hours→2022-04-02 (within)']);
      assert.deepEqual(
        deadlines('Britain will deport 30 migrants within a month. They were deported within a month of arriving.'),
        [],
      );
      // a past in the condition of a threat looks ahead (Friday after Wednesday 30 March: 1 April); a past
      // outside one is the limit behind
      assert.deepEqual(deadlines('They threatened to kill him if their demands were not met by Friday.'), [
        'Friday→2022-04-01 (must … by)',
      ]);
      // a wire clock of four digits with its zone is no year: the threat's Thursday is the coming one
      assert.deepEqual(deadlines('The union has threatened to strike at 1400 GMT on Saturday unless it settles.'), [
        '1400 GMT on Saturday→2022-04-02T14:00 (unless)',
      ]);
      // a participle under a modal of what lies ahead is no past: the coming September 30
      assert.deepEqual(
        deadlines('All sales must be registered and exports completed by September 30, the department said.'),
        ['September 30→2022-09-30 (must … by)'],
      );
      // (the passive's "were", with "not" before its participle, is the condition's as much)
      assert.deepEqual(
        deadlines('NATO warned that air strikes would begin if Serb forces were not withdrawn by Saturday noon.'),
        ['Saturday noon→2022-04-02T12:00 (must … by)'],
      );
      assert.deepEqual(deadlines('Their demands were met by Friday, as the ultimatum required.'), [
        'Friday→2022-03-25 (must … by)',
      ]);
      // "in the next N" under a condition of not acting is the ultimatum's term (30 March + 48 hours = 1 April);
      // a condition that asks no one to act sets no limit
      assert.deepEqual(deadlines('If the army does not stop shelling in the next 48 hours, we will attack.'), [
        'the next 48 hours→2022-04-01 (within)',
      ]);
      assert.deepEqual(deadlines('If it rains in the next two days, the match will be cancelled.'), []);
      // the time of the consequence, past its "will", is a forecast however the condition reads
      assert.deepEqual(deadlines('Unless we get relief the company will be bankrupt in three years.'), []);
      // time allowed to use a right; a forecast's "may" is none
      assert.deepEqual(deadlines('The option to buy the shares can be exercised within 60 days.'), [
        '60 days→2022-05-29 (within)',
      ]);
      assert.deepEqual(deadlines('Sales may double within two years.'), []);
      // "if" after a word of knowing asks whether
      assert.deepEqual(deadlines('It was not certain if he had returned to Lima by midday today.'), []);
      assert.deepEqual(deadlines('The grant is withdrawn if the strike does not end by Tuesday.'), [
        'Tuesday→2022-04-05 (must … by)',
      ]);
    });
    it('a ruling or decree on someone to act by a time, a date someone set for an act; not a ruling issued by a time', () => {
      assert.deepEqual(
        deadlines(
          "Wednesday's ruling by the Immigration and Naturalization Service to return the boy by May 14 stands.",
        ),
        ['May 14→2022-05-14 (must … by)'],
      );
      assert.deepEqual(deadlines('By setting a May 14 return date, the agency gave the family time.'), [
        'May 14→2022-05-14 (deadline)',
      ]);
      assert.deepEqual(deadlines('The ruling, issued by Friday, was clear.'), []);
      // "ruling" describing who rules decrees nothing
      assert.deepEqual(deadlines('The ruling party was anxious to pass the budget before Kaifu leaves next week.'), []);
      assert.deepEqual(
        deadlines('The ruling Liberal Democrats hope to pass the bill before the session ends on May 5.'),
        [],
      );
      assert.deepEqual(deadlines('The ruling requires the agency to pass the rule before the session ends on May 5.'), [
        'May 5→2022-05-05 (must … before)',
      ]);
      assert.deepEqual(deadlines('He set a record on May 5.'), []);
      // a date set for an event is a schedule (DEADLINES.md), not a limit
      assert.deepEqual(deadlines('The exchange set April 1 as the date for the debut of the new contract.'), []);
      // a date named as the one by which something must happen is a limit, set or not
      assert.deepEqual(
        deadlines('It set July 1 as the date by which banks must comply. June 1 is the day by which bids are due.'),
        ['July 1→2022-07-01 (deadline)', 'June 1→2022-06-01 (deadline)'],
      );
      assert.deepEqual(deadlines('The board set a May 2 closing date for the merger.'), []);
    });
    it('"should" of what is handed in, or of what someone decided or ruled; not a forecast', () => {
      assert.deepEqual(deadlines('Lang said comments should be sent to the Office of Fair Trading by May 10.'), [
        'May 10→2022-05-10 (must … by)',
      ]);
      assert.deepEqual(deadlines('The agency decided the boy should go home by May 14, officials said.'), [
        'May 14→2022-05-14 (must … by)',
      ]);
      assert.deepEqual(deadlines('The court ruled that the company should pay the fine within 30 days.'), [
        '30 days→2022-04-29 (within)',
      ]);
      assert.deepEqual(deadlines('Analysts said the deal should close by June.'), []);
      assert.deepEqual(deadlines('Profits should recover by May.'), []);
      assert.deepEqual(deadlines('Officials decided to wait, and the index should rise by Friday.'), []);
    });
    it('a standstill someone agreed to ends at its date; a promise, or a plain "not until", does not', () => {
      assert.deepEqual(deadlines('The company agreed not to buy more stock until October 15.'), [
        'October 15→2022-10-15 (standstill)',
      ]);
      // agreeing to hold off is agreeing not to act
      assert.deepEqual(deadlines('The bank agreed to refrain from seizing assets until June 30.'), [
        'June 30→2022-06-30 (standstill)',
      ]);
      assert.deepEqual(deadlines('The company agreed to pay the debt until 2025.'), []);
      // and so does what the terms of an agreement or a law bar until then; not a plain "no … until"
      assert.deepEqual(deadlines('The agreement provides for no further rate increases until 2025.'), [
        '2025→null (standstill)',
      ]);
      assert.deepEqual(deadlines('He said no decisions were made until Friday; no shipments are due until 2025.'), []);
      assert.deepEqual(deadlines('He promised not to return until 2025.'), [], 'a promise is an intention');
      assert.deepEqual(deadlines('The shares will not be sold until October 15.'), [], 'an earliest date');
    });
    it('what an agreement or a law binds someone to do by a time ("Under the agreement, … will … by"); not a plan', () => {
      assert.deepEqual(
        deadlines(
          'Under the agreement, Poland will abolish all tariffs by 2001 and end all quotas by January 1, 2023.',
        ),
        ['2001→null (must … by)', 'January 1, 2023→2023-01-01 (must … by)'],
      );
      assert.deepEqual(deadlines('Under the new law, firms register within 30 days.'), ['30 days→2022-04-29 (within)']);
      assert.deepEqual(deadlines('Under the plan, the company will hire 2,000 staff by the end of the quarter.'), []);
      assert.deepEqual(deadlines('The company will abolish all fees by 2025.'), [], 'its own plan');
    });
    it('"may" or "can" and an act someone is permitted until a time; not what may happen until then', () => {
      assert.deepEqual(deadlines('The union may contest the ruling until May 12.'), [
        'May 12→2022-05-12 (may … until)',
      ]);
      assert.deepEqual(deadlines('You can vote until 8 p.m. on Friday.'), [
        '8 p.m. on Friday→2022-04-01T20:00 (may … until)',
      ]);
      assert.deepEqual(deadlines('Prices may rise until June.'), []);
      // "through" ends a permission too
      assert.deepEqual(deadlines('Holders may convert their debentures through April 14.'), [
        'April 14→2022-04-14 (may … until)',
      ]);
      assert.deepEqual(deadlines('Prices may rise through June.'), []);
      // and in the passive, a right used
      assert.deepEqual(deadlines('Each share may be converted into 1.333 common shares through May 1.'), [
        'May 1→2022-05-01 (may … until)',
      ]);
      assert.deepEqual(deadlines('Prices may be raised through June.'), []);
      // and "between … and" a time
      assert.deepEqual(deadlines('The shares can be converted between 2024 and 2032 at a rate of four shares.'), [
        '2032→null (may … until)',
      ]);
      assert.deepEqual(deadlines('Prices may rise between May and June.'), []);
      // and so does a span's end, however long its first time
      assert.deepEqual(deadlines('Holders may convert the notes from April 20, 2022 to March 20, 2032.'), [
        'March 20, 2032→2032-03-20 (may … until)',
      ]);
      assert.deepEqual(deadlines('Prices may rise from April 20, 2022 to March 20, 2023.'), []);
      // the time allowed to contest a decision; not what can be done within a time, nor a ruling that cannot be appealed
      assert.deepEqual(
        deadlines(
          'The ruling can be appealed within 14 days. Goods can be delivered within 14 days. The ruling cannot be challenged within a year.',
        ),
        ['14 days→2022-04-13 (within)'],
      );
      assert.deepEqual(deadlines('The talks may continue until Friday.'), []);
      assert.deepEqual(deadlines('It may not be sold until June.'), [], 'an earliest date');
    });
    it('a dateline is no deadline, whatever noun opens the story after its dash', () => {
      // the dateline (31 March, a day after the story date) is the day "yesterday" counts from
      assert.deepEqual(deadlines('LONDON, March 31 - The deadline expired yesterday.'), [
        'yesterday→2022-03-30 (deadline)',
      ]);
    });
    it('a deadline noun the copula links to its time, past an adverb ("the deadline for bids is now May 3")', () => {
      assert.deepEqual(
        deadlines('The deadline for submitting bids is now May 3, and the new deadline is still Friday.'),
        ['May 3→2022-05-03 (deadline)', 'Friday→2022-04-01 (deadline)'],
      );
      assert.deepEqual(deadlines('The meeting for bidders is now May 3.'), []);
    });
    it('a time in apposition to a deadline noun ("the deadline, originally Friday,")', () => {
      assert.deepEqual(deadlines('The deadline, originally Friday, was extended to May 4.'), [
        'Friday→2022-04-01 (deadline)',
        'May 4→2022-05-04 (extended to)',
      ]);
      assert.deepEqual(deadlines('The talks, originally Friday, were moved.'), []);
      // or in a relative clause of being; a past perfect places it before the story
      assert.deepEqual(deadlines('The deadline, which had been Monday, was extended to May 4.'), [
        'Monday→2022-03-28 (deadline)',
        'May 4→2022-05-04 (extended to)',
      ]);
      assert.deepEqual(deadlines('The talks, which were Monday, failed.'), []);
      // or in a participle set in apposition ("originally set for Friday"); not a clause after a comma
      assert.deepEqual(deadlines('The deadline, originally set for Friday, was extended to May 4.'), [
        'Friday→2022-04-01 (deadline)',
        'May 4→2022-05-04 (extended to)',
      ]);
      assert.deepEqual(deadlines('After the deadline, talks were set for Friday.'), []);
      // (not the month it was set in: only the time the clause gives it is the limit)
      assert.deepEqual(deadlines('The deadline, set in November, is May 28.'), ['May 28→2022-05-28 (deadline)']);
    });
    it('a deadline noun the time modifies, past a compound of nouns; not past a preposition', () => {
      // (told in March in the present: the coming December's; "tightened" would be the past one's, as below)
      assert.deepEqual(deadlines('Liquidity is tight before the December 10 social security payment deadline.'), [
        'December 10→2022-12-10 (deadline)',
      ]);
      assert.deepEqual(deadlines('Banks face a drain this month from a major tax deadline.'), []);
      // the expiration "of" what is in force ends it; an expiration alone says of nothing that it ends
      assert.deepEqual(deadlines('Workers face the June 30 expiration of their contract.'), [
        'June 30→2022-06-30 (deadline)',
      ]);
      assert.deepEqual(deadlines('The June 30 expiration was a surprise.'), []);
      // one that ends its clause is what is in force's, and so is one in apposition to the time
      assert.deepEqual(
        deadlines(
          'Shares were validly tendered by the midnight Friday expiration, the agent said. It will not extend its warrants after July 15, the current expiration date.',
        ),
        ['midnight Friday→2022-03-25T24:00 (deadline)', 'July 15→2022-07-15 (deadline)'],
      );
      // the last day allowed for an act is a deadline noun; the last day of a session is not
      assert.deepEqual(deadlines('The last day to register is May 2.'), ['May 2→2022-05-02 (deadline)']);
      assert.deepEqual(deadlines('The last day of the session is May 2.'), []);
      // "a time limit" is a deadline noun; a loan's grace period is a term
      assert.deepEqual(deadlines('The law sets a time limit of 30 days; the loan has a two-year grace period.'), [
        '30 days→2022-04-29 (deadline)',
      ]);
    });
    it('a deadline told as passed lies behind; the day someone spoke of a deadline is none', () => {
      // nor the day of another verb whose object the deadline is
      assert.deepEqual(deadlines('Iraq on Sunday rejected the deadline.'), []);
      // nor the day of an act told before a clause or phrase of time that names the deadline
      assert.deepEqual(deadlines('The rebels released the hostages on Sunday after the deadline passed.'), []);
      // Wednesday 30 March: the Friday before is the 25th, the coming one 1 April
      assert.deepEqual(deadlines('The deadline passed on Friday.'), ['Friday→2022-03-25 (deadline)']);
      assert.deepEqual(deadlines('The ultimatum expired on Friday.'), ['Friday→2022-03-25 (deadline)']);
      assert.deepEqual(deadlines('The ultimatum expires on Friday.'), ['Friday→2022-04-01 (deadline)']);
      // a future cue under a past perfect looked ahead from a time already past ("had set" is one too)
      assert.deepEqual(deadlines('The offer had been scheduled to expire Friday.'), ['Friday→2022-03-25 (expires)']);
      assert.deepEqual(deadlines('The rebels had set a deadline of Friday.'), ['Friday→2022-03-25 (deadline)']);
      assert.deepEqual(deadlines('The rebels have set a deadline of Friday.'), ['Friday→2022-04-01 (deadline)']);
      // past the perfect's object too; and a time a relative clause tells ran out
      assert.deepEqual(deadlines('The INS had given the relatives a deadline of 9 a.m. Friday.'), [
        '9 a.m. Friday→2022-03-25T09:00 (deadline)',
      ]);
      assert.deepEqual(deadlines('They gave him a deadline of 9 a.m. Friday, which passed without a reply.'), [
        '9 a.m. Friday→2022-03-25T09:00 (deadline)',
      ]);
      assert.deepEqual(deadlines('They gave him a deadline of 9 a.m. Friday.'), [
        '9 a.m. Friday→2022-04-01T09:00 (deadline)',
      ]);
      // told after the deadline noun: "the March 9 deadline passed" is this year's; one faced is next year's
      assert.deepEqual(deadlines('The March 9 deadline passed.'), ['March 9→2022-03-09 (deadline)']);
      assert.deepEqual(deadlines('Iraq faces a March 9 deadline.'), ['March 9→2023-03-09 (deadline)']);
      // a month is open to its last day: a deadline of February, told on 30 March, is next year's; one missed is this year's
      assert.deepEqual(deadlines('The government has a deadline of February.'), ['February→2023-02-28 (deadline)']);
      assert.deepEqual(deadlines('The government missed a deadline of February.'), ['February→2022-02-28 (deadline)']);
      // so is a time named in the subject a past verb follows, and a deadline an act told in the past went by
      assert.deepEqual(deadlines('The deadline of midnight Monday passed.'), [
        'midnight Monday→2022-03-28T24:00 (deadline)',
      ]);
      assert.deepEqual(deadlines('Negotiators worked past the Friday deadline.'), ['Friday→2022-03-25 (deadline)']);
      assert.deepEqual(deadlines('Liquidity tightened before the December 10 payment deadline.'), [
        'December 10→2021-12-10 (deadline)',
      ]);
      // not one a party was ordered to meet, which may lie ahead
      assert.deepEqual(deadlines('The court ordered the firm to pay by the Friday deadline.'), [
        'Friday→2022-04-01 (deadline)',
      ]);
      assert.deepEqual(deadlines('Officials said Monday the deadline would not be extended.'), []);
      assert.deepEqual(deadlines('The union said on Monday that it would meet the deadline.'), []);
      // a deadline someone missed, ignored or met is behind; a time of day before "deadline" takes the day after it
      assert.deepEqual(deadlines('Negotiators missed a midnight deadline on Sunday.'), [
        'midnight→2022-03-27T24:00 (deadline)',
        'Sunday→2022-03-27 (deadline)',
      ]);
      assert.deepEqual(deadlines('Iraq ignored the deadline on Sunday; Serbia faces a noon deadline Friday.'), [
        'Sunday→2022-03-27 (deadline)',
        'noon→2022-04-01T12:00 (deadline)',
      ]);
      // a cut-off or expiry date is a deadline noun; a deal's closing date is when it is done
      assert.deepEqual(
        deadlines('The cut-off date for applications is May 15. The closing date of the deal was May 3.'),
        ['May 15→2022-05-15 (deadline)'],
      );
      assert.deepEqual(deadlines('Creditors must file claims by the bar date of September 30.'), [
        'September 30→2022-09-30 (deadline)',
      ]);
      assert.deepEqual(deadlines('He was at the bar on September 30.'), []);
    });
    it('what is handed in is due on a date ("bids are due March 15"); notes and interest due then are maturities and payments', () => {
      assert.deepEqual(deadlines('Bids are due April 15; tax returns are due on May 16.'), [
        'April 15→2022-04-15 (due)',
        'May 16→2022-05-16 (due)',
      ]);
      assert.deepEqual(deadlines('The notes are due 2025, and interest due May 15 was not paid.'), []);
      // so are a court's briefs and submissions
      assert.deepEqual(deadlines('Final briefs in the case are due Feb. 9, 2023.'), ['Feb. 9, 2023→2023-02-09 (due)']);
      // the subject may run long before "due"
      assert.deepEqual(deadlines('Bids for the new hospital contract are due on May 16.'), ['May 16→2022-05-16 (due)']);
      // so may a time of day before the date
      assert.deepEqual(deadlines('Selling offers will be due at 1100 hrs EST, April 14.'), [
        '1100 hrs EST, April 14→2022-04-14T11:00 (due)',
      ]);
      assert.deepEqual(deadlines('Interest will be due at 1100 hrs EST, April 14.'), []);
    });
    it('"due by" and "due within" oblige; "notes due 1991" is a maturity; an event as anchor leaves no due date', () => {
      assert.deepEqual(deadlines('Bids are due by noon Friday.'), ['noon Friday→2022-04-01T12:00 (must … by)']);
      assert.deepEqual(deadlines('The company sold notes due 2025.'), []);
      // a window of maturities is none either, though what buys them is in effect; a window of validity is one
      assert.deepEqual(
        deadlines('The purchase, effective tomorrow, is for bills maturing between March 25 and June 25.'),
        [],
      );
      assert.deepEqual(deadlines('The offer is valid between March 25 and June 25.'), [
        'June 25→2022-06-25 (valid until)',
      ]);
      assert.deepEqual(deadlines('Payment is due within 30 days of delivery.'), ['30 days→null (within)']);
      // (not from the day the limit was set, when the text names the event it counts from)
      assert.deepEqual(
        deadlines('An order issued last Friday required it to sell within one week of expiration of the tender.'),
        ['one week→null (deadline)'],
      );
      assert.deepEqual(deadlines('Payment is due within 30 days.'), ['30 days→2022-04-29 (within)']);
      // a rule for whoever it concerns ("any", "every", "each" before a noun) counts from each one's own day;
      // "each of" the ones the text names counts from the story's
      assert.deepEqual(
        deadlines('Any other party has 14 days to file a notice. Each of the 21 diplomats has 72 hours to leave.'),
        ['14 days→null (given … to)', '72 hours→2022-04-02 (given … to)'],
      );
    });
    it('what is open for entries closes at its deadline; a plant that closes has none', () => {
      assert.deepEqual(deadlines('Applications close on April 15.'), ['April 15→2022-04-15 (expires)']);
      // entries taken until a time close then; what was received by a time is a tally
      assert.deepEqual(
        deadlines('The commission will accept comments through April 15. It received 200 comments by Friday.'),
        ['April 15→2022-04-15 (expires)'],
      );
      assert.deepEqual(deadlines('Tenders close on Thursday.'), ['Thursday→2022-03-31 (expires)']);
      assert.deepEqual(deadlines('Nominations close at 5 p.m. on Friday.'), [
        '5 p.m. on Friday→2022-04-01T17:00 (expires)',
      ]);
      assert.deepEqual(deadlines('The plant closes on April 15.'), []);
      // so does a filing period; a reporting period that ends has no deadline
      assert.deepEqual(deadlines('The filing period closes April 15. The reporting period ends April 30.'), [
        'April 15→2022-04-15 (expires)',
      ]);
      // a window for entries closes like them; time "runs out" like an expiry, not what is sold or walked out
      assert.deepEqual(deadlines('The enrollment window closes on June 30.'), ['June 30→2022-06-30 (expires)']);
      // the day may follow the verb with no "on"; rights that "end" in a year expire then
      assert.deepEqual(deadlines('The rights offering closes April 20. The plant closes April 15.'), [
        'April 20→2022-04-20 (expires)',
      ]);
      assert.deepEqual(deadlines('Its rights to the technology end in 2025. The festival will end in May.'), [
        '2025→null (expires)',
      ]);
      assert.deepEqual(deadlines('Time runs out on Friday; the exemption ran out at the end of May.'), [
        'Friday→2022-04-01 (expires)',
        'the end of May→2022-05-31 (expires)',
      ]);
      assert.deepEqual(deadlines('Workers walked out on Friday and tickets sold out on Monday.'), []);
      // entries accepted until a time; not a vote that went on, nor a statistic's period
      assert.deepEqual(deadlines('The ministry will accept applications until April 10.'), [
        'April 10→2022-04-10 (valid until)',
      ]);
      assert.deepEqual(deadlines('Voting continued until Friday; registrations of grains to February 11 rose.'), []);
      // nor what was done in a span, a filing that reports it beside
      assert.deepEqual(
        deadlines('In a filing with the SEC, Harris said it sold 87,350 shares between Jan 6 and March 2.'),
        [],
      );
      // nor what the clause after a span that opens the sentence tells of in the past; what may be done in it is
      assert.deepEqual(
        deadlines(
          'Between January 1 and February 15, 132 firms had applied for a conversion. From April through December 2021, the CCC (Commodity Credit Corporation) issued certificates. July through September offered 0.60 over, bid 0.50 over.',
        ),
        [],
      );
      assert.deepEqual(deadlines('July through September offers are valid.'), ['September→2022-09-30 (valid through)']);
      // "up to" a day is "until" it: a limit of what may be done, a tally when it opens the sentence before a perfect
      assert.deepEqual(
        deadlines(
          'The options can be exercised at 10 dlrs a share up to December 31, 2022. Holders will have the right to convert the notes up to the close of business on April 30.',
        ),
        ['December 31, 2022→2022-12-31 (valid until)', 'April 30→2022-04-30 (valid until)'],
      );
      assert.deepEqual(
        deadlines(
          'Up to March 26, 19,962,000 shares or 92 pct of the stock has been deposited under the offer. Figures of export registrations for the crop up to April 9, 2021, were in brackets.',
        ),
        [],
      );
      // (and so in a quote)
      assert.deepEqual(
        deadlines(
          '"Up to March 26, 19,962,000 shares had been tendered under the offer," he said. "Between January 1 and February 15, 132 firms applied for the offer."',
        ),
        [],
      );
      assert.deepEqual(deadlines('Between May 2 and May 20, holders may exercise the warrants.'), [
        'May 20→2022-05-20 (valid until)',
      ]);
      assert.deepEqual(deadlines('The company ran out of cash on Friday.'), []);
      // "ends" is an expiry of what is in force, not of an event
      assert.deepEqual(deadlines('The ceasefire ends at midnight.'), ['midnight→2022-03-30T24:00 (expires)']);
      assert.deepEqual(deadlines('The festival ends on Friday.'), []);
      assert.deepEqual(deadlines('The tax amnesty ends on Friday.'), ['Friday→2022-04-01 (expires)']);
      // in the future, a length ahead, and with a permit, a visa or a mandate too; not an event's end
      assert.deepEqual(deadlines('The offer will end June 5. The ban ends in 30 days. The permit ends Friday.'), [
        'June 5→2022-06-05 (expires)',
        '30 days→2022-04-29 (expires)', // 30 March + 30 days
        'Friday→2022-04-01 (expires)',
      ]);
      assert.deepEqual(deadlines('The UN mandate will end next week.'), ['next week→null (expires)']);
      assert.deepEqual(deadlines('The festival will end June 5. The tour ends in 30 days.'), []);
      assert.deepEqual(deadlines('The grace period ends Friday. The meeting ends on Friday.'), [
        'Friday→2022-04-01 (expires)',
      ]);
      // the periods of an offer's terms: proration, subscription, redemption, public comment
      assert.deepEqual(deadlines('The proration period ends Friday; the comment period ends April 8.'), [
        'Friday→2022-04-01 (expires)',
        'April 8→2022-04-08 (expires)',
      ]);
      assert.deepEqual(deadlines('The comment was made on Friday.'), []);
      // what "runs" or is "good" until a time is in force only when the clause names something that is
      assert.deepEqual(deadlines('The loan agreement runs through June 30 and the offer is good until May 1.'), [
        'June 30→2022-06-30 (valid through)',
        'May 1→2022-05-01 (valid until)',
      ]);
      assert.deepEqual(deadlines('The exhibition runs until May 1.'), []);
      // how long something went on is a past interval, whatever went on
      assert.deepEqual(
        deadlines('Talks on the accord continued until Friday; he worked under contract until 1995.'),
        [],
      );
      assert.deepEqual(deadlines('The ban was in place from 1990 until 1995.'), []);
      // what a truce did in the past is how long it lasted; the term an order holds in the present is a limit
      assert.deepEqual(deadlines('The truce held through April 3. The price order holds through April 8.'), [
        'April 8→2022-04-08 (valid through)',
      ]);
      // a term served from one year to another, past the comma; an offer extended from one day to another is a limit
      assert.deepEqual(
        deadlines('He served two terms as mayor, from 2002 to 2009. The offer was extended from May 1 to May 15.'),
        ['May 15→2022-05-15 (extended to)'],
      );
      assert.deepEqual(deadlines('The offer is valid from April 1 until April 30.'), [
        'April 30→2022-04-30 (valid until)',
      ]);
      // an extension someone made (passive, with an object, the noun); not what extends by itself
      assert.deepEqual(deadlines('A rival bid, by a Swiss concern, was extended to June 5.'), [
        'June 5→2022-06-05 (extended to)',
      ]);
      assert.deepEqual(deadlines('The drought extended through May and the cold spell extended to Sunday.'), []);
      // nor what extends across a span; an offer extended from one day to another is
      assert.deepEqual(deadlines('The trading session would extend from 1700 to 2100 local time.'), []);
      assert.deepEqual(deadlines('The offer was extended from May 1 to May 15.'), ['May 15→2022-05-15 (extended to)']);
      // a span's end "to" a time: a limit of what is valid or was moved across it, not of a proposal's span
      assert.deepEqual(
        deadlines(
          'The conversion period will run from April 20 to June 20. The offer was extended from May 1 to May 15. A proposal would resume quotas from April 1 to September.',
        ),
        ['June 20→2022-06-20 (extended to)', 'May 15→2022-05-15 (extended to)'],
      );
      // what is valid must stand in the span's own clause, and a span something covers is its term
      assert.deepEqual(
        deadlines(
          'They examined a proposal to resume quotas from April 1 to September, with a new quota system later. It accepted bids for advances covering the period March 2 to 9.',
        ),
        [],
      );
      assert.deepEqual(deadlines('It extended its quotas from April 1 to September, officials said.'), [
        'September→null (extended to)',
      ]);
      // a time before the goods' movement is when they move, a schedule, whatever tender the clause tells of;
      // the tender's own closing stays a limit
      assert.deepEqual(
        deadlines(
          'Importers will tender on Monday for a cargo of soybeans for April 20 to May 5 delivery. The tender closes May 6 for June 1 shipment.',
        ),
        ['May 6→2022-05-06 (expires)'],
      );
      // a dividend's register closes on its record date; a share offer's books close at its limit
      assert.deepEqual(deadlines('Dividend payable May 29, books close May 11 to 22.'), []);
      assert.deepEqual(deadlines('Bonus issue of four new shares for every one held, books close August 3 to 10.'), []);
      assert.deepEqual(deadlines('The books close on May 20 for the share offer.'), ['May 20→2022-05-20 (expires)']);
      // a time that modifies the noun after it, a perfect the time splits, a maturity from one year to another, the
      // week up to a day, an extension's additional length
      assert.deepEqual(
        deadlines(
          'Localities must confine their 2022 capital investment. It cited loans pertaining to 2021 crop loans under the contract. The dollar had until yesterday traded in a range. Certificates due 2023 to 2030 were sold. Loans fell in the week to Wednesday. The lease has an option for an additional five years.',
        ),
        [],
      );
      // a postponement told as a noun, an extension's length in the plural, "two more years" of renewal, what
      // something is "related to"
      assert.deepEqual(
        deadlines(
          'The stoppage forced postponement until tomorrow of a meeting. Congress has granted the loan two one-month extensions. The license runs to 2030 and has renewal options for two more years. It won a contract related to fiscal 2023 aircraft production.',
        ),
        ['2030→null (extended to)'],
      );
      assert.deepEqual(deadlines('The warrants are exercisable for two years.'), ['two years→null (valid for)']);
      // a price quoted at a discount or a premium to a contract month
      assert.deepEqual(
        deadlines(
          'Raws offered under the agreement were bid 15 points discount to July New York, 5 points premium to May.',
        ),
        [],
      );
      // (a plural that ends the phrase, how far back something goes)
      assert.deepEqual(
        deadlines(
          'Sales under the loan agreement pushed prices to 2022 lows, dealers said. The offer tests support on a line dating back to 1984.',
        ),
        [],
      );
      assert.deepEqual(deadlines('The loan agreement runs to 2030, dealers said.'), ['2030→null (extended to)']);
      assert.deepEqual(
        deadlines('The rules should be in place by Friday so the stock can operate. Bids close at noon local time.'),
        ['Friday→2022-04-01 (must … by)', 'noon local time→2022-03-30T12:00 (expires)'],
      );
      // a validity word inside a name is none ("the Commodity Credit Corp"); in a headline in title case it is one
      assert.deepEqual(
        deadlines(
          'The Federal Home Loan Bank Board said mortgage rates fell from early February to early March. PIK certificates raised Commodity Credit Corp outlays through 2022.',
        ),
        [],
      );
      assert.deepEqual(deadlines('Hutton Extends Tender Offer To May 5'), ['May 5→2022-05-05 (extended to)']);
      assert.deepEqual(deadlines('The corporation said the Commodity Credit loan offer is valid through May 5.'), [
        'May 5→2022-05-05 (valid through)',
      ]);
      // a tally up to a day, a market's daily close, the years of a series, a rate's unit before a length
      assert.deepEqual(
        deadlines(
          'It said through yesterday it had received 7,424,292 shares. Its bank said through yesterday, it had received 5,000 shares in response to its offer. Trading in options closes at 1515 CST. It pays if profits in each of the years 2022 through 2025 exceed targets. We must grow at three pct a year to solve it.',
        ),
        [],
      );
      // a "between" or "from" that opens no span, debt due in a span, what was agreed to when
      assert.deepEqual(
        deadlines(
          'Delegates from Nigeria are meeting today and tomorrow on the loan. It will reschedule debt due between September 2021 and end 2022. The pact, agreed to last July, called for cuts.',
        ),
        [],
      );
      // hours of a day from one clock time to another are no day's limit, and "in contrast to" sets no end
      assert.deepEqual(
        deadlines(
          'Options on the contracts will trade from 2300 to 0300 hrs GMT. But in contrast to January, credit under the loan agreement rose.',
        ),
        [],
      );
      assert.deepEqual(deadlines('The offer is open from 9 a.m. to 5 p.m. Friday.'), [
        '5 p.m. Friday→2022-04-01T17:00 (extended to)',
      ]);
      // a period something is counted over ends at its time, whatever loan or advance the clause tells of; a
      // period extended to a time, or by a length, is a limit
      assert.deepEqual(
        deadlines(
          'It made loan commitments of 752 mln riyals in the financial year to September 4. It accepted bids for advances for the period March 20 to 25. Reserves rose in the two-week period to March 11.',
        ),
        [],
      );
      // (and the months or years "from" one time to another: not a right's exercise period)
      assert.deepEqual(deadlines('The agreement signed in January for the months from February to June is up.'), []);
      assert.deepEqual(deadlines('The warrant exercise period from May 1 to June 30, 2023 was set.'), [
        'June 30, 2023→2023-06-30 (extended to)',
      ]);
      // and so is a span that "for", "in", "during" or "dated" opens: what a figure is for, or when it happened
      assert.deepEqual(
        deadlines(
          'It declared a dividend of 42 cts for January 1 to March 9 under the loan agreement. The record volume of options contracts for January through March of 2022 rose. Growth in bank loans in November through January was strong. Applications for bills dated Monday to Friday were met.',
        ),
        [],
      );
      assert.deepEqual(
        deadlines('It extended the offer period to May 1, and is extending by ten days to May 11 its bid.'),
        ['May 1→2022-05-01 (extended to)', 'May 11→2022-05-11 (extended to)'],
      );
      // and so is a span that opens right after the goods' movement
      assert.deepEqual(
        deadlines(
          'The tender calls for 11 cargoes for delivery from April through October. It awarded contracts for delivery between May 10 and July 30.',
        ),
        [],
      );
      // "by the end of the day" is today; the sun's times are times of the day
      assert.deepEqual(deadlines('He must decide by the end of the day; they were given until dawn to leave.'), [
        'the end of the day→2022-03-30 (must … by)',
        'dawn→2022-03-30 (has until)',
      ]);
    });
    it('a limit that would fall outside years 1000–9999 has no due date (found by the property tests and the fuzz)', () => {
      assert.deepEqual(deadlines('They were given two million years to leave.'), [
        'two million years→null (given … to)',
      ]);
      // nor one before year 1000: a past Friday in an article of 1 January 1000 (found by the fuzz; it threw)
      const doc = annotate('The ultimatum expired Friday.', { articleDate: '1000-01-01' });
      assert.deepEqual(
        doc.annotations.flatMap((a) => (a.kind === 'time' && a.time.deadline ? [a.time.deadline.due] : [])),
        [null],
      );
    });
    it('"a 45-day window for objections": time allowed to act, from the story date', () => {
      assert.deepEqual(deadlines('There is a 45-day window for objections.'), ['45-day→2022-05-14 (window)']);
      assert.deepEqual(deadlines('The 45-day review ended.'), []);
      // a period for handing something in is such a window; a period of anything else is a length
      assert.deepEqual(deadlines('The agency opened a 60-day comment period.'), ['60-day→2022-05-29 (window)']);
      assert.deepEqual(deadlines('There is a 30-day period for public comment.'), ['30-day→2022-04-29 (window)']);
      assert.deepEqual(deadlines('Output rose in a three-month period for the first time.'), []);
      // so is a (grace) period to act (30 March + 60 days = 29 May); not a loan's grace period, nor a waiting period
      assert.deepEqual(deadlines('Congress has a 60-day grace period to review the sale.'), [
        '60-day→2022-05-29 (window)',
      ]);
      assert.deepEqual(deadlines('The loan is in a two year grace period. There is a 30-day waiting period.'), []);
    });
    it('"60 days from Monday to tender": the length counts from the day named, the action after it', () => {
      const [found] = annotate('Holders have 60 days from Monday to tender their shares.', {
        articleDate: '2022-03-30',
      }).annotations.filter((a) => a.kind === 'time' && a.time.deadline);
      assert.ok(found?.kind === 'time');
      assert.equal(found.text, '60 days');
      assert.equal(found.time.deadline!.anchor, '2022-03-28', 'the Monday named');
      assert.equal(found.time.deadline!.due, '2022-05-27', 'Monday 28 March + 60 days');
      assert.equal(found.time.deadline!.action, 'tender their shares');
      // an act cut at six words ends on its last content word, not on "with the"
      const [filed] = annotate('The company has until March 15 to file its annual report with the SEC.', {
        articleDate: '2022-03-30',
      }).annotations.filter((a) => a.kind === 'time' && a.time.deadline);
      assert.ok(filed?.kind === 'time');
      assert.equal(filed.time.deadline!.action, 'file its annual report');
      assert.deepEqual(deadlines('They worked 60 days from Monday to Friday.'), [], 'a range, not an action');
      // counted from an event the text gives no date for, past a longer phrase: no due date
      assert.deepEqual(deadlines('Bondholders have 30 days from the date of the notice to tender their bonds.'), [
        '30 days→null (given … to)',
      ]);
      assert.deepEqual(deadlines('Creditors will have 45 days from the filing date to object.'), [
        '45 days→null (given … to)',
      ]);
      // an event named by whoever performs it, in capitals; a day named after "after" is still the anchor (31 March + 30 days)
      assert.deepEqual(deadlines('The firm has been given 180 days after FDA approval to market the drug.'), [
        '180 days→null (given … to)',
      ]);
      assert.deepEqual(deadlines('The firm has been given 30 days after Thursday to market the drug.'), [
        '30 days→2022-04-30 (given … to)',
      ]);
    });
    it('a length after the start of something counts from the date the sentence gives it; business days skip weekends', () => {
      // Thursday 31 March + 20 business days (four weeks) = Thursday 28 April
      assert.deepEqual(
        deadlines('The offer will begin Thursday and will expire 20 business days after commencement.'),
        ['20 business days→2022-04-28 (expires)'],
      );
      // Friday 1 April + 5 business days = Friday 8 April; 1 March + 90 days = 30 May
      assert.deepEqual(deadlines('The offer expires 5 business days after Friday.'), [
        '5 business days→2022-04-08 (expires)',
      ]);
      assert.deepEqual(deadlines('The warrants may be exercised until 90 days after March 1.'), [
        '90 days→2022-05-30 (valid until)',
      ]);
      // no start given: no due date
      assert.deepEqual(deadlines('The offer will expire 20 business days after commencement.'), [
        '20 business days→null (expires)',
      ]);
    });
  });

  describe('does not take', () => {
    it('plans, lengths and earliest dates', () => {
      assert.deepEqual(deadlines('The company expects to finish the work by June.'), []);
      assert.deepEqual(deadlines('A three-week strike ended. The talks lasted two weeks. Not before March.'), []);
      // an earliest date however far back its clause's "not", and what someone waits until; a negated expiry is one
      assert.deepEqual(
        deadlines(
          'Argentina may not receive the 2.15 billion dlrs in bank loans it is seeking until September. The next move may have to wait until April 14.',
        ),
        [],
      );
      assert.deepEqual(deadlines('The offer does not expire until April 14, so holders have time.'), [
        'April 14→2022-04-14 (expires)',
      ]);
      // (a contraction's "not" as well; one in a relative clause after a noun is that clause's)
      assert.deepEqual(deadlines("Countries don't get serious about negotiating until the end of the day."), []);
      assert.deepEqual(deadlines("It extended its offer for the shares that it doesn't already own until May 6."), [
        'May 6→2022-05-06 (valid until)',
      ]);
      // (a "not" of another clause changes nothing)
      assert.deepEqual(deadlines('It did not say whether the offer would remain open until May 1.'), [
        'May 1→2022-05-01 (valid until)',
      ]);
      assert.deepEqual(deadlines('Intel told analysts that the company will resume shipments within two weeks.'), []);
      assert.deepEqual(deadlines('The company will move in two weeks. He was given two years in prison.'), []);
    });
    it('the length a limit was moved by is no limit: "extending by 10 days its deadline"', () => {
      assert.deepEqual(
        deadlines('NATO granted a reprieve, extending by 10 days its deadline for him to withdraw.'),
        [],
      );
      assert.deepEqual(deadlines('The deadline was extended by 10 days, to Oct. 27.'), [
        'Oct. 27→2022-10-27 (extended to)',
      ]);
    });
    it('a notice period is no limit to act by: "were given 30 days\' notice"; time given to act is', () => {
      assert.deepEqual(deadlines("Workers were given 30 days' notice of the closure, and two weeks notice."), []);
      assert.deepEqual(deadlines('Workers were given two weeks to decide.'), ['two weeks→2022-04-13 (given … to)']);
    });
    it('a date something is retroactive to took effect behind: no limit, however an agreement may oblige', () => {
      assert.deepEqual(deadlines('It agreed to acquire DFM Corp for cash, retroactive to September One.'), []);
      assert.deepEqual(times('The pay rise is retroactive to June 1, backdated from May 2.'), [
        'June 1=DATE:2021-06-01',
        'May 2=DATE:2021-05-02',
      ]);
      // a limit elsewhere in the sentence still is one
      assert.deepEqual(deadlines('The tax cut, retroactive to July 1, must be approved by December 15.'), [
        'December 15→2022-12-15 (must … by)',
      ]);
    });
    it("the day an obliging was done, and an obligation in another speaker's quote", () => {
      assert.deepEqual(deadlines('Forced last month to cut its growth target, the minister ruled out action.'), []);
      assert.deepEqual(
        deadlines(
          'Citing statistics indicating that by 2030, Asia will hold half the world\'s capacity, he said, "We had to be there."',
        ),
        [],
      );
      // an obligation of the clause still sets its limit
      assert.deepEqual(deadlines('The appointment must be filled this August.'), [
        'this August→2022-08-31 (must … by)',
      ]);
      // a time after an article names the noun after it
      assert.deepEqual(
        deadlines(
          'USDA is drafting rules, required by a 2021 law, on aliens. Earnings must double the 2021 level. Repairs were required after a 1978 landing accident.',
        ),
        [],
      );
    });
    it('postponements, plans, goals, forecasts and past intervals', () => {
      assert.deepEqual(deadlines('The meeting has been postponed until the start of April.'), []);
      // adjourned until a day is put off; a legislature that must adjourn by a day has a limit
      assert.deepEqual(deadlines('The talks were adjourned until Monday.'), []);
      assert.deepEqual(deadlines('Lawmakers must adjourn by May 31.'), ['May 31→2022-05-31 (must … by)']);
      assert.deepEqual(deadlines('It said it intends to file for an offering within the next 30 days.'), []);
      assert.deepEqual(deadlines('The company will boost output to 10 tonnes by March 2023.'), []);
      // an order of goods commands nothing; a court's order does
      assert.deepEqual(
        deadlines('With an order received in 2020, it brought order volume to 100 mln marks over the next 10 years.'),
        [],
      );
      assert.deepEqual(deadlines('A court order requires it to repay the debt over the next 10 years.'), [
        'the next 10 years→null (within)',
      ]);
      // a forecast whose speaker closes the sentence, whatever right it names; a speaker who only says is no forecast
      assert.deepEqual(deadlines('Options on the index will see 30 pct yearly growth until 2025, Reed estimated.'), []);
      assert.deepEqual(deadlines('The options on the index are exercisable until 2025, Reed said.'), [
        '2025→null (valid until)',
      ]);
      // a figure someone is told to reach by a time is an order, not the actor's own goal
      assert.deepEqual(
        deadlines('The regulator told the bank to raise its capital ratio to 9 pct by the end of June.'),
        ['the end of June→2022-06-30 (must … by)'],
      );
      assert.deepEqual(deadlines("We're aiming for 100 option classes by the end of 2023."), []);
      // (and so is a market's demand after a preposition or a word that describes it)
      assert.deepEqual(
        deadlines(
          'Imports will fall by 2030, only partially offset by increased demand. The Philippines will import cement by the end of the month to meet growing demand from builders. The ministry will revise its outlook by August to meet a downtrend in Japanese energy demand.',
        ),
        [],
      );
      assert.deepEqual(
        deadlines(
          "The union will demand the elimination of the quota by April. The rebels' demands were to be met by Sunday.",
        ),
        ['April→2022-04-30 (must … by)', 'Sunday→2022-04-03 (must … by)'],
      );
      // a market's demand is the subject of a forecast, no demand made of anyone; a demand made stays one
      assert.deepEqual(
        deadlines('By the end of the decade, demand will double. By 2030, demand for power rose twofold in the model.'),
        [],
      );
      assert.deepEqual(
        deadlines(
          'Iran repeated its demand for the release of the hostages by Friday. They demand the troops leave by May 1.',
        ),
        ['Friday→2022-04-01 (must … by)', 'May 1→2022-05-01 (must … by)'],
      );
      assert.deepEqual(
        deadlines('Women have been victims of violations of human rights for the past twenty years.'),
        [],
      );
      assert.deepEqual(deadlines('The dividend is not due until June; the lease was extended for two years.'), []);
      // "put off", "pushed back" postpone; "put" alone does not ("put into effect" still leaves the limit)
      assert.deepEqual(deadlines('The vote was put off until Monday, and the talks were pushed back to June 5.'), []);
      // a deadline moved is the new deadline, in its own clause only
      assert.deepEqual(deadlines('The filing deadline was pushed back to July 15.'), ['July 15→2022-07-15 (deadline)']);
      assert.deepEqual(deadlines('They moved the deadline for comments from May 1 to June 3.'), [
        'June 3→2022-06-03 (deadline moved to)',
      ]);
      assert.deepEqual(deadlines('The deadline passed, and the meeting was postponed to June 3.'), []);
      assert.deepEqual(deadlines('Sanctions put into effect last week must be lifted by June 30.'), [
        'June 30→2022-06-30 (must … by)',
      ]);
    });
    it('intervals behind, vague lengths and times that name a thing ("last December\'s accord")', () => {
      assert.deepEqual(
        deadlines('Banks will have to punish firms that failed to repay loans over the past two years.'),
        [],
      );
      assert.deepEqual(
        deadlines('It is the costliest move the group has made in the last four years to defend itself.'),
        [],
      );
      assert.deepEqual(
        deadlines('The change may mean that the firm, which for decades was run by one family, is sold.'),
        [],
      );
      assert.deepEqual(deadlines("He reiterated the kingdom's commitment to last December's accord."), []);
      // "to" and no verb after a length: no time given to act
      assert.deepEqual(deadlines('The index uses all bonds with over one year to maturity.'), []);
      // a span "over" which a duty is done is time allowed; what "is to" be done over it, a schedule
      assert.deepEqual(deadlines('The company must repay the loan over five years.'), ['five years→null (within)']);
      assert.deepEqual(deadlines('Britain is to take in 20,000 refugees over five years.'), []);
      // an obligation after the length is another clause's
      assert.deepEqual(
        deadlines('The Paris Club, rescheduling over 10 years 900 mln dlrs of official debt due by June 1988, met.'),
        ['June 1988→1988-06-30 (must … by)'],
      );
      // a definite length still is, and a possessive deadline noun still names the limit
      assert.deepEqual(deadlines('The warrants are exercisable for five years.'), ['five years→null (valid for)']);
      assert.deepEqual(deadlines("Talks went on past Friday's deadline."), ['Friday→2022-03-25 (deadline)']);
    });
    it('a span after an act told in the simple past is when it happened; not a limit imposed over a span', () => {
      assert.deepEqual(deadlines('The group said it sold 567,800 common shares between May 15 and 29 at 60 dlrs.'), []);
      assert.deepEqual(deadlines('Share prices rose 30 pct in absolute terms between November 1 and March 31.'), []);
      assert.deepEqual(deadlines('It changed its fiscal year-end from June 30 to December 31.'), []);
      // a window still is one, and so is a ceiling that an accord set for a span
      assert.deepEqual(deadlines('The warrants are exercisable between May 1 and May 15.'), [
        'May 15→2022-05-15 (valid until)',
      ]);
      assert.deepEqual(deadlines('The accord reached Saturday set an output ceiling from July to December.'), [
        'December→null (extended to)',
      ]);
    });
    it('waiting periods, "until now" and an obligation denied', () => {
      assert.deepEqual(deadlines("The company doesn't have to wait five years to begin buying shares."), []);
      assert.deepEqual(
        deadlines(
          'There should be no need to worry about a recession in the next two years. Banks do not have to put loans on nonaccrual until they are over 90 days past due.',
        ),
        [],
      );
      assert.deepEqual(deadlines('Banks have to put the loans on nonaccrual within 90 days.'), [
        '90 days→2022-06-28 (within)',
      ]);
      assert.deepEqual(deadlines('He has until now been described only as a witness.'), []);
    });
  });
});

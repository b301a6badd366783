import * as assert from 'node:assert/strict';
import { counts, times } from './helpers';

// The article date 2022-03-30 is a Wednesday in ISO week 13.
describe('DateRecognizer', () => {
  it('a range of two years: each one a date ("the 2011-2012 season"), not the end of "12-2020"', () => {
    assert.deepEqual(times('The 2011-2012 season was long. In 12-2020 it ended.'), [
      '2011=DATE:2011',
      '2012=DATE:2012',
    ]);
    // whatever noun follows the range ("the 2011-2012 year"); a figure before a unit alone stays an amount
    assert.deepEqual(times('It fell for the 2011-2012 year; the plant makes 2000 tonnes.'), [
      '2011=DATE:2011',
      '2012=DATE:2012',
    ]);
    // the second year written with its last two digits, only when it follows the first
    assert.deepEqual(times('The 2012-13 season and fiscal 1999-00; not 1990-95 or -14.'), [
      '2012=DATE:2012',
      '13=DATE:2013',
      'fiscal 1999=DATE:1999',
      '00=DATE:2000',
      '1990=DATE:1990',
    ]);
    // or after a slash, as the wire writes crop and fiscal years ("1/87" stays a fraction's)
    assert.deepEqual(times('The 1986/87 crop; the 1985/87 span; a 1/87 share.'), [
      '1986=DATE:1986',
      '87=DATE:1987',
      '1985=DATE:1985',
    ]);
  });
  describe('resolves', () => {
    it('a month without a year by the tense: a clause told in the past never means a month to come', () => {
      // the article is of 2022-03-30: the nearest December is the last, the nearest May the coming one, unless the clause is past
      assert.deepEqual(times('Prices fell in May.'), ['May=DATE:2021-05']);
      assert.deepEqual(times('The period ended May 31.'), ['May 31=DATE:2021-05-31']);
      assert.deepEqual(times('Talks open in May.'), ['May=DATE:2022-05']);
      // a range that opens the sentence before a past clause lies behind, both its ends
      assert.deepEqual(times('From May 29 to June 3, the agency told airlines to stop them.'), [
        'May 29=DATE:2021-05-29',
        'June 3=DATE:2021-06-03',
      ]);
      // a month at the end of a phrase led by "since" lies behind, however far into the phrase
      assert.deepEqual(times('Since the start of the war in May, 300 people have died.'), ['May=DATE:2021-05']);
      assert.deepEqual(times('Since talks will resume in May, we wait.'), ['May=DATE:2022-05']);
      // a past clause that points ahead, or a modal: the month to come
      assert.deepEqual(times('The offer was extended to May 16.'), ['May 16=DATE:2022-05-16→2022-05-16']); // and the offer's limit
      assert.deepEqual(times('He said the rate could take effect on May 1.'), ['May 1=DATE:2022-05-01']);
      // a "will" past a clock time before the date governs it as it would the bare date
      assert.deepEqual(times('He will be sworn in at noon on Jan. 20.'), ['noon on Jan. 20=TIME:2023-01-20T12:00']);
      assert.deepEqual(times('The business was for April shipments.'), ['April=DATE:2022-04']);
      // a month that names the noun of a past form's object is past too; a future's, ahead
      assert.deepEqual(times('The plant, damaged in the May earthquake, reopens. It is decided in the May vote.'), [
        'May=DATE:2021-05',
        'May=DATE:2022-05',
      ]);
    });
    it("by the nearest word that tells the tense: a past form governing the date, a past perfect, a fronted date's main clause", () => {
      // a past form right before the date wins over a future cue further off ("expected")
      assert.deepEqual(times('Shares fell on lower-than-expected earnings after the market closed Friday.'), [
        'Friday=DATE:2022-03-25',
      ]);
      // "by" looks ahead only when it leads the date, and a past perfect places its limit in the past
      assert.deepEqual(times('He was cited by police in May for speeding.'), ['May=DATE:2021-05']);
      assert.deepEqual(times('Ten members had filed reports by Friday.'), ['Friday=DATE:2022-03-25']);
      // so does the clause a fronted "by" leads after a comma and "and": "…, and by September sales had doubled"
      assert.deepEqual(times('It hired a chief, and by September sales had doubled.'), ['September=DATE:2021-09']);
      assert.deepEqual(times('It hired a chief, and by September sales will double.'), ['September=DATE:2022-09']);
      // a time allowed that was granted in the past is the nearest day, past or ahead (written on 30 March 2022)
      assert.deepEqual(times('It had received a waiver until May 2; it had filed reports by March 2.'), [
        'May 2=DATE:2022-05-02→2022-05-02', // a deadline, too
        'March 2=DATE:2022-03-02',
      ]);
      assert.deepEqual(times('It had received a waiver on May 2.'), ['May 2=DATE:2021-05-02']);
      // so is the new end of what was moved later, told in the past ("extended until", "put off to"); a state that
      // lasted until a day stays behind
      assert.deepEqual(
        times('The offer, which had been due to expire, was extended until May 2; the talks had lasted until May 3.'),
        ['May 2=DATE:2022-05-02→2022-05-02', 'May 3=DATE:2021-05-03'],
      );
      // any verb of moving later does so, as timeSupport reads them ("suspended until", "rescheduled to")
      assert.deepEqual(
        times(
          'The talks, which had been due to end, were suspended until May 3; the vote, which had been due, was rescheduled to May 4.',
        ),
        ['May 3=DATE:2022-05-03', 'May 4=DATE:2022-05-04'],
      );
      assert.deepEqual(times('Members must file reports by Friday.'), ['Friday=DATE:2022-04-01→2022-04-01']); // a deadline, too
      // an active past right before "until" ends there ("the strike continued until Friday"); a
      // postponement moves to a time ahead, and "were given until" is passive
      assert.deepEqual(times('The strike continued until Friday.'), ['Friday=DATE:2022-03-25']);
      assert.deepEqual(times('Officials postponed until Friday any action.'), ['Friday=DATE:2022-04-01']);
      // the time something was moved to lies ahead like "until"'s, unless the move is told in the past perfect
      assert.deepEqual(times('The offer was extended to Friday.'), ['Friday=DATE:2022-04-01→2022-04-01']);
      assert.deepEqual(times('The offer had been extended to Friday.'), ['Friday=DATE:2022-03-25→2022-03-25']);
      assert.deepEqual(times('Envoys were given until Friday to leave.'), ['Friday=DATE:2022-04-01→2022-04-01']);
      // a passive past before "by" was done by then, unless it asks or allows something of someone (bids
      // requested by a day are due then: a deadline, whose request reaches no time across the semicolon)
      assert.deepEqual(times('The plant was closed by June 1; bids were requested by June 1.'), [
        'June 1=DATE:2021-06-01',
        'June 1=DATE:2022-06-01→2022-06-01',
      ]);
      // a participle after a copula ("will stay closed until") is no past; after a past copula the clause is past
      assert.deepEqual(times('The plant will stay closed until April 10; the mine remained closed until March 10.'), [
        'April 10=DATE:2022-04-10',
        'March 10=DATE:2022-03-10',
      ]);
      // a present nearer than the past perfect: the limit is ahead
      assert.deepEqual(times('No decision had been reached and banks have until May 16 to comment.'), [
        'May 16=DATE:2022-05-16→2022-05-16',
      ]);
      // a date opening the sentence takes the tense of the main clause after its comma
      assert.deepEqual(times('In May, the company brought in a new chief.'), ['May=DATE:2021-05']);
      assert.deepEqual(times('In May, the company will bring in a new chief.'), ['May=DATE:2022-05']);
      // and without the comma, after the preposition that opens the sentence or the clause after a semicolon
      assert.deepEqual(times('In May the company brought in a new chief; in June it will bring in another.'), [
        'May=DATE:2021-05',
        'June=DATE:2022-06',
      ]);
      assert.deepEqual(times('By May the company had cut 300 jobs. By May the company must cut 300 more.'), [
        'May=DATE:2021-05',
        'May=DATE:2022-05→2022-05-31',
      ]);
      // however far ahead: on 30 March, a December the main clause says will come is this year's, not last year's
      assert.deepEqual(times('In December, the company will open a new store.'), ['December=DATE:2022-12']);
      // "will" six words back governs the date past the verb's object; past a preposition the date is a noun's
      assert.deepEqual(times('The company will open a new store in December.'), ['December=DATE:2022-12']);
      assert.deepEqual(times('It will benefit from its acquisition in late December.'), ['late December=DATE:2021-12']);
      // a contracted auxiliary tells the tense: "didn't" a past, "won't" a future
      assert.deepEqual(times("They didn't respond by Friday; he won't leave until Friday."), [
        'Friday=DATE:2022-03-25',
        'Friday=DATE:2022-04-01',
      ]);
      // the main clause's tense wins over a leading "by"; a time "since" which something holds lies behind
      assert.deepEqual(times('By September, sales had fallen. By Friday, the company must respond.'), [
        'September=DATE:2021-09',
        'Friday=DATE:2022-04-01→2022-04-01',
      ]);
      // so does it over a date inside the phrase that opens the sentence (told 30 March: the April and May past, or to come)
      assert.deepEqual(
        times('After a strong start in April, sales slowed. In talks in May, the two sides will decide.'),
        ['April=DATE:2021-04', 'May=DATE:2022-05'],
      );
      assert.deepEqual(times('Since June, prices have risen, and rents since Monday.'), [
        'June=DATE:2021-06',
        'Monday=DATE:2022-03-28',
      ]);
      // (on Wednesday 30 March) a weekday that something starts from lies ahead, however far its "will", unless a
      // past follows it
      assert.deepEqual(
        times(
          'Starting Monday, shops must close early. The road will be shut to all traffic for weeks starting Friday.',
        ),
        ['Monday=DATE:2022-04-04', 'weeks=DURATION:PXW', 'Friday=DATE:2022-04-01'],
      );
      assert.deepEqual(times('The strike, starting Monday, paralysed the port.'), ['Monday=DATE:2022-03-28']);
      // a past form further off is of another clause or a participle: "for April" still looks ahead
      assert.deepEqual(times('About 350 lots were traded for April delivery.'), ['April=DATE:2022-04']);
      // "this past spring" is this year's when it is over, "the past Friday" a day (not "the past"), and
      // before a day's possessive a bare "past" is a preposition
      assert.deepEqual(times('It sold the unit this past spring. The past Friday was cold.'), [
        'this past spring=DATE:2021-SP',
        'The past Friday=DATE:2022-03-25',
      ]);
      assert.deepEqual(times("Talks went on past Friday's deadline."), ['Friday=DATE:2022-03-25→2022-03-25']);
      // told in the past, even tomorrow's weekday is behind (2022-03-30 is a Wednesday; a dateline a day
      // later than the story's date is read from the text, where it says so)
      assert.deepEqual(times('She headed Thursday to Nairobi.'), ['Thursday=DATE:2022-03-24']);
      assert.deepEqual(times('Police arrested five men on Thursday.'), ['Thursday=DATE:2022-03-24']);
      // (not a past form that is a noun's, under a "will" further back)
      assert.deepEqual(times('The final will be played in the alternate shot format on Thursday.'), [
        'Thursday=DATE:2022-03-31',
      ]);
    });
    it('what "will" happen on a day lies ahead however far; a season "of" a year is that year\'s', () => {
      assert.deepEqual(times('Shops will close on Christmas Eve. The law will take effect on Jan. 1.'), [
        'Christmas Eve=DATE:2022-12-24',
        'Jan. 1=DATE:2023-01-01',
      ]);
      // so does what "is expected to", "is likely to" happen; not what "was expected to"
      assert.deepEqual(
        times('Prices are expected to rise in January; growth is likely to pick up in the second half.'),
        ['January=DATE:2023-01', 'the second half=DATE:2022-H2'],
      );
      assert.deepEqual(times('Prices were expected to rise in January.'), ['January=DATE:2022-01']);
      // a modal's base verb looks ahead too (written on 30 March 2022: the coming October and June); not a modal's
      // perfect, nor the month just gone, which a reported expectation more likely meant
      assert.deepEqual(times('He said the elections would be held in October. The merger could close in June.'), [
        'October=DATE:2022-10',
        'June=DATE:2022-06',
      ]);
      assert.deepEqual(times('Sales could have risen in October. He said prices would rise in February.'), [
        'October=DATE:2021-10',
        'February=DATE:2022-02',
      ]);
      // and what someone expects or wants of another: the object between, then the infinitive (Wednesday 30 March
      // 2022: the coming Friday is 1 April, the last one 25 March)
      assert.deepEqual(
        times(
          'Economists expect the bank to announce aggressive easing steps on Friday. They want the council to vote on Friday.',
        ),
        ['Friday=DATE:2022-04-01', 'Friday=DATE:2022-04-01'],
      );
      assert.deepEqual(times('The people who want the council to go met on Friday.'), ['Friday=DATE:2022-03-25']);
      // and a part of the year that a modal of what may come governs (written on 30 March 2022)
      assert.deepEqual(times('He said the deal would close in the second half, and sales could rise in Q3.'), [
        'the second half=DATE:2022-H2',
        'Q3=DATE:2022-Q3',
      ]);
      // (not a modal's perfect, a past that did not happen, nor a past)
      assert.deepEqual(times('He said sales would have risen in Q3 had they cut prices; sales rose in Q3.'), [
        'Q3=DATE:2021-Q3',
        'Q3=DATE:2021-Q3',
      ]);
      // a verb joined by "and" shares the "will" of the verb before it; a past one does not
      assert.deepEqual(
        times('The pope will celebrate Mass on Christmas Eve and deliver his blessing on Christmas Day.'),
        ['Christmas Eve=DATE:2022-12-24', 'Christmas Day=DATE:2022-12-25'],
      );
      assert.deepEqual(times('He will retire in May and his successor took office in February.'), [
        'May=DATE:2022-05',
        'February=DATE:2022-02',
      ]);
      // nor is one in a clause of its own that a past governs, nearer than the "will" (told 30 March 2022:
      // January just past, July ahead)
      assert.deepEqual(
        times('Data is expected to show prices rose 0.2 percent in January. It will sell the shares in July.'),
        ['January=DATE:2022-01', 'July=DATE:2022-07'],
      );
      assert.deepEqual(times('It will sell the shares it acquired in July.'), ['July=DATE:2021-07']);
      // a participle right after the infinitive or the modal's verb is its object's, no past of its own
      assert.deepEqual(times('The trust will accept tendered shares until December 1.'), [
        'December 1=DATE:2022-12-01',
      ]);
      assert.deepEqual(times('It will pay accrued second quarter dividends.'), ['second quarter=DATE:2022-Q2']);
      // the date of a noun after the verb is no time "will" governs
      assert.deepEqual(times('The company will benefit from its acquisition in late December.'), [
        'late December=DATE:2021-12',
      ]);
      // but those whom the verb is done with and the place it is done in are no such nouns (told on Wednesday
      // 30 March 2022: the coming Monday is 4 April), nor is the zone of a clock time
      assert.deepEqual(
        times(
          'The president will meet with opposition leaders and union officials on Monday. He will hold talks with his Chinese counterpart in Beijing on Monday.',
        ),
        ['Monday=DATE:2022-04-04', 'Monday=DATE:2022-04-04'],
      );
      assert.deepEqual(times('The company will hold a conference call at 10 a.m. Eastern time Monday.'), [
        '10 a.m. Eastern time Monday=TIME:2022-04-04T10:00',
      ]);
      // spring and fall only with their year ("the fall in prices" is none); a season's year may follow it directly
      assert.deepEqual(times('It began in the spring of 2010 and spring 2011; the fall in prices, in summer 2012.'), [
        'the spring of 2010=DATE:2010-SP',
        'spring 2011=DATE:2011-SP',
        'summer 2012=DATE:2012-SU',
      ]);
      assert.deepEqual(times('The Dow could fall 2000 points in the fall 2012 session.'), [
        'the fall 2012=DATE:2012-FA',
      ]);
      assert.deepEqual(times('It happened in the summer of 2011, not in the winter of nineteen ninety-four.'), [
        'the summer of 2011=DATE:2011-SU',
        'the winter of nineteen ninety-four=DATE:1994-WI',
      ]);
      // a bare season is the one under way or the last, the next when the clause looks ahead
      assert.deepEqual(times('They met in the summer; talks will resume in the summer and end in the winter.'), [
        'the summer=DATE:2021-SU',
        'the summer=DATE:2022-SU',
        'the winter=DATE:2022-WI',
      ]);
      // past the verb's objects, a list of names among them
      assert.deepEqual(times('He will visit Israel, the West Bank and Jordan in the summer, officials said.'), [
        'the summer=DATE:2022-SU',
      ]);
    });
    it('a month listed after another runs forward from it; "of that year" is the year written last', () => {
      // a month a trade is booked "for" lies ahead ("for Sept/Dec shipments", told in March); a month's figures behind
      assert.deepEqual(times('Buyers took 50,000 tonnes for Sept/Dec shipments; January shipments fell.'), [
        'Sept=DATE:2022-09',
        'Dec=DATE:2022-12',
        'January=DATE:2022-01',
      ]);
      // (Wednesday 30 March 2022: a list that looks ahead crosses into next year; one told in the past stays behind)
      assert.deepEqual(times('Forecasts will be issued in October, November, January and July.'), [
        'October=DATE:2022-10',
        'November=DATE:2022-11',
        'January=DATE:2023-01',
        'July=DATE:2023-07',
      ]);
      assert.deepEqual(times('Sales fell in November, December and January.'), [
        'November=DATE:2021-11',
        'December=DATE:2021-12',
        'January=DATE:2022-01',
      ]);
      assert.deepEqual(times('The first is due in April 2024, the others in May, June and September of that year.'), [
        'April 2024=DATE:2024-04',
        'May=DATE:2024-05',
        'June=DATE:2024-06',
        'September of that year=DATE:2024-09',
      ]);
      assert.deepEqual(times('The war began in 1914; in August of the same year, troops crossed the border.'), [
        '1914=DATE:1914',
        'August of the same year=DATE:1914-08',
      ]);
      // no year written before: the tense decides, as for any month
      assert.deepEqual(times('Sales rose in August of that year.'), ['August=DATE:2021-08', 'that year=DATE:2021']);
    });
    it('the end of a range by its start, which it cannot precede; a weekday starts no range', () => {
      assert.deepEqual(times('Quotas would resume from April 1 to September.'), [
        'April 1=DATE:2022-04-01',
        'September=DATE:2022-09',
      ]);
      assert.deepEqual(times('It ran from May 2020 to April.'), ['May 2020=DATE:2020-05', 'April=DATE:2021-04']);
      // "until" ends a range only after "from": a date before it may be another thing's (told 30 March 2022)
      assert.deepEqual(times('It extended the offer for its notes due December 1, 2023 until April 23.'), [
        'December 1, 2023=DATE:2023-12-01',
        'April 23=DATE:2022-04-23→2022-04-23',
      ]);
      assert.deepEqual(times('Holders may convert from December 1, 2022 until April 23.'), [
        'December 1, 2022=DATE:2022-12-01',
        'April 23=DATE:2023-04-23→2023-04-23',
      ]);
      // months listed before the one with the year share it; a month in another clause does not
      assert.deepEqual(times('Stock splits in January and June 1986, and in March, April or Sept. 5, 1987.'), [
        'January=DATE:1986-01',
        'June 1986=DATE:1986-06',
        'March=DATE:1987-03',
        'April=DATE:1987-04',
        'Sept. 5, 1987=DATE:1987-09-05',
      ]);
      // a year that opens the clause dates its months; a year inside another clause does not
      assert.deepEqual(times('For 2014 it was Sept. 27, and for 2013 it was Sept. 28. In 2010, sales rose in May.'), [
        '2014=DATE:2014',
        'Sept. 27=DATE:2014-09-27',
        '2013=DATE:2013',
        'Sept. 28=DATE:2013-09-28',
        '2010=DATE:2010',
        'May=DATE:2010-05',
      ]);
      assert.deepEqual(times('He was convicted in 1998 and will be released in May.'), [
        '1998=DATE:1998',
        'May=DATE:2022-05',
      ]);
      // a range's start takes its end's year, or the year before when it is a later month; a slash joins one too
      assert.deepEqual(times('Output rose in the October-December 1986 quarter and from November to February 1988.'), [
        'October=DATE:1986-10',
        'December 1986=DATE:1986-12',
        'November=DATE:1987-11',
        'February 1988=DATE:1988-02',
      ]);
      assert.deepEqual(times('Sellers quoted 640 marks for April/Dec. and 330 dlrs for Nov/Jan shipment.'), [
        'April=DATE:2022-04',
        'Dec.=DATE:2022-12',
        'Nov=DATE:2022-11', // (a shipment period quoted "for" lies ahead)
        'Jan=DATE:2023-01',
      ]);
      // a three-letter month without its period before a year or glued to another month; alone it may be a name
      assert.deepEqual(times('The period ended Aug One, 1987. It will pay Nov Five.'), [
        'Aug One, 1987=DATE:1987-08-01',
        'Nov Five=DATE:2022-11-05',
      ]);
      assert.deepEqual(times('Shipments for April/Oct will rise. In Oct 1987 they fell; Jan said Dec was away.'), [
        'April=DATE:2022-04',
        'Oct=DATE:2022-10',
        'Oct 1987=DATE:1987-10',
      ]);
      // a paragraph may open with the link itself (a quote list's "- Oct barges"): nothing before it to glue
      assert.deepEqual(times('- Oct barges were bid at 120 pct.\n\n/Dec offered at 145.'), []);
      assert.deepEqual(times('It was founded in January and listed in June 1986.'), [
        'January=DATE:2022-01',
        'June 1986=DATE:1986-06',
      ]);
      assert.deepEqual(times("A revision Friday to December's figures came."), [
        'Friday=DATE:2022-03-25',
        'December=DATE:2021-12',
      ]);
    });
    it('"the day before", "the following decade", "the end of year": from the date named before, else the article\'s', () => {
      assert.deepEqual(times('He was seen on March 3 and left the day before.'), [
        'March 3=DATE:2022-03-03',
        'the day before=DATE:2022-03-02',
      ]);
      assert.deepEqual(times('She had left the day after.'), ['the day after=DATE:2022-03-31']);
      // and a part of it: "the night before" (not before an event: "the morning after the vote" is today's)
      assert.deepEqual(times('It was stronger than the plan Iraq had agreed to the night before, he said.'), [
        'the night before=TIME:2022-03-29TNI',
      ]);
      assert.deepEqual(times('He left the morning after the vote.'), ['the morning=TIME:2022-03-30TMO']);
      // a business or trading day is a day, as near as the text tells (Tuesday 8 March: the day before)
      assert.deepEqual(times('Balances rose on March 8 from 2.7 billion the previous business day.'), [
        'March 8=DATE:2022-03-08',
        'the previous business day=DATE:2022-03-07',
      ]);
      // "later in the day", "earlier in the day": that day; "the day" elsewhere is none
      assert.deepEqual(times('He was seen on March 3 and left later in the day.'), [
        'March 3=DATE:2022-03-03',
        'the day=DATE:2022-03-03',
      ]);
      assert.deepEqual(times('Earlier in the day he spoke of the day of judgment.'), ['the day=DATE:2022-03-30']);
      // a past tells of no day after the story's: the day named before lies ahead, so it is the story's day
      assert.deepEqual(times('"We will have a plan by Monday," he said earlier in the day.'), [
        'Monday=DATE:2022-04-04',
        'the day=DATE:2022-03-30',
      ]);
      assert.deepEqual(times('The vote is on Monday and he will speak later in the day.'), [
        'Monday=DATE:2022-04-04',
        'the day=DATE:2022-04-04',
      ]);
      // the day a deadline runs out is a limit: today when told in the present, else unknown (a deadline's day, so
      // its due date); "the day the talks began" is none
      assert.deepEqual(
        times(
          'The invitation comes on the day a deadline set by the minister expires. It fell on the day the talks began.',
        ),
        ['the day=DATE:2022-03-30→2022-03-30'],
      );
      assert.deepEqual(times('He left on the day the ultimatum expired.'), ['the day=DATE:XXXX-XX-XX→null']);
      // before an event, "the day" is told from it (TimeML); in apposition to a date it is that date
      assert.deepEqual(times('It fell the day before the plunge.'), ['the day=DATE:XXXX-XX-XX']);
      assert.deepEqual(times('It fell on Oct. 12, 2021, the day before the plunge.'), [
        'Oct. 12, 2021=DATE:2021-10-12',
        'the day=DATE:2021-10-12',
      ]);
      // a chain of them as long as the text reads each date a few links deep (it once overflowed the stack)
      assert.equal(
        times(`${'the day before '.repeat(100_000)}yesterday`).at(-1),
        'the day before the day before yesterday=DATE:2022-03-27',
      );
      // before a date, one day from it; "later in the day before returning" is the day named before
      assert.deepEqual(times('the day before yesterday, the day after Christmas'), [
        'the day before yesterday=DATE:2022-03-28',
        'the day after Christmas=DATE:2021-12-26',
      ]);
      assert.deepEqual(times('He flew in on March 3 and left later in the day before returning home.'), [
        'March 3=DATE:2022-03-03',
        'the day=DATE:2022-03-03',
      ]);
      // "a year before", "the year before", "a day after" with nothing after the adverb: a point told from
      // the time the sentence named, else from the article's date, as "a year earlier" is
      assert.deepEqual(times('Sales fell to $300 million last year, down from $450 million the year before.'), [
        'last year=DATE:2021',
        'the year before=DATE:2020',
      ]);
      assert.deepEqual(times('Revenue was 665,800 dlrs a year before, and shares rose a day after.'), [
        'a year before=DATE:2021',
        'a day after=DATE:2022-03-31',
      ]);
      // before an event they are lengths (TimeML), not points told from the article's date
      assert.deepEqual(times('The plan was approved a week before the vote.'), ['a week=DURATION:P1W']);
      assert.deepEqual(times('It rose the month before the vote.'), []);
      assert.deepEqual(times('In the following decade, prices rose.'), ['the following decade=DATE:203']);
      // a fortnight on or back is two weeks long, no week of the calendar
      assert.deepEqual(times('Cases rose over the past fortnight and may fall next fortnight.'), [
        'the past fortnight=DURATION:P2W',
        'next fortnight=DURATION:P2W',
      ]);
      assert.deepEqual(times('The following year, prices rose.'), ['The following year=DATE:2023']);
      // the end of the article's year or month, not yet come: in the past it is the last one's
      assert.deepEqual(times('By the end of year, sales will rise.'), ['the end of year=DATE:2022']);
      assert.deepEqual(times('By the end of year, sales rose.'), ['the end of year=DATE:2021']);
      // past "the" and a relative word: "the end of the current fiscal year"
      assert.deepEqual(times('Sales will rise by the end of the current fiscal year.'), [
        'the end of the current fiscal year=DATE:2022',
      ]);
      // and past "fiscal" to the year a company's year is named for
      assert.deepEqual(times('The loan must be repaid by the end of fiscal 1992.'), [
        'the end of fiscal 1992=DATE:1992→null',
      ]);
      // and "calendar", which names the plain year
      assert.deepEqual(times('The plan expires at the end of calendar 2023.'), [
        'the end of calendar 2023=DATE:2023→2023-12-31',
      ]);
      assert.deepEqual(times('The deal was closed by the end of the month; up 5% since year-end.'), [
        'the end of the month=DATE:2022-02',
        'year-end=DATE:2021',
      ]);
      // the verb of a clause whose limit's event holds the month may stand further back
      assert.deepEqual(times('It will stay in force until a final decision in September.'), ['September=DATE:2022-09']);
      assert.deepEqual(times('Output is scheduled to drop by 10.4 pct to about 1.47 mln in the third quarter.'), [
        'the third quarter=DATE:2022-Q3',
      ]);
      // a past further off in the clause ends the year too; one told on the month's last day is that month's
      assert.deepEqual(times('It increased its stake to 5.9 mln shares at year end; it will hold 5 pct at year-end.'), [
        'year end=DATE:2021',
        'year-end=DATE:2022',
      ]);
      assert.deepEqual(times('Banks drained the market at the end of the month.', '2022-03-31'), [
        'the end of the month=DATE:2022-03',
      ]);
      // a month or a year named is that one, whatever the tense (told on March 30, 2022)
      assert.deepEqual(times('They had asked it to pay by the end of March; it was expected by the end of 2022.'), [
        'the end of March=DATE:2022-03→2022-03-31',
        'the end of 2022=DATE:2022',
      ]);
      // the first or last day of a month or a year named; not of an event
      assert.deepEqual(times('It ends on the last day of the month, or the last day of February 2024.'), [
        'the last day of the month=DATE:2022-03-31',
        'the last day of February 2024=DATE:2024-02-29',
      ]);
      assert.deepEqual(times('On the first day of 1999 and the final day of the summit.'), [
        'the first day of 1999=DATE:1999-01-01',
      ]);
      // "that quarter", "the following quarter": from the quarter the paragraph named last; none before it, no date
      assert.deepEqual(times('In the fourth quarter of 2020 sales rose; in that quarter and the following quarter.'), [
        'the fourth quarter of 2020=DATE:2020-Q4',
        'that quarter=DATE:2020-Q4',
        'the following quarter=DATE:2021-Q1',
      ]);
      assert.deepEqual(times('Results for that quarter included a charge.'), []);
      // "that day" with no date before it is any day
      assert.deepEqual(times('Losses on trades made that day mounted.'), []);
    });
    it('the day of a past act on a limit is the act\'s: "decided on the ultimatum late Thursday night"', () => {
      assert.deepEqual(times('Bush decided on the ultimatum late Monday night after meeting his advisers.'), [
        'late Monday night=DATE:2022-03-28',
      ]);
      assert.deepEqual(times('The UN issued an ultimatum Monday.'), ['Monday=DATE:2022-03-28']);
    });
    it('"last February 19", "next April 19": the latest such day before the article, the next after it', () => {
      // (Wednesday 30 March 2022; "last February" alone is a year back, as TimeBank writes it)
      assert.deepEqual(times('The bill was introduced last February 19 and will be debated next April 19.'), [
        'last February 19=DATE:2022-02-19',
        'next April 19=DATE:2022-04-19',
      ]);
      assert.deepEqual(times('It closed last March 30, and reopened last February.'), [
        'last March 30=DATE:2021-03-30',
        'last February=DATE:2021-02',
      ]);
      // a figure that counts what follows is no day
      assert.deepEqual(times('Last May 12 people died.'), ['Last May=DATE:2021-05']);
    });
    it('weekdays by the tense of the sentence', () => {
      assert.deepEqual(times('The Netherlands acted on Tuesday.'), ['Tuesday=DATE:2022-03-29']);
      assert.deepEqual(times('He will meet them on Friday.'), ['Friday=DATE:2022-04-01']);
      assert.deepEqual(times('They met last Friday and will meet next Monday.'), [
        'last Friday=DATE:2022-03-25',
        'next Monday=DATE:2022-04-04',
      ]);
      // "this Friday" is the day of the article's week, whatever the verb's tense; the next week's when it is behind
      // and the clause looks ahead
      assert.deepEqual(times('The INS gave a target date of this Friday; talks began this Monday.'), [
        'this Friday=DATE:2022-04-01',
        'this Monday=DATE:2022-03-28',
      ]);
      assert.deepEqual(times('The talks will resume this Monday.'), ['this Monday=DATE:2022-04-04']);
      // a weekday joined by "and"/"or" to one before it is counted from it: a few days on, else the day before
      assert.deepEqual(times('The storm is forecast to hit late Thursday or early Friday.'), [
        'late Thursday=DATE:2022-03-31',
        'early Friday=DATE:2022-04-01',
      ]);
      assert.deepEqual(times('He met bankers on Friday and Saturday; statements made Tuesday and Monday.'), [
        'Friday=DATE:2022-03-25',
        'Saturday=DATE:2022-03-26',
        'Tuesday=DATE:2022-03-29',
        'Monday=DATE:2022-03-28',
      ]);
      // not across a clause
      assert.deepEqual(times('The market was closed Friday and will reopen Monday.'), [
        'Friday=DATE:2022-03-25',
        'Monday=DATE:2022-04-04',
      ]);
    });
    it('days, weeks, months and years relative to the article date', () => {
      assert.deepEqual(times('yesterday, tomorrow, last month, next year'), [
        'yesterday=DATE:2022-03-29',
        'tomorrow=DATE:2022-03-31',
        'last month=DATE:2022-02',
        'next year=DATE:2023',
      ]);
      assert.deepEqual(times('this week and last week'), ['this week=DATE:2022-W13', 'last week=DATE:2022-W12']);
      // "last" and a month: this year's when it is over and is not the month just ended, which is "last month"
      assert.deepEqual(times('It fell last January, last February, last March and last April.'), [
        'last January=DATE:2022-01',
        'last February=DATE:2021-02',
        'last March=DATE:2021-03',
        'last April=DATE:2021-04',
      ]);
      assert.deepEqual(times('It fell this past February.'), ['this past February=DATE:2022-02']);
      // "Monday week" (British): a week after the coming Monday (4 April); "week-long" is no such week
      assert.deepEqual(times('They meet on Monday week, and left Monday.'), [
        'Monday week=DATE:2022-04-11',
        'Monday=DATE:2022-03-28',
      ]);
      // "after next": two of the unit ahead (Wednesday 30 March 2022 is in week 13); "the week after," is no such
      assert.deepEqual(times('Votes come the week after next, the month after next and the year after next.'), [
        'the week after next=DATE:2022-W15',
        'the month after next=DATE:2022-05',
        'the year after next=DATE:2024',
      ]);
      // "the last day" is the final one of something, not yesterday; "the past day" is the day behind
      assert.deepEqual(times('On the last day of the session and his last day in office; in the past day'), [
        'the past day=DATE:2022-03-29',
      ]);
      assert.deepEqual(times('two weeks ago; three days ago; a year ago'), [
        'two weeks ago=DATE:2022-W11',
        'three days ago=DATE:2022-03-27',
        'a year ago=DATE:2021',
      ]);
      // decades and centuries too, as years
      assert.deepEqual(times('two decades ago; a century ago; half a century ago'), [
        'two decades ago=DATE:2002',
        'a century ago=DATE:1922',
        'half a century ago=DATE:1972',
      ]);
      // (half a year is no whole year back: a length; centuries "later" count from a time the story may not give)
      assert.deepEqual(times('half a year ago; half a century later; a century later'), [
        'half a year=DURATION:P6M',
        'half a century=DURATION:P50Y',
        'a century=DURATION:P100Y',
      ]);
      // in a quarterly report, a year ago is the year-ago quarter: of the quarter the paragraph named last, else
      // of the last one reported (in March 2022, 2021's fourth)
      assert.deepEqual(
        times('Profit for the fiscal first quarter rose from a loss a year ago, and sales from a year earlier.'),
        ['the fiscal first quarter=DATE:2022-Q1', 'a year ago=DATE:2021-Q1', 'a year earlier=DATE:2021-Q1'],
      );
      assert.deepEqual(times('Quarterly sales rose from a year ago.'), ['a year ago=DATE:2020-Q4']);
      // an approximation inside: dated by its first figure
      assert.deepEqual(times('a week or so ago; a year or two ago'), [
        'a week or so ago=DATE:2022-W12',
        'a year or two ago=DATE:2021',
      ]);
      // "from now" counts ahead from the article's date as "ago" counts back; "now" alone is the present
      assert.deepEqual(times('two years from now; ten days from now; from now on'), [
        'two years from now=DATE:2024',
        'ten days from now=DATE:2022-04-09',
        'now=DATE:PRESENT_REF',
      ]);
      // a qualifier before it, of one word or two, is the expression's (not "more than forty years" apart from "ago")
      assert.deepEqual(times('more than forty years ago; at least a year ago; over two years ago; nearly a year ago'), [
        'more than forty years ago=DATE:1982',
        'at least a year ago=DATE:2021',
        'over two years ago=DATE:2020',
        'nearly a year ago=DATE:2021',
      ]);
      // the decade and the century of the article, after an edge; not "the worst drought of the century"
      assert.deepEqual(times('by the end of the decade, the middle of the century; the worst drought of the century'), [
        'the end of the decade=DATE:202',
        'the middle of the century=DATE:20',
      ]);
      // "a year earlier", "a month later" count from the period the sentence named, in its granularity; "ago",
      // a day named for years, or a date in another sentence, from the article date; days and weeks told
      // from another day count from it ("freed two days later" after "March 1"), as TimeML marks them
      assert.deepEqual(times('Sales rose in the first quarter of 2020 from a year earlier.'), [
        'the first quarter of 2020=DATE:2020-Q1',
        'a year earlier=DATE:2019-Q1',
      ]);
      assert.deepEqual(
        times('Reserves rose in January from a year earlier; he was held on March 1 and freed two days later.'),
        [
          'January=DATE:2022-01',
          'a year earlier=DATE:2021-01',
          'March 1=DATE:2022-03-01',
          'two days later=DATE:2022-03-03',
        ],
      );
      // from the day the paragraph named before (Feb. 18, 2022 is in ISO week 7); a vague number stays a length
      assert.deepEqual(times('On Feb. 4 he resigned. Two weeks later, he fled; a few days later he returned.'), [
        'Feb. 4=DATE:2022-02-04',
        'Two weeks later=DATE:2022-W07',
        'a few days=DURATION:PXD',
      ]);
      assert.deepEqual(
        times('In 2019 it grew. A year earlier it shrank; it said Friday profit was up from a year earlier.'),
        ['2019=DATE:2019', 'A year earlier=DATE:2021', 'Friday=DATE:2022-03-25', 'a year earlier=DATE:2021'],
      );
      // what came "later" is told from the time the paragraph named, in decades too; "ago" from the article's date
      assert.deepEqual(
        times('It was founded in 1998 and listed a decade later. The war ended in 1995. Five years later, it joined.'),
        ['1998=DATE:1998', 'a decade later=DATE:2008', '1995=DATE:1995', 'Five years later=DATE:2000'],
      );
      assert.deepEqual(times('The war ended in 1995. Five years ago, it joined.'), [
        '1995=DATE:1995',
        'Five years ago=DATE:2017',
      ]);
    });
    it('a weekday before a calendar date names it; not a day told from another', () => {
      assert.deepEqual(times('It posted results Friday, a day earlier than planned, and votes on Saturday, April 2.'), [
        'Friday=DATE:2022-03-25',
        'a day earlier=DATE:2022-03-24',
        'Saturday, April 2=DATE:2022-04-02',
      ]);
    });
    it('a day of the month named alone after a preposition, in the month the tense points to', () => {
      // 30 March 2022: what is due or scheduled lies ahead (15 April, 29 April), what happened behind (2 March)
      assert.deepEqual(times('Payment is due on the 15th. They met on the 2nd. It opens on the 29th.'), [
        'the 15th=DATE:2022-04-15',
        'the 2nd=DATE:2022-03-02',
        'the 29th=DATE:2022-04-29',
      ]);
      assert.deepEqual(times('He will arrive by the 5th, or at noon on the 7th.'), [
        'the 5th=DATE:2022-04-05',
        'noon on the 7th=TIME:2022-04-07T12:00',
      ]);
      // an ordinal that ranks a noun after it, or with no preposition of time before it
      assert.deepEqual(times('He lives on the 15th floor; after the 2nd round, the 11th Circuit ruled.'), []);
    });
    it('days as ordinals in words, before or after the month', () => {
      assert.deepEqual(
        times(
          'He left on the twenty-first of March. He left on April twenty second. He left on March the third. He left on the fifth of May.',
          '2022-12-30',
        ),
        [
          'twenty-first of March=DATE:2022-03-21',
          'April twenty second=DATE:2022-04-22',
          'March the third=DATE:2022-03-03',
          'fifth of May=DATE:2022-05-05',
        ],
      );
      // the tense before the article tells the year, in digits too (March 2023 is nearer than March 2022)
      assert.deepEqual(times('He resigned on the 21st of March.', '2022-12-30'), ['21st of March=DATE:2022-03-21']);
      // not an ordinal that counts something else, nor "may" as a verb
      assert.deepEqual(times('The first of many came in March; he may first ask.'), ['March=DATE:2022-03']);
    });
    it('calendar dates with and without a year', () => {
      assert.deepEqual(times('not February 29, 2014 nor April 31'), ['2014=DATE:2014']); // no such days: only the year stands
      // a month's full name in lower case before its day, as a wire writing in lower case has it; not "may" nor
      // "march", as often verbs
      assert.deepEqual(times('as of april 3, oats stocks rose; on december 31, 1986, debt was high'), [
        'april 3=DATE:2022-04-03',
        'december 31, 1986=DATE:1986-12-31',
      ]);
      assert.deepEqual(times('they may 3 times a week march 2 miles'), []);
      assert.deepEqual(times('on 6/10/2018, 25/12/98 and 2013-2-7, not 2/30/2020'), [
        '6/10/2018=DATE:2018-06-10',
        '25/12/98=DATE:1998-12-25',
        '2013-2-7=DATE:2013-02-07',
      ]);
      assert.deepEqual(times('on 12th August, the 3rd of May, in June of 2020, on Jan 1, 2020'), [
        '12th August=DATE:2021-08-12',
        '3rd of May=DATE:2022-05-03',
        'June of 2020=DATE:2020-06',
        'Jan 1, 2020=DATE:2020-01-01',
      ]);
      assert.deepEqual(times('in the second half of 2025 and the first half'), [
        'the second half of 2025=DATE:2025-H2',
        'the first half=DATE:2022-H1',
      ]);
      // a match's half is no part of a year; a company's, with its minutes and goals, is
      assert.deepEqual(times('Bitar saved in the 37th minute. Japan started the second half brightly.'), []);
      assert.deepEqual(times('The minutes show its goals will be met in the second half.'), [
        'the second half=DATE:2022-H2',
      ]);
      // a part under way (the first half, told on 30 March) that a past tells of is last year's
      assert.deepEqual(times('Profit in the first half rose. Sales will rise in the first half.'), [
        'the first half=DATE:2021-H1',
        'the first half=DATE:2022-H1',
      ]);
      // "the last half", "the latter half" of a year named are its second; of a decade, no half of a year
      assert.deepEqual(times("in the last half of 1989, the latter half of the year and the last half of the '80s"), [
        'the last half of 1989=DATE:1989-H2',
        'the latter half of the year=DATE:2022-H2',
        "'80s=DATE:198",
      ]);
      // so "the last (final) quarter" of a year named is its fourth; alone, "the last quarter" is the one just past
      assert.deepEqual(times('in the final quarter of 1985, the last quarter of the year and the last quarter'), [
        'the final quarter of 1985=DATE:1985-Q4',
        'the last quarter of the year=DATE:2022-Q4',
        'the last quarter=DATE:2021-Q4',
      ]);
      // "the week of March 6": the week that holds the day (2022-03-06 is a Sunday, in ISO week 9)
      assert.deepEqual(times('a hearing the week of March 6 and the week of April 11'), [
        'the week of March 6=DATE:2022-W09',
        'the week of April 11=DATE:2022-W15',
      ]);
      assert.deepEqual(times('the summit on April 24 and 25'), ['April 24=DATE:2022-04-24', '25=DATE:2022-04-25']);
      assert.deepEqual(times('talks from April six to 10'), ['April six=DATE:2022-04-06', '10=DATE:2022-04-10']);
      // a day's number joins only a date that ends in its own day's number: a quote after "today" is none
      assert.deepEqual(times('raising its basis bid today to 10 over July futures'), [
        'today=DATE:2022-03-30',
        'July=DATE:2022-07',
      ]);
      assert.deepEqual(times('on March 30, 2022, on 1 May and in May 2021'), [
        'March 30, 2022=DATE:2022-03-30',
        '1 May=DATE:2022-05-01',
        'May 2021=DATE:2021-05',
      ]);
      // without a tense the nearer past occurrence wins (Sept. 12 last year is 199 days back, this year's 166 ahead, weighted ×1.5)
      assert.deepEqual(times('Sept. 12 and January this year'), [
        'Sept. 12=DATE:2021-09-12',
        'January this year=DATE:2022-01',
      ]);
      assert.deepEqual(times('The vote will be held on Sept. 12.'), ['Sept. 12=DATE:2022-09-12']);
      // an ordinal day after the month, which also makes "May" a month (a list that looks ahead runs forward: the
      // March after)
      assert.deepEqual(times('The vote will be held on May 25th and March 3rd.'), [
        'May 25th=DATE:2022-05-25',
        'March 3rd=DATE:2023-03-03',
      ]);
      assert.deepEqual(times('The vote will be held on 25th May and 3 March.'), [
        '25th May=DATE:2022-05-25',
        '3 March=DATE:2023-03-03',
      ]);
      assert.deepEqual(times('They march on Rome; it may rain.'), []);
      // after "this" or "last" too: "this may not be possible", "arrested at this march"
      assert.deepEqual(times('This may not be possible; he was arrested at this march. Last May it rained.'), [
        'Last May=DATE:2021-05',
      ]);
      assert.deepEqual(times('Mutinies broke out in April and May.', '1996-12-06'), [
        'April=DATE:1996-04',
        'May=DATE:1996-05',
      ]);
      // the end of a range of months; not a verb after "to" ("to march to May Day" names no month)
      assert.deepEqual(times('Sales rose from January to March, in the January-March quarter.', '2013-06-06'), [
        'January=DATE:2013-01',
        'March=DATE:2013-03',
        'January=DATE:2013-01',
        'March=DATE:2013-03',
      ]);
      // a period told up to a month ends in it; a verb after "to" names none
      assert.deepEqual(
        times('In the 12 months to March, inflation rose. They plan to March on the capital.', '2013-06-06'),
        ['the 12 months=DURATION:P12M', 'March=DATE:2013-03'],
      );
      // the start of a range of months: "May-August", "May to September", "March or April"
      assert.deepEqual(times('Two barges each week May-August; the season ran March or April to June.', '1996-12-06'), [
        'each week=SET:P1W',
        'May=DATE:1996-05',
        'August=DATE:1996-08',
        'March=DATE:1996-03',
        'April=DATE:1996-04',
        'June=DATE:1996-06',
      ]);
      assert.deepEqual(times('They plan to march to May Day. May and must are verbs; March to Parliament!'), []);
      assert.deepEqual(times('Talks resume on Jan. 2.', '2021-11-20'), ['Jan. 2=DATE:2022-01-02']);
      assert.deepEqual(times('Talks resumed on Jan. 2.', '2021-11-20'), ['Jan. 2=DATE:2021-01-02']); // told in the past
    });
    it('decades in words, of the last century unless come in this one; "these days" is now', () => {
      assert.deepEqual(times('Prices fell through the nineties and in the late eighties; highs in the forties.'), [
        'the nineties=DATE:199',
        'the late eighties=DATE:198',
      ]);
      assert.deepEqual(times('the twenties, and these days'), ['the twenties=DATE:202', 'these days=DATE:PRESENT_REF']);
      assert.deepEqual(times('the twenties', '1998-03-03'), ['the twenties=DATE:192']);
    });
    it('"at the moment", "at this moment", "this crucial moment" are now; not a moment named after it, nor "a moment"', () => {
      assert.deepEqual(times('There are no shipments at the moment. At this moment the talks stall.'), [
        'the moment=DATE:PRESENT_REF',
        'this moment=DATE:PRESENT_REF',
      ]);
      assert.deepEqual(times('He would not travel at this crucial moment.'), ['this crucial moment=DATE:PRESENT_REF']);
      assert.deepEqual(
        times('At the moment he arrived, he paused for a moment; the moment of truth, this moment in history.'),
        [],
      );
    });
    it('years, decades, quarters and references to the present and past', () => {
      // "fiscal year 2013" is one name, as "fiscal 1989" is
      assert.deepEqual(times('Spending fell in fiscal year 2013 and fiscal 2012.'), [
        'fiscal year 2013=DATE:2013',
        'fiscal 2012=DATE:2012',
      ]);
      // the day a fiscal year named for a year ends falls in that year (not the nearest to the story's date)
      assert.deepEqual(times('Fiscal 2019 ended September 30, while fiscal 2021 ended November 30.'), [
        'Fiscal 2019=DATE:2019',
        'September 30=DATE:2019-09-30',
        'fiscal 2021=DATE:2021',
        'November 30=DATE:2021-11-30',
      ]);
      // a decade is its first three digits, as TimeML writes it
      // a decade keeps its article, edge words between or not (TimeBank: "the 1990s", "the late 1970s")
      assert.deepEqual(times('in 1998, during the 1990s'), ['1998=DATE:1998', 'the 1990s=DATE:199']);
      assert.deepEqual(times('since the late 1970s, not late 1980s'), [
        'the late 1970s=DATE:197',
        'late 1980s=DATE:198',
      ]);
      assert.deepEqual(times('in the last decade', '1998-02-06'), ['the last decade=DATE:198']);
      // a hundred years of a round hundred are a century (not "the 2000s", the decade news tells of)
      assert.deepEqual(times('founded in the late 1800s, grown in the 1900s and the 2000s'), [
        'the late 1800s=DATE:18',
        'the 1900s=DATE:19',
        'the 2000s=DATE:200',
      ]);
      // an abbreviated decade belongs to the article's century unless it is still to come
      assert.deepEqual(times("since the '90s and the ’60s"), ["'90s=DATE:199", '’60s=DATE:196']);
      // with an edge, glued or not, and a year clipped after "of" (1969, the nearest to 2022 of its kind)
      assert.deepEqual(times("in the late '80s, the mid-'80s and the summer of '69; rock'n'roll 80s"), [
        "the late '80s=DATE:198",
        "the mid-'80s=DATE:198",
        "the summer of '69=DATE:1969-SU",
      ]);
      // a year written "'92" after a preposition, an article or "class": the nearest such year; not a quotation
      assert.deepEqual(times("He retired in '92; the class of '25; rock'n'roll; he said '12 is enough'"), [
        "'92=DATE:1992",
        "'25=DATE:2025",
      ]);
      assert.deepEqual(times("in the '10s", '2022-03-30'), ["'10s=DATE:201"]);
      assert.deepEqual(times("it's 10 o'clock"), ["10 o'clock=TIME:2022-03-30T10:00"]);
      assert.deepEqual(times('Profits rose in the third quarter.'), ['the third quarter=DATE:2021-Q3']);
      assert.deepEqual(times('It is now clear, as officials recently said'), [
        'now=DATE:PRESENT_REF',
        'recently=DATE:PAST_REF',
      ]);
      // "Now," opening a sentence sets the present against what was before (TempEval-3 marks it)
      assert.deepEqual(times('Sales fell. Now, the company says it will cut jobs.'), ['Now=DATE:PRESENT_REF']);
      // a past told without a length: "a short time ago", "a little while ago", "some time ago", "not long ago"
      assert.deepEqual(times('A short time ago he left; some time ago and not long ago, a little while ago.'), [
        'A short time ago=DATE:PAST_REF',
        'some time ago=DATE:PAST_REF',
        'not long ago=DATE:PAST_REF',
        'a little while ago=DATE:PAST_REF',
      ]);
      assert.deepEqual(times('He did not stay long; a short time later he left.'), []);
    });
    it('holidays, year-end and the current year', () => {
      // Thanksgiving 2021 is the fourth Thursday of November: 4, 11, 18, 25
      assert.deepEqual(times('Sales rose after Thanksgiving Day and Christmas.'), [
        'Thanksgiving Day=DATE:2021-11-25',
        'Christmas=DATE:2021-12-25',
      ]);
      // the shopping days after it: Friday 26 and Monday 29 November 2021; not a "black" Friday in lower case
      assert.deepEqual(times('Stores were crowded on Black Friday and Cyber Monday, unlike a black Friday.'), [
        'Black Friday=DATE:2021-11-26',
        'Cyber Monday=DATE:2021-11-29',
        'Friday=DATE:2022-03-25',
      ]);
      // Easter 2022 is April 17: Ash Wednesday 46 days before (March 2), Palm Sunday a week before (April 10)
      assert.deepEqual(times('He fasted from Ash Wednesday and will preach on Palm Sunday.'), [
        'Ash Wednesday=DATE:2022-03-02',
        'Palm Sunday=DATE:2022-04-10',
      ]);
      assert.deepEqual(times('by year-end; earlier in the year'), ['year-end=DATE:2022', 'the year=DATE:2022']);
      // U.S. Election Day is the Tuesday after the first Monday of November (2022: November 8; 2000: November 7);
      // a year written after a holiday is its year, after a comma only when a comma closes it
      assert.deepEqual(times('They campaign until Election Day. On Election Day 2000, and Christmas Day, 1999, too.'), [
        'Election Day=DATE:2022-11-08',
        'Election Day 2000=DATE:2000-11-07',
        'Christmas Day, 1999=DATE:1999-12-25',
      ]);
      assert.deepEqual(times('On Christmas, 2000 workers left.'), ['Christmas=DATE:2021-12-25']);
      // Easter 2022 is April 17 (the computus), Good Friday two days before; the fixed ones by their day
      assert.deepEqual(times('Talks resume after Easter; Good Friday is a holiday.'), [
        'Easter=DATE:2022-04-17',
        'Good Friday=DATE:2022-04-15',
      ]);
      assert.deepEqual(times("He will speak on New Year's Eve. On Valentine's Day he proposed."), [
        "New Year's Eve=DATE:2022-12-31",
        "Valentine's Day=DATE:2022-02-14",
      ]);
      // a name that starts like one is none
      assert.deepEqual(times('The New York Times and Good Morning America reported.'), []);
    });
    it('a weekday in the past unless the tense looks ahead or it is tomorrow', () => {
      // 2022-03-30 is a Wednesday: the Friday just past is the 25th, tomorrow is Thursday the 31st
      assert.deepEqual(times('They met on Friday. Officials arrive Thursday.'), [
        'Friday=DATE:2022-03-25',
        'Thursday=DATE:2022-03-31',
      ]);
      assert.deepEqual(times('Supporters plan to rally on Friday.'), ['Friday=DATE:2022-04-01']);
      // a range's end lies after its start (not tomorrow, before the coming Tuesday); told in the past, both lie behind
      assert.deepEqual(
        times('The summit opens Tuesday and runs through Thursday. The fair is open Monday to Friday.'),
        ['Tuesday=DATE:2022-04-05', 'Thursday=DATE:2022-04-07', 'Monday=DATE:2022-04-04', 'Friday=DATE:2022-04-08'],
      );
      assert.deepEqual(times('The strike lasted from Friday to Monday.'), [
        'Friday=DATE:2022-03-25',
        'Monday=DATE:2022-03-28',
      ]);
    });
    it('a weekday told in the present of what is scheduled lies ahead; a past form or a noun says nothing of it', () => {
      // Wednesday 2022-03-30: the coming Monday is 4 April, the Monday just past 28 March
      assert.deepEqual(times('The exhibition opens on Monday.'), ['Monday=DATE:2022-04-04']);
      assert.deepEqual(times('Talks resume Monday.'), ['Monday=DATE:2022-04-04']);
      assert.deepEqual(times('The shares are to resume trading Monday.'), ['Monday=DATE:2022-04-04']);
      assert.deepEqual(times('Talks resumed Monday.'), ['Monday=DATE:2022-03-28']);
      assert.deepEqual(times('Following are statements made Monday.'), ['Monday=DATE:2022-03-28']);
      assert.deepEqual(times('Its previous close on Monday was 41.'), ['Monday=DATE:2022-03-28']);
      assert.deepEqual(times('The move follows Monday’s decision.'), ['Monday=DATE:2022-03-28']);
      // the day something was set or fixed for lies ahead, told in the past as well ("set" alone tells nothing)
      assert.deepEqual(times('The vote was set for Friday, and talks were rescheduled for Monday.'), [
        'Friday=DATE:2022-04-01',
        'Monday=DATE:2022-04-04',
      ]);
      assert.deepEqual(times('The meeting was fixed for noon Sunday.'), ['noon Sunday=TIME:2022-04-03T12:00']);
      // a day's event that something follows or goes against lies behind, a vow to go on notwithstanding
      assert.deepEqual(times('He vowed to press on with his plan despite Sunday’s defeat.'), [
        'Sunday=DATE:2022-03-27',
      ]);
      // a prospect told further back than the nearest words looks ahead as well ("are forecast to")
      assert.deepEqual(times('Earnings are forecast to come to $0.67 per share in Monday afternoon’s report.'), [
        'Monday afternoon=DATE:2022-04-04',
      ]);
      assert.deepEqual(times('Earnings came to $0.67 per share in Monday afternoon’s report.'), [
        'Monday afternoon=DATE:2022-03-28',
      ]);
      // so does the day something is aimed or pushed for, as the noun it names ("a Thursday vote"); not one held
      assert.deepEqual(times('The council was aiming for a Thursday vote. They held a Friday vote.'), [
        'Thursday=DATE:2022-03-31',
        'Friday=DATE:2022-03-25',
      ]);
      // a day in an absolute clause after the main one ("…, with X doing Y on Monday") takes the main clause's tense,
      // unless the clause itself looks ahead ("set to")
      assert.deepEqual(times('Sony completed the deal, with shareholders tendering 99% of the shares on Monday.'), [
        'Monday=DATE:2022-03-28',
      ]);
      assert.deepEqual(times('Sony completed the deal, with talks set to resume on Monday.'), [
        'Monday=DATE:2022-04-04',
      ]);
      assert.deepEqual(times('The company will close the plant, with workers leaving on Monday.'), [
        'Monday=DATE:2022-04-04',
      ]);
      // a clock time before the day leads it as "noon" does; a past form before it still tells the past
      assert.deepEqual(times('The strike was set for 12:01 a.m. Saturday; the market closed at 4 p.m. Friday.'), [
        '12:01 a.m. Saturday=TIME:2022-04-02T00:01',
        '4 p.m. Friday=TIME:2022-03-25T16:00',
      ]);
      assert.deepEqual(times('They set records Friday.'), ['Friday=DATE:2022-03-25']);
      // the end of a span told from now lies ahead ("up to and including", "through"); not in the past
      assert.deepEqual(
        times(
          'Banks remain shut up to and including Monday. Shops stay closed through Friday. Sales through Friday rose. Banks remained shut through Monday.',
        ),
        ['Monday=DATE:2022-04-04', 'Friday=DATE:2022-04-01', 'Friday=DATE:2022-03-25', 'Monday=DATE:2022-03-28'],
      );
      // a day in an aside with no verb between the subject and its verb has that verb's tense ("for March" is
      // the month: no verb follows "for")
      assert.deepEqual(
        times('Figures for March, out on Monday, are expected to show a rise. The data, out on Friday, showed a fall.'),
        ['March=DATE:2022-03', 'Monday=DATE:2022-04-04', 'Friday=DATE:2022-03-25'],
      );
      // any event told in the simple present right after its subject is scheduled
      assert.deepEqual(
        times(
          'The Senate votes Monday on the bill. Clinton leaves for Asia on Monday. He appears in court on Monday. Voters go to the polls on Monday.',
        ),
        ['Monday=DATE:2022-04-04', 'Monday=DATE:2022-04-04', 'Monday=DATE:2022-04-04', 'Monday=DATE:2022-04-04'],
      );
      // not in a headline, which tells the past in the present; a later line of the paragraph is body text
      assert.deepEqual(times('Stocks fall on Monday as oil climbs\nTraders were nervous.'), ['Monday=DATE:2022-03-28']);
      assert.deepEqual(times('Officials said.\nThe Senate votes Monday on the bill.'), ['Monday=DATE:2022-04-04']);
      // past a clock time before the day; not after an adjective in -ous ("the famous march")
      assert.deepEqual(
        times('The race starts at 11 a.m. (0900 GMT) on Sunday. The famous march on Sunday drew crowds.'),
        [
          '11 a.m.=TIME:2022-04-03T11:00',
          '0900 GMT=TIME:2022-04-03T09:00',
          'Sunday=DATE:2022-04-03',
          'Sunday=DATE:2022-03-27',
        ],
      );
      // early in the week "the weekend" is the one past, unless scheduled (Wednesday 30 March 2022 is in week 13)
      assert.deepEqual(times('The ministers meet at the weekend. Protests spread over the weekend.'), [
        'the weekend=DATE:2022-W13-WE',
        'the weekend=DATE:2022-W12-WE',
      ]);
      // so is "this weekend" told in the past early in the week; told ahead, or later in the week, it is the coming one
      assert.deepEqual(times('They met this weekend and agreed. He will decide this weekend.'), [
        'this weekend=DATE:2022-W12-WE',
        'this weekend=DATE:2022-W13-WE',
      ]);
      assert.deepEqual(times('They met this weekend.', '2022-04-01'), ['this weekend=DATE:2022-W13-WE']);
      // a base verb joined by "and" shares the prospect of the verb before it, however far back its "to" stands
      assert.deepEqual(times('The storm is forecast to make landfall early Thursday and weaken over the weekend.'), [
        'early Thursday=DATE:2022-03-31',
        'the weekend=DATE:2022-W13-WE',
      ]);
      // and an infinitive shares the tense of the verb it completes, however far back (Friday 29 December 2017:
      // Monday 1 January ahead, 25 December behind)
      assert.deepEqual(
        times(
          'Recruits will be allowed for the first time to enlist in the U.S. military starting on Monday. They were allowed to enlist in the Navy starting on Monday.',
          '2017-12-29',
        ),
        ['Monday=DATE:2018-01-01', 'Monday=DATE:2017-12-25'],
      );
      // a week of a month is its ISO week, the month's year by the tense; "the last week" alone is the one before this
      assert.deepEqual(times('Firms must file by the first week of May. The last week of February was busy.'), [
        // May 1–7 lie mostly in Mon 2–Sun 8 May, week 18; 22–28 Feb mostly in Mon 21–Sun 27 Feb, week 8
        'the first week of May=DATE:2022-W18→null', // a deadline too, whose week has no due day (as "by next week")
        'The last week of February=DATE:2022-W08',
      ]);
      assert.deepEqual(times('The last week was busy.'), ['The last week=DATE:2022-W12']);
      // later in the week (Thursday 31 March) the coming one, but the one past when told in the past
      assert.deepEqual(times('The ministers meet at the weekend. He spent the weekend at home.', '2022-03-31'), [
        'the weekend=DATE:2022-W13-WE',
        'the weekend=DATE:2022-W12-WE',
      ]);
      // a past further back in the clause tells it too, and so does the main clause after a fronted "Over the weekend,"
      assert.deepEqual(
        times(
          'Police arrested 42 people over the weekend. Over the weekend, thousands took to the streets.',
          '2022-03-31',
        ),
        ['the weekend=DATE:2022-W12-WE', 'the weekend=DATE:2022-W12-WE'],
      );
      // told on the weekend itself (Saturday 2 April), the past one is the one under way
      assert.deepEqual(times('Police arrested 42 people over the weekend.', '2022-04-02'), [
        'the weekend=DATE:2022-W13-WE',
      ]);
      // (a sentence may end on an abbreviation's period)
      assert.deepEqual(times('Polls open Monday at 7 a.m.'), ['Monday at 7 a.m.=TIME:2022-04-04T07:00']);
      // a past verb governs the day past the clock told before it (Wednesday 30 March 2022: last Thursday is 24 March,
      // the coming one 31 March)
      assert.deepEqual(times('The ultimatum expired at noon Thursday. Talks will resume at noon Thursday.'), [
        'noon Thursday=TIME:2022-03-24T12:00→2022-03-24T12:00',
        'noon Thursday=TIME:2022-03-31T12:00',
      ]);
      // (a rounded clock too: "at about 8:45 p.m. Thursday")
      assert.deepEqual(times('The suspect was arrested at about 8:45 p.m. Thursday near his home.'), [
        '8:45 p.m. Thursday=TIME:2022-03-24T20:45',
      ]);
      // a modal's base verb is to come; not "could have come"
      assert.deepEqual(times('A vote could come as early as Monday; he would appear in court Monday.'), [
        'Monday=DATE:2022-04-04',
        'Monday=DATE:2022-04-04',
      ]);
      assert.deepEqual(times('A vote could have come on Monday.'), ['Monday=DATE:2022-03-28']);
      // and a passive after "would be" (Wednesday 30 March 2022: the coming Monday is 4 April); "could be located" is
      // as often the past of "can"
      assert.deepEqual(times('The suspects would be arraigned on Monday. They could not be located Monday.'), [
        'Monday=DATE:2022-04-04',
        'Monday=DATE:2022-03-28',
      ]);
      // not a base form after a singular ("the Senate vote"), a plural noun off the day, nor a verb of saying
      assert.deepEqual(
        times('The Senate vote on Monday was close. Job figures on Monday showed gains. The report says on Monday.'),
        ['Monday=DATE:2022-03-28', 'Monday=DATE:2022-03-28', 'Monday=DATE:2022-03-28'],
      );
      // on the day itself, "opens on Wednesday" is today
      assert.deepEqual(times('The exhibition opens on Wednesday.'), ['Wednesday=DATE:2022-03-30']);
      // a plural right after its article is the subject ("The talks start"), but a verb of state is no event
      assert.deepEqual(times('The talks start on Monday. The figures cover the period to Monday.'), [
        'Monday=DATE:2022-04-04',
        'Monday=DATE:2022-03-28',
      ]);
      // a day that ends the subject's noun phrase has the past verb after it ("would" tells nothing)
      assert.deepEqual(times('The rebels attack on Monday killed 12. Wal-Mart shares on Monday rose.'), [
        'Monday=DATE:2022-03-28',
        'Monday=DATE:2022-03-28',
      ]);
      assert.deepEqual(times('Distribution from April 1 would be unchanged.', '1987-02-26'), [
        'April 1=DATE:1987-04-01',
      ]);
    });
    it('a month without a year: the past one unless clearly nearer ahead or the tense looks ahead', () => {
      // December 2021 is 3½ months back, December 2022 8½ ahead; August 2021 is 7½ back, August 2022 4½ ahead
      assert.deepEqual(times('He resigned in December.'), ['December=DATE:2021-12']);
      assert.deepEqual(times('The plant will open in August.'), ['August=DATE:2022-08']);
      assert.deepEqual(times('He resigned in August.'), ['August=DATE:2021-08']);
      // June 2022 is 2 months ahead, June 2021 10 back: the short pasts tell the past as the long ones do
      assert.deepEqual(times('He won the vote in June; they met in June; it ran in June; he led in June.'), [
        'June=DATE:2021-06',
        'June=DATE:2021-06',
        'June=DATE:2021-06',
        'June=DATE:2021-06',
      ]);
      // a past written as its base after its subject and before its object; not a participle before a
      // preposition ("a summit set for …"), nor a noun
      assert.deepEqual(times('The bank cut rates in June. The team beat Ajax in June. Shares hit a record in June.'), [
        'June=DATE:2021-06',
        'June=DATE:2021-06',
        'June=DATE:2021-06',
      ]);
      assert.deepEqual(times('They eye a summit set for Washington in June, and the budget cut in June.'), [
        'June=DATE:2022-06',
        'June=DATE:2022-06',
      ]);
      // a date a past act of scheduling set comes after the act: a schedule's, nearer ahead; a past one still
      // wins when clearly nearer (30 March 2022: May 2021 is 10 months back, February 2022 one)
      assert.deepEqual(
        times('The exchange set May 1 for the debut. The judge fixed May 3 for the hearing. It set Feb. 1 for it.'),
        ['May 1=DATE:2022-05-01', 'May 3=DATE:2022-05-03', 'Feb. 1=DATE:2022-02-01'],
      );
      assert.deepEqual(times('The board scheduled its vote for May 4.'), ['May 4=DATE:2022-05-04']);
      // a date in the subject of a reported clause that looks ahead has that clause's time, not the saying's past
      assert.deepEqual(
        times('They said the 19 July meets would show it. He said the talks on 19 July will decide it.'),
        ['19 July=DATE:2022-07-19', '19 July=DATE:2022-07-19'],
      );
      assert.deepEqual(times('He said the 19 July meeting had gone well.'), ['19 July=DATE:2021-07-19']);
      // the participle of a passive aside, its agent after "by", was done in the past (30 March 2022 is a Wednesday)
      assert.deepEqual(times('The deadline, set Friday by the ministry, is April 20.'), [
        'Friday=DATE:2022-03-25',
        'April 20=DATE:2022-04-20→2022-04-20',
      ]);
      // counted from ("since taking office in …"), or the subject of a past verb, a month lies behind (March 2013
      // is nearer to 20 January 2013 than March 2012); not a month that names a contract, nor a causal "since"
      assert.deepEqual(
        times('Since taking office in March, he has cut taxes. March was the coldest month on record.', '2013-01-20'),
        ['March=DATE:2012-03', 'March=DATE:2012-03'],
      );
      // a month's reading after its possessive; a person's possessive is no month
      assert.deepEqual(
        times("Inflation held at May's 2.7 percent. May's 2 sons and May's cabinet met.", '2013-07-16'),
        ['May=DATE:2013-05'],
      );
      assert.deepEqual(times('Since the law takes effect in March, firms must act.', '2013-01-20'), [
        'March=DATE:2013-03',
      ]);
      assert.deepEqual(times('January crude was barely changed.', '2012-12-20'), ['January=DATE:2013-01']);
      // so does a delivery month quoted in a price list (told on 7 April 1987: the coming June, not the last)
      assert.deepEqual(times('June offered 0.50 over, bid 0.40 over.', '1987-04-07'), ['June=DATE:1987-06']);
      assert.deepEqual(times('June was wet.', '1987-04-07'), ['June=DATE:1986-06']);
      // a state that lasted "until" a month lies behind, however far its past stands; not an offer extended
      // (a limit, whose month alone gives no due day)
      assert.deepEqual(times('He served as finance minister until June. The offer was extended until June.'), [
        'June=DATE:2021-06',
        'June=DATE:2022-06→null',
      ]);
      // "to" before a place or a figure is a preposition, no infinitive's present
      assert.deepEqual(times('The president flew to Paris in June; jobless rates fell to 5 percent in June.'), [
        'June=DATE:2021-06',
        'June=DATE:2021-06',
      ]);
      // February 2022 is 1½ months back: a present intention's infinitive, "is to" and "come into force" look ahead
      assert.deepEqual(
        times(
          'The firm plans to open a plant in February. He hopes to return in February. Polls are to be held in February. The rules come into force in February.',
        ),
        ['February=DATE:2023-02', 'February=DATE:2023-02', 'February=DATE:2023-02', 'February=DATE:2023-02'],
      );
      // not a past intention, the noun "plans", nor a past "came into force"
      assert.deepEqual(
        times(
          'The firm planned to open a plant in February. It announced plans to open a plant in February. The rules came into force in February.',
        ),
        ['February=DATE:2022-02', 'February=DATE:2022-02', 'February=DATE:2022-02'],
      );
      // not a noun of three letters that is also a past form elsewhere
      assert.deepEqual(times('Markets eye the Fed in June, a bit in June.'), [
        'June=DATE:2022-06',
        'June=DATE:2022-06',
      ]);
      // October 2021 is 5½ months back, October 2022 6 ahead: a season that opens then lies ahead
      assert.deepEqual(times('The season opens in October.'), ['October=DATE:2022-10']);
      assert.deepEqual(times('The season opened in October.'), ['October=DATE:2021-10']);
      assert.deepEqual(times('The index is up 5 percent since October.'), ['October=DATE:2021-10']);
      // what is scheduled in the present lies ahead however far, as with "will": January 2023, not 2022
      assert.deepEqual(times('The law takes effect on Jan. 1.'), ['Jan. 1=DATE:2023-01-01']);
      assert.deepEqual(times('The law took effect on Jan. 1.'), ['Jan. 1=DATE:2022-01-01']);
      // what is arranged for a month lies ahead like it ("scheduled for", "set for"), told in the present
      assert.deepEqual(times('The talks are scheduled for January.'), ['January=DATE:2023-01']);
      assert.deepEqual(times('The talks were held in January.'), ['January=DATE:2022-01']);
      // "due in" a month is arranged for it, told in the present; told in the past it lies behind
      assert.deepEqual(times('Elections are due in January; payment was due in January.'), [
        'January=DATE:2023-01',
        'January=DATE:2022-01',
      ]);
      // a month that modifies the subject's noun looks ahead with the verb after it; a past verb keeps the nearest
      assert.deepEqual(times('The January election will decide it.'), ['January=DATE:2023-01']);
      assert.deepEqual(times('The January election decided it.'), ['January=DATE:2022-01']);
      // not one that names what the clause acts under, which is in force already
      assert.deepEqual(times('Under the January accord, the state will repay its debt.'), ['January=DATE:2022-01']);
      // so does a day's possessive that opens the sentence
      assert.deepEqual(times("Sunday's election will decide it."), ['Sunday=DATE:2022-04-03']);
      assert.deepEqual(times("Sunday's election decided it."), ['Sunday=DATE:2022-03-27']);
      // what runs, lasts or remains told in the present is scheduled: its end lies ahead
      assert.deepEqual(times('The program runs through January 31.'), ['January 31=DATE:2023-01-31']);
      assert.deepEqual(times('The program ran through January 31.'), ['January 31=DATE:2022-01-31']);
      // so does what expires in a month, a cue of the future or not; an infinitive under a past does not
      assert.deepEqual(times('The offer expires in February.'), ['February=DATE:2023-02→null']);
      assert.deepEqual(times('Waivers, which were scheduled to expire February 28, were extended.'), [
        'February 28=DATE:2022-02-28→2022-02-28',
      ]);
      // a month after an edge word glued by a hyphen
      assert.deepEqual(times('Prices rise in mid-May.'), ['mid-May=DATE:2022-05']);
      // "March" and "May" after "the" name a month before a noun; not "the March on Washington", "the march ended"
      assert.deepEqual(times('The March accession and the May elections; the March on Washington; the march ended.'), [
        'March=DATE:2022-03',
        'May=DATE:2022-05',
      ]);
      // "beginning" without "the" says from when: no edge of the date
      assert.deepEqual(times('exercisable beginning June 15, 2023, or at the beginning of June'), [
        'June 15, 2023=DATE:2023-06-15',
        'the beginning of June=DATE:2022-06',
      ]);
      // nor "end" and "start" after a modal, which are verbs ("end June" alone is the end of June)
      assert.deepEqual(times('The offer will end June 5; output could start next week; stocks at end June rose.'), [
        'June 5=DATE:2022-06-05→2022-06-05', // (an offer's end, its deadline)
        'next week=DATE:2022-W14',
        'end June=DATE:2021-06', // told in the past
      ]);
      // and after a relative pronoun; the wire's "end-May" is the end of the month
      assert.deepEqual(times('The meetings, which end today, were put back to end-May.'), [
        'today=DATE:2022-03-30',
        'end-May=DATE:2022-05',
      ]);
      // so are they after the infinitive's "to" ("to end-1986 levels" keeps its edge)
      assert.deepEqual(times('The talks were expected to end late tomorrow; stocks rose to end-1986 levels.'), [
        'late tomorrow=DATE:2022-03-31',
        'end-1986=DATE:1986',
      ]);
      // and before a day of a month, which has no end or start to stand at
      assert.deepEqual(times('The incentives end April 30; talks start May 2. Stocks at end July rose.'), [
        'April 30=DATE:2022-04-30→2022-04-30', // (what an incentive runs until, its deadline)
        'May 2=DATE:2022-05-02',
        'end July=DATE:2021-07',
      ]);
    });
    it('"the first half of fiscal 1999" is one part of that year; "the quarter ended June 30" is the one that day closes', () => {
      assert.deepEqual(times('Profit in the first half of fiscal 2023 rose, as in the third quarter of fiscal 2021.'), [
        'the first half of fiscal 2023=DATE:2023-H1',
        'the third quarter of fiscal 2021=DATE:2021-Q3',
      ]);
      // (a company's ordinal quarter keeps its number: "the fourth quarter ended Sept. 30" is its fiscal fourth)
      assert.deepEqual(times('Results for the quarter ended June 30 were weak; the fourth quarter ended Sept. 30.'), [
        'the quarter=DATE:2021-Q2',
        'June 30=DATE:2021-06-30',
        'the fourth quarter=DATE:2021-Q4',
        'Sept. 30=DATE:2021-09-30',
      ]);
    });
    it('quarters written "Q3", "Q3 2012"; one over for more than a quarter lies ahead when the clause does', () => {
      // Wednesday 30 March 2022, in the first quarter: Q2 not yet begun is last year's when told in the past
      assert.deepEqual(times('Sales fell in Q2 and rose in Q4 2020, but q3 is a code.'), [
        'Q2=DATE:2021-Q2',
        'Q4 2020=DATE:2020-Q4',
      ]);
      // told in November: the first quarter "will" be next year's; the third, just ended, is still this year's
      assert.deepEqual(times('Sales will rise in the first quarter.', '2016-11-07'), [
        'the first quarter=DATE:2017-Q1',
      ]);
      assert.deepEqual(times('It expects to report third-quarter results.', '2016-11-07'), [
        'third-quarter=DATE:2016-Q3',
      ]);
      // and across the year's turn, told in March, the results of the fourth quarter reported are last year's; a
      // forecast of the fourth quarter's earnings looks to this year's
      assert.deepEqual(
        times(
          'It will report fourth quarter net income. It would be reporting results for the fourth quarter. It expects fourth quarter earnings to rise.',
          '1987-03-11',
        ),
        ['fourth quarter=DATE:1986-Q4', 'the fourth quarter=DATE:1986-Q4', 'fourth quarter=DATE:1987-Q4'],
      );
      // a quarter that begins or ends, in the present, is this year's; one told in the past, last year's
      assert.deepEqual(
        times('Its fiscal fourth quarter ends in September; the fourth quarter was weak.', '2013-09-10'),
        ['fiscal fourth quarter=DATE:2013-Q4', 'September=DATE:2013-09', 'the fourth quarter=DATE:2012-Q4'],
      );
    });
    it("a month, quarter, half or season with its year told from the article's: one expression, that year's", () => {
      assert.deepEqual(times('Sales fell in March last year and in the fourth quarter of last year.'), [
        'March last year=DATE:2021-03',
        'the fourth quarter of last year=DATE:2021-Q4',
      ]);
      assert.deepEqual(times('Tariffs fall in the second half of next year, not in the summer of this year.'), [
        'the second half of next year=DATE:2023-H2',
        'the summer of this year=DATE:2022-SU',
      ]);
    });
    it('quarters named by year: "this year\'s third quarter", "the third quarter of 1984", "the 1988 period" in earnings news', () => {
      assert.deepEqual(times("Sales for this year's third quarter and last year's quarter"), [
        "this year's third quarter=DATE:2022-Q3",
        "last year's quarter=DATE:2021-Q4",
      ]);
      assert.deepEqual(times('It stopped paying in the third quarter of 1984.'), [
        'the third quarter of 1984=DATE:1984-Q3',
      ]);
      // "of the year" is the current year, as "of this year"
      assert.deepEqual(times('Growth will slow in the second half of the year.'), [
        'the second half of the year=DATE:2022-H2',
      ]);
      // "the end of the day" after a limit's preposition is today; "at the end of the day" is "after all"
      assert.deepEqual(times('Decide by the end of the day; at the end of the day it matters little.'), [
        'the end of the day=DATE:2022-03-30',
      ]);
      // followed by a day, it is that day's end, whatever leads it
      assert.deepEqual(times('They meet at the end of the day Friday, or at the end of the day on April 4.'), [
        'the end of the day Friday=DATE:2022-04-01',
        'the end of the day on April 4=DATE:2022-04-04',
      ]);
      assert.deepEqual(times('Quarterly net rose. In the 1988 period it fell.'), ['the 1988 period=DATE:1988-Q4']);
      // glued to the noun it modifies, a quarter leaves the article out of its span; as a phrase of its own it keeps it
      assert.deepEqual(times('The third-quarter results beat the year-ago results and the year-ago period.'), [
        'third-quarter=DATE:2021-Q3',
        'year-ago=DATE:2020-Q4',
        'the year-ago period=DATE:2020-Q4',
      ]);
      // an ordinal quarter or half after "year-ago" is one phrase: a year before the latest one of its number that
      // has ended (told on 30 March 2022: the fourth quarter of 2021, the first half of 2021, so 2020's)
      assert.deepEqual(times('Net fell from the year-ago fourth quarter and the year-earlier first half.'), [
        'the year-ago fourth quarter=DATE:2020-Q4',
        'the year-earlier first half=DATE:2020-H1',
      ]);
      // and a part of a year told "a year ago" after it is that part a year back (the second half of 2021, then 2020's)
      assert.deepEqual(times('Output in the second half a year ago fell.'), [
        'the second half a year ago=DATE:2020-H2',
      ]);
      // "the December quarter": the quarter the month closes
      assert.deepEqual(times('Debt fell in the December quarter; profit rose in the June quarter.'), [
        'the December quarter=DATE:2021-Q4',
        'the June quarter=DATE:2021-Q2',
      ]);
      // outside earnings news, "year-earlier" is the month told before, a year back
      assert.deepEqual(times('Money supply in February was 18 pct up on the year-earlier figure.'), [
        'February=DATE:2022-02',
        'year-earlier=DATE:2021-02',
      ]);
      // so is the year a report covers up to a day or a month ("the year ended March 31", "the year to March")
      assert.deepEqual(times('Revenue fell in the year ended Sept. 30 and rose in the year to February.'), [
        'the year=DURATION:P1Y',
        'Sept. 30=DATE:2021-09-30',
        'the year=DURATION:P1Y',
        'February=DATE:2022-02',
      ]);
      // a length the year before is the length, as TimeBank writes "the year-earlier nine months"
      assert.deepEqual(times('Net for the year-earlier nine months included a gain.'), [
        'the year-earlier nine months=DURATION:P9M',
      ]);
    });
    it('"the current fiscal year", "the full year", "the near term"; a bare "current" is no time', () => {
      assert.deepEqual(times('when stereotypes reflect current realities'), []);
      assert.deepEqual(times('sales in the current fiscal year and for the full year'), [
        'the current fiscal year=DATE:2022',
        'the full year=DATE:2022',
      ]);
      // a year of another kind as well ("this school year", "the coming financial year"); a school alone names none
      assert.deepEqual(
        times('Gains this school year beat the last financial year; the calendar year ends; the school closed.'),
        ['this school year=DATE:2022', 'the last financial year=DATE:2021', 'the calendar year=DATE:2022'],
      );
      assert.deepEqual(times('the challenges of the near term'), ['the near term=DATE:FUTURE_REF']);
      // a modifier of the noun after it is no time ("short-term debt" is none either); the adverbial "in" keeps it
      assert.deepEqual(times('Lending on the short term money market rose.'), []);
      assert.deepEqual(times('In the near term earnings will suffer.'), ['the near term=DATE:FUTURE_REF']);
      // "the fiscal year" is the company's current year, "for" it as well; "for the year" is a length
      assert.deepEqual(times('Earnings for the fiscal year fell, and for the year rose.'), [
        'the fiscal year=DATE:2022',
        'the year=DURATION:P1Y',
      ]);
    });
    it('a day told again without its year, or told from another with the date after it, is the date the paragraph named', () => {
      // (the article's date is 30 March 2022: a bare "February 22" alone would be this year's)
      assert.deepEqual(
        times('Two months later, on February 22, 2011, the judge ruled. The lawyers appealed the February 22 order.'),
        ['Two months later=DATE:2011-02', 'February 22, 2011=DATE:2011-02-22', 'February 22=DATE:2011-02-22'],
      );
      // a day of the same month or the next, in a timeline too (December's next month is January of the next
      // year); a relative time without a date after it is told from the day before it
      assert.deepEqual(times('He was hired on February 22, 2011, and fired on March 1. Two days later, he sued.'), [
        'February 22, 2011=DATE:2011-02-22',
        'March 1=DATE:2011-03-01',
        'Two days later=DATE:2011-03-03',
      ]);
      assert.deepEqual(
        times('Dec. 21, 2016: Egypt submits a draft. Dec. 22: Flynn calls. Jan. 20: Trump takes office.'),
        ['Dec. 21, 2016=DATE:2016-12-21', 'Dec. 22=DATE:2016-12-22', 'Jan. 20=DATE:2017-01-20'],
      );
      // not a day the clause looks ahead to, nor one months away from the day with the year
      assert.deepEqual(times('He was born on March 3, 1950. The vote is on March 5; he resigned on June 2.'), [
        'March 3, 1950=DATE:1950-03-03',
        'March 5=DATE:2022-03-05',
        'June 2=DATE:2021-06-02',
      ]);
    });
    it('an older year after a month and day, or after "in" or "since": "Jan. 23, 1556,", "in 1415"; not a figure counted after it', () => {
      assert.deepEqual(times('It struck on Jan. 23, 1556. On May 5, 1500 people will march.'), [
        'Jan. 23, 1556=DATE:1556-01-23',
        'May 5=DATE:2022-05-05',
      ]);
      // and one alone after a preposition of time that ends its phrase; not a count of places or trucks
      assert.deepEqual(
        times('Gregory XII stepped down in 1415 in a deal; it has stood since 1603, when it was built.'),
        ['1415=DATE:1415', '1603=DATE:1603'],
      );
      assert.deepEqual(times('Prices rose in 1500 places; they came in 1700 trucks.'), []);
    });
    it('the number of a named thing is no year: "Local 1938", "Flight 1549"', () => {
      assert.deepEqual(times('United Steelworkers Local 1938 struck in 1938; Flight 1549 landed; local 1990 records'), [
        '1938=DATE:1938',
        '1990=DATE:1990',
      ]);
    });
    it('"afterward" is "later" from a day the paragraph named; with none it is a length', () => {
      assert.deepEqual(times('The plant closed in 1990. Two years afterwards, it reopened.'), [
        '1990=DATE:1990',
        'Two years afterwards=DATE:1992',
      ]);
      assert.deepEqual(times('She told her sister two years afterward.'), ['two years=DURATION:P2Y']);
    });
    it('"that year", "the following month", "the next morning": from the date named before in the paragraph', () => {
      // or in the paragraph just before, when this one has named none yet; not from one further back
      assert.deepEqual(times('In January 2019, it hired a chief.\n\nThe following month, it put itself up for sale.'), [
        'January 2019=DATE:2019-01',
        'The following month=DATE:2019-02',
      ]);
      assert.deepEqual(
        times('In January 2019, it hired a chief.\n\nIt fell.\n\nThe following month, it put itself up for sale.'),
        ['January 2019=DATE:2019-01', 'The following month=DATE:2022-04'],
      );
      // a weekday before or after the day named before; with none, "the previous Friday" is the one before last Friday
      // (the article date, Wednesday 30 March 2022)
      assert.deepEqual(times('The talks began on March 3. The following Monday, they collapsed.'), [
        'March 3=DATE:2022-03-03',
        'The following Monday=DATE:2022-03-07',
      ]);
      assert.deepEqual(times('The index closed at 1,082 on Friday, down 4.5% from the previous Friday.'), [
        'Friday=DATE:2022-03-25',
        'the previous Friday=DATE:2022-03-18',
      ]);
      assert.deepEqual(times('The index was down 4.5% from the previous Friday.'), [
        'the previous Friday=DATE:2022-03-18',
      ]);
      // a decade named before anchors "the following decade"
      assert.deepEqual(times('In the 1970s it grew; the following decade it shrank.'), [
        'the 1970s=DATE:197',
        'the following decade=DATE:198',
      ]);
      assert.deepEqual(times('He joined in June 1996 and the following year he left; that year was hard.'), [
        'June 1996=DATE:1996-06',
        'the following year=DATE:1997',
        'that year=DATE:1997', // the year just named
      ]);
      // a week or a day counts from the day named last, past a year named since (Sunday 9 January 2022 ends
      // week 1; the week before it is 2021's 52nd)
      assert.deepEqual(
        times('In the week ended January 9, the first of the 2022 quota year, imports fell from the previous week.'),
        ['the week=DATE:2022-W13', 'January 9=DATE:2022-01-09', '2022=DATE:2022', 'the previous week=DATE:2021-W52'],
      );
      assert.deepEqual(
        times('The strike began on Feb. 22, 2000, early in the 2000 session; talks had failed the day before.'),
        ['Feb. 22, 2000=DATE:2000-02-22', '2000=DATE:2000', 'the day before=DATE:2000-02-21'],
      );
      assert.deepEqual(times('It closed on Feb. 22, 2000 and reopened the next morning.'), [
        'Feb. 22, 2000=DATE:2000-02-22',
        'the next morning=DATE:2000-02-23',
      ]);
      assert.deepEqual(times('Nobody knew that year.'), []); // nothing named before: left alone
      // "the same day", and the same month in another year; not "the same year-ago period", "the same thing"
      assert.deepEqual(times('He was held on Feb. 22, 2000 and charged the same day.'), [
        'Feb. 22, 2000=DATE:2000-02-22',
        'the same day=DATE:2000-02-22',
      ]);
      assert.deepEqual(times('Sales in February 2000 doubled from the same month in 1998; the same thing happened.'), [
        'February 2000=DATE:2000-02',
        'the same month in 1998=DATE:1998-02',
      ]);
      // ("last year" of a month is the year before the month's: December 2021 named on 30 March 2022)
      assert.deepEqual(times('Sales in December 2021 fell from the same month last year.'), [
        'December 2021=DATE:2021-12',
        'the same month last year=DATE:2020-12',
      ]);
      // and the quarter named before, a year before it ("last year" of the quarter, not of the article) or in the
      // year named
      assert.deepEqual(
        times('Sales in the third quarter of 2021 rose from the same period last year and the same quarter of 2019.'),
        [
          'the third quarter of 2021=DATE:2021-Q3',
          'the same period last year=DATE:2020-Q3',
          'the same quarter of 2019=DATE:2019-Q3',
        ],
      );
    });
    it('seasons and "year end"; not the adjective "recent", like "current"', () => {
      // March 2022: the summer and the autumn just past are 2021's, the winter under way began in December 2021
      assert.deepEqual(times('well into the summer and during winter'), [
        'the summer=DATE:2021-SU',
        'winter=DATE:2021-WI',
      ]);
      // "spring" and "fall" with a cue and "the": the one under way (spring began in March), the last autumn,
      // the coming one where a present "going to" looks ahead
      assert.deepEqual(times('Talks began in the spring, ended in the fall and are going to resume in the fall.'), [
        'the spring=DATE:2022-SP',
        'the fall=DATE:2021-FA',
        'the fall=DATE:2022-FA',
      ]);
      assert.deepEqual(times('a recent filing, to be closed by year end'), ['year end=DATE:2022']);
      // a part of a season needs no "the" ("mid-spring", "late fall"; not "a late fall in prices"); a season not
      // under way goes by the tense, as a month does: what "ends" in it is this year's, what "left" in it last year's
      assert.deepEqual(
        times('The season ends in late summer; the troops left in late fall; the vote is in mid-spring.'),
        ['late summer=DATE:2022-SU', 'late fall=DATE:2021-FA', 'mid-spring=DATE:2022-SP'],
      );
      assert.deepEqual(times('There was a late fall in prices, and an early spring rally.'), []);
    });
    it('leaves relative dates unresolved without an article date', () => {
      assert.deepEqual(times('They met on Tuesday.', null), ['Tuesday=DATE:XXXX-XX-XX']);
    });
  });

  describe('does not take', () => {
    it('ordinal days of a war, or "May" as a verb', () => {
      assert.deepEqual(times('The invasion entered its 35th day. May I ask a question?'), []);
    });
    it('a year after "later than", "earlier than"; not a count after "more than"', () => {
      assert.deepEqual(
        times('It must end no later than 2025, and began earlier than 2010, with more than 2000 people.'),
        ['2025=DATE:2025→null', '2010=DATE:2010'],
      );
      // what is told for a year keeps it one after a qualifier: "over 1986 levels", "about 1987 prospects"
      assert.deepEqual(times('Sales rose over 1986 levels; he was hopeful about 1987 prospects.'), [
        '1986=DATE:1986',
        '1987=DATE:1987',
      ]);
      assert.deepEqual(counts('Sales rose over 1986 levels; he was hopeful about 1987 prospects.'), []);
    });
    it('years said in words: a century and its years, or "two thousand" and a year of this century after a cue', () => {
      assert.deepEqual(times('since nineteen eighty-six, and in two thousand and twenty'), [
        'nineteen eighty-six=DATE:1986',
        'two thousand and twenty=DATE:2020',
      ]);
      assert.deepEqual(times('in October two thousand and five, by the year two thousand and one'), [
        'October two thousand and five=DATE:2005-10',
        'the year two thousand and one=DATE:2001',
      ]);
      // no cue, or a plural after it: a count; "two thousand" alone is a year only as "the year two thousand"
      assert.deepEqual(times('They hired two thousand and twenty workers in two thousand cases.'), []);
      assert.deepEqual(times('in two thousand and five cases'), []);
      // after "the", a year before the singular it modifies; not before a plural or a function word
      assert.deepEqual(
        times('The two thousand and one season ended; the two thousand workers and the two thousand and one of them.'),
        ['two thousand and one=DATE:2001'],
      );
    });
    it('four-digit counts of people, money or measures', () => {
      assert.deepEqual(times('About 1999 people paid $2000 each.'), []);
      // an amount with its unit; a year still when a cue says so
      assert.deepEqual(times('It sent 2000 volts and produced 1990 tonnes by 2010.'), ['2010=DATE:2010']);
      // the level an index or a price moved to, at or from
      assert.deepEqual(
        times('The index closed at 2082, after it rose to 2100 from 2050; the Nikkei ended at 1950.'),
        [],
      );
      assert.deepEqual(times('Output fell to 1987 levels; the plan runs to 2025.'), [
        '1987=DATE:1987',
        '2025=DATE:2025',
      ]);
    });
    it('the year a security falls due, before "of" its issuer', () => {
      assert.deepEqual(times('It cut a 900 mln dlr issue of senior notes due 1994 of Holiday Inns Inc.'), [
        '1994=DATE:1994',
      ]);
      // a number of things is no year after "due" alone: "1994 of" without the cue stays an amount
      assert.deepEqual(times('It cut 1994 of its notes and sold 1995 of them.'), []);
    });
    it('"spring" and "fall" as nouns', () => {
      assert.deepEqual(times('a fall in prices fed by a hot spring'), []);
      assert.deepEqual(times('since the fall of the wall, the spring in his step'), []);
    });
    it('"Daily" or a weekday in a newspaper name', () => {
      assert.deepEqual(times('Daily Mail revealed the details.'), []);
      // a frequency word before a name that ends the phrase names a paper; before a name that modifies a noun it is a rate
      assert.deepEqual(times('The Communist Party daily Granma said so, and the daily El Mundo agreed.'), []);
      assert.deepEqual(times('It runs three daily Atlanta flights and the weekly U.S. soybean crush report.'), [
        'daily=SET:P1D',
        'weekly=SET:P1W',
      ]);
      // a weekday after "the" and before a capitalized word that tells no time names a paper
      assert.deepEqual(times('A poll for The Sunday Times showed it; the Sunday Express agreed.'), []);
      assert.deepEqual(times('On Sunday President Biden spoke of the Friday deadline.'), [
        'Sunday=DATE:2022-03-27',
        'Friday=DATE:2022-04-01→2022-04-01',
      ]);
    });
    it('a holiday in a text that ends right after it (found by the property tests; it threw)', () => {
      assert.deepEqual(times('two , Christmas ,'), ['Christmas=DATE:2021-12-25']);
    });
  });
});

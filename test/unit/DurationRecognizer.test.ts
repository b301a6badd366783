import * as assert from 'node:assert/strict';
import { counts, times } from './helpers';

describe('DurationRecognizer', () => {
  it('a length before its noun, its unit singular, leaves the article to the noun: "the 20 minute meeting"', () => {
    assert.deepEqual(times('She called the 20 minute meeting a failure; it lasted the 20 minutes.'), [
      '20 minute=DURATION:PT20M',
      'the 20 minutes=DURATION:PT20M',
    ]);
  });
  it('the wire\'s abbreviated months and weeks of an earnings table: "Nine mths", "52 wks"', () => {
    assert.deepEqual(times('Shr 64 cts vs 55 cts\nNine mths\nShr 1.83 dlrs vs 1.53 dlrs; net for 52 wks'), [
      'Nine mths=DURATION:P9M',
      '52 wks=DURATION:P52W',
    ]);
    // no count of months or weeks either
    assert.deepEqual(counts('Nine mths net; 52 wks net'), []);
  });
  it("the age of a truce or a war is how long it has lasted; a person's is no length", () => {
    assert.deepEqual(times("The IRA's 8-month-old truce held; the 6-1/2-year-old conflict went on."), [
      '8-month-old=DURATION:P8M',
      '6-1/2-year-old=DURATION:P6Y6M',
    ]);
    assert.deepEqual(times('A 3-year-old boy and the 12-year-old girl, 35 years old, met.'), []);
  });
  it('"a matter of days": a length the text does not give, in the unit it names', () => {
    assert.deepEqual(times('It took a matter of hours; it is a matter of principle.'), [
      'a matter of hours=DURATION:PTXH',
    ]);
  });
  it('no length in "a second-tier increase", "a second-hand car": the ordinal glued to what it ranks', () => {
    assert.deepEqual(times('Unions may bargain for a second-tier increase of a second-hand car; wait a second.'), [
      'a second=DURATION:PT1S',
    ]);
  });
  it('no length in "X-by-X": "on an hour-by-hour basis", "day-by-day"', () => {
    assert.deepEqual(times('Talks went on on an hour-by-hour basis, day by day; a year-by-year review took a year.'), [
      'a year=DURATION:P1Y',
    ]);
  });
  it('numbers with calendar units, in words or digits', () => {
    assert.deepEqual(times('The talks lasted two weeks, then 72 hours, then 35 days.'), [
      'two weeks=DURATION:P2W',
      '72 hours=DURATION:PT72H',
      '35 days=DURATION:P35D',
    ]);
  });
  it('a length that goes on in the next smaller unit is one length: "2 hours 3 minutes and 38 seconds"', () => {
    assert.deepEqual(
      times('He ran 2 hours 3 minutes and 38 seconds; it lasted three years and six months, or 1 year, 2 months.'),
      [
        '2 hours 3 minutes and 38 seconds=DURATION:PT2H3M38S',
        'three years and six months=DURATION:P3Y6M',
        '1 year, 2 months=DURATION:P1Y2M',
      ],
    );
    // a fraction in the last unit: a race time in words
    assert.deepEqual(times('Gladishiva ( Russia ) one minute 17.76 seconds'), [
      'one minute 17.76 seconds=DURATION:PT1M17.76S',
    ]);
    // not larger units after smaller ones, a unit skipped, nor weeks among others (two lengths each)
    assert.deepEqual(times('It took 5 days and 2 years, a year, half an hour, then two weeks and three days.'), [
      '5 days=DURATION:P5D',
      '2 years=DURATION:P2Y',
      'a year=DURATION:P1Y',
      'half an hour=DURATION:PT30M',
      'two weeks=DURATION:P2W',
      'three days=DURATION:P3D',
    ]);
  });
  it('not ages: "65 years and older", "12 years or younger", "18 years of age"', () => {
    assert.deepEqual(times('Patients 65 years and older, children 12 years or younger, adults 18 years of age.'), []);
  });
  it('not a table\'s figure before a column heading in the singular: "359,000 Week ago", "800 Year Ago"', () => {
    // the heading alone is the wire's "a week ago", "a year ago"; the figure before it no length
    assert.deepEqual(times('HOGS 132,000 359,000 Week ago 130,000. Confirmed - 800 Year Ago - 900'), [
      'Week ago=DATE:2022-W12',
      'Year Ago=DATE:2021',
    ]);
    assert.deepEqual(times('It slaughtered 285,000 head versus 292,000 week ago.'), ['week ago=DATE:2022-W12']);
    // a headline in capitals writes its lengths so, a figure in words before them; a day in digits stays the date's
    assert.deepEqual(times('STORES <X> FIVE WEEK SALES RISE'), ['FIVE WEEK=DURATION:P5W']);
    assert.deepEqual(times('U.S. SIX TO TEN DAY WEATHER OUTLOOK'), ['SIX TO TEN DAY=DURATION:P10D']);
    assert.deepEqual(times('ACME <X> DEC 31 YEAR NET'), ['DEC 31=DATE:2021-12-31']);
    // a small figure before a lower-case unit counts units, as casual writing drops the plural
    assert.deepEqual(times('It came 3 week later.'), ['3 week later=DATE:2022-W16']);
    assert.deepEqual(counts('It slaughtered 285,000 head versus 292,000 week ago.'), [
      '285,000 head=285000/exact/head',
      '292,000=292000/exact/head',
    ]);
    // a year before "year" is that year ("1986 year net"), not 1,986 years
    // the year the units fall in, between the number and them: no length of 1,987 months, no count of two
    assert.deepEqual(times('Profits rose in the first two 1987 months.'), ['the first two 1987 months=DURATION:P2M']);
    assert.deepEqual(counts('Profits rose in the first two 1987 months.'), []);
    assert.deepEqual(times('The 1986 year net rose; it lasted 1986 years.'), [
      '1986=DATE:1986',
      '1986 years=DURATION:P1986Y',
    ]);
    // the plural is a date or a length, capital or not
    assert.deepEqual(times('Two Years Ago he left; it took 800 years.'), [
      'Two Years Ago=DATE:2020',
      '800 years=DURATION:P800Y',
    ]);
  });
  it('"the past hour", "the next minute": one unit of the clock is a length; not "at the last minute", "the last hour of trading"', () => {
    assert.deepEqual(times('In the past hour, three bodies were found; over the next minute it passed.'), [
      'the past hour=DURATION:PT1H',
      'the next minute=DURATION:PT1M',
    ]);
    assert.deepEqual(times('At the last minute he left. In the last hour of trading, shares rose.'), []);
  });
  it('"a year", "half an hour", "a decade", "another year", "a quarter century"', () => {
    assert.deepEqual(times('It took a year, half an hour and a decade.'), [
      'a year=DURATION:P1Y',
      'half an hour=DURATION:PT30M',
      'a decade=DURATION:P10Y',
    ]);
    // and half before its unit, with its article or a lead-in, the hyphen joining them no modifier's
    assert.deepEqual(times('It took a half hour; for the next half-hour we wait; the first half of the year.'), [
      'a half hour=DURATION:PT30M',
      'the next half-hour=DURATION:PT30M',
      'the first half of the year=DATE:2022-H1',
    ]);
    assert.deepEqual(times('The recession will last at least another year; we waited another two weeks.'), [
      'at least another year=DURATION:P1Y',
      'another two weeks=DURATION:P2W',
    ]);
    // a quarter of a hundred years, not a quarter of one
    assert.deepEqual(times('It was a quarter of a century, a quarter-century, three quarters of a century.'), [
      'a quarter of a century=DURATION:P25Y',
      'a quarter-century=DURATION:P25Y',
      'three quarters of a century=DURATION:P75Y',
    ]);
    // and of an hour: fifteen minutes
    assert.deepEqual(times('It took a quarter of an hour, three quarters of an hour and a quarter hour more.'), [
      'a quarter of an hour=DURATION:PT15M',
      'three quarters of an hour=DURATION:PT45M',
      'a quarter hour=DURATION:PT15M',
    ]);
    assert.deepEqual(times('Sales rose in a quarter; another quarter century passed.'), [
      'a quarter=DURATION:P1Q',
      'another quarter century=DURATION:P25Y',
    ]);
    // a quarter of a whole is a share; quarters of something without an article are still quarters of a year
    assert.deepEqual(times('It laid off a quarter of its staff and three quarters of the rest.'), []);
    assert.deepEqual(times('It had two quarters of growth.'), ['two quarters=DURATION:P2Q']);
    // and a quarter of a percentage point is none
    assert.deepEqual(times('It cut the rate by a quarter percentage point, then by a quarter point.'), []);
  });
  it('fractions: the whole unit beside the rest in the next smaller one, as TimeBank writes them', () => {
    assert.deepEqual(times('They lived there for 2 1/2 years, then 5 1/2 hours.'), [
      '2 1/2 years=DURATION:P2Y6M',
      '5 1/2 hours=DURATION:PT5H30M',
    ]);
    // the wire glues the fraction to the whole with a hyphen
    assert.deepEqual(times("Chile's 15-1/2 year accord"), ['15-1/2 year=DURATION:P15Y6M']);
    assert.deepEqual(times('It took a minute and a half, then a day and a half.'), [
      'a minute and a half=DURATION:PT1M30S',
      'a day and a half=DURATION:P1DT12H',
    ]);
    assert.deepEqual(times('It took half a day and two and a half years.'), [
      'half a day=DURATION:PT12H',
      'two and a half years=DURATION:P2Y6M',
    ]);
    // a range, with a filler before the unit
    assert.deepEqual(times('It will take two or three more days.'), ['two or three more days=DURATION:P3D']);
    // glued by hyphens
    assert.deepEqual(times('It took two-and-a-half years and a year-and-a-half.'), [
      'two-and-a-half years=DURATION:P2Y6M',
      'a year-and-a-half=DURATION:P1Y6M',
    ]);
    // a month or a week and a half have no whole part beside days in ISO 8601's usual forms: all in days
    assert.deepEqual(times('It took a month and a half.'), ['a month and a half=DURATION:P45D']);
  });
  it('the opening or closing stretch of something: "the first hours", "the early years"; not of a day', () => {
    assert.deepEqual(times('in the first hours of the war, the early years and the final days'), [
      'the first hours=DURATION:PTXH',
      'the early years=DURATION:PXY',
      'the final days=DURATION:PXD',
    ]);
    assert.deepEqual(times('arrested in the early hours of Thursday morning'), ['Thursday morning=DATE:2022-03-31']);
  });
  it('a range told after its unit: "a year or two" keeps the larger; not "a week or two children"', () => {
    assert.deepEqual(times('It could take a month or two; he stayed a week or two children came.'), [
      'a month or two=DURATION:P2M',
      'a week=DURATION:P1W',
    ]);
    // a word that names no noun may follow the upper end
    assert.deepEqual(times('They will wait another week or two to review it, after a month or two of talks.'), [
      'another week or two=DURATION:P2W',
      'a month or two=DURATION:P2M',
    ]);
    assert.deepEqual(counts('They will wait another week or two to review it.'), []);
  });
  it('"will one day", "may one day": a time to come; "one day" elsewhere a length', () => {
    assert.deepEqual(times('Islam will one day be the largest; he may one day return; in the job one day.'), [
      'one day=DATE:FUTURE_REF',
      'one day=DATE:FUTURE_REF',
      'one day=DURATION:P1D',
    ]);
  });
  it('"for a while", "for some time": a length the text does not give; not "some time next week"', () => {
    assert.deepEqual(times('They stayed for some time and will wait a while; we meet some time next week.'), [
      'some time=DURATION:PXX',
      'next week=DATE:2022-W14',
    ]);
    assert.deepEqual(times('He will live without it for a while.'), ['a while=DURATION:PXX']);
  });
  it('vague amounts and bare plurals', () => {
    assert.deepEqual(times('It has gone on for years and several days.'), [
      'years=DURATION:PXY',
      'several days=DURATION:PXD',
    ]);
  });
  it('vague lengths: "recent years", "coming weeks", "over the years"', () => {
    assert.deepEqual(times('In recent years and in coming weeks, as over the years'), [
      'recent years=DURATION:PXY',
      'coming weeks=DURATION:PXW',
      'the years=DURATION:PXY',
    ]);
    // "in some quarters", "in many quarters": among some people; "for some quarters" a length
    assert.deepEqual(times('Euphoria in some quarters and doubts in many quarters lasted for some quarters.'), [
      'some quarters=DURATION:PXQ',
    ]);
  });
  it('lead-ins that TimeBank includes in the span; not "last" as the verb', () => {
    assert.deepEqual(times('Prices rose over the past two months.'), ['the past two months=DURATION:P2M']);
    assert.deepEqual(
      times('The hearing is expected to last two days; the strike could last weeks and did not last a year.'),
      ['two days=DURATION:P2D', 'weeks=DURATION:PXW', 'a year=DURATION:P1Y'],
    );
    assert.deepEqual(times('Over the last two days and the last few weeks it rained.'), [
      'the last two days=DURATION:P2D',
      'the last few weeks=DATE:PAST_REF',
    ]);
    // after "for", how long it lasted: a vague length (TimeBank's "For the past few weeks" PXW)
    assert.deepEqual(times('For the past few weeks we have waited.'), ['the past few weeks=DURATION:PXW']);
    // "last" the verb, after a modal or "to", measures a length
    assert.deepEqual(times('The trial could last several weeks and is expected to last a few months.'), [
      'several weeks=DURATION:PXW',
      'a few months=DURATION:PXM',
    ]);
  });
  it('hyphenated adjectives', () => {
    assert.deepEqual(times('a two-year deal'), ['two-year=DURATION:P2Y']);
    // a length glued to its noun leaves the article and lead-ins out, as TimeBank spans do; a free one keeps them
    assert.deepEqual(times('The 48-hour strike ended after the past two months.'), [
      '48-hour=DURATION:PT48H',
      'the past two months=DURATION:P2M',
    ]);
    // a unit glued to "long": one of it, or a vague number of a plural; "a" is the noun's
    assert.deepEqual(times('a week-long strike, the decades-long battle; the talks were long'), [
      'week-long=DURATION:P1W',
      'decades-long=DURATION:PXDE',
    ]);
    // written as one word; not "along" or "belong"
    assert.deepEqual(times('a weeklong recess and a yearlong inquiry came along'), [
      'weeklong=DURATION:P1W',
      'yearlong=DURATION:P1Y',
    ]);
  });
  it('not ages', () => {
    assert.deepEqual(times('A 35-year-old man, 40 years old, was there.'), []);
  });
  it('not rates: "four flights a week", "$1.76 a year", "2 million barrels a day", "twice a week"', () => {
    assert.deepEqual(times('four flights a week, a dividend of $1.76 a year'), []);
    // "twice a week" is how often: a SET, not a length
    assert.deepEqual(times('2 million barrels a day, twice a week'), ['twice a week=SET:P1W']);
    assert.deepEqual(times('up from 4 pence a year earlier'), ['a year earlier=DATE:2021']);
    // "year-on-year", "month-to-month": a comparison of one period with the next, no length
    assert.deepEqual(times('This gave a year-on-year rate of 9.8 pct; output rose on a month-on-month basis.'), []);
    // a smaller unit's count per larger unit: its "a week" is the rate's, no length of its own
    assert.deepEqual(times('It ran four shifts, seven days a week to speed construction.'), [
      'seven days=DURATION:P7D',
    ]);
    assert.deepEqual(times('They stayed 10 days, a week in all.'), ['10 days=DURATION:P10D', 'a week=DURATION:P1W']);
  });
  it('not time words in names, but in title-case headlines', () => {
    assert.deepEqual(times("Gonzalez said on CBS's 60 Minutes and ABC's This Week that he would stay."), []);
    assert.deepEqual(times('Russian Envoys Given Two Weeks to Leave Belgium'), ['Two Weeks=DURATION:P2W→2022-04-13']);
  });
  it('not plain plurals without a time cue', () => {
    assert.deepEqual(times('Hours of talks followed.'), []);
    // after "in", a plural before a number names members of a count ("years one and two"); after "for" it stays a length
    assert.deepEqual(times('a coupon of one pct in years one and two, in weeks 3 to 5; for years 1,000 people'), [
      'years=DURATION:PXY',
    ]);
    // and one before a year's number, whatever the cue
    assert.deepEqual(times('with similar cuts for years 2014 until 2021'), ['2014=DATE:2014', '2021=DATE:2021']);
    // so does one after the article: the years it names follow ("over the years" alone stays a length)
    assert.deepEqual(times('the figure for the years 1986-1988; over the years, it grew'), [
      '1986=DATE:1986',
      '1988=DATE:1988',
      'the years=DURATION:PXY',
    ]);
  });
  it('a bare plural before "ago" is a time back (PAST_REF): "years ago", "just months ago"', () => {
    assert.deepEqual(times('Years ago he lived here; just months ago it was failing.'), [
      'Years ago=DATE:PAST_REF',
      'months ago=DATE:PAST_REF',
    ]);
  });
  it('a bare plural told as a distance in time: "minutes before", "days after", "weeks later"', () => {
    assert.deepEqual(
      times('Minutes before the blast police came; the years after the war were hard; weeks later he left.'),
      ['Minutes=DURATION:PTXM', 'years=DURATION:PXY', 'weeks=DURATION:PXW'],
    );
  });
});

import * as assert from 'node:assert/strict';
import { counts, times } from './helpers';

describe('TimeOfDayRecognizer and TimeMergeRefiner', () => {
  it('a clock written with a point before its suffix: "12.01 am"; a decimal is none', () => {
    assert.deepEqual(times('They met at 12.01 am; shares rose 12.01 to 45.'), ['12.01 am=TIME:2022-03-30T00:01']);
  });
  it('a time of day falls on the day its sentence told before it', () => {
    // 29 November, not the article's date; "this morning" is today's, "last night" yesterday's
    assert.deepEqual(times('He made changes on November 29 between 8:41 p.m. and 9:11 p.m.', '2017-12-08'), [
      'November 29=DATE:2017-11-29',
      '8:41 p.m.=TIME:2017-11-29T20:41',
      '9:11 p.m.=TIME:2017-11-29T21:11',
    ]);
    assert.deepEqual(times('On Monday, officials said, it ended this morning and resumed last night.'), [
      'Monday=DATE:2022-03-28',
      'this morning=TIME:2022-03-30TMO',
      'last night=TIME:2022-03-29TNI',
    ]);
    // across one sentence's end only in a past narrative, which goes on in its day (not in the present, nor past
    // a paragraph's end), and not when the clause looks ahead of a past day; a day ahead takes the time ahead with it
    assert.deepEqual(times('The blast hit on Monday. It happened at 9:30 a.m.; on Monday, he will speak at noon.'), [
      'Monday=DATE:2022-03-28',
      '9:30 a.m.=TIME:2022-03-28T09:30',
      'Monday=DATE:2022-04-04',
      'noon=TIME:2022-04-04T12:00',
    ]);
    assert.deepEqual(times('The blast hit on Monday. Trading opens at 9:30 a.m.'), [
      'Monday=DATE:2022-03-28',
      '9:30 a.m.=TIME:2022-03-30T09:30',
    ]);
    assert.deepEqual(times('The blast hit on Monday.\nIt happened at 9:30 a.m.'), [
      'Monday=DATE:2022-03-28',
      '9:30 a.m.=TIME:2022-03-30T09:30',
    ]);
    assert.deepEqual(times('He was arrested on Monday and will appear in court at 10 a.m.'), [
      'Monday=DATE:2022-03-28',
      '10 a.m.=TIME:2022-03-30T10:00',
    ]);
  });
  it('a time, its zone and its day are one time: "18:30 GMT Sunday"', () => {
    // "starts", a present of what is scheduled: the coming Sunday (3 April, from Wednesday 30 March)
    assert.deepEqual(times('It starts at 18:30 GMT Sunday.'), ['18:30 GMT Sunday=TIME:2022-04-03T18:30']);
    assert.deepEqual(times('It started at 18:30 GMT Sunday.'), ['18:30 GMT Sunday=TIME:2022-03-27T18:30']);
    // a zone in brackets between them, as wire copy writes it
    assert.deepEqual(times('The offer expires at midnight (EDT) on June 2.'), [
      'midnight (EDT) on June 2=TIME:2022-06-02T24:00→2022-06-02T24:00',
    ]);
    // "the night of" a day: TimeBank marks the day named ("Friday, Oct. 23"), not its part; a part of the
    // day after it in the sentence is that day's
    assert.deepEqual(times('He was shot on the night of Friday, Oct. 23, 2020, and in the night.'), [
      'Friday, Oct. 23, 2020=DATE:2020-10-23',
      'the night=TIME:2020-10-23TNI',
    ]);
    // a weekday with its date in apposition is that date, the clock's with it; a list of days is not
    assert.deepEqual(times('It came at 10 p.m. Friday, Oct. 23, police said.', '1998-11-21'), [
      '10 p.m. Friday, Oct. 23=TIME:1998-10-23T22:00',
    ]);
    // a weekday with its part of the day is a DATE (TimeBank), and with a date in apposition that date
    assert.deepEqual(times('They met Friday night, Oct. 23.', '1998-11-21'), ['Friday night, Oct. 23=DATE:1998-10-23']);
    assert.deepEqual(times('We meet at noon Monday, Wednesday and Friday.'), [
      'noon Monday=TIME:2022-04-04T12:00',
      'Wednesday=DATE:2022-03-30',
      'Friday=DATE:2022-04-01',
    ]);
    // the day after a clock in brackets is both clocks' day, each its own expression; not past other words
    assert.deepEqual(times('It blew up at about 10:35 a.m. (0735 GMT) Sunday.'), [
      '10:35 a.m.=TIME:2022-03-27T10:35',
      '0735 GMT=TIME:2022-03-27T07:35',
      'Sunday=DATE:2022-03-27',
    ]);
    assert.deepEqual(times('It fell at 10 a.m. (the index) Sunday.'), [
      '10 a.m.=TIME:2022-03-30T10:00',
      'Sunday=DATE:2022-03-27',
    ]);
    // a wire's four-digit time is no year: its day joins it past the zone ("1900 GMT on Tuesday"), a limit then
    assert.deepEqual(times('The deadline expired at 1900 GMT on Tuesday.'), [
      '1900 GMT on Tuesday=TIME:2022-03-29T19:00→2022-03-29T19:00',
    ]);
    // the short zones of today's news
    assert.deepEqual(times('Trading opens at 9:30 a.m. ET.'), ['9:30 a.m. ET=TIME:2022-03-30T09:30']);
  });
  it('"o\'clock" after an hour in figures or words, in the part of the day said after it; no count', () => {
    assert.deepEqual(times("at three o'clock in the morning and at 3 o’clock"), [
      "three o'clock in the morning=TIME:2022-03-30T03:00",
      '3 o’clock=TIME:2022-03-30T03:00',
    ]);
    assert.deepEqual(times("at ten o'clock at night, two o'clock in the afternoon"), [
      "ten o'clock at night=TIME:2022-03-30T22:00",
      "two o'clock in the afternoon=TIME:2022-03-30T14:00",
    ]);
    // or of the day said after it ("on Friday night"; Friday 25 March); not a clock with "a.m." or a morning
    assert.deepEqual(times("He was seen at 11 o'clock on Friday night and at 9 a.m. on Friday night."), [
      "11 o'clock on Friday night=TIME:2022-03-25T23:00",
      '9 a.m. on Friday night=TIME:2022-03-25T09:00',
    ]);
    assert.deepEqual(times("He was seen at 11 o'clock on Friday morning."), [
      "11 o'clock on Friday morning=TIME:2022-03-25T11:00",
    ]);
    assert.deepEqual(counts("He left at three o'clock with three friends."), ['three friends=3/exact/friends']);
    assert.deepEqual(times('three of them left at one'), []);
  });
  it('an hour in words with its minutes in words, then "a.m.", "p.m." or the part of the day; no count', () => {
    assert.deepEqual(times('took off at ten thirty p.m. and landed at ten p.m.'), [
      'ten thirty p.m.=TIME:2022-03-30T22:30',
      'ten p.m.=TIME:2022-03-30T22:00',
    ]);
    assert.deepEqual(times('at nine forty-five in the morning, at seven oh five in the evening'), [
      'nine forty-five in the morning=TIME:2022-03-30T09:45',
      'seven oh five in the evening=TIME:2022-03-30T19:05',
    ]);
    assert.deepEqual(counts('The flight took off at ten thirty p.m.'), []);
    // or the day's part told from today, which gives its day (the time merge joins them); with minutes, or after "at"
    assert.deepEqual(times('It lifted off at four fifteen this morning and lands at six forty-five tonight.'), [
      'four fifteen this morning=TIME:2022-03-30T04:15',
      'six forty-five tonight=TIME:2022-03-30T18:45',
    ]);
    assert.deepEqual(counts('It lifted off at four fifteen this morning.'), []);
    assert.deepEqual(counts('He met four this morning.'), ['four=4/exact/-']);
    // without a clock's word after them, words are numbers
    assert.deepEqual(times('Ten thirty people came at ten.'), []);
  });
  it('clock times and named times on the article date', () => {
    // a 24-hour clock after a preposition of time, "as of" too (no bare "3:30", which may be a score or a ratio)
    assert.deepEqual(times('As of 15:00, 233 vessels were out; the talks ran until 17:30. It ended 3:30.'), [
      '15:00=TIME:2022-03-30T15:00',
      '17:30=TIME:2022-03-30T17:30',
    ]);
    assert.deepEqual(times('at midnight, at 9 a.m. and at 10:30 p.m.'), [
      'midnight=TIME:2022-03-30T24:00',
      '9 a.m.=TIME:2022-03-30T09:00',
      '10:30 p.m.=TIME:2022-03-30T22:30',
    ]);
    assert.deepEqual(times('Officials met this morning.'), ['this morning=TIME:2022-03-30TMO']);
    // a bare midnight told in the past is the one that closed the day before; one given "until" may lie ahead
    assert.deepEqual(times('Talks went on past midnight, and the deadline expired at midnight.'), [
      'midnight=TIME:2022-03-29T24:00',
      'midnight=TIME:2022-03-29T24:00→2022-03-29T24:00',
    ]);
    assert.deepEqual(times('Talks went on after the midnight deadline passed.'), [
      'midnight=TIME:2022-03-29T24:00→2022-03-29T24:00',
    ]);
    // a time that is a limit falls on the day told after the limit's noun
    assert.deepEqual(times('Flights were cancelled ahead of a 1 a.m. strike deadline on Saturday.'), [
      '1 a.m.=TIME:2022-04-02T01:00→2022-04-02T01:00',
      'Saturday=DATE:2022-04-02→2022-04-02',
    ]);
    assert.deepEqual(times('Rebels were given until midnight to surrender.'), [
      'midnight=TIME:2022-03-30T24:00→2022-03-30T24:00',
    ]);
    // a part of the day after "mid", "late" or "early"; with its day when one follows
    assert.deepEqual(times('By mid afternoon, in the late afternoon and at mid-afternoon yesterday'), [
      'mid afternoon=TIME:2022-03-30TAF',
      'the late afternoon=TIME:2022-03-30TAF',
      'mid-afternoon yesterday=TIME:2022-03-29TAF',
    ]);
    assert.deepEqual(times('He came late. Evening fell early.'), []);
    // the sun's times as parts of the day; not "the dawn of an era", "a sunset clause", a capitalized name
    assert.deepEqual(times('They struck at dawn on Friday and left by sundown.'), [
      'dawn on Friday=TIME:2022-03-25TMO',
      'sundown=TIME:2022-03-25TEV',
    ]);
    assert.deepEqual(times('the dawn of an era, a sunset clause, Operation Desert Dawn'), []);
  });
  it('a zone told as a place\'s time: "1000 London time", "1430 local time", "10 a.m. New York time"', () => {
    assert.deepEqual(times('Trades entered by 1000 London time and launches at 1430 local time.'), [
      '1000 London time=TIME:2022-03-30T10:00',
      '1430 local time=TIME:2022-03-30T14:30',
    ]);
    assert.deepEqual(times('It opens at 10 a.m. New York time.'), ['10 a.m. New York time=TIME:2022-03-30T10:00']);
    // after midnight and noon too, set off by commas as offers' terms write it, and with the day after it
    assert.deepEqual(times('They meet at 12:00 midnight, New York City time, on Friday, April 8.'), [
      '12:00 midnight, New York City time, on Friday, April 8=TIME:2022-04-08T24:00',
    ]);
    assert.deepEqual(times('It ends at midnight New York time on April 14; noon, London, was calm.'), [
      'midnight New York time on April 14=TIME:2022-04-14T24:00',
      'noon=TIME:2022-03-30T12:00',
    ]);
    assert.deepEqual(times('It ends at 12:00 noon. They met at 12:00, Paris time.'), [
      '12:00 noon=TIME:2022-03-30T12:00',
      '12:00=TIME:2022-03-30T12:00',
    ]);
    // a year before a name is no time
    assert.deepEqual(times('In 1999 Paris time zones changed.'), ['1999=DATE:1999']);
  });
  it('a weekday and a date without a year: the year, within one of the article date, in which they agree', () => {
    // 4 October is a Monday in 2021 and a Tuesday in 2022
    assert.deepEqual(times('The date chosen was Tuesday, Oct. 4.'), ['Tuesday, Oct. 4=DATE:2022-10-04']);
    assert.deepEqual(times('They met on Monday, Oct. 4.'), ['Monday, Oct. 4=DATE:2021-10-04']);
    // a year written stays; a list of days is no weekday and date
    assert.deepEqual(times('Tuesday, Oct. 4, 2021 was a holiday.'), ['Tuesday, Oct. 4, 2021=DATE:2021-10-04']);
    // a list of weekdays is not merged; each is counted from the one before it (the same week)
    assert.deepEqual(times('Call on Monday, Tuesday or Friday.'), [
      'Monday=DATE:2022-03-28',
      'Tuesday=DATE:2022-03-29',
      'Friday=DATE:2022-04-01',
    ]);
  });
  it('am and pm glued to the digits, and wire-service times with a zone', () => {
    assert.deepEqual(times('Markets closed at 3.30pm, reopened at 11am EST and shut at 10:30pm; 12pm, 12am.'), [
      '3.30pm=TIME:2022-03-30T15:30',
      '11am EST=TIME:2022-03-30T11:00',
      '10:30pm=TIME:2022-03-30T22:30',
      '12pm=TIME:2022-03-30T12:00',
      '12am=TIME:2022-03-30T00:00',
    ]);
    assert.deepEqual(times('The talks ended at 0730 GMT.'), ['0730 GMT=TIME:2022-03-30T07:30']);
    assert.deepEqual(times('They must leave by 5pm Friday.'), ['5pm Friday=TIME:2022-04-01T17:00→2022-04-01T17:00']);
  });
  it('a wire clock with "hrs" or "hours" is a time when a zone, a leading zero or a preposition of time says so', () => {
    assert.deepEqual(times('The estimate is out at 1500 hrs EST (2100 gmt) today.'), [
      '1500 hrs EST=TIME:2022-03-30T15:00',
      '2100 gmt=TIME:2022-03-30T21:00',
      'today=DATE:2022-03-30',
    ]);
    assert.deepEqual(times('The curfew runs from 2200 hrs to 0600 hrs.'), [
      '2200 hrs=TIME:2022-03-30T22:00',
      '0600 hrs=TIME:2022-03-30T06:00',
    ]);
    assert.deepEqual(counts('The curfew runs from 2200 hrs to 0600 hrs.'), []);
    // the start of a range of clocks written in hours only after its end is no year
    assert.deepEqual(times('A session will run between 1900 and 2300 hours.'), ['2300 hours=TIME:2022-03-30T23:00']);
    assert.deepEqual(times('Troops must withdraw by 2359 hours on Friday.'), [
      '2359 hours on Friday=TIME:2022-04-01T23:59→2022-04-01T23:59',
    ]);
  });
  it('hours after four digits are a length when nothing makes them a clock', () => {
    assert.deepEqual(times('The pilot flew for 1500 hours.'), ['1500 hours=DURATION:PT1500H']);
    assert.deepEqual(times('The pilot flew for 1530 hours.'), ['1530 hours=DURATION:PT1530H']);
    // an odd figure, or one listed after another clock, is a clock
    assert.deepEqual(times('Offers close at 1330 hrs for some and 1400 hours for others; bids arrive 1245 hours.'), [
      '1330 hrs=TIME:2022-03-30T13:30→2022-03-30T13:30',
      '1400 hours=TIME:2022-03-30T14:00',
      '1245 hours=TIME:2022-03-30T12:45',
    ]);
    assert.deepEqual(times('It passed after 1500 hours of tests.'), ['1500 hours=DURATION:PT1500H']);
    // no clock past 24:59, nor a lower-case word that is no zone
    assert.deepEqual(times('at 2500 hrs, at 1275 hrs and 1500 est'), ['1500 est=TIME:2022-03-30T15:00']);
  });
  it('hours, minutes and seconds are how long a race took: a duration', () => {
    assert.deepEqual(times('He won the marathon in 2:14:09, ahead of a 2:08:47.5 favourite.'), [
      '2:14:09=DURATION:PT2H14M9S',
      '2:08:47.5=DURATION:PT2H8M47.5S',
    ]);
    // not with minutes or seconds past 59, nor spaced apart
    assert.deepEqual(times('the score 2:14:75 and 2 : 14 : 09'), []);
  });
  it('not glued am/pm past the clock, nor four digits without a zone', () => {
    assert.deepEqual(times('In 13pm and 2460 GMT and 1530 troops'), []);
  });
  it('joins a time and its day', () => {
    assert.deepEqual(times('The deadline expires at midnight Thursday.'), [
      'midnight Thursday=TIME:2022-03-31T24:00→2022-03-31T24:00',
    ]);
    assert.deepEqual(times('He spoke at 9 a.m. Tuesday.'), ['9 a.m. Tuesday=TIME:2022-03-29T09:00']);
    // the zone stays with the time, so the date after it joins
    // (an offer that runs until then: a deadline too)
    assert.deepEqual(times('The offer runs until 5 p.m. EST Nov. 9.'), [
      '5 p.m. EST Nov. 9=TIME:2022-11-09T17:00→2022-11-09T17:00',
    ]);
    // and a part of a day, before or after the clock: the clock on that part's day (29 March is yesterday)
    assert.deepEqual(times('At midnight last night they decided. Last night at 11 p.m. they met.'), [
      'midnight last night=TIME:2022-03-29T24:00',
      'Last night at 11 p.m.=TIME:2022-03-29T23:00',
    ]);
    // two parts of a day stay two
    assert.deepEqual(times('It rained last night and this morning.'), [
      'last night=TIME:2022-03-29TNI',
      'this morning=TIME:2022-03-30TMO',
    ]);
  });
  it('not "noon" in a name: "High Noon"', () => {
    assert.deepEqual(times('It reminded them of High Noon with Gary Cooper.'), []);
  });
  it('not scores or decimals', () => {
    assert.deepEqual(times('a 2-1 win with 10.5 points'), []);
  });
  it('"overnight" is the night, but the term of a loan in the money market', () => {
    assert.deepEqual(times('Shares fell on overnight losses; the sites struck overnight burned.'), [
      'overnight=TIME:2022-03-30TNI',
      'overnight=TIME:2022-03-30TNI',
    ]);
    assert.deepEqual(
      times('Overnight interbank money was at 11 pct; the overnight rate rose. Later, overnight touched 12 pct.'),
      [],
    );
  });
});

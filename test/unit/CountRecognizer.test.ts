import * as assert from 'node:assert/strict';
import { annotate } from '../../src/core';
import { counts } from './helpers';

describe('CountRecognizer', () => {
  describe('finds', () => {
    it('qualified counts', () => {
      // "20-odd" is about 20, and counts the noun after it
      assert.deepEqual(counts('Some 20-odd people were arrested; police held 30-odd Kurdish protesters.'), [
        'Some 20-odd people=20/approx/people',
        '30-odd Kurdish protesters=30/approx/protesters',
      ]);
      // a multiplier glued on by a hyphen: "nearly three-dozen" is about 36
      assert.deepEqual(counts('It expelled nearly three-dozen Russian citizens.'), [
        'nearly three-dozen Russian citizens=36/approx/citizens',
      ]);
      // "100-plus", "1,000 plus" before a plural are at least; "plus" a sum's sign is no noun ("at 101 plus interest")
      assert.deepEqual(counts('Some 100-plus people marched; the firm has 1,000 plus employees.'), [
        'Some 100-plus people=100/approx/people',
        '1,000 plus employees=1000/at-least/employees',
      ]);
      assert.deepEqual(counts('Police held 20-plus protesters.'), ['20-plus protesters=20/at-least/protesters']);
      assert.deepEqual(counts('It will buy back the notes at 101 plus accrued interest.'), []);
      assert.deepEqual(
        counts('as many as 43 Russian diplomats, at least 12 people, more than 300 envoys, fewer than 50 monitors'),
        [
          'as many as 43 Russian diplomats=43/at-most/diplomats',
          'at least 12 people=12/at-least/people',
          'more than 300 envoys=300/more-than/envoys',
          'fewer than 50 monitors=50/less-than/monitors',
        ],
      );
      assert.deepEqual(counts('some 2,000 Eritrean troops'), ['some 2,000 Eritrean troops=2000/approx/troops']);
      // a glued million counts the plural it names; money and distances do not count
      assert.deepEqual(counts("Approximately 1.1m of the UK's 1.6m Muslims vote; it has 2bn shares."), [
        'Approximately 1.1m=1100000/approx/Muslims',
        '1.6m Muslims=1600000/exact/Muslims',
        '2bn shares=2000000000/exact/shares',
      ]);
      assert.deepEqual(
        counts('It paid $9.3bn and 7.5bn euros, made a profit of 45m, and he won the 100m in 9.8 seconds.'),
        [],
      );
      // an open end after the number: "or more" is at least (COUNTS.md), "or fewer" at most; the noun after it
      assert.deepEqual(
        counts('firms with 50 or more employees choose one or more options; groups of 10 or fewer people'),
        [
          '50 or more employees=50/at-least/employees',
          'one or more options=1/at-least/options',
          '10 or fewer people=10/at-most/people',
        ],
      );
      // after the noun too, when the words close the phrase ("at least 20 of them", "at least once", "or more
      // trucks" go on to something else)
      assert.deepEqual(
        counts('drew 200 supporters at most; held 50 people or more; 12 countries at the very least; 30 men or so.'),
        [
          '200 supporters=200/at-most/supporters',
          '50 people=50/at-least/people',
          '12 countries=12/at-least/countries',
          '30 men=30/approx/men',
        ],
      );
      assert.deepEqual(
        counts('met 12 officials at least once; sold 5 cars or more trucks; 50 people at least 20 of them'),
        [
          '12 officials=12/exact/officials',
          '5 cars=5/exact/cars',
          '50 people=50/exact/people',
          'at least 20=20/at-least/-',
        ],
      );
      // "and so" is no "about"
      assert.deepEqual(counts('a dozen or so officials, five and so on'), [
        'a dozen or so officials=12/approx/officials',
        'five=5/exact/-',
      ]);
      // not a unit after the open end, nor an age's bound with nothing counted
      assert.deepEqual(counts('a rise of 10 or more pct for people 65 and over'), []);
      // a headline in capitals: the capitals say nothing of names
      assert.deepEqual(counts('BELGIUM EXPELS 21 RUSSIAN DIPLOMATS'), ['21 RUSSIAN DIPLOMATS=21/exact/DIPLOMATS']);
    });
    it('ranges', () => {
      assert.deepEqual(counts('between 10 and 20 soldiers, 5 to 8 boats'), [
        'between 10 and 20 soldiers=10-20/range/soldiers',
        '5 to 8 boats=5-8/range/boats',
      ]);
      // vague ends make a range too (COUNTS.md: one span), "even" before the upper end
      assert.deepEqual(counts('a few dozen or a few hundred protesters; hundreds or even thousands of people'), [
        'a few dozen or a few hundred protesters=24-200/range/protesters',
        'hundreds or even thousands of people=200-2000/range/people',
      ]);
      assert.deepEqual(counts('Dozens or hundreds marched.'), ['Dozens or hundreds=24-200/range/-']);
      // "several hundred thousand": the multipliers multiply, at least two of the first (COUNTS.md)
      assert.deepEqual(counts('Several hundred thousand fled and a few hundred thousand people stayed.'), [
        'Several hundred thousand=200000/at-least/-',
        'a few hundred thousand people=200000/at-least/people',
      ]);
      // "if not" stresses the upper end as "or even" does
      assert.deepEqual(counts('Dozens if not hundreds of people fled; five if not six boats sank.'), [
        'Dozens if not hundreds of people=24-200/range/people',
        'five if not six boats=5-6/range/boats',
      ]);
    });
    it('a range whose upper end carries the multiplier: the lower end is in the same units', () => {
      assert.deepEqual(counts('12 to 12.5 million subscribers, two or three million people'), [
        '12 to 12.5 million subscribers=12000000-12500000/range/subscribers',
        'two or three million people=2000000-3000000/range/people',
      ]);
      // the lower end keeps its own units when the upper end's would put it above the upper end
      assert.deepEqual(counts('between 500 and 1 million people'), [
        'between 500 and 1 million people=500-1000000/range/people',
      ]);
      assert.deepEqual(counts('2 million to 3 million people'), [
        '2 million to 3 million people=2000000-3000000/range/people',
      ]);
    });
    it('number words, scales and dozens', () => {
      assert.deepEqual(
        counts('1.5 million refugees, two dozen diplomats, seventy-two hostages, a couple of journalists'),
        [
          '1.5 million refugees=1500000/exact/refugees',
          'two dozen diplomats=24/exact/diplomats',
          'seventy-two hostages=72/exact/hostages',
          'a couple of journalists=2/exact/journalists',
        ],
      );
    });
    it('elliptical figures, with the noun of the count next to them (COUNTS.md)', () => {
      assert.deepEqual(counts('raised its authorized shares to 300,000 shares from 250,000'), [
        '300,000 shares=300000/exact/shares',
        '250,000=250000/exact/shares',
      ]);
      // the other end of a change whose figure counts a plural, though money is named elsewhere in the clause
      assert.deepEqual(counts('It had 1,250 mln dlrs in assets and 450 branches, up from 430.'), [
        '450 branches=450/exact/branches',
        '430=430/exact/branches',
      ]);
      assert.deepEqual(counts('Sales rose to 45 mln dlrs from 30.'), []);
      // compared across a time named between them ("last year, against", "this month, up from")
      assert.deepEqual(
        counts('It delivered 161 aircraft last year, against 146 in 1986, and 12 jets this month, up from 9.'),
        ['161 aircraft=161/exact/aircraft', '146=146/exact/aircraft', '12 jets=12/exact/jets', '9=9/exact/jets'],
      );
      // nor "by X to Y", the change and the new level
      assert.deepEqual(counts('The workforce rose by 1,200 to 14,000 people.'), [
        '1,200=1200/exact/people',
        '14,000 people=14000/exact/people',
      ]);
      // "from X to Y" is two figures of a change, rising or falling (COUNTS.md), not a range
      assert.deepEqual(counts('It cut staff from 200 to 150 workers and enlarged the board from nine to 11 members.'), [
        '200=200/exact/workers',
        '150 workers=150/exact/workers',
        'nine=9/exact/members',
        '11 members=11/exact/members',
      ]);
      // a figure before a time ("45 last week") is no stretch of time, and the time is no noun of it
      assert.deepEqual(counts('Police arrested 45 last week; one of the last bastions.'), [
        '45=45/exact/-',
        'one=1/exact/bastions',
      ]);
      assert.deepEqual(counts('in the two previous months'), []);
      // past a short phrase of time or place before the comma
      assert.deepEqual(counts('Carloadings totalled 26,108 cars in the week, down from 27,500.'), [
        '26,108 cars=26108/exact/cars',
        '27,500=27500/exact/cars',
      ]);
      // (two phrases, an abbreviation's stops among them, and "against" as well as "from")
      assert.deepEqual(counts('Japan imported 4,300 cars from the U.S. in January, up from 3,100.'), [
        '4,300 cars=4300/exact/cars',
        '3,100=3100/exact/cars',
      ]);
      assert.deepEqual(counts('It sold 4,300 cars in January, against 3,100 a year earlier.'), [
        '4,300 cars=4300/exact/cars',
        '3,100=3100/exact/cars',
      ]);
      // a decimal with its scale too, which without a count before it would be an amount
      assert.deepEqual(counts('It flew 2.4 million passengers last month, up from 2.1 million.'), [
        '2.4 million passengers=2400000/exact/passengers',
        '2.1 million=2100000/exact/passengers',
      ]);
      assert.deepEqual(counts('Sales rose last month, up from 2.1 million.'), []);
      // and past the rest of the clause, set off by its comma; not past a second comma
      assert.deepEqual(counts('35 ships were waiting to load, against 28 last week.'), [
        '35 ships=35/exact/ships',
        '28=28/exact/ships',
      ]);
      assert.deepEqual(counts('35 ships were waiting, officials said, against 28.'), [
        '35 ships=35/exact/ships',
        '28=28/exact/-',
      ]);
      // a change's "up from" or "down from" goes back to the count its clause is about, past asides of its own
      assert.deepEqual(
        counts(
          'It said 4,344 of its soft lenses were sold in February, after allowances for returns, up from 3,011 in January.',
        ),
        ['4,344=4344/exact/lenses', '3,011=3011/exact/lenses'],
      );
      assert.deepEqual(
        counts(
          'It said 1,800 opticians and optometrists were fitting the lens last month, up from 1,600 a month before.',
        ),
        ['1,800 opticians=1800/exact/opticians', '1,600=1600/exact/opticians'],
      );
      // a sentence's stop ends the comparison
      assert.deepEqual(counts('Police held 40 people in the U.S. Compared with 30 held by Canada, that is many.'), [
        '40 people=40/exact/people',
        '30=30/exact/-',
      ]);
      assert.deepEqual(counts('Germany expelled 40 diplomats. Italy ordered 30 to leave.'), [
        '40 diplomats=40/exact/diplomats',
        '30=30/exact/-',
      ]);
      // the plural a figure changes to, and the figure it changes from
      assert.deepEqual(counts('increased its authorized preferred shares to eight mln from two mln'), [
        'eight mln=8000000/exact/shares',
        'two mln=2000000/exact/shares',
      ]);
      assert.deepEqual(counts('Membership rose to 120 from 90.'), ['120=120/exact/-', '90=90/exact/-']);
      // coordinated before the plural that counts both; never across a verb
      assert.deepEqual(counts('had owned 63,000 common and 25,100 preferred shares'), [
        '63,000=63000/exact/shares',
        '25,100 preferred shares=25100/exact/shares',
      ]);
      assert.deepEqual(counts('a group of five producer and five consumer delegates'), [
        'five producer=5/exact/delegates',
        'five consumer delegates=5/exact/delegates',
      ]);
      assert.deepEqual(counts('Three died and two soldiers fled.'), [
        'Three=3/exact/-',
        'two soldiers=2/exact/soldiers',
      ]);
      // a present participle between is an adjective, as no verb goes without its auxiliary
      assert.deepEqual(counts('The nine existing and two unopened stores are in Maryland.'), [
        'nine=9/exact/stores',
        'two unopened stores=2/exact/stores',
      ]);
      // so does every member of a list, the first past commas ("and then", a clause of its own, joins none)
      assert.deepEqual(counts('It has offices in 12, 14 and 16 cities; police held two, three and then five men.'), [
        '12=12/exact/cities',
        '14=14/exact/cities',
        '16 cities=16/exact/cities',
        'two=2/exact/-',
        'three=3/exact/-',
        'five men=5/exact/men',
      ]);
    });
    it('the head noun of the phrase: past names, hyphens, models and "of the"', () => {
      assert.deepEqual(counts('sold 833,334 Schult Homes Corp units and four senior vice-presidents left'), [
        '833,334 Schult Homes Corp units=833334/exact/units',
        'four senior vice-presidents=4/exact/vice-presidents',
      ]);
      assert.deepEqual(counts('ordered four 747-400 aircraft from five McDonnell Douglas DC-10 jets'), [
        'four 747-400 aircraft=4/exact/aircraft',
        'five McDonnell Douglas DC-10 jets=5/exact/jets',
      ]);
      // a share class and the wire's ticker modify the noun
      assert.deepEqual(counts('repurchase of up to five mln class E <GME> and class H <GMH> shares'), [
        'up to five mln class E <GME> and class H <GMH> shares=5000000/at-most/shares',
      ]);
      assert.deepEqual(counts('an order of 25 <Airbus Industrie> twinjet long distance aircraft'), [
        '25 <Airbus Industrie> twinjet long distance aircraft=25/exact/aircraft',
      ]);
      assert.deepEqual(counts('The 12 members of the Class of 1990 met.'), ['12 members=12/exact/members']);
      // a size with its unit inside the phrase
      assert.deepEqual(counts('The utility will build two 1,000 megawatt plants.'), [
        'two 1,000 megawatt plants=2/exact/plants',
      ]);
      assert.deepEqual(counts('It will supply four 100 MW gas turbines.'), [
        'four 100 MW gas turbines=4/exact/turbines',
      ]);
      assert.deepEqual(counts('It is building two 950-megawatt nuclear power plants.'), [
        'two 950-megawatt nuclear power plants=2/exact/plants',
      ]);
      // a unit at the end of a hyphenated word makes the figure a size too
      assert.deepEqual(
        counts('They built a berth for 5,000 deadweight-tonne ships and ordered two 300,000 deadweight-tonne tankers.'),
        ['two 300,000 deadweight-tonne tankers=2/exact/tankers'],
      );
      // after "a", the number and the singular after it modify a head, like "a 12-nation group"
      assert.deepEqual(counts('An 18 member contact group met; a three judge panel ruled.'), [
        '18 member=18/exact/member',
        'three judge=3/exact/judge',
      ]);
      // after "the" too, when the phrase ends in a singular; a plural after it is what is counted
      assert.deepEqual(counts('The 54 member contact group met. The two main opposition party leaders met.'), [
        '54 member=54/exact/member',
        'two main opposition party leaders=2/exact/leaders',
      ]);
      assert.deepEqual(counts("one of Italy's leading economists, one Japanese official and a 12-nation group"), [
        'one=1/exact/economists',
        'one Japanese official=1/exact/official',
        '12-nation=12/exact/nation',
      ]);
      // "-strong" counts a collective's members, which no noun names
      assert.deepEqual(counts('a 10,000-strong force'), ['10,000=10000/exact/-']);
      // "one" and a demonym is a person; "one" and a country's name is none ("the One Nation party", "One Europe")
      assert.deepEqual(counts('One American was killed. One Europe is the goal.'), ['One American=1/exact/American']);
      assert.deepEqual(counts('one rumor suggests that three gold mining companies and 15 foreign and local banks'), [
        'one rumor=1/exact/rumor',
        'three gold mining companies=3/exact/companies',
        '15 foreign and local banks=15/exact/banks',
      ]);
      // a vague plural after "and" is a second count, not a noun the first one's adjective is joined to
      assert.deepEqual(counts('The storm left 11,000 dead and thousands missing.'), [
        '11,000 dead=11000/exact/dead',
        'thousands=2000/at-least/-',
      ]);
      // an irregular past after the noun is the clause's verb, as one in -ed is ("two made-up names" goes on)
      assert.deepEqual(counts('One trader made a deal; two traders sold two made-up names.'), [
        'One trader=1/exact/trader',
        'two traders=2/exact/traders',
        'two made-up names=2/exact/names',
      ]);
      // even before a plural object after a singular; a past participle before its plural after a name still modifies it
      assert.deepEqual(
        counts('One official told Reuters; one dealer sold shares; it made 16.1 mln U.S. built vehicles.'),
        [
          'One official=1/exact/official',
          'one dealer=1/exact/dealer',
          '16.1 mln U.S. built vehicles=16100000/exact/vehicles',
        ],
      );
      // "N of the X" past the X's own number, after a determiner or a possessive; not a year after a figure
      assert.deepEqual(counts("Only two of the 12 jurors agreed, and 195 of the plant's 425 employees left."), [
        'two=2/exact/jurors',
        '12 jurors=12/exact/jurors',
        '195=195/exact/employees',
        '425 employees=425/exact/employees',
      ]);
      // a compound a number word opens modifies the noun after it, as one a figure opens does
      assert.deepEqual(
        counts('It signed two three-year contracts and hired five two-week temps and three 12-month interns.'),
        [
          'two three-year contracts=2/exact/contracts',
          'five two-week temps=5/exact/temps',
          'three 12-month interns=3/exact/interns',
        ],
      );
      // (the X's own number is still read past: "one of the two groups")
      assert.deepEqual(counts('One of the two groups left.'), ['One=1/exact/groups', 'two groups=2/exact/groups']);
      // a superlative with no plural after it leaves the whole's noun out; one before a plural has it
      assert.deepEqual(
        counts(
          'It was one of the largest awarded; two of the best left; one of the most popular stayed; one of the largest banks failed.',
        ),
        ['one=1/exact/-', 'two=2/exact/-', 'one=1/exact/-', 'one=1/exact/banks'],
      );
      // the X's owner may be a plural or a name in -s with the apostrophe alone
      assert.deepEqual(counts("He owns four mln of Caesars' 30.3 mln shares; two of the banks' branches closed."), [
        'four mln=4000000/exact/shares',
        '30.3 mln shares=30300000/exact/shares',
        'two=2/exact/branches',
      ]);
      // "N more of the X" is read so too, the span still the number's
      assert.deepEqual(counts('The FDA may approve three more of its test kits; two more of the hostages left.'), [
        'three=3/exact/kits',
        'two=2/exact/hostages',
      ]);
      // the X's own number may be a decimal with its scale; "outstanding" before a plural is its adjective
      assert.deepEqual(counts("It holds 1.2 mln of the company's 12.3 mln outstanding shares."), [
        '1.2 mln=1200000/exact/shares',
        '12.3 mln outstanding shares=12300000/exact/shares',
      ]);
      // and before a plural past other adjectives ("outstanding preferred shares")
      assert.deepEqual(counts('It will redeem 2.5 mln of its outstanding preferred shares.'), [
        '2.5 mln=2500000/exact/shares',
      ]);
      // (with no noun, a bare figure with a scale may be money: none)
      assert.deepEqual(counts('It holds 1.2 mln of the 12.3 mln.'), []);
      // millions with a singular are an amount, but livestock by the head and plurals without -s are counted
      assert.deepEqual(counts('A 200 million deal; 3.4 mln head of cattle and 1.2 mln sheep.'), [
        '3.4 mln head=3400000/exact/head',
        '1.2 mln sheep=1200000/exact/sheep',
      ]);
      // past a place in a series and its figure ("of its last 12 games"); "the last" alone stays the head
      assert.deepEqual(counts('They won 10 of their last 12 games and two of the other three races.'), [
        '10=10/exact/games',
        '12 games=12/exact/games',
        'two=2/exact/races',
        'three races=3/exact/races',
      ]);
      assert.deepEqual(counts('Six of the top 10 markets renewed it.'), [
        'Six=6/exact/markets',
        '10 markets=10/exact/markets',
      ]);
      // a figure in words there too: "five of its last six" names no noun, not "six"
      assert.deepEqual(counts('The team has won five of its last six.'), ['five=5/exact/-', 'six=6/exact/-']);
      // a plural demonym that ends the phrase is its head; "gas" and "series" are no plurals
      assert.deepEqual(counts('Some 1,500 ethnic Albanians marched and 20 armed Serbs attacked.'), [
        'Some 1,500 ethnic Albanians=1500/approx/Albanians',
        '20 armed Serbs=20/exact/Serbs',
      ]);
      // so is a demonym that is its own plural, past an adjective; a plural after it is the head
      assert.deepEqual(
        counts('Thousands of southern Bhutanese took to the streets; two southern Chinese firms left.'),
        ['Thousands of southern Bhutanese=2000/at-least/Bhutanese', 'two southern Chinese firms=2/exact/firms'],
      );
      // a verb after a plural demonym ends the phrase ("laid"); a plural noun after a country name goes on from it
      assert.deepEqual(counts('A few hundred Albanians laid a wreath; two Netherlands companies bid.'), [
        'A few hundred Albanians=200/at-least/Albanians',
        'two Netherlands companies=2/exact/companies',
      ]);
      // an adverb in -ly inside the phrase modifies, after the head it ends the phrase ("family" is a noun)
      assert.deepEqual(
        counts('One widely mentioned possibility; one senior banker closely involved; three family members'),
        [
          'One widely mentioned possibility=1/exact/possibility',
          'one senior banker=1/exact/banker',
          'three family members=3/exact/members',
        ],
      );
      assert.deepEqual(counts('one of the most strongly capitalized thrifts; held by the five whenever talks began'), [
        'one=1/exact/thrifts',
        'five=5/exact/-',
      ]);
      // a plural in -us ("Hutus", most words in -us are singulars); "overseas" is no noun
      assert.deepEqual(counts('about 2 million Rwanda Hutus fled; eight are held here and one overseas'), [
        'about 2 million Rwanda Hutus=2000000/approx/Hutus',
        'eight=8/exact/-',
        'one=1/exact/-',
      ]);
      // a word before "and" is an adjective when a plural follows the second ("central and eastern European countries")
      assert.deepEqual(
        counts(
          'the three central and eastern European countries, two French and German companies, one man and his dogs',
        ),
        [
          'three central and eastern European countries=3/exact/countries',
          'two French and German companies=2/exact/companies',
          'one man=1/exact/man',
        ],
      );
      // so are the words of a list before the plural they share; a plural ends a list of counts
      assert.deepEqual(
        counts('sent 300 British, French and Italian troops and thousands of Army, Navy and Air Force troops'),
        [
          '300 British, French and Italian troops=300/exact/troops',
          'thousands of Army, Navy and Air Force troops=2000/at-least/troops',
        ],
      );
      // two coordinations before one plural: "current and former" then "U.S. and foreign"; a count after "and" is another's
      assert.deepEqual(
        counts('cited four current and former U.S. and foreign officials; saw two wounded and three dead soldiers'),
        [
          'four current and former U.S. and foreign officials=4/exact/officials',
          'two=2/exact/-',
          'three dead soldiers=3/exact/soldiers',
        ],
      );
      // a hyphenated modifier after the "and" is one word before the plural
      assert.deepEqual(counts('It banned eight current and former high-ranking officials.'), [
        'eight current and former high-ranking officials=8/exact/officials',
      ]);
      // a compound's first part shares the second part after "and"; a dash set off by spaces is no hyphen
      assert.deepEqual(counts('named 39 defense- and intelligence-related entities; freed 26 prisoners - and more'), [
        '39 defense- and intelligence-related entities=39/exact/entities',
        '26 prisoners=26/exact/prisoners',
      ]);
      // adverbs of order and company after a bare count name nothing; "first" before a plural is its adjective
      assert.deepEqual(counts('The two first met in April; the three together own it; the two first names'), [
        'two=2/exact/-',
        'three=3/exact/-',
        'two first names=2/exact/names',
      ]);
      // so are "outside" and "inside" before a plural; before a place they end the phrase
      assert.deepEqual(counts('A committee of five outside directors met; 500 gathered outside the embassy.'), [
        'five outside directors=5/exact/directors',
        '500=500/exact/-',
      ]);
      // a party's or a faith's member is a person as a demonym is; "more" between a vague plural and its noun
      assert.deepEqual(
        counts('One Republican said no; if one more Democrat votes no; dozens more people; hundreds more came'),
        [
          'One Republican=1/exact/Republican',
          'one more Democrat=1/exact/Democrat',
          'dozens more people=24/at-least/people',
          'hundreds=200/at-least/-',
        ],
      );
      // "scores more" before the clause's verb counts as "hundreds more" does; the verb "scores" does not
      assert.deepEqual(
        counts('Dozens were hurt and scores more fled. He scores more goals; she scores more than him.'),
        ['Dozens=24/at-least/-', 'scores=40/at-least/-'],
      );
      // (a past form after "more" is the clause's verb, as right after the number)
      assert.deepEqual(counts('Several thousand more marched; 300 more troops arrived.'), [
        'Several thousand=2000/at-least/-',
        '300 more troops=300/exact/troops',
      ]);
      assert.deepEqual(counts('the One Direction concert; one Catholic priest'), [
        'one Catholic priest=1/exact/priest',
      ]);
      // a name that opens the sentence, its number before a verb, is numbered, no count; a word of the
      // language before a count keeps it
      assert.deepEqual(
        counts('Apollo 13 was launched. Flight 370 vanished. Another 40 were killed. Only 12 survived.'),
        ['40=40/exact/-', '12=12/exact/-'],
      );
      // a name's number before a verb in -s is no count; a short verb in -s before a pronoun is the clause's verb
      assert.deepEqual(counts('United Steelworkers Local 1938 says it will strike; the toll of 300 says it all'), [
        '300=300/exact/-',
      ]);
      // a hyphenated word counts as one word in the reach of the phrase
      assert.deepEqual(
        counts('hundreds of riot-equipped and black-uniformed police; one very virulent anti-abortion Web site'),
        [
          'hundreds of riot-equipped and black-uniformed police=200/at-least/police',
          'one very virulent anti-abortion Web site=1/exact/site',
        ],
      );
      // a name's abbreviation in brackets stays inside the phrase; a plural name before it ending the phrase is the noun
      assert.deepEqual(counts('13 United Nations (UN) peacekeepers died; 40 Democrats (DEM) voted no'), [
        '13 United Nations (UN) peacekeepers=13/exact/peacekeepers',
        '40 Democrats=40/exact/Democrats',
      ]);
      // a figure before a time told from the article's is no member of a list of lengths
      assert.deepEqual(counts('It has 27 attorneys, compared with 11 four years ago.'), [
        '27 attorneys=27/exact/attorneys',
        '11=11/exact/attorneys',
      ]);
      // a list of figures set off by commas alone shares the last one's plural when three or more make it
      // (a figure between commas after another is no age)
      assert.deepEqual(counts('You will have six, seven, eight states on you; they won 3, 12 seats'), [
        'six=6/exact/states',
        'seven=7/exact/states',
        'eight states=8/exact/states',
        '3=3/exact/-',
        '12 seats=12/exact/seats',
      ]);
      assert.deepEqual(counts('He met 5 ministers, 3 generals and 20 officials.'), [
        '5 ministers=5/exact/ministers',
        '3 generals=3/exact/generals',
        '20 officials=20/exact/officials',
      ]);
      // after "one" a plural noun before a singular modifies it; a verb in -s ends the phrase
      assert.deepEqual(
        counts('one leading options analyst said; one U.S. crew chief; one rumor suggests higher prices'),
        ['one leading options analyst=1/exact/analyst', 'one U.S. crew chief=1/exact/chief', 'one rumor=1/exact/rumor'],
      );
      // plurals in -men; a point of the compass or "ahead" is no noun
      assert.deepEqual(counts('by two American fishermen last November; up to 1,000 north of the town; 15 ahead'), [
        'two American fishermen=2/exact/fishermen',
        'up to 1,000=1000/at-most/-',
        '15=15/exact/-',
      ]);
      // a past form after a plural name ends the phrase too; after "one" and a name, a verb in -s is no noun
      assert.deepEqual(counts('The 10 Europeans and seven Africans took a flight.'), [
        '10 Europeans=10/exact/Europeans',
        'seven Africans=7/exact/Africans',
      ]);
      assert.deepEqual(counts('One Global Depository Receipt represents 10 shares; one New York Times reporter'), [
        '10 shares=10/exact/shares',
        'one New York Times reporter=1/exact/reporter',
      ]);
      // a singular name alone after a number above one counts nothing (a table's cell); a verb ends the phrase after a demonym
      assert.deepEqual(
        counts(
          'Sabr 19/11/96 9,000 Iran Loine 19/11/96 10,000 Philippines Deligst. Three Swiss climbed; 12 Chinese left.',
        ),
        ['Three Swiss=3/exact/Swiss', '12 Chinese=12/exact/Chinese'],
      );
      // a plural before another plural is a modifier ("weapons sites"), not before a verb in -s, nor a place after "near"
      assert.deepEqual(counts('Inspectors saw three suspected weapons sites and one near Basra.'), [
        'three suspected weapons sites=3/exact/sites',
        'one=1/exact/-',
      ]);
      assert.deepEqual(counts('It expelled 3 staff members and 10 police officers; 200 police came.'), [
        '3 staff members=3/exact/members',
        '10 police officers=10/exact/officers',
        '200 police=200/exact/police',
      ]);
      // "N of <a name>'s X" counts the X; "of" inside a name before the noun; a model's name of several hyphens
      assert.deepEqual(
        counts(
          "access to eight of Saddam Hussein's palaces; One of General Electric Co's biggest units; one of the firm's plants",
        ),
        ['eight=8/exact/palaces', 'One=1/exact/units', 'one=1/exact/plants'],
      );
      // a title's period inside the name
      assert.deepEqual(counts("one of Mr. Antar's attorneys asked"), ['one=1/exact/attorneys']);
      assert.deepEqual(
        counts('10 House of Commons members, three Bank of England officials and the three DC-8-62 aircraft'),
        [
          '10 House of Commons members=10/exact/members',
          'three Bank of England officials=3/exact/officials',
          'three DC-8-62 aircraft=3/exact/aircraft',
        ],
      );
      // a focusing adverb after a bare count is no noun; a name after "of" that is no possessive is not skipped
      assert.deepEqual(counts('with one even talking of victory, two still missing; one of Bush aides'), [
        'one=1/exact/-',
        'two=2/exact/-',
        'one=1/exact/aides',
      ]);
      // a stop word that opens a compound is part of the noun's phrase: "two would-be robbers"
      assert.deepEqual(counts('two would-be robbers came'), ['two would-be robbers=2/exact/robbers']);
      assert.deepEqual(counts('A telex sent to its 450 creditors seeks support.'), [
        '450 creditors=450/exact/creditors',
      ]);
      assert.deepEqual(counts('It surveyed 10,000 gas stations and two Russian diplomats.'), [
        '10,000 gas stations=10000/exact/stations',
        'two Russian diplomats=2/exact/diplomats',
      ]);
      // a past verb right after the number is the clause's verb, unless a plural noun follows it
      assert.deepEqual(counts('Police said 12 injured were taken to hospital and 5 detained protesters freed.'), [
        '12=12/exact/-',
        '5 detained protesters=5/exact/protesters',
      ]);
      // so it is with an adverb before it: the figure names nothing, and in a money clause it is money
      assert.deepEqual(counts('It pays 250 mln dlrs instead of the 1.55 billion originally agreed.'), []);
      assert.deepEqual(counts('It hired 90 workers, not the 60 previously reported; 5 newly elected members sat.'), [
        '90 workers=90/exact/workers',
        '60=60/exact/workers',
        '5 newly elected members=5/exact/members',
      ]);
    });
    it('an elliptical figure that goes on from a count before it in the sentence takes its noun', () => {
      // the other end of a change past a time between ("in February from …")
      assert.deepEqual(counts('Sales of new cars rose to 845,000 units in February from 780,000 a year earlier.'), [
        '845,000 units=845000/exact/units',
        '780,000=780000/exact/units',
      ]);
      // joined to the count right after its noun and a word of place
      assert.deepEqual(counts('Sumitomo Bank has 12 branches abroad and 230 at home.'), [
        '12 branches=12/exact/branches',
        '230=230/exact/branches',
      ]);
      // the count with the same preposition after its noun, before a nearer one inside its phrase
      assert.deepEqual(counts('It employs 1,200 people at its two plants and 300 at headquarters.'), [
        '1,200 people=1200/exact/people',
        'two plants=2/exact/plants',
        '300=300/exact/people',
      ]);
      assert.deepEqual(counts('It ordered four MD-11 jets with options to buy four more.'), [
        'four MD-11 jets=4/exact/jets',
        'four=4/exact/jets',
      ]);
      // past the count of a phrase of place, which names where the others are
      assert.deepEqual(counts('The bank has 120 branches in 14 states and plans to open 20 more next year.'), [
        '120 branches=120/exact/branches',
        '14 states=14/exact/states',
        '20=20/exact/branches',
      ]);
      // "more / fewer than" in apposition to the count right before; not a figure further on, compared with something else
      assert.deepEqual(counts('The coalition holds 310 seats, 10 more than it needs, and 12 fewer than in 2010.'), [
        '310 seats=310/exact/seats',
        '10=10/exact/seats',
        '12=12/exact/-',
      ]);
      assert.deepEqual(counts('The blasts killed 247 people in Kenya and 10 in Tanzania.'), [
        '247 people=247/exact/people',
        '10=10/exact/people',
      ]);
      // the objects of two joined verbs, past a part of the first ("including 12 Americans") to the whole
      assert.deepEqual(counts('Gunmen opened fire, killing nine pilgrims and wounding 17.'), [
        'nine pilgrims=9/exact/pilgrims',
        '17=17/exact/pilgrims',
      ]);
      assert.deepEqual(counts('The bombs killed 259 people, including 12 Americans, and injured more than 5,500.'), [
        '259 people=259/exact/people',
        '12 Americans=12/exact/Americans',
        'more than 5,500=5500/more-than/people',
      ]);
      // (no verb before the first: no object to go on from)
      assert.deepEqual(counts('It sold 300 and bought 120.'), ['300=300/exact/-', '120=120/exact/-']);
      // the later verb may have a name of its own as subject ("and France expelled 35", "while Malta accepted 40")
      assert.deepEqual(
        counts(
          'Germany expelled 40 diplomats and France expelled 35; Italy accepted 600 migrants, while Malta accepted 40.',
        ),
        [
          '40 diplomats=40/exact/diplomats',
          '35=35/exact/diplomats',
          '600 migrants=600/exact/migrants',
          '40=40/exact/migrants',
        ],
      );
      // past a particle after the first verb
      assert.deepEqual(
        counts('Italy took in 600 migrants, while Malta accepted 40; it laid off 300 workers and hired 40'),
        [
          '600 migrants=600/exact/migrants',
          '40=40/exact/migrants',
          '300 workers=300/exact/workers',
          '40=40/exact/workers',
        ],
      );
      // joined verbs in the present of a headline or a summary too (both in it: "owns … and sold" share nothing)
      assert.deepEqual(counts('A quake kills at least 160 people and injures at least 5,700.'), [
        'at least 160 people=160/at-least/people',
        'at least 5,700=5700/at-least/people',
      ]);
      assert.deepEqual(counts('He sold 12 shops and owns 3,000.'), ['12 shops=12/exact/shops', '3,000=3000/exact/-']);
      // past "a further", "another" before the second subject
      assert.deepEqual(counts('Another 12 soldiers were wounded and a further 30 were missing.'), [
        '12 soldiers=12/exact/soldiers',
        '30=30/exact/soldiers',
      ]);
      // the subjects of two clauses, each before its verb; not a subject after an object, nor with no noun before
      assert.deepEqual(counts('At least 75 people were killed and 1,643 wounded. Twelve people died, 40 were hurt.'), [
        'At least 75 people=75/at-least/people',
        '1,643=1643/exact/people',
        'Twelve people=12/exact/people',
        '40=40/exact/people',
      ]);
      // past an apposition between commas after the first's noun
      assert.deepEqual(counts('At least 12 people, mostly shoppers, were killed and more than 40 injured.'), [
        'At least 12 people=12/at-least/people',
        'more than 40=40/more-than/people',
      ]);
      assert.deepEqual(counts('Three died and two fled. The club beat 3 rivals in 2 weeks and 4 resigned.'), [
        'Three=3/exact/-',
        'two=2/exact/-',
        '3 rivals=3/exact/rivals',
        '4=4/exact/-',
      ]);
      // the present of a headline: a verb of what befalls people is no noun ("12 member states" keep theirs)
      assert.deepEqual(counts('TEN DIE IN BUS CRASH; two flee to Austria; 12 member states return.'), [
        'TEN=10/exact/-',
        'two=2/exact/-',
        '12 member states=12/exact/states',
      ]);
      // the parts of a whole after a comma, and a part parallel to one, past an abbreviation's period
      assert.deepEqual(counts('There were 12 other trials of the drug, 10 in the U.S. and two in West Germany.'), [
        '12 other trials=12/exact/trials',
        '10=10/exact/trials',
        'two=2/exact/trials',
      ]);
      assert.deepEqual(counts('It has 300 employees. 10 in Paris were hired.'), [
        '300 employees=300/exact/employees',
        '10=10/exact/-',
      ]);
      // a sentence opening "Of the …," or "Among the …," names the whole its bare figures are part of
      assert.deepEqual(counts('Of the eight victims, three were stabbed and one was shot.'), [
        'eight victims=8/exact/victims',
        'three=3/exact/victims',
        'one=1/exact/victims',
      ]);
      assert.deepEqual(counts('Of the nine brothers and sisters of his generation, five came.'), [
        'nine brothers=9/exact/brothers',
        'five=5/exact/sisters',
      ]);
      // and so does one opening "Of 100 …," a figure for the determiner; a verb of opinion after a bare figure is its
      // verb, never its noun ("15 expect rates", not a count of rates)
      assert.deepEqual(counts('Of 100 economists polled, 62 predict a recession and 30 expect rates to fall.'), [
        '100 economists=100/exact/economists',
        '62=62/exact/economists',
        '30=30/exact/economists',
      ]);
      // a plural without an -s ("staff", "people") names the whole as well
      assert.deepEqual(counts('Of the 59 embassy staff, 20 were told to leave.'), [
        '59 embassy staff=59/exact/staff',
        '20=20/exact/staff',
      ]);
      // "persona non grata" is the predicate after the noun, not part of it
      assert.deepEqual(counts('Moldova declared one Russian diplomat persona non grata.'), [
        'one Russian diplomat=1/exact/diplomat',
      ]);
      // "the number of …" names what a bare figure later in the sentence counts, past a percentage; "a number of" does not
      assert.deepEqual(counts('The number of refugees rose 20 percent to an estimated 50,000.'), [
        'an estimated 50,000=50000/approx/refugees',
      ]);
      assert.deepEqual(counts('A number of firms said sales rose 5 pct to 2,000.'), []);
      // however long the phrase that says what the number is of
      assert.deepEqual(
        counts(
          'The number of holdings above 10 pct in public companies with a nominal share capital of over one mln marks held by these 10 banks fell to 86 in 1986.',
        ),
        ['10 banks=10/exact/banks', '86=86/exact/holdings'],
      );
      // even a decimal with its scale, which alone is an amount; an adjective that names people is the noun
      assert.deepEqual(counts('The number of unemployed rose by 12,000 to 2.3 million.'), [
        '12,000=12000/exact/unemployed',
        '2.3 million=2300000/exact/unemployed',
      ]);
      // (unless a plural follows it: "the number of dead pigs")
      assert.deepEqual(counts('The number of dead pigs rose to 1,200.'), ['1,200=1200/exact/pigs']);
      assert.deepEqual(counts('Sales of the firm rose to 1.2 million.'), []);
      // and so after the figure it was brought to ("brings to 57 the number of …"), never the verb before "to"
      assert.deepEqual(
        counts(
          'The move brings to 57 the number of Russian diplomats expelled; it raised to 120 the total of people held.',
        ),
        ['57=57/exact/diplomats', '120=120/exact/people'],
      );
      // "N of its more than M X", "one of about 100 exiles": past the whole's qualifier to its noun
      assert.deepEqual(counts('It will cut 300 of its more than 2,000 jobs; one of about 100 exiles.'), [
        '300=300/exact/jobs',
        'more than 2,000 jobs=2000/more-than/jobs',
        'one=1/exact/exiles',
        'about 100 exiles=100/approx/exiles',
      ]);
      assert.deepEqual(counts('Of those killed, 11 died in Tanzania. Of course, 12 were sold.'), [
        '11=11/exact/-',
        '12=12/exact/-',
      ]);
      // not a comparison, nor across a sentence
      assert.deepEqual(counts('It has 7 points from four games, three more than Germany. Two more came.'), [
        'four games=4/exact/games',
        'three=3/exact/-',
        'Two=2/exact/-',
      ]);
    });
    it("a vote's tally: two counts with no noun (COUNTS.md); a score is none", () => {
      assert.deepEqual(counts('The bill passed 52-48. By a 6-3 vote, the court upheld it.'), [
        '52=52/exact/-',
        '48=48/exact/-',
        '6=6/exact/-',
        '3=3/exact/-',
      ]);
      assert.deepEqual(counts('The Yankees won 7-2; he won by 6-4 in the final.'), []);
      // the verb of voting past its object; "to" joins a tally too, but before a plural it is a range
      assert.deepEqual(counts('The Senate approved the bill 52-48. It passed the House 245 to 178.'), [
        '52=52/exact/-',
        '48=48/exact/-',
        '245=245/exact/-',
        '178=178/exact/-',
      ]);
      assert.deepEqual(counts('The board approved 10 to 15 projects.'), ['10 to 15 projects=10-15/range/projects']);
      // a court's votes: "ruled", "upheld", "struck down"
      assert.deepEqual(counts('The court ruled 5-4. It struck down the ban 6-3.'), [
        '5=5/exact/-',
        '4=4/exact/-',
        '6=6/exact/-',
        '3=3/exact/-',
      ]);
      assert.deepEqual(counts('He struck out 12 batters and led 4-3.'), ['12 batters=12/exact/batters']);
      // a vote the subject of the copula before the tally; a score is none
      assert.deepEqual(counts('The vote in the House was 258-176. The final score was 3-1.'), [
        '258=258/exact/-',
        '176=176/exact/-',
      ]);
      // a tally joined to one just told is another chamber's; a score joined to a score is none
      assert.deepEqual(counts('The bill passed the Senate 52-48 and the House 220 to 205.'), [
        '52=52/exact/-',
        '48=48/exact/-',
        '220=220/exact/-',
        '205=205/exact/-',
      ]);
      assert.deepEqual(counts('The Yankees beat the Mets 5-3 and the Red Sox 4 to 2.'), []);
      // a run of joined tallies is looked back at one step only: a long one annotates without exhausting the stack
      assert.doesNotThrow(() => counts('52-48 and 220 to 205 and '.repeat(20000)));
      // a team defeated is beaten by a score; a measure defeated by a vote
      assert.deepEqual(counts('Chicago defeated Boston 110-98.'), []);
      assert.deepEqual(counts('The measure was defeated 52-48.'), ['52=52/exact/-', '48=48/exact/-']);
      // a tally's zero is a count of votes; a score's is none, nor is a zero elsewhere
      assert.deepEqual(counts('The Senate approved the bill 7-0. The House voted 410 to 0.'), [
        '7=7/exact/-',
        '0=0/exact/-',
        '410=410/exact/-',
        '0=0/exact/-',
      ]);
      assert.deepEqual(counts('The Yankees won 7-0. Inflation was 0 in May.'), []);
      // whatever amounts its clause holds
      assert.deepEqual(counts('The committee voted 9-0 earlier this month to keep rates at 0.5 percent.'), [
        '9=9/exact/-',
        '0=0/exact/-',
      ]);
      // scores told with "to", in figures or words, after a verb of winning or before a word of a result
      assert.deepEqual(counts('They won the game 102 to 98. The Yankees beat Cleveland five to four.'), []);
      assert.deepEqual(counts('Chicago defeated Utah ninety to eighty-five; in a five to four win, the Mets led.'), []);
      assert.deepEqual(counts('The Lakers lost one hundred and two to ninety-eight.'), []);
      assert.deepEqual(counts('The Senate defeated the bill 52 to 47.'), ['52=52/exact/-', '47=47/exact/-']);
      assert.deepEqual(counts('The Celtics won 10 to 15 games.'), ['10 to 15 games=10-15/range/games']);
      // a winning margin too; votes won by are a tally
      assert.deepEqual(counts('Pakistan beat New Zealand by 46 runs; England won by three wickets.'), []);
      // an adjective after the noun tells its state and ends the phrase
      assert.deepEqual(counts('The Senate voted, with one senator absent and two crew members aboard.'), [
        'one senator=1/exact/senator',
        'two crew members=2/exact/members',
      ]);
      // how the issues of a market's tally stand is no noun of theirs
      assert.deepEqual(counts('Decliners led advancers 1,024 to 601, with 472 unchanged and 300 higher issues.'), [
        '1,024=1024/exact/-',
        '601=601/exact/-',
        '472=472/exact/issues',
        '300 higher issues=300/exact/issues',
      ]);
      // a batsman's runs; what someone went out for is counted
      assert.deepEqual(counts('Taylor was out for 45 and Waugh unbeaten on 102; he went out for 3 beers.'), [
        '3 beers=3/exact/beers',
      ]);
      assert.deepEqual(counts('He won by 5,000 votes.'), ['5,000 votes=5000/exact/votes']);
      // how far a rival stands is a score; seats behind a party are seats
      assert.deepEqual(counts('He finished two strokes behind; Milan are three points clear.'), []);
      assert.deepEqual(counts('The party won 12 seats, three seats behind the Tories.'), [
        '12 seats=12/exact/seats',
        'three seats=3/exact/seats',
      ]);
      // a part of a length is a length
      assert.deepEqual(counts('He served 10 of his 15 years in jail; three of the 12 jurors were women.'), [
        'three=3/exact/jurors',
        '12 jurors=12/exact/jurors',
      ]);
      // a dash that opens the text stands before no tally (this threw once)
      assert.deepEqual(counts('-7 men left.'), ['7 men=7/exact/men']);
    });
    it('earnings-table rows of shares, with the label as the noun', () => {
      assert.deepEqual(counts('Net 12.6 mln vs 15.8 mln\nAvg shrs 2,332,397 vs 1,428,000\nShr 45 cts vs 58 cts'), [
        '2,332,397=2332397/exact/shrs',
        '1,428,000=1428000/exact/shrs',
      ]);
      // a figure with a plural of its own counts it in any row, and so does the figure it is compared with
      assert.deepEqual(counts('Sales 2.3 billion vs 2.1 billion, 1,340 stores vs 1,200 a year ago.'), [
        '1,340 stores=1340/exact/stores',
        '1,200=1200/exact/stores',
      ]);
      assert.deepEqual(counts('Shr 45 cts vs 58 cts\nRevs 2.3 bln vs 2.1 bln'), []);
    });
    it('ranges with "or" and with a hyphen before a noun', () => {
      assert.deepEqual(counts('two or three representatives, about 20-25 stores'), [
        'two or three representatives=2-3/range/representatives',
        'about 20-25 stores=20-25/range/stores',
      ]);
    });
    it('fractions of a million', () => {
      assert.deepEqual(counts('half a million refugees and a quarter million troops'), [
        'half a million refugees=500000/exact/refugees',
        'a quarter million troops=250000/exact/troops',
      ]);
      assert.deepEqual(counts('half a dozen countries'), ['half a dozen countries=6/exact/countries']);
      // "of a", a hyphen, and a half after a whole number before its scale; not a half of a length or of the staff
      assert.deepEqual(counts('a quarter of a million people, a half-million troops, one and a half million voters'), [
        'a quarter of a million people=250000/exact/people',
        'a half-million troops=500000/exact/troops',
        'one and a half million voters=1500000/exact/voters',
      ]);
      assert.deepEqual(counts('two and a half years, half of the staff'), []);
      // a hundred and its tail; a decimal said in words before its scale (not "at one point six people")
      assert.deepEqual(counts('more than a million people fled; a million dollars'), [
        'more than a million people=1000000/more-than/people',
      ]);
      assert.deepEqual(counts('a hundred thirty million people, some two point five million voters'), [
        'a hundred thirty million people=130000000/exact/people',
        'some two point five million voters=2500000/approx/voters',
      ]);
      assert.deepEqual(counts('worth one point six billion dollars. At one point six people left.'), [
        'six people=6/exact/people',
      ]);
      // a decimal said in words is one number: a percentage, not "four" and "percent"
      assert.deepEqual(counts('Unemployment fell to four point six percent; two point five liters.'), []);
      // a decimal said in words is no count without a scale, whatever follows it
      assert.deepEqual(counts('The quake measured six point five on the Richter scale.'), []);
      // the half glued by hyphens reads the same
      assert.deepEqual(counts('two-and-a-half million voters, five-and-a-half months'), [
        'two-and-a-half million voters=2500000/exact/voters',
      ]);
    });
    it('"several hundred", "a few thousand", "hundreds of thousands", "tens of thousands" (COUNTS.md)', () => {
      assert.deepEqual(
        counts(
          'several hundred students, a few thousand troops, hundreds of thousands of people and tens of thousands of refugees',
        ),
        [
          'several hundred students=200/at-least/students',
          'a few thousand troops=2000/at-least/troops',
          'hundreds of thousands of people=200000/at-least/people',
          'tens of thousands of refugees=20000/at-least/refugees',
        ],
      );
    });
    it('vague plurals as at least two of the unit', () => {
      assert.deepEqual(counts('Dozens of envoys and hundreds of people, thousands of miles away'), [
        'Dozens of envoys=24/at-least/envoys',
        'hundreds of people=200/at-least/people',
      ]);
      // past a determiner or "such" to the noun, as "one of the X" is read
      assert.deepEqual(counts('Thousands of these refugees fled; scores of such products sold.'), [
        'Thousands of these refugees=2000/at-least/refugees',
        'scores of such products=40/at-least/products',
      ]);
    });
    it('numbers standing alone, as gold cardinals are marked', () => {
      assert.deepEqual(counts('One of the men said two were hurt.'), ['One=1/exact/men', 'two=2/exact/-']);
      assert.deepEqual(counts('The one who left, this one and every one of them help one another.'), []);
      assert.deepEqual(counts('Not any one manufacturer'), ['one manufacturer=1/exact/manufacturer']);
      assert.deepEqual(counts('Only one of the four candidates won.'), [
        'one=1/exact/candidates',
        'four candidates=4/exact/candidates',
      ]);
      // a verb after a bare count is what the count did
      assert.deepEqual(counts('Police said 3 died and two fled, while 21 diplomats left.'), [
        '3=3/exact/-',
        'two=2/exact/-',
        '21 diplomats=21/exact/diplomats',
      ]);
      // a vague plural on its own: at least two of its unit, counting what the sentence does not name
      assert.deepEqual(counts('Thousands marched and hundreds were arrested; dozens more, but scores were level.'), [
        'Thousands=2000/at-least/-',
        'hundreds=200/at-least/-',
        'dozens=24/at-least/-',
      ]);
    });
    it('stated totals', () => {
      // the total flag: a clause that opens by saying so, "a total of", "in all" after the noun; not a count alone
      const totals = (text: string) =>
        annotate(text, { articleDate: '2022-03-30' }).annotations.flatMap((a) =>
          a.kind === 'count' ? [`${a.count.value}:${a.count.total === true}`] : [],
        );
      assert.deepEqual(totals('In total, more than 150 diplomats left. In all, 43 envoys went. Altogether, 12 did.'), [
        '150:true',
        '43:true',
        '12:true',
      ]);
      assert.deepEqual(totals('removed a total of 21 diplomats; 12 diplomats in all; 7 envoys left'), [
        '21:true',
        '12:true',
        '7:false',
      ]);
      // "a combined" states the sum too; "combined" alone is no article's
      assert.deepEqual(totals('expelled a combined 20 diplomats; the combined 3 teams'), ['20:true', '3:false']);
      const c = counts('removed a total of 21 diplomats; 12 diplomats in all');
      assert.deepEqual(c, ['a total of 21 diplomats=21/exact/diplomats', '12 diplomats=12/exact/diplomats']);
    });
  });
  describe('does not take', () => {
    it('the cells of tables, results lists, squads and telephone numbers, which stand among names and figures', () => {
      assert.deepEqual(counts('W L T GF GA PTS\nDETROIT 15 9 4 81 53 34\nDALLAS 16 10 1 77 66 33'), []);
      assert.deepEqual(counts('Results: Barnet 3 Wycombe 3 Blackpool 0 Hednesford 1'), []);
      // the home team in capitals, and the row's last figure at its end; a headline's capitals have no such row
      assert.deepEqual(
        counts('NHL results: Hartford 4 BOSTON 2 FLORIDA 4 Ny Islanders 2 Tampa Bay 2 LOS ANGELES 1'),
        [],
      );
      assert.deepEqual(counts('GUNMEN WOUND 2 MANCHESTER UNITED FANS'), ['2 MANCHESTER UNITED FANS=2/exact/FANS']);
      // a match's scorers with their minutes, the list on the line after "Scorers :"; the next sentence counts again
      assert.deepEqual(
        counts('Scorers :\nAly Ashour 7 , 56 penalty , Mohamed Ouda 24 , 73\nSome 3,000 fans rioted .'),
        ['Some 3,000 fans=3000/approx/fans'],
      );
      assert.deepEqual(counts('Standings: 1. Pernilla Wiberg ( Sweden ) 180 2. Hilde Gerg ( Germany ) 130'), []);
      assert.deepEqual(counts('Australia - 15 - Matthew Burke ; 14 - Joe Roff , 13 - Daniel Herbert'), []);
      assert.deepEqual(counts('-- Warsaw Newsroom +48 22 653 9700'), []);
      // an area code in brackets before the local number; a bracketed count before other figures stays
      assert.deepEqual(counts('-- Bangkok newsroom ( 662 ) 652-0642'), []);
      // a list of scorers' tallies, each before a dash and a name, after a name's bracketed club
      assert.deepEqual(
        counts(
          'Leading scorers: 13 - Ian Wright ( Arsenal ) 9 - Fabrizio Ravanelli ( Middlesbrough ) 8 - Alan Shearer',
        ),
        [],
      );
      assert.deepEqual(counts('The firms (12) hired 300 staff.'), ['12=12/exact/-', '300 staff=300/exact/staff']);
      // the last cell of a row is no count of the next row's label
      assert.deepEqual(
        counts('Start Stocks 1,009 1,009 717 717 Domestic Use 599 579 543 543 Exports 450 475 395 395'),
        [],
      );
      // a figure with its noun in a table still counts; so do bare figures in prose and capitals headlines
      assert.deepEqual(counts('Avg shrs 2,332,397 vs 1,428,000'), [
        '2,332,397=2332397/exact/shrs',
        '1,428,000=1428000/exact/shrs',
      ]);
      // a row of one period has its label right before the figure
      assert.deepEqual(counts('Avg shrs 4,500,000'), ['4,500,000=4500000/exact/shrs']);
      assert.deepEqual(counts('Of the eight victims, three were stabbed.'), [
        'eight victims=8/exact/victims',
        'three=3/exact/victims',
      ]);
      // a past form right after the figure is its verb ("41 represented holdings"), unless a noun and its verb follow
      assert.deepEqual(counts('Of these 43 reductions, 41 represented holdings of over 25 pct.'), [
        '43 reductions=43/exact/reductions',
        '41=41/exact/reductions',
      ]);
      assert.deepEqual(counts('Of the 12 soldiers, three wounded civilians fled.'), [
        '12 soldiers=12/exact/soldiers',
        'three wounded civilians=3/exact/civilians',
      ]);
      // a length's unit is no thing a figure changes from ("in the past 10 years from 1.80 billion" is money's)
      assert.deepEqual(
        counts('Holdings fell to 1.70 billion marks, from 1.95 billion in the past 10 years from 1.80 billion.'),
        [],
      );
      // a model in the plural is the noun ("FOUR 747-400S"); a model before a noun is its modifier
      assert.deepEqual(counts("QANTAS TO BUY FOUR 747-400'S"), ["FOUR 747-400'S=4/exact/747-400'S"]);
      // a model named by letters and one digit in the plural is the head too
      assert.deepEqual(counts('Texas Air ordered 20 DC-9s and six MD-80s.'), [
        '20 DC-9s=20/exact/DC-9s',
        'six MD-80s=6/exact/MD-80s',
      ]);
      assert.deepEqual(counts('It bought five 737-400s and two 747-400s engines.'), [
        'five 737-400s=5/exact/737-400s',
        'two 747-400s engines=2/exact/engines',
      ]);
    });
    it('money, percentages and measures', () => {
      assert.deepEqual(counts('$5 million, 20 percent, 5 km, 20 tonnes, 90 horsepower, 220 volts'), []);
      assert.deepEqual(counts('5 bucks, 90 kg, 2 tablespoons, 3 pints, 512 megabytes, 2 gigabytes, 120 kph'), []);
      // the currency before its amount, as some wires write it; a capital before a figure is no currency
      assert.deepEqual(counts('a ransom of dlrs 1 million, a reward of up to dlrs 2 million'), []);
      // capitalized where a sentence or a headline starts
      assert.deepEqual(counts('Dlrs 45 million was paid. DLRS 12 MLN PAID.'), []);
      assert.deepEqual(counts('the Mark 5 has 12 seats'), ['12 seats=12/exact/seats']);
      assert.deepEqual(counts('shares rose 15 pence to 362 pence; it injected 100 million Finnish markkaa'), []);
      // what the counted own is money: so is the figure ("billions of investors' dollars"); other things they own are counted with them
      assert.deepEqual(counts("Billions of investors' dollars are pouring out. Five soldiers' bodies were found."), [
        'Five soldiers=5/exact/soldiers',
      ]);
      // seasons told over are how long, not how many
      assert.deepEqual(counts('Violence has flared for the past three summers; two winters ago it snowed.'), []);
      // members of a list whose last is glued to a unit share it; quotes in a clause of amounts; a misspelt scale
      assert.deepEqual(
        counts(
          'rates were put at 5-3/4 pct after quotes ranging between seven, six. One, three, and six-month deposits',
        ),
        [],
      );
      // or carries it apart ("six, nine and 12 months"), as with hyphens glued after each ("two-, three- and five-year")
      assert.deepEqual(
        counts('CDs for six, nine and 12 months; two-, three- and five-year notes; 4, 5 or 6 tonnes.'),
        [],
      );
      // a figure set against a length right before it is a length in its unit; one a length leads up to stays a count
      assert.deepEqual(
        counts(
          'It has six months instead of three to sell. The term was cut to two years from five. The strike lasted 12 days, against 20 in 1985. It ran from two years to five.',
        ),
        [],
      );
      assert.deepEqual(counts('The staff grew over two years to 300.'), ['300=300/exact/-']);
      assert.deepEqual(counts('It bought four, five and six trucks.'), [
        'four=4/exact/trucks',
        'five=5/exact/trucks',
        'six trucks=6/exact/trucks',
      ]);
      assert.deepEqual(counts('It would be worth three to 3.5 bilion dlrs.'), []);
      // a graded adjective's pronoun "one", "one" in a compound's modifier after "a", an item's number in a list
      assert.deepEqual(
        counts(
          'It is the most controversial one because of the deficit. It was a one shot deal. The terms: 1) Reviews will be held. 2) If prices fall, it buys.',
        ),
        [],
      );
      // a currency named in full, Special Drawing Rights, hectares, a part of a mass, a share price told in words
      assert.deepEqual(
        counts(
          'It would save some two billion European Currency Units. The level of 1,600 SDRs was hit; plantings of 270,000 ha fell. Output was 1,300 tonnes of gold ore and 3,700 of black ore. Shares eased, slipping five to 165.',
        ),
        [],
      );
      // "under one" is no bound; a collective's size "strong" names no noun, nor takes the one before it
      assert.deepEqual(
        counts(
          'It will bring the mines under one management structure and cut 420 jobs from the 5,000 strong workforce.',
        ),
        ['one management structure=1/exact/structure', '420 jobs=420/exact/jobs', '5,000=5000/exact/-'],
      );
      // a quote with the last one in brackets, and the days listed after a month
      assert.deepEqual(
        counts(
          'Prices (last week in brackets) - Brazil quals 100 (102), Colombia Excelso 105 (110), Salvador 110 (same). The strikes are set for April 2, 7, 8, 21 and 22.',
        ),
        [],
      );
      // (a figure restated in digits still counts, and so does a count after a day told with a comma)
      assert.deepEqual(counts('It must deliver sixteen (16) units. On March 3, 12 people were killed.'), [
        'sixteen=16/exact/-',
        '16=16/exact/-',
        '12 people=12/exact/people',
      ]);
      // a union's local and a year told by number, a ticker in angle brackets, "one" standing for a noun
      assert.deepEqual(
        counts(
          'UFCW local 222 voted. By the year 2,000 all will change. FORUM <FOUR> ENDS PURCHASE. This one leaked out. The fund, one of 30 mln dlrs, grew. The market -- one which has been volatile -- fell.',
        ),
        [],
      );
      // also an amount's scale that counts nothing; one of a scaled number of people is one of them
      assert.deepEqual(counts('It sees a deficit of 2.2 billion dlrs after one of 2.4 billion last year.'), []);
      assert.deepEqual(counts('He is one of 1.2 billion Indians.'), [
        'one=1/exact/Indians',
        '1.2 billion Indians=1200000000/exact/Indians',
      ]);
      assert.deepEqual(counts('Elian was one of 13 Cubans.'), ['one=1/exact/Cubans', '13 Cubans=13/exact/Cubans']);
      assert.deepEqual(counts('Nineteen out of 50 African governments failed to answer.'), [
        'Nineteen=19/exact/governments',
        '50 African governments=50/exact/governments',
      ]);
      // a class of shares in quotes stands between the figure and its noun
      assert.deepEqual(counts('It holds 14 mln "B" shares and five “A” warrants.'), [
        '14 mln "B" shares=14000000/exact/shares',
        'five “A” warrants=5/exact/warrants',
      ]);
      // past a participle (and its adverb) to the whole's figure
      assert.deepEqual(counts('The LDP lost 92 of its previously held 1,487 seats.'), [
        '92=92/exact/seats',
        '1,487 seats=1487/exact/seats',
      ]);
      // a part "including" takes the whole's noun, not the whole the part's
      assert.deepEqual(counts('It filed to offer 912,000 common shares, including 162,000 to be sold by a holder.'), [
        '912,000 common shares=912000/exact/shares',
        '162,000=162000/exact/shares',
      ]);
      assert.deepEqual(counts('At least 74, including eight Americans, were killed.'), [
        'At least 74=74/at-least/-',
        'eight Americans=8/exact/Americans',
      ]);
      // and the whole after "out of" takes the part's noun
      assert.deepEqual(counts('It holds 37 votes out of approximately 2,800.'), [
        '37 votes=37/exact/votes',
        'approximately 2,800=2800/approx/votes',
      ]);
      // "the one" or "the current one" before its participle stands for a noun too ("the one man killed" counts)
      assert.deepEqual(
        counts('It differs from the one reached a year ago. It will replace the current one operated by GSA.'),
        [],
      );
      assert.deepEqual(counts('The one man killed was a guard.'), ['one man=1/exact/man']);
      // a figure that ends a change takes the plural that is the change's subject; not a plural after a preposition
      assert.deepEqual(counts('Its outstanding shares fell to 109 mln from 129 mln.'), [
        '109 mln=109000000/exact/shares',
        '129 mln=129000000/exact/shares',
      ]);
      assert.deepEqual(counts('Employment in manufacturing industries fell 430,000. Membership rose to 100 from 88.'), [
        '430,000=430000/exact/-',
        '100=100/exact/-',
        '88=88/exact/-',
      ]);
      // "elsewhere" is no noun: the figure takes the other's
      assert.deepEqual(counts('It had 369 domestic institutions and 347 elsewhere.'), [
        '369 domestic institutions=369/exact/institutions',
        '347=347/exact/institutions',
      ]);
      // nor are adverbs of where: "statewide", "throughout"
      assert.deepEqual(counts('It will close 11 offices, reducing its offices to 81 statewide.'), [
        '11 offices=11/exact/offices',
        '81=81/exact/offices',
      ]);
      assert.deepEqual(counts('It aims to have 25,000 throughout Europe.'), ['25,000=25000/exact/-']);
      // a measure or a currency's small unit past the words before it, an octane rating
      assert.deepEqual(
        counts(
          'It accepted 10,572,402 more acres and 1,200 erodible acres. The dollar rose about five pfennigs. 92-octane petrol rose.',
        ),
        [],
      );
      // an engine's capacity in cc, an area in sq ft or sq km
      assert.deepEqual(
        counts(
          'It makes 1,100 cc and 1,200 cc motorcycles. The hotel stands on a 26,700 sq ft site. The 1,137 sq km block.',
        ),
        [],
      );
      // a figure right after a name in title case is the name's: a model, a series
      assert.deepEqual(
        counts(
          'It mailed certificates to owners of Audi 5000 vehicles. It will stage the Formula One Grand Prix race. Workers produce the Pontiac 6000 models.',
        ),
        [],
      );
      // (not a function word the wire capitalized)
      assert.deepEqual(counts('It is followed by the U.S. With 22 banks.'), ['22 banks=22/exact/banks']);
      // a time unit is a length's, past the words before it
      assert.deepEqual(
        counts(
          'The contract runs one year, plus two option years. Calls follow if the price holds for 20 consecutive trading days.',
        ),
        [],
      );
      assert.deepEqual(counts('It sold 20 trading systems in two years.'), ['20 trading systems=20/exact/systems']);
      // what an amount changes by or is measured against
      assert.deepEqual(counts('a 14.1 mln increase in provisions, far above the 235,000 forecast'), []);
      // a rate without a noun is a measure too; a figure "a year ago" is no rate
      assert.deepEqual(counts('creating jobs at a rate of 358,000 a month'), []);
      assert.deepEqual(counts('sales topped 5,000 cars a year ago'), ['5,000 cars=5000/exact/cars']);
      // the unit after the second of two figures is the first's too; a price of one currency in another
      assert.deepEqual(counts('The rubber works at 250 centigrade; to keep the yen at above 150, at least 200 died'), [
        'at least 200=200/at-least/-',
      ]);
      assert.deepEqual(counts('Rain totalled five and 40 mm in Misiones, and 38 to 42 dlrs a share was paid.'), []);
      // a rate of both figures after the second's noun; a range of things counted once stays
      assert.deepEqual(counts('It expects to launch from six to eight satellites a year.'), []);
      assert.deepEqual(counts('It expects to launch six to eight satellites.'), [
        'six to eight satellites=6-8/range/satellites',
      ]);
      assert.deepEqual(counts('The yen should stabilize at 152 to 153 to the U.S. Dollar, or 160 per dollar.'), []);
      assert.deepEqual(counts('He owns 12 to 15 shops and sold 3,000 to the public.'), [
        '12 to 15 shops=12-15/range/shops',
        '3,000=3000/exact/-',
      ]);
      // the other end of a change in a clause of amounts, a number word too ("said two were hurt" stays)
      assert.deepEqual(counts('It will boost output to 10 tonnes by March 1988 from two now.'), []);
      assert.deepEqual(counts('Sales rose 5 mln dlrs and two were hurt.'), ['two=2/exact/-']);
      assert.deepEqual(counts('it exported 59,960 quintales; 600 kgs of explosive; 11 ships of 462,000 dwt'), [
        '11 ships=11/exact/ships',
      ]);
      // four digits without a separator that count nothing named: a clock, a model, a code; a noun keeps them
      assert.deepEqual(
        counts(
          'Trading starts at 1330 instead of the current 1300. IBM ships its 9370 soon; about 1700 lawsuits were filed.',
        ),
        ['about 1700 lawsuits=1700/approx/lawsuits'],
      );
      // gross tonnage, a ship's size
      assert.deepEqual(counts('orders for 122 ships of 3.70 mln gt and 314,000 grt'), ['122 ships=122/exact/ships']);
      // currencies the wire names by abbreviation or plural, bushels as "bu", a ship's size, the plural of "mln"
      assert.deepEqual(
        counts(
          'It raised 100 mln Aus dlrs, six mln dls, 60 MLN SFR, 24.3 billion punts and 407.9 mln kyats, some 280 mlns stg, 30,000 bu of corn, for a 60,000-tonner and 12 ships.',
        ),
        ['12 ships=12/exact/ships'],
      );
      // a grain basis under or over the futures, or unchanged
      assert.deepEqual(counts('CORN TOLEDO 5 UND MAY UNC 1 OVR MAY UP 2, Jne 133 unch, and 6 ships loaded'), [
        '6 ships=6/exact/ships',
      ]);
      // the figures of a dimension
      assert.deepEqual(counts('It supports 640 x 480 pixels and 1024 x 768 addressability on 3 models.'), [
        '3 models=3/exact/models',
      ]);
      // more currencies and measures the wire writes
      assert.deepEqual(
        counts(
          'a 750 mln peseta limit, 66 billion bolivares, five piasters, 752 mln bbls, 100 grammes, 19,267,000 cwts, 910,000 ldt, 14 carat gold, 250 milliseconds and 50 hertz, with 3 plants',
        ),
        ['3 plants=3/exact/plants'],
      );
      // volumes in thousands or hundreds of litres
      assert.deepEqual(counts('four kiloliters of condensate and 42.1 mln hectoliters of beer from 3 wells'), [
        '3 wells=3/exact/wells',
      ]);
      // gas by volume or heat ("mcf", a thousand cubic feet)
      assert.deepEqual(counts('it took 75 mcf of contract gas, 2 bcf in storage and 40,000 mmbtu from 12 wells'), [
        '12 wells=12/exact/wells',
      ]);
      assert.deepEqual(counts('a one-time charge, 486-based machines, two-hundredths of a second'), []);
      // a rating or a rank in stars; a flag's stars are things
      assert.deepEqual(counts('said four-star Gen. Dailey of the five-star resorts, with 50 stars'), [
        '50 stars=50/exact/stars',
      ]);
      // an amount followed by an adverb or a predicative adjective names no noun ("71.25 mln due"); one
      // "outstanding" is the shares that are
      assert.deepEqual(counts('It missed a payment of 71.25 mln due on May 1; it holds 1.2 mln total.'), []);
      // (what was paid is money: "It paid 5 mln apiece" is no count at all)
      assert.deepEqual(counts('It paid 5 mln apiece.'), []);
      assert.deepEqual(counts('It sold 5 mln apiece and issued 2 mln yesterday.'), [
        '5 mln=5000000/exact/-',
        '2 mln=2000000/exact/-',
      ]);
      assert.deepEqual(counts('It bought 10.4% of the 9.6 million outstanding.'), ['9.6 million=9600000/exact/-']);
      // "one" after an article and an adjective is a pronoun; "of which" in a money sentence is money
      assert.deepEqual(counts('It will replace an identical one that was destroyed; the only one left.'), []);
      // an apposition that stands for the noun before it; people keep their count
      assert.deepEqual(counts('It was a goal, one that grew out of a desire; a plan, one which failed.'), []);
      // so is a second of the kind after "and"; people keep their count
      assert.deepEqual(
        counts('an economy that grew and one that boasts jobs; two men died and one who was shot lived'),
        ['two men=2/exact/men', 'one=1/exact/-'],
      );
      assert.deepEqual(counts('Two men died, one who had been shot.'), ['Two men=2/exact/men', 'one=1/exact/-']);
      assert.deepEqual(counts('Taxes were 749 mln francs above forecast, 378 mln of which came from sales.'), []);
      assert.deepEqual(counts('Any one manufacturer may bid; it has 500 workers, 300 of whom are women.'), [
        'one manufacturer=1/exact/manufacturer',
        '500 workers=500/exact/workers',
        '300=300/exact/-',
      ]);
      // ages told with a copula, index levels in a clause naming the index
      assert.deepEqual(counts('He is 54 and has 3 children. She left Cuba when she was 4.'), [
        '3 children=3/exact/children',
      ]);
      // so is a surname's, ending its clause ("The toll is 54." stays a count)
      assert.deepEqual(counts('Pickens is 58. Tanaka, who was 61, left.'), []);
      // the age a person turns; what someone turned away is counted
      assert.deepEqual(counts('Smith, who turns 40 next month, turned 500 people away.'), [
        '500 people=500/exact/people',
      ]);
      assert.deepEqual(counts('The Dow rose 12.5 to 2,345.'), []);
      // a figure named as one thing: a determiner and a singular verb, or five digits and more run together
      assert.deepEqual(counts("The 486 is Intel's flagship; its earlier model, 80386, was slow."), []);
      assert.deepEqual(counts('The 12 were freed; NATO grew from 16 members to 19 has been the aim.'), [
        '12=12/exact/-',
        '16 members=16/exact/members',
        '19=19/exact/members',
      ]);
      assert.deepEqual(counts('The toll is 54. The index of 30 stocks rose.'), [
        '54=54/exact/-',
        '30 stocks=30/exact/stocks',
      ]);
      assert.deepEqual(counts('The index fell 12.5 points, a 32-bit chip'), []);
    });
    it('the wire’s money, shares and measures, with a qualifier between number and unit', () => {
      assert.deepEqual(
        counts(
          '45 mln dlrs, 12 cts, 1.2 bln stg, 55 pct, 7.15 billion N.Z. dlrs, 5,988 short tons, 40 mln Canadian dlr',
        ),
        [],
      );
      // metric tonnes as the wire's fixtures write them, before what is shipped
      assert.deepEqual(counts('Santos/Taiwan 54,000 mt hss; Rouen/Algeria 25,000 mt bulk barley, 14,000 mt.'), []);
      // (and a schilling, a computer's mips, and a rate after its article)
      assert.deepEqual(
        counts(
          'after the 181.5 mln schilling net profit; a capacity of four mips; Multi-family fell to a 534,000 rate.',
        ),
        [],
      );
      assert.deepEqual(counts('It offered two fixed rate tranches.'), ['two fixed rate tranches=2/exact/tranches']);
      // (and the wire's short names of a dollar's country)
      assert.deepEqual(counts('ISSUES 75 MLN CAN DLR BOND. It raised it to 75 mln Aust dlrs.'), []);
      assert.deepEqual(counts('38 to 42 dlrs a share, 300 mln yen, a 6.99 billion loss'), []);
      // Korea's won after a scale; the verb with its object stays a verb
      assert.deepEqual(counts('It will float 150 billion won in bonds. A party of 2 million won the vote.'), [
        '2 million=2000000/exact/-',
      ]);
      // the wire's singular degree before what it measures ("37 degree gravity oil"); the wells stay counted
      assert.deepEqual(counts('Three wells flowed 567 barrels of 37 degree gravity oil and 42 degree API crude.'), [
        'Three wells=3/exact/wells',
      ]);
    });
    it('elliptical figures in a money clause, and earnings-table rows', () => {
      assert.deepEqual(counts('Loans fell 195 mln dlrs to 65.06 billion in the week.'), []);
      assert.deepEqual(counts('Net 12.6 mln vs 15.8 mln\nRevs 337.3 mln vs 315.2 mln'), []);
      // a price spread or a basis quote "over" or "under" a month or another figure;
      // not a change over a year
      assert.deepEqual(
        counts('Jul/May 3-1/4 over 3-1/2 over\n\nSep/May 5 under 5 under\n\nCORN SPOT, 4 UNDER MAY.'),
        [],
      );
      assert.deepEqual(counts('Its workforce stood at a record 39,800, a rise of 3,400 over 1985.'), [
        '39,800=39800/exact/-',
        '3,400=3400/exact/-',
      ]);
      // a quote told with its change; not a count's change "up from"
      assert.deepEqual(counts('WHEAT MAY7 285 UP 1 1/2. CRA closed 10 up at 7.80. GOLD total 96,547 off 1/2.'), []);
      assert.deepEqual(counts('The count was 748 rigs, and 131 up from 120 in Canada.'), [
        '748 rigs=748/exact/rigs',
        '131=131/exact/rigs',
        '120=120/exact/rigs',
      ]);
      // and so are the figures of its note, but for a plural
      assert.deepEqual(
        counts(
          'Net 12.6 mln vs 15.8 mln\n\nNote: Oper excludes tax credits of 180,000 and 415,000. 1985 net includes 788,000 credit. Company issued 166,750 shares in December.',
        ),
        ['166,750 shares=166750/exact/shares'],
      );
      // a money row without a figure to compare is money too; a row label inside a sentence is no label
      assert.deepEqual(counts('Shr 19 cts\n\nNet 653,000\n\nNet loss 4,192,613\n\nSales 3,300,000'), []);
      assert.deepEqual(counts('Sales 1,200 units\n\nIt said net 300 stores opened.'), [
        '1,200 units=1200/exact/units',
        '300 stores=300/exact/stores',
      ]);
      // ... but a figure at a price, after a count of things sold at a price, is more of those things
      assert.deepEqual(counts('It sold 1.5 mln shares at 12-3/4 dlrs each and 200,000 at 13.'), [
        '1.5 mln shares=1500000/exact/shares',
        '200,000=200000/exact/shares',
      ]);
      assert.deepEqual(counts('It lent 1.5 mln dlrs at 12 pct and 200,000 at 13 pct.'), []);
    });
    it('decimals without a scale, ratios, fractions, rates and days of a month', () => {
      assert.deepEqual(
        counts('traded at 12.5, a two-for-one split, a two for one split, two-thirds of it, 5/8ths'),
        [],
      );
      assert.deepEqual(counts('about two-sevenths of the outlay, only one seventh of its land, five ninths of it'), []);
      // a mixed number's ratio too
      assert.deepEqual(counts('Holders approved a 2-1/2-for-1 common stock split.'), []);
      assert.deepEqual(counts('4,000 contracts a day, 3,000 calls per hour, payable April one, record May Five'), []);
      // an adverb of frequency that closes the phrase is a rate too
      assert.deepEqual(counts('It traded 42,000 contracts daily, and 40,000 cases annually.'), []);
      // (a purpose after a rate keeps it one; the time given to people to act is no rate)
      assert.deepEqual(counts('It makes 500 cars a day to meet demand.'), []);
      // a verb's base form after a number above one is the clause's verb; invariant plurals and compounds keep their nouns
      assert.deepEqual(
        counts('Lawson will speak when the two meet again next month; the three agree on most things.'),
        ['two=2/exact/-', 'three=3/exact/-'],
      );
      assert.deepEqual(counts('Only a handful have such laws, and fewer than a dozen enforce them.'), [
        'fewer than a dozen=12/less-than/-',
      ]);
      assert.deepEqual(counts('The 50 staff on board left with 300 head of cattle.'), [
        '50 staff=50/exact/staff',
        '300 head=300/exact/head',
      ]);
      // the wire's and the chat's time units are lengths ("back in 3 min", "for 3 hrs", "5 mins")
      assert.deepEqual(counts("I'll be back in 3 min, or leave for 3 hrs; in 5 mins."), []);
      // how often is a rate ("two daily flights"); how people are paid classes them ("4,500 hourly workers")
      assert.deepEqual(counts('It runs two daily flights and employs about 4,500 hourly and salaried workers.'), [
        'about 4,500 hourly and salaried workers=4500/approx/workers',
      ]);
      assert.deepEqual(counts('Britain gave 23 Russian diplomats a week to leave.'), [
        '23 Russian diplomats=23/exact/diplomats',
      ]);
      // and so is what a rate is at (COUNTS.md: "an annual rate of 2.1 mln units")
      assert.deepEqual(
        counts('Starts rose to an annual rate of 1.8 mln units; sales ran at a rate of about 4,000.'),
        [],
      );
      assert.deepEqual(counts('The plant cut 1.8 mln units of output.'), ['1.8 mln units=1800000/exact/units']);
      // the emergency number dialled is no count; calls counted are
      assert.deepEqual(counts('Operators took 911 calls; a 999 operator answered 300 calls.'), [
        '300 calls=300/exact/calls',
      ]);
      // a magnitude is a measure (COUNTS.md)
      assert.deepEqual(counts('A magnitude 6 earthquake strikes; the magnitude 7 quake hit 40 towns.'), [
        '40 towns=40/exact/towns',
      ]);
      // a size told in things (a measure, COUNTS.md); things counted before another adjective stay counts
      assert.deepEqual(counts('The form is 79 lines long, a tower 12 storeys high; 40 people happy to help.'), [
        '40 people=40/exact/people',
      ]);
      // a multiplier's range too: the unit after the upper end says what both figures are
      assert.deepEqual(counts('a drug 50 to 100 times more potent, between five and 10 times larger; 5 to 10 cars'), [
        '5 to 10 cars=5-10/range/cars',
      ]);
      // a decimal written from its point, also after a figure of another column ("W L PCT": "14 5 .737")
      assert.deepEqual(counts('He hit .312; MIAMI 14 5 .737 - NEW YORK. 737 people came.'), [
        '737 people=737/exact/people',
      ]);
      assert.deepEqual(counts('in each of the two previous months; zero-coupon bonds'), []);
      // so many per so many
      assert.deepEqual(
        counts(
          'a ratio of nine to one; one share in Cavendish for every four held; one additional share to each share; a warrant for each three shares',
        ),
        [],
      );
      // so many to one, both ends; a vote's tally and a change "from" a figure count
      assert.deepEqual(counts('She won by 2 to 1; they were outnumbered three to one.'), []);
      // a tally whose second figure starts with "one" is no "to one" ratio
      assert.deepEqual(counts('It passed by a vote of two hundred and fifty to one hundred and eighty.'), [
        'two hundred and fifty=250/exact/-',
        'one hundred and eighty=180/exact/-',
      ]);
      assert.deepEqual(counts('The council voted 6 to 1. Staff fell from 12 to 1.'), [
        '6=6/exact/-',
        '1=1/exact/-',
        '12=12/exact/-',
        '1=1/exact/-',
      ]);
      // "one in five": so many of every so many; not a count "in" a year
      assert.deepEqual(counts('One in five adults smoke, and 2 in 3 voters agree; 40 in 2012.'), ['40=40/exact/-']);
      // "out of" a round base, and "of" a round base of a people, are shares too; "one of 10 children" is a group
      assert.deepEqual(counts('Nine out of 10 doctors and 6 of 10 Americans agree.'), []);
      assert.deepEqual(counts('She was one of 10 children; 10 of 12 victims came home.'), [
        'one=1/exact/children',
        '10 children=10/exact/children',
        '10=10/exact/victims',
        '12 victims=12/exact/victims',
      ]);
    });
    it('amounts inside a hyphenated compound: money, scales and measures', () => {
      assert.deepEqual(counts('its up to one-billion-dlr offering, a one-centimeter square chip'), []);
      assert.deepEqual(counts('a 20-member panel'), ['20-member=20/exact/member']);
      // a lead in points is a percent (COUNTS.md); points of a plan are counted
      assert.deepEqual(counts('a six point lead, a two-point margin'), []);
      assert.deepEqual(counts('a 10-point plan'), ['10-point=10/exact/point']);
      assert.deepEqual(counts('a 12-point peace plan'), ['12-point=12/exact/point']);
      // and so are an index's or a price's points, with or without a hyphen, singular or plural
      assert.deepEqual(counts('a 50-point drop; it ended one full point lower; shares rose one point to 45'), []);
      assert.deepEqual(counts('a three-point landing'), []);
      // a memory's or a line's capacity is a measure: "512-kilobit and one-megabit chips", "64 kb", "10 mbps"
      assert.deepEqual(counts("Seeq's 512-kilobit and one-megabit chips, 256-Kb EEPROMs, 64 kb at 10 mbps"), []);
      // a unit past a size glued to it is still the unit: "2.45 mln 60-kilo bags" of coffee, "500 50-kg sacks"
      assert.deepEqual(counts('a quota of 2.45 mln 60-kilo bags and 500 50-kg sacks'), []);
      // a temperature told from zero
      assert.deepEqual(counts('It fell to 20 below zero, and 20 people froze.'), ['20 people=20/exact/people']);
      // the lower end of a range whose upper end is glued to its unit: "a five to 10-year period"
      assert.deepEqual(counts('phased in over a five to 10-year period at five to 10 plants'), [
        'five to 10 plants=5-10/range/plants',
      ]);
      // a figure without a noun after a ratio named in its clause is the ratio's
      assert.deepEqual(
        counts('The gold/silver ratio narrowed from 74 to less than 67. The Frankfurt ratio compares with about 16.'),
        [],
      );
      assert.deepEqual(counts('It changed the ratio. Its shares fell to 109 mln shares from 129 mln.'), [
        '109 mln shares=109000000/exact/shares',
        '129 mln=129000000/exact/shares',
      ]);
      // and one whose upper end is written with a fraction
      assert.deepEqual(counts('Growth of three to 3-1/2 pct, an indicated coupon of six to 6-1/4 pct.'), []);
      assert.deepEqual(counts('512 chips'), ['512 chips=512/exact/chips']);
      // so is any margin glued to its unit (a score's); goals scored are counted
      assert.deepEqual(counts('a three-goal lead, a two-stroke advantage and two goals'), ['two goals=2/exact/goals']);
      // an ordinal in words is no count: "the twenty-first of march", "the forty-fifth president"
      assert.deepEqual(counts('set for the twenty-first of march by the forty-fifth president'), []);
    });
    it('the level of a measure the clause names is no count: "his approval rating rose to 65 from 60"', () => {
      assert.deepEqual(
        counts(
          "His approval rating rose to 65 from 60; the president's rating stood at sixty-five; the index was 120.",
        ),
        [],
      );
      // not a figure with its own noun, nor one past the clause's edge
      assert.deepEqual(counts('The birth rate fell as 65 babies were born. The rate fell, and 40 were hurt.'), [
        '65 babies=65/exact/babies',
        '40=40/exact/-',
      ]);
    });
    it('a whole with a fraction in words is how much: "three and a half points", "at twenty-three and a quarter"', () => {
      assert.deepEqual(counts('The stock fell three and a half points; it closed at twenty-three and a quarter.'), []);
      assert.deepEqual(
        counts('It makes up one-and-a-half to three per cent; he gets one-and-a-half times his pay.'),
        [],
      );
      // a scale after the fraction counts ("two and a half million people"); so does a scale before it
      assert.deepEqual(counts('Two and a half million people marched.'), [
        'Two and a half million people=2500000/exact/people',
      ]);
    });
    it('millions before a singular head: what the amount is worth, not what is counted', () => {
      assert.deepEqual(counts('They signed a 200 million deal with the bank.'), []);
      assert.deepEqual(counts('the five billion target can easily be reached'), []);
      assert.deepEqual(counts('forecasts of 125 mln to160 mln'), []);
      // the singular modifies a noun after it ("a 12-nation group"); a plural is what is counted
      assert.deepEqual(counts('PAINE WEBBER IN FOUR MLN SHARE OFFERING'), ['FOUR MLN SHARE=4000000/exact/SHARE']);
      assert.deepEqual(counts('a four mln share offering'), ['four mln share=4000000/exact/share']);
      assert.deepEqual(counts('It sold 1.5 million vehicles and 300 aircraft.'), [
        '1.5 million vehicles=1500000/exact/vehicles',
        '300 aircraft=300/exact/aircraft',
      ]);
      // people named by their state are people, however many (a word in -ed that is no verb's form too)
      assert.deepEqual(counts('There were 320,000 unemployed; 3.2 mln unemployed in all; 12 armed.'), [
        '320,000 unemployed=320000/exact/unemployed',
        '3.2 mln unemployed=3200000/exact/unemployed',
        '12=12/exact/-',
      ]);
      assert.deepEqual(counts('The hurricane left a million homeless and two million dead.'), [
        'a million homeless=1000000/exact/homeless',
        'two million dead=2000000/exact/dead',
      ]);
    });
    it('number words with a capital inside a name', () => {
      assert.deepEqual(counts('the Group of Five met and Fund Two paid; <Four Seasons Hotels Inc> said'), []);
      // a singular noun before the number labels one of many, unless a plural after it is counted
      assert.deepEqual(
        counts('the group eight clash, in round two, phase three; the final round six shots off the pace'),
        ['six shots=6/exact/shots'],
      );
      // a unit of time labels a day or a year of something, unless a determiner makes it a time before a count
      assert.deepEqual(counts('It happened on day two of the trial; in year one of the plan.'), []);
      assert.deepEqual(counts('The day two Russian diplomats were expelled; every day 200 people cross.'), [
        'two Russian diplomats=2/exact/diplomats',
        '200 people=200/exact/people',
      ]);
      // a collective's figure counts people and names no noun; a decimal with its scale is no amount then
      assert.deepEqual(counts("The population is 1.2 billion; the sector's 4,000 workforce; worth 1.2 billion"), [
        '1.2 billion=1200000000/exact/-',
        '4,000=4000/exact/-',
      ]);
      // nor takes the noun of a figure joined to it ("12 and 140 passengers" are passengers both)
      assert.deepEqual(counts('The plane had a crew of 12 and 140 passengers; it carried 12 and 140 passengers.'), [
        '12=12/exact/-',
        '140 passengers=140/exact/passengers',
        '12=12/exact/passengers',
        '140 passengers=140/exact/passengers',
      ]);
      // and so are the people a place "of" a figure holds (a deal "worth" one is money)
      assert.deepEqual(
        counts('The city of 1.3 million is big. China, a nation of 1.2 billion, grows. It is worth 1.3 million.'),
        ['1.3 million=1300000/exact/-', '1.2 billion=1200000000/exact/-'],
      );
      // whatever amounts the clause holds, as the people of a group are ("a crew of 24", "a staff of 40")
      assert.deepEqual(
        counts('The ship carried 1,200 tons of grain and a crew of 24. It dumped snow on the city of 2 million.'),
        ['24=24/exact/-', '2 million=2000000/exact/-'],
      );
      // so is the upper end "from" it "to" another ("rose 12 to 30" alone is a move and a price)
      assert.deepEqual(
        counts('The population rose from 2.1 million to 2.4 million; sales rose from 2.1 million to 2.4 million.'),
        ['2.1 million=2100000/exact/-', '2.4 million=2400000/exact/-'],
      );
      assert.deepEqual(counts('to the delight of the 42,442 crowd and its 3,000 membership'), [
        '42,442=42442/exact/-',
        '3,000=3000/exact/-',
      ]);
      // a toll put "at" a figure counts the dead, where a price "at" one is money; a verb in -s after the figure is no noun
      assert.deepEqual(counts('Officials put the death toll at 112. The stock closed at 74.'), ['112=112/exact/-']);
      assert.deepEqual(
        counts('Organisers put the number at 10,000 and the attendance at 4,500; the index was at 900.'),
        ['10,000=10000/exact/-', '4,500=4500/exact/-'],
      );
      assert.deepEqual(counts('The toll of 300 includes 12 children; one of the suspects a Briton.'), [
        '300=300/exact/-',
        '12 children=12/exact/children',
        'one=1/exact/suspects',
      ]);
      // so is one after "one" before its object ("One receives all the principal"), and "off" is no noun
      assert.deepEqual(counts('One receives all the principal. Law added 71 off 85 balls.'), [
        'One=1/exact/-',
        '71=71/exact/-',
        '85 balls=85/exact/balls',
      ]);
      // a forum named for its size, in digits too; not a group in lower case
      assert.deepEqual(counts('The Group of 77 developing countries met; a group of 12 countries left.'), [
        '12 countries=12/exact/countries',
      ]);
      // and in a headline in capitals
      assert.deepEqual(counts('GROUP OF FIVE MEETING ENDS\n\nGROUP OF 24 COUNTRIES CALLS FOR DEBT RELIEF'), []);
    });
    it('ages, ordinals, scores, phone and section numbers', () => {
      assert.deepEqual(counts('a 35-year-old, the 35th day, a 2-1 win, call 555-1234, Section 5, a 401(k) plan'), []);
      assert.deepEqual(counts('He lives in Apt. 4, works on Floor 3 and swam in lane 4.'), []);
      // hours, pairings and ratios glued with "to" or "on"; before a plural, a range
      assert.deepEqual(counts('a 9-to-5 job, a one-on-one meeting, a 2-to-1 margin'), []);
      assert.deepEqual(counts('They hired 20-25 people.'), ['20-25 people=20-25/range/people']);
    });
    it('a race named by its distance and run in a time; not a group "in" a place', () => {
      assert.deepEqual(counts('He won the 800 in 1:52 and she the 10,000 in 30 minutes.'), []);
      assert.deepEqual(counts('He saw the 300 in Kenya.'), ['300=300/exact/-']);
    });
    it('ages and street numbers', () => {
      assert.deepEqual(counts('He is 40 years old; his wife, 38, lives at 1600 Pennsylvania Avenue.'), []);
      // the age two people share; the base of a rate
      assert.deepEqual(counts('The two men, both 23, were charged. The rate was 7.5 per 1,000 births.'), [
        'two men=2/exact/men',
      ]);
      // ages in words, and a pair of ages after the people; not after a country (a tally)
      assert.deepEqual(
        counts('The senator, sixty-two, and his wife, thirty-eight, met the two men, 23 and 25, today.'),
        ['two men=2/exact/men'],
      );
      assert.deepEqual(counts('In Britain, 23 and 25, fell.'), ['23=23/exact/-', '25=25/exact/-']);
      // a range of ages: "in age" before it, or "years old" after its upper end; not "in number"
      assert.deepEqual(
        counts(
          'The victims ranged in age from 19 to 62; the others were from 20 to 30 years old, or 40 to 50 years old.',
        ),
        [],
      );
      assert.deepEqual(counts('The victims ranged in number from 19 to 62.'), ['19=19/exact/-', '62=62/exact/-']);
      // "the age of 30", "the ages of 18 and 25", an "under-21" side: ages, and age groups count no one; "under-age" is no age
      assert.deepEqual(counts('He retired at the age of 65; the ages of 18 and 25; the under-21 striker.'), []);
      // a list of ages after "ages" or "aged", every member (the children are counted, their ages not)
      assert.deepEqual(counts('They have three children, ages 4, 7 and 11; two sons aged 9 and 12.'), [
        'three children=3/exact/children',
        'two sons=2/exact/sons',
      ]);
      assert.deepEqual(counts('Over-40 voters and 12 under-age drinkers were there.'), [
        '12 under-age drinkers=12/exact/drinkers',
      ]);
      // after any singular noun between commas, or told with "turned"; a plural before it is a group
      assert.deepEqual(counts('The suspect, 34, was held. The boy, who turned 6 in November, left.'), []);
      assert.deepEqual(counts('The victims, 12, were buried.'), ['12=12/exact/-']);
      assert.deepEqual(counts('Belgium, 21, and Ireland, 4, acted.'), ['21=21/exact/-', '4=4/exact/-']);
      // a person named like a country: an age
      assert.deepEqual(counts('Peter Holland, 45, was named director.'), []);
      assert.deepEqual(counts('John Mills Jr., 41, was put to death; Mills Sr. , 70 , watched.'), []);
      // told with a copula after a person, past an adverb
      assert.deepEqual(counts('a boy who just turned 6, the same age; support until the child turns 18.'), []);
      // an age limit of people; not a count of people over a figure
      assert.deepEqual(counts('a boy under 16 was held; children under 5 and people over 65 are at risk'), []);
      assert.deepEqual(counts('police arrested over 65 people; the girl under 16 players'), [
        'over 65 people=65/more-than/people',
        'under 16 players=16/less-than/players',
      ]);
    });
    it('numbers in names and hyphenated measures', () => {
      assert.deepEqual(counts('F-16 pilots, COVID-19 experts, the AK-47 rifle and a 7-Eleven store'), []);
      // a figure after a code in capitals names a flight or a list, said in digits or words, and digits said one
      // by one are no number ("maintain one five thousand" feet); not a figure that counts a plural
      assert.deepEqual(
        counts(
          "TWA 800 exploded. TWA's eight hundred heavy climb and maintain one five thousand. The FBI's 10 Most Wanted List",
        ),
        [],
      );
      assert.deepEqual(
        counts("OPEC's 13 members and UAW 500 workers; QANTAS TO BUY FOUR JETS; the EC's 17-man Commission"),
        [
          '13 members=13/exact/members',
          '500 workers=500/exact/workers',
          'FOUR JETS=4/exact/JETS',
          '17-man=17/exact/man',
        ],
      );
      // a figure after the noun of a part names the part: "band two bills", "tranche two", "Block 9", "stage one"
      assert.deepEqual(
        counts('bills in band one and band two bank bills; tranche two; Block 9; 20 people in stage one'),
        ['20 people=20/exact/people'],
      );
      assert.deepEqual(counts('It comes in two tranches and three stages.'), [
        'two tranches=2/exact/tranches',
        'three stages=3/exact/stages',
      ]);
      // a lower-case word glued before the figure names a class too; the figure glued before its noun counts
      assert.deepEqual(counts('The par-4 17th hole, an under-21 team and a 12-nation group'), [
        '12-nation=12/exact/nation',
      ]);
      // the points a player scored count; an index's points are a level
      assert.deepEqual(counts('Jordan scored 27 points. The Dow rose 27 points.'), ['27 points=27/exact/points']);
      // a lone figure after "a" that counts nothing is a score; "a 50-strong mob" counts
      assert.deepEqual(counts('Woods shot a 67 and had a 3 on the 18th. Police scattered a 50-strong mob.'), [
        '50=50/exact/-',
      ]);
      assert.deepEqual(counts('No. 1 among them, as Fig. 3 shows'), []);
      // the word that numbers a road, an exit or a ballot measure, also where it opens the sentence
      assert.deepEqual(counts('Interstate 95 and Exit 12 were shut; a category 4 storm; on Proposition 209'), []);
      assert.deepEqual(counts('The highway closure stranded 300 drivers.'), ['300 drivers=300/exact/drivers']);
      assert.deepEqual(counts('The Boeing 747 flew past Channel 4 on a 10-mile walk by the 6-foot-2 forward.'), []);
      // a rank: "top" before the figure and a singular after it; "top five brewers" counts them
      assert.deepEqual(counts('the top 10 list, a top-10 finish and the top five brewers'), [
        'five brewers=5/exact/brewers',
      ]);
      // a jetliner named by its number alone; not a count of a noun after it
      assert.deepEqual(counts('The 747 carried 400 passengers; the 737 passengers waited.'), [
        '400 passengers=400/exact/passengers',
        '737 passengers=737/exact/passengers',
      ]);
      // after its maker or after the count of them, a jetliner's model modifies the noun the count names
      assert.deepEqual(counts('Japan will buy six Boeing 767 jets; Qantas bought four 747 freighters.'), [
        'six Boeing 767 jets=6/exact/jets',
        'four 747 freighters=4/exact/freighters',
      ]);
      // and so does any model after its maker's name, before a plural; the figure after "more" takes that noun
      assert.deepEqual(counts('It ordered six new Jetstream 31 airplanes and took options on six more.'), [
        'six new Jetstream 31 airplanes=6/exact/airplanes',
        'six=6/exact/airplanes',
      ]);
      // an acronym's number is a name outside a line in capitals; in a headline, and before a plural, it counts
      assert.deepEqual(counts('the crash of TWA 800 and the MD 80; the UAW 2,000 members'), [
        '2,000 members=2000/exact/members',
      ]);
      assert.deepEqual(counts('ICI TO HIRE 145 SALESPEOPLE'), ['145 SALESPEOPLE=145/exact/SALESPEOPLE']);
      // also at the end of a sentence, unless a word in capitals before the acronym makes the line a headline
      assert.deepEqual(counts('The plane was TWA 800. The bill is HR 3734.'), []);
      assert.deepEqual(counts('GM TO CLOSE PLANTS, LAY OFF 29,000'), ['29,000=29000/exact/-']);
      // a name with a capital inside: "the iPhone 5"
      assert.deepEqual(counts('the iPhone 5 and the iPad 2 sold 3 million units'), [
        '3 million units=3000000/exact/units',
      ]);
    });
    it('amounts without a noun: a decimal with its scale, a price "at" or "around"', () => {
      assert.deepEqual(counts('receipts were 23.61 billion, against 22.19 billion'), []);
      // millions after a word that is only ever said of money; with a plural they count it
      assert.deepEqual(
        counts('The jackpot has grown to one hundred million. He was fined 2.5 million and spent 300 million.'),
        [],
      );
      assert.deepEqual(counts('The company raised 40 million in the offering and 40,000 volunteers.'), [
        '40,000 volunteers=40000/exact/volunteers',
      ]);
      // a bare figure right after a verb of price, or "in" money; the same verb with its noun counts it
      assert.deepEqual(
        counts(
          'Tickets cost 25. It collected 12 billion in taxes. The war cost 2,500 lives; they won 12 in sales contests.',
        ),
        ['2,500 lives=2500/exact/lives', '12=12/exact/-'],
      );
      // a head that only ever measures money before "of"; one that may count keeps its noun
      assert.deepEqual(
        counts(
          'It took a charge of 1,488,000 and net income of 19,163. It cut a loss of 12 jobs; it had a gain of 30.',
        ),
        ['12 jobs=12/exact/jobs', '30=30/exact/-'],
      );
      // what is lent, borrowed, paid or owed without a noun is money too; paid with its noun it counts
      assert.deepEqual(
        counts('Banks lent 5 billion. Iraq owes 80 billion. He was fined 10,000. It paid 300 workers.'),
        ['300 workers=300/exact/workers'],
      );
      // "the top 20" is a rank; "the top 20 banks" a group of them
      assert.deepEqual(counts('They moved into the top 20. The top 20 banks merged.'), ['20 banks=20/exact/banks']);
      // compared with a count of things just before, a decimal with its scale is a count of the same noun
      assert.deepEqual(
        counts('Volume was 840.8 million shares, up from 443.6 million; 1.5 mln tonnes against 2.5 mln'),
        ['840.8 million shares=840800000/exact/shares', '443.6 million=443600000/exact/shares'],
      );
      // even when a word of money (a stake) comes before, and so is a scaled decimal when the nearest figure before
      // it counts a plural with its scale, no money between; one after money stays money
      assert.deepEqual(counts('It raised its stake to 7.5 mln shares from 5.1 mln.'), [
        '7.5 mln shares=7500000/exact/shares',
        '5.1 mln=5100000/exact/shares',
      ]);
      assert.deepEqual(counts('It sold 2.5 mln of its 10 mln shares, leaving it with 7.5 mln.'), [
        '2.5 mln=2500000/exact/shares',
        '10 mln shares=10000000/exact/shares',
        '7.5 mln=7500000/exact/-',
      ]);
      assert.deepEqual(counts('It sold 10 mln shares for 2.5 mln dlrs, leaving it with 7.5 mln.'), [
        '10 mln shares=10000000/exact/shares',
      ]);
      assert.deepEqual(counts('The stock closed Friday at 74 and traded around 12; it may be called at 101.'), []);
      // both ends of a price's pair; not a change and the level it reached, nor more things at their own price
      assert.deepEqual(counts('The stock is trading around 30 or 40 and may open at 103 to 115.'), []);
      assert.deepEqual(counts('The rig count was up 1 to 181.'), ['181=181/exact/-']);
      // the level a price reached
      assert.deepEqual(counts("The stock hit a low of 11; the index fell to the day's low of 2,355."), []);
      assert.deepEqual(counts('It traded 118 June puts at 122 and 195 at 126.'), [
        '118 June puts=118/exact/puts',
        '195=195/exact/puts',
      ]);
      // a figure with its scale in a clause that speaks of money, a price "a share", a figure after money
      // with its sign: amounts (not a figure without a scale, nor one with its noun after "of")
      assert.deepEqual(
        counts('Revenue rose to 320 million from 290 million, or 42 a share; it is worth 500 million.'),
        [],
      );
      assert.deepEqual(counts('He earned $1.2 million last year and 300,000 in bonuses.'), []);
      // a deficit or a shortfall is money, and a range's start shares its end's scale
      assert.deepEqual(counts('It aims to cut the shortfall to between 30 and 35 billion from 43.8 billion.'), []);
      assert.deepEqual(counts('It hired between 30 and 35 workers.'), [
        'between 30 and 35 workers=30-35/range/workers',
      ]);
      // a scaled figure with no word for what it is takes the kind of the last one that had it, in the paragraph
      assert.deepEqual(
        counts(
          'Lending rose 544 mln stg against 471 mln. Consumption went up 399 mln against 355 mln. The grain target is 232 mln tonnes. The 1986 crop was 210 mln.',
        ),
        [],
      );
      // (not after a count, nor with shares in its own clause)
      assert.deepEqual(
        counts(
          'Profit was 43 mln dlrs. It bought four mln shares. Its stake rose to five mln. Profit was 43 mln dlrs. Its shares outstanding were 175 mln.',
        ),
        ['four mln shares=4000000/exact/shares', 'five mln=5000000/exact/-', '175 mln=175000000/exact/-'],
      );
      // so is what a state or a firm pays out, owes or keeps in the bank; with its noun it still counts
      assert.deepEqual(
        counts(
          'Payments in 1988 were cut to 400 mln from 1.20 billion. The surplus widened to 8.2 billion. Deposits rose to 1.3 billion. The payments system handled 3 million transactions.',
        ),
        ['3 million transactions=3000000/exact/transactions'],
      );
      assert.deepEqual(counts('Car sales topped 5,000; debt paid to buy 4 million of its shares.'), [
        '5,000=5000/exact/-',
        '4 million=4000000/exact/shares',
      ]);
      // with a noun they count
      assert.deepEqual(counts('it sold 5.6 mln shares at 12 locations'), [
        '5.6 mln shares=5600000/exact/shares',
        '12 locations=12/exact/locations',
      ]);
    });
    it('the figures of a price that moves: the change and the new price, with no noun', () => {
      assert.deepEqual(counts('Shell eased 1 to 416 on heavy turnover, and Weisfield rocketed 9 1/2 to 39.'), []);
      assert.deepEqual(counts('Among blue chips, ICI dropped 11 to #10.86 and IBM rose 3 to $145.'), []);
      // told "at" the price left, as a spoken market report does, in figures or in words
      assert.deepEqual(counts('AT and T was down nearly four at sixty-one and a half; Ford was up 3/8 at 41.'), []);
      assert.deepEqual(counts('The toll was up nearly 40 at the hospital.'), ['nearly 40=40/approx/-']);
      // a change told "up" or "down" without a noun, wherever the price left stands, is the price's; one after a
      // count of things is more of them
      assert.deepEqual(counts('The stock was down one today at 17-1/4, and down about four since Thursday.'), []);
      assert.deepEqual(counts('It carried 1,200 passengers in May, up 300 from a year earlier.'), [
        '1,200 passengers=1200/exact/passengers',
        '300=300/exact/passengers',
      ]);
      // a level whose other end is written with the fraction of a point is a price, either way round
      assert.deepEqual(
        counts(
          'The bond had risen to 81 by noon from 79-1/4; the stock went from 43 1/2 to 45. Staff rose to 120 from 90. Paper fell 4-3/8 to 95-1/2, Weyerhaeuser Co <WY> two to 51-1/2.',
        ),
        ['120=120/exact/-', '90=90/exact/-'],
      );
      // a bid and an offer quoted together, beside a fraction or "at" a bare pair, are rates; a count keeps its price
      assert.deepEqual(
        counts(
          'Spot-next was at 8-1/2, seven. One-week was at eight, seven against 9-1/2. Funds were at seven, six pct. Options featured 465 calls at 125, 127 at 130.',
        ),
        ['465 calls=465/exact/calls', '127=127/exact/calls'],
      );
      // a count that moves names its noun: the change and the new figure, no range
      assert.deepEqual(counts('Its staff rose 12 to 30 members.'), [
        '12=12/exact/members',
        '30 members=30/exact/members',
      ]);
      // so does one told "up" or "down"; and a length back from now after a figure is no noun ("398 one year ago")
      assert.deepEqual(counts('The rig count was up 16 to 180 rigs, against 398 one year ago.'), [
        '16=16/exact/rigs',
        '180 rigs=180/exact/rigs',
        '398=398/exact/rigs',
      ]);
      // "one-off" happens once; a function word glued to a figure names nothing, a qualifier glued to it reads on
      assert.deepEqual(counts('It made one-off cash payments to its 400-plus bank creditors.'), [
        '400-plus bank creditors=400/at-least/creditors',
      ]);
      // nor an adverb after the count or its noun; "only" before the noun goes on
      assert.deepEqual(
        counts(
          'One underwriter away from it spoke; it uses one currency only; one of only three doctors; turns 66 soon.',
        ),
        [
          'One underwriter=1/exact/underwriter',
          'one currency=1/exact/currency',
          'one=1/exact/doctors',
          'three doctors=3/exact/doctors',
        ],
      );
      // nor one told from another time ("one year earlier", "three months previously")
      assert.deepEqual(counts('Car exports eased to 222,000 from 225,000 one year earlier.'), [
        '222,000=222000/exact/exports',
        '225,000=225000/exact/exports',
      ]);
    });
    it('numbers that name: members of an enumeration, indexes named for their size', () => {
      assert.deepEqual(counts('a coupon of one pct in years one and two, and in years three, four and five'), []);
      assert.deepEqual(counts("Standard and Poor's 500 futures and the S and P 500 index, and the FTSE 100"), []);
      // an enumeration noun with its own count is still counted
      assert.deepEqual(counts('it took 3 years and 40 rounds'), ['40 rounds=40/exact/rounds']);
      // a name's number inside a sentence; a figure after a sentence's first word is still counted
      assert.deepEqual(counts('NASA said Apollo 13 returned and Windows 95 sold well.'), []);
      // golf against par: the score and the strokes after it ("under 500 workers" stays a count below 500)
      assert.deepEqual(counts('tied at 13-under-par 129; a 5-under 67; under 500 workers'), [
        'under 500 workers=500/less-than/workers',
      ]);
      // "one of their own" is one of a people; "one of their own 12 ships" counts ships
      assert.deepEqual(counts('It is sold over six months, not in one go.'), []);
      // a conjunction that opens a clause ends the phrase: no noun "if"
      assert.deepEqual(counts('The academy would take thirty-five hundred if it had the room.'), [
        'thirty-five hundred=3500/exact/-',
      ]);
      assert.deepEqual(counts('He was declared one of their own. One of their own 12 ships sank.'), [
        'One=1/exact/ships',
        '12 ships=12/exact/ships',
      ]);
      // digits said one by one with "oh" for zero name a flight; "Oh," before a count is an interjection
      assert.deepEqual(counts('Pan Am flight one oh three. Oh, three people died.'), ['three people=3/exact/people']);
      // a value assigned in code or a formula
      assert.deepEqual(counts('window.__xss=1 and x = 5, but 12 people died'), ['12 people=12/exact/people']);
      // a figure between a determiner and a singular ending its phrase names a model; plurals and compounds count
      assert.deepEqual(counts("Intel's 80486 chip is fast, the 486 chip. The 747 jet landed."), []);
      // people named by their state after a determiner are counted, no model ("the 23 injured", "the 12 dead")
      assert.deepEqual(counts('They were among the 23 injured. Of the 12 dead, all 230 aboard.'), [
        '23=23/exact/-',
        '12 dead=12/exact/dead',
        '230=230/exact/-',
      ]);
      // four digits without a comma (no year) after a determiner name a model whatever follows; "PS/2" is a name
      assert.deepEqual(counts('its 80486 computer chip will ship, the 486 chip early next year, a PS/2 model'), []);
      assert.deepEqual(counts('IBM picked the 16-bit 8088 chip; it sold 2500 chips.'), ['2500 chips=2500/exact/chips']);
      // ... unless the phrase's head is a plural: the figure counts it ("another 5000 salaried employees")
      assert.deepEqual(counts('Another 5000 salaried employees work there; it hired 12000 new staff members.'), [
        '5000 salaried employees=5000/exact/employees',
        '12000 new staff members=12000/exact/members',
      ]);
      assert.deepEqual(
        counts('the 300 staff were told; its 12 aircraft; the 12 first-graders left; the 10 member states'),
        [
          '300 staff=300/exact/staff',
          '12 aircraft=12/exact/aircraft',
          '12 first-graders=12/exact/first-graders',
          '10 member states=10/exact/states',
        ],
      );
      // a compass word with a capital opens a name ("North Korean"), as "10 miles north" does not
      assert.deepEqual(counts('They freed 11 North Korean fishermen and two South African miners 10 miles north.'), [
        '11 North Korean fishermen=11/exact/fishermen',
        'two South African miners=2/exact/miners',
      ]);
      // a participle right after the number modifies the noun when a name and a plural follow it; a past verb
      // before a name alone is the clause's verb ("Three attacked Israel")
      assert.deepEqual(counts('Police held 25 suspected Islamic State militants. Three attacked Israel.'), [
        '25 suspected Islamic State militants=25/exact/militants',
        'Three=3/exact/-',
      ]);
      // a name's possessive before a plural modifies it, as a name does
      assert.deepEqual(counts("It runs 1,200 McDonald's restaurants and holds 3,027,330 Rally's shares."), [
        "1,200 McDonald's restaurants=1200/exact/restaurants",
        "3,027,330 Rally's shares=3027330/exact/shares",
      ]);
      // a time told from now or from another ends the phrase after a name's plural or a noun; "one last" is no time
      assert.deepEqual(counts('Some 12 MPs last week voted no; 40 PhDs earlier this year; one last moment.'), [
        'Some 12 MPs=12/approx/MPs',
        '40 PhDs=40/exact/PhDs',
        'one last moment=1/exact/moment',
      ]);
      // so does a common noun and a plural ("13 suspected drug traffickers"); not an adverb ("landed safely")
      assert.deepEqual(counts('They extradited 13 suspected drug traffickers. Only 12 landed safely.'), [
        '13 suspected drug traffickers=13/exact/traffickers',
        '12=12/exact/-',
      ]);
      // after a number above one, a singular in -ing ending the phrase is a participle; after "one", a noun
      assert.deepEqual(counts('Six ships were loading, 10 waiting. They held one meeting.'), [
        'Six ships=6/exact/ships',
        '10=10/exact/-',
        'one meeting=1/exact/meeting',
      ]);
      assert.deepEqual(counts('three mining companies and two banking analysts'), [
        'three mining companies=3/exact/companies',
        'two banking analysts=2/exact/analysts',
      ]);
      assert.deepEqual(counts('Some 12 were killed.'), ['Some 12=12/approx/-']);
      assert.deepEqual(counts('Temperatures fell to minus 10.'), []);
      // the upper end of a range whose lower end is no count: a label, a name, a price in fractions, a decimal
      assert.deepEqual(counts('People ages 18 to 25 are eligible; see pages 10-12.'), []);
      assert.deepEqual(counts('bargainers for UAW Locals 72 and 75 had reneged'), []);
      assert.deepEqual(counts('it made a market in the shares at 77-1/2 to 78, and prices rose from 4.5 to 5'), []);
      // a decimal with the scale of its range's upper end counts; a dateline's dash is no range
      assert.deepEqual(counts('It sold 1.5 to 2 mln shares.'), ['1.5 to 2 mln shares=1500000-2000000/range/shares']);
      assert.deepEqual(counts('SARAGOSSA, March 2 - Thousands of farmers battled police.'), [
        'Thousands of farmers=2000/at-least/farmers',
      ]);
    });
    it('"one" in fixed phrases: "on the one hand", "one by one", "one way or the other"', () => {
      assert.deepEqual(
        counts('On the one hand they left one by one; for one thing, one after another, one way or the other.'),
        [],
      );
      // "one … or another" whatever the noun: "in one form or another"; "one form and two others" counts, the
      // pronoun naming what the count before names
      assert.deepEqual(counts('It tilts in one direction or another, in one form or another.'), []);
      assert.deepEqual(counts('It took one form and two others.'), [
        'one form=1/exact/form',
        'two others=2/exact/form',
      ]);
      // an adjective of people's state after the figure names them; a participle does only beside such a count
      // ("more than 1,700 injured" after "82 were killed" is a clause of its own)
      assert.deepEqual(counts('The toll stood at more than 500 dead and over 2,000 injured; 300 were left homeless.'), [
        'more than 500 dead=500/more-than/dead',
        'over 2,000 injured=2000/more-than/injured',
        '300=300/exact/-',
      ]);
      assert.deepEqual(counts('At least 82 were killed and more than 1,700 injured.'), [
        'At least 82=82/at-least/-',
        'more than 1,700=1700/more-than/-',
      ]);
      // degrees and what a measuring verb gives are measures
      assert.deepEqual(counts('Temperatures of 32 deg Fahrenheit; six of them measuring more than 5.'), [
        'six=6/exact/-',
      ]);
      // a pronoun alone names no noun (COUNTS.md: "50 others"); after "from" a bound is a place
      assert.deepEqual(counts('Police sought 50 others. It pulled the rug out from under 100,000 workers.'), [
        '50 others=50/exact/-',
        '100,000 workers=100000/exact/workers',
      ]);
      assert.deepEqual(counts('The bill covers under 100,000 workers.'), [
        'under 100,000 workers=100000/less-than/workers',
      ]);
      // the generic "one" before a modal of ability or duty; "one will be released" counts, and a modal is no noun
      assert.deepEqual(counts('One can see why; one must wonder. One will be released and three must leave.'), [
        'One=1/exact/-',
        'three=3/exact/-',
      ]);
      // (past an adverb too), and before its reflexive
      assert.deepEqual(counts('"One really cannot expect a deal," he said. It may launch one itself.'), []);
      assert.deepEqual(counts('One has to wonder if it is the target. Three were held; one has been released.'), [
        'Three=3/exact/-',
        'one=1/exact/-',
      ]);
      // "one of" a bare singular is no count; "one of the dead" is
      assert.deepEqual(counts('Reaction has been one of resignation. One of the dead was a passer-by.'), [
        'One=1/exact/dead',
      ]);
      assert.deepEqual(counts('One by one, the 12 hostages left; one hand was hurt.'), [
        '12 hostages=12/exact/hostages',
        'one hand=1/exact/hand',
      ]);
    });
    it('"no-one", rates of how often, a name before a verb in -s', () => {
      assert.deepEqual(counts('but no-one was injured, and no one was hurt'), []);
      assert.deepEqual(counts('at six-monthly meetings, with three daily flights'), []);
      assert.deepEqual(counts('Iraqi Brigade 604 was shattered'), []);
      // a plural noun after the number keeps it a count
      assert.deepEqual(counts('six monthly reports were filed by 4 inspectors'), ['4 inspectors=4/exact/inspectors']);
    });
    it('numbers inside dates and durations', () => {
      assert.deepEqual(counts('in 1998, for two weeks, on March 30'), []);
      // a year's last two digits after an apostrophe
      assert.deepEqual(counts("She remembered '29 and the crash of ’87."), []);
    });
  });
});

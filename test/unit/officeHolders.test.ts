import * as assert from 'node:assert/strict';
import { mayEndHolderName, officeHolderState } from '../../src/core/officeHolders';

const state = (name: string, year: number | null, titled = false) => officeHolderState(name.split(' '), year, titled);

describe('officeHolderState', () => {
  it('names the state a holder acted for in the year, by full name or a surname news lets stand alone', () => {
    assert.equal(state('Bill Clinton', 1995), 'US');
    assert.equal(state('Clinton', 1995), 'US');
    assert.equal(state('Saddam Hussein', 1990), 'IQ');
    assert.equal(state('President Saddam Hussein', 1990), 'IQ');
    assert.equal(state('King Hussein', 1990), 'JO');
    assert.equal(state('Yeltsin', 1996), 'RU');
    // accents as news may write them or not
    assert.equal(state('Gerhard Schröder', 2000), 'DE');
    // "al-Assad" as "Assad"
    assert.equal(state('al-Assad', 2005), 'SY');
    assert.equal(state('Kim Jong-il', 2005), 'KP');
  });
  it('not out of office: the year decides, and two holders of one name in office then are both US', () => {
    assert.equal(state('Bush', 1995), null);
    assert.equal(state('Bush', 1990), 'US');
    assert.equal(state('Bush', 2003), 'US');
    assert.equal(state('Yeltsin', 1988), null);
    // without the article's year, any year
    assert.equal(state('Clinton', null), 'US');
  });
  it('a surname that is also a common word only after the title of an office', () => {
    assert.equal(state('Major', 1992), null);
    assert.equal(state('Prime Minister Major', 1992, true), 'GB');
    assert.equal(state('Rice', 2006), null);
    assert.equal(state('Condoleezza Rice', 2006), 'US');
  });
  it("tells at once which words may end a holder's name: the last word of each form, its part after a hyphen", () => {
    assert.equal(mayEndHolderName('clinton'), true);
    assert.equal(mayEndHolderName('il'), true);
    assert.equal(mayEndHolderName('assad'), true);
    assert.equal(mayEndHolderName('schröder'), true);
    assert.equal(mayEndHolderName('smith'), false);
  });
  it('a name that holders of two states share then names none', () => {
    // Saddam Hussein of Iraq and King Hussein of Jordan, both in office in 1990
    assert.equal(state('Mr. Hussein', 1990, true), null);
    assert.equal(state('Smith', 1990, true), null);
  });
});

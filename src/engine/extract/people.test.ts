import { describe, expect, it } from 'vitest'
import { findPeople, personDescribed, personNamed } from './people'

const nameOf = (texts: string[], word: string) => personNamed(word, findPeople(texts))?.name ?? null

describe(findPeople.name, () => {
  it.each([
    [
      ['President Donald Trump arrived.', 'Afterwards Trump wrote that talks were close.'],
      'Trump',
      'Donald Trump',
    ],
    [['Kremlin spokesman Dmitry Peskov spoke.', 'Later Peskov said no more.'], 'Peskov', 'Dmitry Peskov'],
    [['Mark Rutte said allies would help.'], 'Rutte', 'Mark Rutte'],
    [['U.S. Secretary of State Marco Rubio said the talks went well.'], 'Rubio', 'Marco Rubio'],
    [['Zelenskyy said so.', 'President Volodymyr Zelensky agreed.'], 'Zelenskiy', 'Volodymyr Zelensky'],
    [['The Ministry said nothing.'], 'Ministry', null],
    [['Spokesman Dmitry Peskov said the talks were useful.'], 'Peskov', 'Dmitry Peskov'],
    [['Aide Yuri Ushakov told reporters the call was frank.'], 'Ushakov', 'Yuri Ushakov'],
    [['Germany’s Friedrich Merz said a meeting could follow.'], 'Merz', 'Friedrich Merz'],
    [["Ukraine's Volodymyr Zelensky said he was ready."], 'Zelensky', 'Volodymyr Zelensky'],
    // A middle initial, as some papers give every name, is part of it.
    [['President Vladimir V. Putin of Russia spoke.', 'Mr. Putin said so.'], 'Putin', 'Vladimir V. Putin'],
    // The head of an office, named after it, with or without a comma.
    [
      ['The head of the Kyiv City Military Administration Serhii Popko reported it.'],
      'Popko',
      'Serhii Popko',
    ],
    [
      ["The head of the city's military administration, Tymur Tkachenko, visited the site."],
      'Tkachenko',
      'Tymur Tkachenko',
    ],
    // A title in lower case, or before the name in commas.
    [['Kremlin press secretary Dmitry Peskov had earlier confirmed the call.'], 'Peskov', 'Dmitry Peskov'],
    [
      ["Putin's foreign policy adviser, Yuri Ushakov, has added that a swap was agreed."],
      'Ushakov',
      'Yuri Ushakov',
    ],
    [['The city, Kyiv Oblast, was hit.'], 'Oblast', null],
    [['Keith Kellogg, Trump’s envoy to Ukraine, quoted Matthew.'], 'Kellogg', 'Keith Kellogg'],
    [['Serhiy Lysak, governor of Dnipropetrovsk region, said so.'], 'Lysak', 'Serhiy Lysak'],
    [['Donald Trump mused about it.'], 'Trump', 'Donald Trump'],
    // The name before "of" speaks for the body after it.
    [
      ['Military correspondent Alexander Kots of Komsomolskaya Pravda stated that it was hit.'],
      'Kots',
      'Alexander Kots',
    ],
    [
      ['Military correspondent Alexander Kots of Komsomolskaya Pravda stated that it was hit.'],
      'Pravda',
      null,
    ],
  ])('in %j, %s is %s', (texts, word, name) => {
    expect(nameOf(texts, word)).toBe(name)
  })

  it('lets a descriptor stand for a person only when the corpus gives it one', () => {
    const one = findPeople(['Russian President Vladimir Putin spoke.'])
    expect(personDescribed('the Russian president', one)?.name).toBe('Vladimir Putin')
    expect(personDescribed('Russia’s leader', one)?.name).toBe('Vladimir Putin')
    const two = findPeople([
      'Russian President Vladimir Putin spoke.',
      'Russian President Boris Yeltsin spoke.',
    ])
    expect(personDescribed('the Russian president', two)).toBeNull()
  })

  it('reads the descriptor of “President Vladimir V. Putin of Russia”', () => {
    const people = findPeople(['President Vladimir V. Putin of Russia spoke with President Trump.'])
    expect(personDescribed('the Russian leader', people)?.name).toBe('Vladimir V. Putin')
    expect(personDescribed('the US president', people)).toBeNull()
  })
})
